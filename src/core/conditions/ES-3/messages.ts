import { defineMessages, type MessageDef } from '../../findings';
import type { Format } from '../../i18n/lang';

type Basis = 'paid-up' | 'nominal';
type BaseParams = { baseCents: number; basis: Basis; proRata: boolean; daysHeld: number; daysOfYear: number };

const baseText = {
  fr: (p: BaseParams, f: Format) =>
    `${f.money(p.baseCents)} (${p.basis === 'nominal' ? 'valeur nominale de ses parts' : 'montant réellement libéré sur ses parts et non encore remboursé'}${p.proRata ? `, au prorata de ${f.number(p.daysHeld)} jours de détention sur ${f.number(p.daysOfYear)}` : ''})`,
  nl: (p: BaseParams, f: Format) =>
    `${f.money(p.baseCents)} (${p.basis === 'nominal' ? 'nominale waarde van zijn aandelen' : 'werkelijk gestort en nog niet terugbetaald bedrag op zijn aandelen'}${p.proRata ? `, naar rata van ${f.number(p.daysHeld)} dagen bezit op ${f.number(p.daysOfYear)}` : ''})`,
  en: (p: BaseParams, f: Format) =>
    `${f.money(p.baseCents)} (${p.basis === 'nominal' ? 'nominal value of their shares' : 'amount actually paid up on their shares and not yet refunded'}${p.proRata ? `, pro rata to ${f.number(p.daysHeld)} days held out of ${f.number(p.daysOfYear)}` : ''})`,
};

export const messages = defineMessages({
  advantageAboveCap: {
    severity: 'breach',
    text: {
      fr: (p, f) => `Le sociétaire ${p.memberId} reçoit pour l'exercice ${p.year} un avantage patrimonial ${p.net ? 'net' : 'brut'} de ${f.money(p.amountCents)} (dividendes, intérêts et autres avantages, hors ristournes) : plus que le plafond de ${f.money(p.capCents)}, soit ${f.percent(p.maxRatePpm)} de ${baseText.fr(p, f)}.`,
      nl: (p, f) => `Aandeelhouder ${p.memberId} ontvangt voor boekjaar ${p.year} een ${p.net ? 'netto' : 'bruto'} vermogensvoordeel van ${f.money(p.amountCents)} (dividenden, interesten en andere voordelen, zonder ristorno's): meer dan het plafond van ${f.money(p.capCents)}, namelijk ${f.percent(p.maxRatePpm)} van ${baseText.nl(p, f)}.`,
      en: (p, f) => `Member ${p.memberId} receives for fiscal year ${p.year} a ${p.net ? 'net' : 'gross'} patrimonial advantage of ${f.money(p.amountCents)} (dividends, interest and other advantages, patronage refunds excluded): more than the cap of ${f.money(p.capCents)}, that is ${f.percent(p.maxRatePpm)} of ${baseText.en(p, f)}.`,
    },
  } satisfies MessageDef<BaseParams & { memberId: string; year: number; amountCents: number; capCents: number; maxRatePpm: number; ratePpm: number; net: boolean }>,
  noShareHeld: {
    severity: 'warning',
    text: {
      fr: (p, f) => `Le sociétaire ${p.memberId} reçoit ${f.money(p.amountCents)} pour l'exercice ${p.year}, mais ne détient aucune part pendant l'exercice selon le registre et les mouvements de parts : le taux de l'avantage ne peut être calculé.`,
      nl: (p, f) => `Aandeelhouder ${p.memberId} ontvangt ${f.money(p.amountCents)} voor boekjaar ${p.year}, maar bezit volgens het register en de aandelenbewegingen geen aandeel tijdens het boekjaar: het percentage van het voordeel kan niet worden berekend.`,
      en: (p, f) => `Member ${p.memberId} receives ${f.money(p.amountCents)} for fiscal year ${p.year} but holds no share during the year according to the register and the share movements: the rate of the advantage cannot be computed.`,
    },
  } satisfies MessageDef<{ memberId: string; year: number; amountCents: number }>,
  baseUnknown: {
    severity: 'warning',
    text: {
      fr: (p, f) => `Le sociétaire ${p.memberId} reçoit ${f.money(p.amountCents)} pour l'exercice ${p.year}, mais le registre ne donne pas ${p.basis === 'nominal' ? 'la valeur nominale de ses parts (nombre de parts et valeur nominale)' : 'le montant libéré ni la valeur nominale de ses parts'} : le taux de l'avantage ne peut être calculé.`,
      nl: (p, f) => `Aandeelhouder ${p.memberId} ontvangt ${f.money(p.amountCents)} voor boekjaar ${p.year}, maar het register vermeldt ${p.basis === 'nominal' ? 'de nominale waarde van zijn aandelen niet (aantal aandelen en nominale waarde)' : 'het gestort bedrag noch de nominale waarde van zijn aandelen'}: het percentage van het voordeel kan niet worden berekend.`,
      en: (p, f) => `Member ${p.memberId} receives ${f.money(p.amountCents)} for fiscal year ${p.year}, but the register gives ${p.basis === 'nominal' ? 'no nominal value for their shares (number of shares and nominal value)' : 'neither the paid-up amount nor the nominal value of their shares'}: the rate of the advantage cannot be computed.`,
    },
  } satisfies MessageDef<{ memberId: string; year: number; amountCents: number; basis: Basis }>,
  highestRate: {
    severity: 'info',
    text: {
      fr: (p, f) => `${f.number(p.members)} sociétaire(s) avec un avantage patrimonial ${p.net ? 'net' : 'brut'} ; ${p.highestMemberId ? `taux effectif le plus élevé : ${f.percent(p.highestPpm)} (${p.highestMemberId})` : 'aucun taux calculable'} ; base : ${p.basis === 'nominal' ? 'valeur nominale' : 'montant libéré'}${p.assumedPaidUp ? ` (valeur nominale pour ${f.number(p.assumedPaidUp)} sociétaire(s) sans montant libéré)` : ''}`,
      nl: (p, f) => `${f.number(p.members)} aandeelhouder(s) met een ${p.net ? 'netto' : 'bruto'} vermogensvoordeel; ${p.highestMemberId ? `hoogste effectieve percentage: ${f.percent(p.highestPpm)} (${p.highestMemberId})` : 'geen percentage berekenbaar'}; basis: ${p.basis === 'nominal' ? 'nominale waarde' : 'gestort bedrag'}${p.assumedPaidUp ? ` (nominale waarde voor ${f.number(p.assumedPaidUp)} aandeelhouder(s) zonder gestort bedrag)` : ''}`,
      en: (p, f) => `${f.number(p.members)} member(s) with a ${p.net ? 'net' : 'gross'} patrimonial advantage; ${p.highestMemberId ? `highest effective rate: ${f.percent(p.highestPpm)} (${p.highestMemberId})` : 'no rate computable'}; base: ${p.basis === 'nominal' ? 'nominal value' : 'paid-up amount'}${p.assumedPaidUp ? ` (nominal value for ${f.number(p.assumedPaidUp)} member(s) without a paid-up amount)` : ''}`,
    },
  } satisfies MessageDef<{ members: number; highestPpm: number; highestMemberId: string; basis: Basis; net: boolean; assumedPaidUp: number }>,
  noDistributionInYear: {
    severity: 'info',
    text: {
      fr: (p) => `Aucun dividende, intérêt ou autre avantage patrimonial pour l'exercice ${p.year}.`,
      nl: (p) => `Geen dividend, interest of ander vermogensvoordeel voor boekjaar ${p.year}.`,
      en: (p) => `No dividend, interest or other patrimonial advantage for fiscal year ${p.year}.`,
    },
  } satisfies MessageDef<{ year: number }>,
});
