import { defineMessages, type MessageDef } from '../../findings';

export const messages = defineMessages({
  dividendAboveCap: {
    severity: 'breach',
    text: {
      fr: (p, f) => `Le sociétaire ${p.memberId} reçoit pour l'exercice ${p.year} un dividende net de précompte mobilier de ${f.money(p.netCents)} : plus que le plafond de ${f.money(p.capCents)}, soit ${f.percent(p.maxRatePpm)} de la valeur nominale de ses parts (${f.money(p.baseCents)}${p.proRata ? `, au prorata de ${f.number(p.daysHeld)} jours de détention sur ${f.number(p.daysOfYear)}` : ''}).`,
      nl: (p, f) => `Aandeelhouder ${p.memberId} ontvangt voor boekjaar ${p.year} een dividend na aftrek van de roerende voorheffing van ${f.money(p.netCents)}: meer dan het plafond van ${f.money(p.capCents)}, namelijk ${f.percent(p.maxRatePpm)} van de nominale waarde van zijn aandelen (${f.money(p.baseCents)}${p.proRata ? `, naar rata van ${f.number(p.daysHeld)} dagen bezit op ${f.number(p.daysOfYear)}` : ''}).`,
      en: (p, f) => `Member ${p.memberId} receives for fiscal year ${p.year} a dividend net of withholding tax of ${f.money(p.netCents)}: more than the cap of ${f.money(p.capCents)}, that is ${f.percent(p.maxRatePpm)} of the nominal value of their shares (${f.money(p.baseCents)}${p.proRata ? `, pro rata to ${f.number(p.daysHeld)} days held out of ${f.number(p.daysOfYear)}` : ''}).`,
    },
  } satisfies MessageDef<{ memberId: string; year: number; netCents: number; capCents: number; maxRatePpm: number; ratePpm: number; baseCents: number; proRata: boolean; daysHeld: number; daysOfYear: number }>,
  noShareHeld: {
    severity: 'warning',
    text: {
      fr: (p, f) => `Le sociétaire ${p.memberId} reçoit un dividende net de ${f.money(p.netCents)} pour l'exercice ${p.year}, mais ne détient aucune part pendant l'exercice selon le registre et les mouvements de parts : le taux ne peut être calculé.`,
      nl: (p, f) => `Aandeelhouder ${p.memberId} ontvangt een nettodividend van ${f.money(p.netCents)} voor boekjaar ${p.year}, maar bezit volgens het register en de aandelenbewegingen geen aandeel tijdens het boekjaar: het percentage kan niet worden berekend.`,
      en: (p, f) => `Member ${p.memberId} receives a net dividend of ${f.money(p.netCents)} for fiscal year ${p.year} but holds no share during the year according to the register and the share movements: the rate cannot be computed.`,
    },
  } satisfies MessageDef<{ memberId: string; year: number; netCents: number }>,
  nominalUnknown: {
    severity: 'warning',
    text: {
      fr: (p, f) => `Le sociétaire ${p.memberId} reçoit un dividende net de ${f.money(p.netCents)} pour l'exercice ${p.year}, mais le registre ne donne pas la valeur nominale de ses parts (nombre de parts et valeur nominale) : le taux ne peut être calculé.`,
      nl: (p, f) => `Aandeelhouder ${p.memberId} ontvangt een nettodividend van ${f.money(p.netCents)} voor boekjaar ${p.year}, maar het register vermeldt de nominale waarde van zijn aandelen niet (aantal aandelen en nominale waarde): het percentage kan niet worden berekend.`,
      en: (p, f) => `Member ${p.memberId} receives a net dividend of ${f.money(p.netCents)} for fiscal year ${p.year}, but the register does not give the nominal value of their shares (number of shares and nominal value): the rate cannot be computed.`,
    },
  } satisfies MessageDef<{ memberId: string; year: number; netCents: number }>,
  highestRate: {
    severity: 'info',
    text: {
      fr: (p, f) => `${f.number(p.members)} sociétaire(s) avec un dividende ; ${p.highestMemberId ? `taux net le plus élevé : ${f.percent(p.highestPpm)} de la valeur nominale (${p.highestMemberId})` : 'aucun taux calculable'}`,
      nl: (p, f) => `${f.number(p.members)} aandeelhouder(s) met een dividend; ${p.highestMemberId ? `hoogste nettopercentage: ${f.percent(p.highestPpm)} van de nominale waarde (${p.highestMemberId})` : 'geen percentage berekenbaar'}`,
      en: (p, f) => `${f.number(p.members)} member(s) with a dividend; ${p.highestMemberId ? `highest net rate: ${f.percent(p.highestPpm)} of the nominal value (${p.highestMemberId})` : 'no rate computable'}`,
    },
  } satisfies MessageDef<{ members: number; highestPpm: number; highestMemberId: string }>,
  noDividendInYear: {
    severity: 'info',
    text: {
      fr: (p) => `Aucun dividende ni intérêt sur les parts pour l'exercice ${p.year}.`,
      nl: (p) => `Geen dividend of interest op de aandelen voor boekjaar ${p.year}.`,
      en: (p) => `No dividend or interest on shares for fiscal year ${p.year}.`,
    },
  } satisfies MessageDef<{ year: number }>,
});
