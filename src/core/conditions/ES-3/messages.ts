import { defineMessages, type MessageDef } from '../../findings';
import type { Format } from '../../i18n/lang';
import { plural } from '../shared/distributions';

type Basis = 'paid-up' | 'nominal';
type BaseParams = { baseCents: number; basis: Basis; proRata: boolean; daysHeld: number; daysOfYear: number };

const baseText = {
  fr: (p: BaseParams, f: Format) =>
    `${f.money(p.baseCents)}, ${p.basis === 'nominal' ? 'valeur nominale de ses parts' : 'montant réellement libéré sur ses parts et non encore remboursé'}${p.proRata ? `, au prorata de ${f.number(p.daysHeld)} jours de détention sur ${f.number(p.daysOfYear)}` : ''}`,
  nl: (p: BaseParams, f: Format) =>
    `${f.money(p.baseCents)}, ${p.basis === 'nominal' ? 'nominale waarde van de aandelen' : 'werkelijk gestort en nog niet terugbetaald bedrag op de aandelen'}${p.proRata ? `, naar rata van ${f.number(p.daysHeld)} dagen bezit op ${f.number(p.daysOfYear)}` : ''}`,
  en: (p: BaseParams, f: Format) =>
    `${f.money(p.baseCents)}, ${p.basis === 'nominal' ? 'nominal value of their shares' : 'amount actually paid up on their shares and not yet refunded'}${p.proRata ? `, pro rata to ${f.number(p.daysHeld)} days held out of ${f.number(p.daysOfYear)}` : ''}`,
};

type AboveCap = BaseParams & {
  memberId: string;
  year: number;
  amountCents: number;
  capCents: number;
  excessCents: number;
  maxRatePpm: number;
  ratePpm: number;
  net: boolean;
  ristourneCents: number;
};

export const messages = defineMessages({
  advantageAboveCap: {
    severity: 'breach',
    text: {
      fr: (p, f) =>
        `Le sociétaire ${p.memberId} reçoit pour l'exercice ${p.year} un avantage patrimonial ${p.net ? 'net' : 'brut'} de ${f.money(p.amountCents)} (dividendes, intérêts et autres avantages${p.ristourneCents ? `, dont ${f.money(p.ristourneCents)} de ristourne qui ne suit pas ses opérations avec la coopérative` : ''}) : ${f.money(p.excessCents)} de trop au-delà du plafond de ${f.money(p.capCents)}, soit ${f.percent(p.maxRatePpm)} de ${baseText.fr(p, f)} (CSA art. 8:5 §1). Récupérez l'excédent auprès du sociétaire ou faites rectifier la distribution par l'assemblée générale.`,
      nl: (p, f) =>
        `Aandeelhouder ${p.memberId} ontvangt voor boekjaar ${p.year} een ${p.net ? 'netto' : 'bruto'} vermogensvoordeel van ${f.money(p.amountCents)} (dividenden, interesten en andere voordelen${p.ristourneCents ? `, waarvan ${f.money(p.ristourneCents)} ristorno dat de verrichtingen met de coöperatie niet volgt` : ''}): ${f.money(p.excessCents)} te veel boven het plafond van ${f.money(p.capCents)}, namelijk ${f.percent(p.maxRatePpm)} van ${baseText.nl(p, f)} (WVV art. 8:5 §1). Vorder het teveel terug van de aandeelhouder of laat de uitkering door de algemene vergadering rechtzetten.`,
      en: (p, f) =>
        `Member ${p.memberId} receives for fiscal year ${p.year} a ${p.net ? 'net' : 'gross'} patrimonial advantage of ${f.money(p.amountCents)} (dividends, interest and other advantages${p.ristourneCents ? `, of which ${f.money(p.ristourneCents)} of patronage refund that does not follow their transactions with the cooperative` : ''}): ${f.money(p.excessCents)} too much above the cap of ${f.money(p.capCents)}, that is ${f.percent(p.maxRatePpm)} of ${baseText.en(p, f)} (CSA art. 8:5 §1). Recover the excess from the member or have the general meeting correct the distribution.`,
    },
    example: {
      memberId: 'M0142',
      year: 2024,
      amountCents: 7_500,
      capCents: 6_000,
      excessCents: 1_500,
      maxRatePpm: 60_000,
      ratePpm: 75_000,
      net: false,
      ristourneCents: 0,
      baseCents: 100_000,
      basis: 'paid-up',
      proRata: false,
      daysHeld: 366,
      daysOfYear: 366,
    },
  } satisfies MessageDef<AboveCap>,
  noShareHeld: {
    severity: 'warning',
    text: {
      fr: (p, f) =>
        `Le sociétaire ${p.memberId} reçoit ${f.money(p.amountCents)} pour l'exercice ${p.year}, mais ne détient aucune part pendant l'exercice selon le registre et les mouvements de parts : CoopCheck ne peut calculer le taux de l'avantage (CSA art. 8:5 §1). Vérifiez le numéro du sociétaire, ses dates d'adhésion et de sortie et ses mouvements de parts.`,
      nl: (p, f) =>
        `Aandeelhouder ${p.memberId} ontvangt ${f.money(p.amountCents)} voor boekjaar ${p.year}, maar bezit volgens het register en de aandelenbewegingen geen aandeel tijdens het boekjaar: CoopCheck kan het percentage van het voordeel niet berekenen (WVV art. 8:5 §1). Controleer het nummer van de aandeelhouder, de datums van toetreding en uittreding en de aandelenbewegingen.`,
      en: (p, f) =>
        `Member ${p.memberId} receives ${f.money(p.amountCents)} for fiscal year ${p.year} but holds no share during the year according to the register and the share movements: CoopCheck cannot compute the rate of the advantage (CSA art. 8:5 §1). Check the member number, the admission and exit dates and the share movements.`,
    },
    example: { memberId: 'M0977', year: 2024, amountCents: 2_500 },
  } satisfies MessageDef<{ memberId: string; year: number; amountCents: number }>,
  baseUnknown: {
    severity: 'warning',
    text: {
      fr: (p, f) =>
        `Le sociétaire ${p.memberId} reçoit ${f.money(p.amountCents)} pour l'exercice ${p.year}, mais le registre ne donne pas ${p.basis === 'nominal' ? 'la valeur nominale de ses parts (nombre de parts et valeur nominale)' : 'le montant libéré ni la valeur nominale de ses parts'} : CoopCheck ne peut calculer le taux de l'avantage (CSA art. 8:5 §1). Complétez le registre.`,
      nl: (p, f) =>
        `Aandeelhouder ${p.memberId} ontvangt ${f.money(p.amountCents)} voor boekjaar ${p.year}, maar het register vermeldt ${p.basis === 'nominal' ? 'de nominale waarde van de aandelen niet (aantal aandelen en nominale waarde)' : 'het gestort bedrag noch de nominale waarde van de aandelen'}: CoopCheck kan het percentage van het voordeel niet berekenen (WVV art. 8:5 §1). Vul het register aan.`,
      en: (p, f) =>
        `Member ${p.memberId} receives ${f.money(p.amountCents)} for fiscal year ${p.year}, but the register gives ${p.basis === 'nominal' ? 'no nominal value for their shares (number of shares and nominal value)' : 'neither the paid-up amount nor the nominal value of their shares'}: CoopCheck cannot compute the rate of the advantage (CSA art. 8:5 §1). Complete the register.`,
    },
    example: { memberId: 'M0311', year: 2024, amountCents: 3_000, basis: 'paid-up' },
  } satisfies MessageDef<{ memberId: string; year: number; amountCents: number; basis: Basis }>,
  allocationNotDistributed: {
    severity: 'warning',
    text: {
      fr: (p, f) =>
        `L'affectation du résultat de l'exercice ${p.year} attribue ${f.money(p.allocatedCents)} de dividendes et de ristournes, mais la liste des distributions n'a aucune ligne pour cet exercice : CoopCheck ne peut vérifier le plafond de ${f.percent(p.maxRatePpm)} par sociétaire (CSA art. 8:5 §1). Saisissez les montants distribués à chaque sociétaire.`,
      nl: (p, f) =>
        `De resultaatbestemming van boekjaar ${p.year} kent ${f.money(p.allocatedCents)} toe aan dividenden en ristorno's, maar de lijst van de uitkeringen heeft geen enkele regel voor dit boekjaar: CoopCheck kan het plafond van ${f.percent(p.maxRatePpm)} per aandeelhouder niet nagaan (WVV art. 8:5 §1). Vul de aan elke aandeelhouder uitgekeerde bedragen in.`,
      en: (p, f) =>
        `The result allocation of fiscal year ${p.year} gives ${f.money(p.allocatedCents)} to dividends and patronage refunds, but the distributions list has no line for that year: CoopCheck cannot check the ${f.percent(p.maxRatePpm)} cap per member (CSA art. 8:5 §1). Enter the amounts distributed to each member.`,
    },
    example: { year: 2024, allocatedCents: 1_250_000, maxRatePpm: 60_000 },
  } satisfies MessageDef<{ year: number; allocatedCents: number; maxRatePpm: number }>,
  highestRate: {
    severity: 'info',
    text: {
      fr: (p, f) =>
        `${f.number(p.members)} ${plural(f, p.members, 'sociétaire', 'sociétaires')} avec un avantage patrimonial ${p.net ? 'net' : 'brut'} ; ${p.highestMemberId ? `taux effectif le plus élevé : ${f.percent(p.highestPpm)} (${p.highestMemberId})` : 'aucun taux calculable'} ; base : ${p.basis === 'nominal' ? 'valeur nominale' : 'montant libéré'}${p.assumedPaidUp ? ` (valeur nominale pour ${f.number(p.assumedPaidUp)} ${plural(f, p.assumedPaidUp, 'sociétaire', 'sociétaires')} sans montant libéré)` : ''}`,
      nl: (p, f) =>
        `${f.number(p.members)} ${plural(f, p.members, 'aandeelhouder', 'aandeelhouders')} met een ${p.net ? 'netto' : 'bruto'} vermogensvoordeel; ${p.highestMemberId ? `hoogste effectieve percentage: ${f.percent(p.highestPpm)} (${p.highestMemberId})` : 'geen percentage berekenbaar'}; basis: ${p.basis === 'nominal' ? 'nominale waarde' : 'gestort bedrag'}${p.assumedPaidUp ? ` (nominale waarde voor ${f.number(p.assumedPaidUp)} ${plural(f, p.assumedPaidUp, 'aandeelhouder', 'aandeelhouders')} zonder gestort bedrag)` : ''}`,
      en: (p, f) =>
        `${f.number(p.members)} ${plural(f, p.members, 'member', 'members')} with a ${p.net ? 'net' : 'gross'} patrimonial advantage; ${p.highestMemberId ? `highest effective rate: ${f.percent(p.highestPpm)} (${p.highestMemberId})` : 'no rate computable'}; base: ${p.basis === 'nominal' ? 'nominal value' : 'paid-up amount'}${p.assumedPaidUp ? ` (nominal value for ${f.number(p.assumedPaidUp)} ${plural(f, p.assumedPaidUp, 'member', 'members')} without a paid-up amount)` : ''}`,
    },
  } satisfies MessageDef<{ members: number; highestPpm: number; highestMemberId: string; basis: Basis; net: boolean; assumedPaidUp: number }>,
  nothingDistributed: {
    severity: 'info',
    text: {
      fr: (p, f) =>
        `Aucun avantage patrimonial distribué pour l'exercice ${p.year} : ${p.source === 'allocation' ? "l'affectation du résultat ne prévoit ni dividende ni ristourne" : p.source === 'distributions' ? "aucune distribution n'est enregistrée pour cet exercice" : `${plural(f, p.ristournes, 'la ristourne versée suit', `les ristournes versées à ${f.number(p.ristournes)} sociétaires suivent`)} les opérations avec la coopérative`}.`,
      nl: (p, f) =>
        `Geen vermogensvoordeel uitgekeerd voor boekjaar ${p.year}: ${p.source === 'allocation' ? 'de resultaatbestemming voorziet dividend noch ristorno' : p.source === 'distributions' ? 'er is geen uitkering geregistreerd voor dit boekjaar' : `${plural(f, p.ristournes, 'het uitgekeerde ristorno volgt', `de ristorno's aan ${f.number(p.ristournes)} aandeelhouders volgen`)} de verrichtingen met de coöperatie`}.`,
      en: (p, f) =>
        `No patrimonial advantage distributed for fiscal year ${p.year}: ${p.source === 'allocation' ? 'the result allocation provides for no dividend and no patronage refund' : p.source === 'distributions' ? 'no distribution is recorded for that year' : `${plural(f, p.ristournes, 'the patronage refund paid follows', `the patronage refunds paid to ${f.number(p.ristournes)} members follow`)} the transactions with the cooperative`}.`,
    },
  } satisfies MessageDef<{ year: number; source: 'allocation' | 'distributions' | 'ristournes'; ristournes: number }>,
});
