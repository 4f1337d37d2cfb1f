import { defineMessages, type MessageDef } from '../../findings';
import { plural } from '../shared/distributions';

type AboveCap = {
  memberId: string;
  year: number;
  netCents: number;
  capCents: number;
  excessCents: number;
  maxRatePpm: number;
  ratePpm: number;
  baseCents: number;
  proRata: boolean;
  daysHeld: number;
  daysOfYear: number;
};

export const messages = defineMessages({
  dividendAboveCap: {
    severity: 'breach',
    text: {
      fr: (p, f) =>
        `Le sociétaire ${p.memberId} reçoit pour l'exercice ${p.year} un dividende net de précompte mobilier de ${f.money(p.netCents)} : ${f.money(p.excessCents)} de trop au-delà du plafond de ${f.money(p.capCents)}, soit ${f.percent(p.maxRatePpm)} de la valeur nominale de ses parts (${f.money(p.baseCents)}${p.proRata ? `, au prorata de ${f.number(p.daysHeld)} jours de détention sur ${f.number(p.daysOfYear)}` : ''}) (AR du 8 janvier 1962, art. 1 §1 5°). Récupérez l'excédent auprès du sociétaire ou faites rectifier le dividende par l'assemblée générale.`,
      nl: (p, f) =>
        `Aandeelhouder ${p.memberId} ontvangt voor boekjaar ${p.year} een dividend na aftrek van de roerende voorheffing van ${f.money(p.netCents)}: ${f.money(p.excessCents)} te veel boven het plafond van ${f.money(p.capCents)}, namelijk ${f.percent(p.maxRatePpm)} van de nominale waarde van de aandelen (${f.money(p.baseCents)}${p.proRata ? `, naar rata van ${f.number(p.daysHeld)} dagen bezit op ${f.number(p.daysOfYear)}` : ''}) (KB van 8 januari 1962, art. 1 §1 5°). Vorder het teveel terug van de aandeelhouder of laat het dividend door de algemene vergadering rechtzetten.`,
      en: (p, f) =>
        `Member ${p.memberId} receives for fiscal year ${p.year} a dividend net of withholding tax of ${f.money(p.netCents)}: ${f.money(p.excessCents)} too much above the cap of ${f.money(p.capCents)}, that is ${f.percent(p.maxRatePpm)} of the nominal value of their shares (${f.money(p.baseCents)}${p.proRata ? `, pro rata to ${f.number(p.daysHeld)} days held out of ${f.number(p.daysOfYear)}` : ''}) (Royal Decree of 8 January 1962, art. 1 §1 5°). Recover the excess from the member or have the general meeting correct the dividend.`,
    },
    example: {
      memberId: 'M0142',
      year: 2025,
      netCents: 3_500,
      capCents: 3_000,
      excessCents: 500,
      maxRatePpm: 60_000,
      ratePpm: 70_000,
      baseCents: 50_000,
      proRata: false,
      daysHeld: 365,
      daysOfYear: 365,
    },
  } satisfies MessageDef<AboveCap>,
  noShareHeld: {
    severity: 'warning',
    text: {
      fr: (p, f) =>
        `Le sociétaire ${p.memberId} reçoit un dividende net de ${f.money(p.netCents)} pour l'exercice ${p.year}, mais ne détient aucune part pendant l'exercice selon le registre et les mouvements de parts : CoopCheck ne peut calculer le taux (AR du 8 janvier 1962, art. 1 §1 5°). Vérifiez le numéro du sociétaire, ses dates d'adhésion et de sortie et ses mouvements de parts.`,
      nl: (p, f) =>
        `Aandeelhouder ${p.memberId} ontvangt een nettodividend van ${f.money(p.netCents)} voor boekjaar ${p.year}, maar bezit volgens het register en de aandelenbewegingen geen aandeel tijdens het boekjaar: CoopCheck kan het percentage niet berekenen (KB van 8 januari 1962, art. 1 §1 5°). Controleer het nummer van de aandeelhouder, de datums van toetreding en uittreding en de aandelenbewegingen.`,
      en: (p, f) =>
        `Member ${p.memberId} receives a net dividend of ${f.money(p.netCents)} for fiscal year ${p.year} but holds no share during the year according to the register and the share movements: CoopCheck cannot compute the rate (Royal Decree of 8 January 1962, art. 1 §1 5°). Check the member number, the admission and exit dates and the share movements.`,
    },
    example: { memberId: 'M0977', year: 2025, netCents: 1_750 },
  } satisfies MessageDef<{ memberId: string; year: number; netCents: number }>,
  nominalUnknown: {
    severity: 'warning',
    text: {
      fr: (p, f) =>
        `Le sociétaire ${p.memberId} reçoit un dividende net de ${f.money(p.netCents)} pour l'exercice ${p.year}, mais le registre ne donne pas la valeur nominale de ses parts (nombre de parts et valeur nominale) : CoopCheck ne peut calculer le taux (AR du 8 janvier 1962, art. 1 §1 5°). Complétez le registre.`,
      nl: (p, f) =>
        `Aandeelhouder ${p.memberId} ontvangt een nettodividend van ${f.money(p.netCents)} voor boekjaar ${p.year}, maar het register vermeldt de nominale waarde van de aandelen niet (aantal aandelen en nominale waarde): CoopCheck kan het percentage niet berekenen (KB van 8 januari 1962, art. 1 §1 5°). Vul het register aan.`,
      en: (p, f) =>
        `Member ${p.memberId} receives a net dividend of ${f.money(p.netCents)} for fiscal year ${p.year}, but the register does not give the nominal value of their shares (number of shares and nominal value): CoopCheck cannot compute the rate (Royal Decree of 8 January 1962, art. 1 §1 5°). Complete the register.`,
    },
    example: { memberId: 'M0311', year: 2025, netCents: 2_100 },
  } satisfies MessageDef<{ memberId: string; year: number; netCents: number }>,
  allocationNotDistributed: {
    severity: 'warning',
    text: {
      fr: (p, f) =>
        `L'affectation du résultat de l'exercice ${p.year} attribue ${f.money(p.allocatedCents)} de dividendes, mais la liste des distributions n'a aucune ligne pour cet exercice : CoopCheck ne peut vérifier le plafond de ${f.percent(p.maxRatePpm)} de la valeur nominale par sociétaire (AR du 8 janvier 1962, art. 1 §1 5°). Saisissez les dividendes payés à chaque sociétaire.`,
      nl: (p, f) =>
        `De resultaatbestemming van boekjaar ${p.year} kent ${f.money(p.allocatedCents)} toe aan dividenden, maar de lijst van de uitkeringen heeft geen enkele regel voor dit boekjaar: CoopCheck kan het plafond van ${f.percent(p.maxRatePpm)} van de nominale waarde per aandeelhouder niet nagaan (KB van 8 januari 1962, art. 1 §1 5°). Vul de aan elke aandeelhouder betaalde dividenden in.`,
      en: (p, f) =>
        `The result allocation of fiscal year ${p.year} gives ${f.money(p.allocatedCents)} to dividends, but the distributions list has no line for that year: CoopCheck cannot check the cap of ${f.percent(p.maxRatePpm)} of the nominal value per member (Royal Decree of 8 January 1962, art. 1 §1 5°). Enter the dividends paid to each member.`,
    },
    example: { year: 2025, allocatedCents: 2_736_000, maxRatePpm: 60_000 },
  } satisfies MessageDef<{ year: number; allocatedCents: number; maxRatePpm: number }>,
  highestRate: {
    severity: 'info',
    text: {
      fr: (p, f) =>
        `${f.number(p.members)} ${plural(f, p.members, 'sociétaire', 'sociétaires')} avec un dividende ; ${p.highestMemberId ? `taux net le plus élevé : ${f.percent(p.highestPpm)} de la valeur nominale (${p.highestMemberId})` : 'aucun taux calculable'}`,
      nl: (p, f) =>
        `${f.number(p.members)} ${plural(f, p.members, 'aandeelhouder', 'aandeelhouders')} met een dividend; ${p.highestMemberId ? `hoogste nettopercentage: ${f.percent(p.highestPpm)} van de nominale waarde (${p.highestMemberId})` : 'geen percentage berekenbaar'}`,
      en: (p, f) =>
        `${f.number(p.members)} ${plural(f, p.members, 'member', 'members')} with a dividend; ${p.highestMemberId ? `highest net rate: ${f.percent(p.highestPpm)} of the nominal value (${p.highestMemberId})` : 'no rate computable'}`,
    },
  } satisfies MessageDef<{ members: number; highestPpm: number; highestMemberId: string }>,
  nothingDistributed: {
    severity: 'info',
    text: {
      fr: (p) =>
        p.source === 'otherKinds'
          ? `Aucun dividende ni intérêt sur les parts pour l'exercice ${p.year} : les distributions de l'exercice sont d'une autre nature.`
          : `Aucun avantage patrimonial distribué pour l'exercice ${p.year} : ${p.source === 'allocation' ? "l'affectation du résultat ne prévoit ni dividende ni ristourne" : "aucun dividende n'est enregistré pour cet exercice"}.`,
      nl: (p) =>
        p.source === 'otherKinds'
          ? `Geen dividend of interest op de aandelen voor boekjaar ${p.year}: de uitkeringen van het boekjaar zijn van een andere aard.`
          : `Geen vermogensvoordeel uitgekeerd voor boekjaar ${p.year}: ${p.source === 'allocation' ? 'de resultaatbestemming voorziet dividend noch ristorno' : 'er is geen dividend geregistreerd voor dit boekjaar'}.`,
      en: (p) =>
        p.source === 'otherKinds'
          ? `No dividend or interest on shares for fiscal year ${p.year}: the distributions of the year are of another kind.`
          : `No patrimonial advantage distributed for fiscal year ${p.year}: ${p.source === 'allocation' ? 'the result allocation provides for no dividend and no patronage refund' : 'no dividend is recorded for that year'}.`,
    },
  } satisfies MessageDef<{ year: number; source: 'allocation' | 'distributions' | 'otherKinds' }>,
});
