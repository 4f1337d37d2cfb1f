import { defineMessages, type MessageDef } from '../../findings';

export const messages = defineMessages({
  refundAboveCap: {
    severity: 'breach',
    text: {
      fr: (p, f) => `Le sociétaire ${p.memberId}, sorti le ${f.date(p.exitDate)}, est remboursé de ${f.money(p.refundCents)} : plus que ${f.money(p.capCents)}, la valeur nominale de son apport réel (montant réellement libéré et non encore remboursé, au plus la valeur nominale de ses parts).`,
      nl: (p, f) => `Aandeelhouder ${p.memberId}, uitgetreden op ${f.date(p.exitDate)}, krijgt ${f.money(p.refundCents)} terugbetaald: meer dan ${f.money(p.capCents)}, de nominale waarde van zijn werkelijke inbreng (werkelijk gestort en nog niet terugbetaald bedrag, ten hoogste de nominale waarde van zijn aandelen).`,
      en: (p, f) => `Member ${p.memberId}, who left on ${f.date(p.exitDate)}, is refunded ${f.money(p.refundCents)}: more than ${f.money(p.capCents)}, the nominal value of their actual contribution (amount actually paid up and not yet refunded, at most the nominal value of their shares).`,
    },
  } satisfies MessageDef<{ memberId: string; exitDate: string; refundCents: number; capCents: number }>,
  refundMissing: {
    severity: 'warning',
    text: {
      fr: (p, f) => `Le sociétaire ${p.memberId} est sorti le ${f.date(p.exitDate)}, mais aucun remboursement n'est enregistré et le remboursement n'est pas indiqué comme postposé.`,
      nl: (p, f) => `Aandeelhouder ${p.memberId} is uitgetreden op ${f.date(p.exitDate)}, maar er is geen terugbetaling geregistreerd en de terugbetaling staat niet als uitgesteld aangeduid.`,
      en: (p, f) => `Member ${p.memberId} left on ${f.date(p.exitDate)}, but no refund is recorded and the refund is not marked as postponed.`,
    },
  } satisfies MessageDef<{ memberId: string; exitDate: string }>,
  refundCapUnknown: {
    severity: 'warning',
    text: {
      fr: (p, f) => `Le sociétaire ${p.memberId}, sorti le ${f.date(p.exitDate)}, est remboursé de ${f.money(p.refundCents)}, mais le registre ne donne ni le montant libéré ni la valeur nominale de ses parts : le plafond ne peut être calculé.`,
      nl: (p, f) => `Aandeelhouder ${p.memberId}, uitgetreden op ${f.date(p.exitDate)}, krijgt ${f.money(p.refundCents)} terugbetaald, maar het register vermeldt het gestort bedrag noch de nominale waarde van zijn aandelen: het plafond kan niet worden berekend.`,
      en: (p, f) => `Member ${p.memberId}, who left on ${f.date(p.exitDate)}, is refunded ${f.money(p.refundCents)}, but the register gives neither the paid-up amount nor the nominal value of their shares: the cap cannot be computed.`,
    },
  } satisfies MessageDef<{ memberId: string; exitDate: string; refundCents: number }>,
  exitsChecked: {
    severity: 'info',
    text: {
      fr: (p, f) => `${f.number(p.exits)} sortie(s) dans l'exercice ; ${f.number(p.refunds)} remboursement(s) totalisant ${f.money(p.refundedCents)} pour un plafond de ${f.money(p.capCents)}`,
      nl: (p, f) => `${f.number(p.exits)} uittreding(en) in het boekjaar; ${f.number(p.refunds)} terugbetaling(en) voor in totaal ${f.money(p.refundedCents)} tegenover een plafond van ${f.money(p.capCents)}`,
      en: (p, f) => `${f.number(p.exits)} exit(s) in the fiscal year; ${f.number(p.refunds)} refund(s) totalling ${f.money(p.refundedCents)} against a cap of ${f.money(p.capCents)}`,
    },
  } satisfies MessageDef<{ exits: number; refunds: number; refundedCents: number; capCents: number }>,
  noExitInYear: {
    severity: 'info',
    text: {
      fr: (p) => `Aucune sortie de sociétaire datée de l'exercice ${p.year}.`,
      nl: (p) => `Geen uittreding van een aandeelhouder in boekjaar ${p.year}.`,
      en: (p) => `No member exit dated in fiscal year ${p.year}.`,
    },
  } satisfies MessageDef<{ year: number }>,
});
