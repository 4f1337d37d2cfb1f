import { defineMessages, type MessageDef } from '../../findings';
import { LOCALE_OF, type Format, type Lang } from '../../i18n/lang';
import type { CapUnknownReason, RefundKind } from './refunds';

const pluralRules = new Map<Lang, Intl.PluralRules>();

/** "1 part" / "10 parts": the number and the noun in the form the language wants for it. */
function count(f: Format, n: number, one: string, other: string): string {
  let rules = pluralRules.get(f.lang);
  if (!rules) pluralRules.set(f.lang, (rules = new Intl.PluralRules(LOCALE_OF[f.lang])));
  return `${f.number(n)} ${rules.select(n) === 'one' ? one : other}`;
}

/** Who was refunded, as the subject of the sentence: a member who left (this year or earlier) or one who stays. */
type Refunded = { memberId: string; kind: RefundKind; exitDate: string };
const who: Readonly<Record<Lang, (p: Refunded, f: Format) => string>> = {
  fr: (p, f) =>
    p.kind === 'withdrawal' ? `Le sociétaire ${p.memberId}, qui reste sociétaire,` : `Le sociétaire ${p.memberId}, sorti le ${f.date(p.exitDate)},`,
  nl: (p, f) =>
    p.kind === 'withdrawal' ? `Aandeelhouder ${p.memberId}, die aandeelhouder blijft,` : `Aandeelhouder ${p.memberId}, uitgetreden op ${f.date(p.exitDate)},`,
  en: (p, f) => (p.kind === 'withdrawal' ? `Member ${p.memberId}, who remains a member,` : `Member ${p.memberId}, who left on ${f.date(p.exitDate)},`),
};

/** When it was paid: on one date, or in instalments up to the last one; nothing when the register gives no date. */
type Paid = { refundDate: string; payments: number };
const when: Readonly<Record<Lang, (p: Paid, f: Format) => string>> = {
  fr: (p, f) =>
    !p.refundDate ? '' : p.payments > 1 ? ` en ${f.number(p.payments)} versements, le dernier le ${f.date(p.refundDate)}` : ` le ${f.date(p.refundDate)}`,
  nl: (p, f) =>
    !p.refundDate ? '' : p.payments > 1 ? ` in ${f.number(p.payments)} betalingen (de laatste op ${f.date(p.refundDate)})` : ` op ${f.date(p.refundDate)}`,
  en: (p, f) =>
    !p.refundDate ? '' : p.payments > 1 ? ` in ${f.number(p.payments)} payments, the last on ${f.date(p.refundDate)}` : ` on ${f.date(p.refundDate)}`,
};

const forShares: Readonly<Record<Lang, (shares: number, f: Format) => string>> = {
  fr: (n, f) => (n > 0 ? ` pour ${count(f, n, 'part', 'parts')}` : ''),
  nl: (n, f) => (n > 0 ? ` voor ${count(f, n, 'aandeel', 'aandelen')}` : ''),
  en: (n, f) => (n > 0 ? ` for ${count(f, n, 'share', 'shares')}` : ''),
};

type AboveCap = Refunded & Paid & { shares: number; refundCents: number; capCents: number; excessCents: number };
type CapUnknown = Refunded & Paid & { refundCents: number; reason: CapUnknownReason };

export const messages = defineMessages({
  refundAboveCap: {
    severity: 'breach',
    text: {
      fr: (p, f) =>
        `${who.fr(p, f)} a été remboursé de ${f.money(p.refundCents)}${when.fr(p, f)}${forShares.fr(p.shares, f)} : ${f.money(p.excessCents)} de trop. Le plafond est de ${f.money(p.capCents)}, la valeur nominale de son apport réel (le montant libéré et non encore remboursé de ces parts, au plus leur valeur nominale ; AR du 28 juin 2019, art. 6). Récupérez l'excédent auprès du sociétaire, ou corrigez le registre si le remboursement ou le montant libéré y est mal inscrit.`,
      nl: (p, f) =>
        `${who.nl(p, f)} kreeg${when.nl(p, f)} ${f.money(p.refundCents)} terugbetaald${forShares.nl(p.shares, f)}: ${f.money(p.excessCents)} te veel. Het plafond is ${f.money(p.capCents)}, de nominale waarde van de werkelijke inbreng (het werkelijk gestorte en nog niet terugbetaalde bedrag op die aandelen, ten hoogste hun nominale waarde; KB van 28 juni 2019, art. 6). Vorder het teveel terug van de aandeelhouder, of verbeter het register als de terugbetaling of het gestorte bedrag er verkeerd in staat.`,
      en: (p, f) =>
        `${who.en(p, f)} was refunded ${f.money(p.refundCents)}${when.en(p, f)}${forShares.en(p.shares, f)}: ${f.money(p.excessCents)} too much. The cap is ${f.money(p.capCents)}, the nominal value of the actual contribution (the amount actually paid up on those shares and not yet refunded, at most their nominal value; Royal Decree of 28 June 2019, art. 6). Recover the excess from the member, or correct the register if the refund or the paid-up amount is entered wrongly.`,
    },
    example: {
      memberId: 'M0042',
      kind: 'exit',
      exitDate: '2024-06-30',
      refundDate: '2024-07-31',
      payments: 1,
      shares: 10,
      refundCents: 26_000,
      capCents: 25_000,
      excessCents: 1_000,
    },
  } satisfies MessageDef<AboveCap>,
  refundMissing: {
    severity: 'warning',
    text: {
      fr: (p, f) =>
        `Le sociétaire ${p.memberId} est sorti le ${f.date(p.exitDate)}, mais aucun remboursement de ses parts n'est enregistré et il n'est pas indiqué comme postposé. Inscrivez le remboursement (montant et date), ou indiquez qu'il est postposé, pour que CoopCheck le compare à la valeur nominale de l'apport réel (AR du 28 juin 2019, art. 6).`,
      nl: (p, f) =>
        `Aandeelhouder ${p.memberId} is op ${f.date(p.exitDate)} uitgetreden, maar er is geen terugbetaling van de aandelen geregistreerd en ze staat niet als uitgesteld aangeduid. Vul de terugbetaling in (bedrag en datum), of duid aan dat ze uitgesteld is, zodat CoopCheck ze kan vergelijken met de nominale waarde van de werkelijke inbreng (KB van 28 juni 2019, art. 6).`,
      en: (p, f) =>
        `Member ${p.memberId} left on ${f.date(p.exitDate)}, but no refund of their shares is recorded and it is not marked as postponed. Enter the refund (amount and date), or mark it as postponed, so that CoopCheck can compare it with the nominal value of the actual contribution (Royal Decree of 28 June 2019, art. 6).`,
    },
    example: { memberId: 'M0042', exitDate: '2024-06-30' },
  } satisfies MessageDef<{ memberId: string; exitDate: string }>,
  refundCapUnknown: {
    severity: 'warning',
    text: {
      fr: (p, f) =>
        `${who.fr(p, f)} a été remboursé de ${f.money(p.refundCents)}${when.fr(p, f)}, mais ${p.reason === 'sharesUnknown' ? 'le registre ne dit pas quelles parts ce retrait rembourse' : 'ni le montant libéré ni la valeur nominale des parts remboursées ne sont connus'} : CoopCheck ne peut calculer le plafond (AR du 28 juin 2019, art. 6). ${p.reason === 'sharesUnknown' ? 'Inscrivez le retrait dans les mouvements de parts (nombre de parts et montant).' : 'Complétez au registre le nombre de parts, la valeur nominale et le montant libéré, ou inscrivez les mouvements de parts.'}`,
      nl: (p, f) =>
        `${who.nl(p, f)} kreeg${when.nl(p, f)} ${f.money(p.refundCents)} terugbetaald, maar ${p.reason === 'sharesUnknown' ? 'het register zegt niet welke aandelen deze terugneming terugbetaalt' : 'het gestorte bedrag noch de nominale waarde van de terugbetaalde aandelen is bekend'}: CoopCheck kan het plafond niet berekenen (KB van 28 juni 2019, art. 6). ${p.reason === 'sharesUnknown' ? 'Schrijf de terugneming in bij de aandelenbewegingen (aantal aandelen en bedrag).' : 'Vul in het register het aantal aandelen, de nominale waarde en het gestorte bedrag aan, of schrijf de aandelenbewegingen in.'}`,
      en: (p, f) =>
        `${who.en(p, f)} was refunded ${f.money(p.refundCents)}${when.en(p, f)}, but ${p.reason === 'sharesUnknown' ? 'the register does not say which shares this withdrawal refunds' : 'neither the paid-up amount nor the nominal value of the shares refunded is known'}: CoopCheck cannot compute the cap (Royal Decree of 28 June 2019, art. 6). ${p.reason === 'sharesUnknown' ? 'Enter the withdrawal in the share movements (number of shares and amount).' : 'Complete the number of shares, the nominal value and the paid-up amount in the register, or enter the share movements.'}`,
    },
    example: { memberId: 'M0042', kind: 'exit', exitDate: '2024-06-30', refundDate: '2024-07-31', payments: 1, refundCents: 25_000, reason: 'noContribution' },
  } satisfies MessageDef<CapUnknown>,
  exitsChecked: {
    severity: 'info',
    text: {
      fr: (p, f) =>
        `${count(f, p.exits, 'sortie', 'sorties')} dans l'exercice ; ${count(f, p.refunds, 'remboursement vérifié', 'remboursements vérifiés')} : ${f.money(p.refundedCents)} remboursés pour un plafond de ${f.money(p.capCents)}`,
      nl: (p, f) =>
        `${count(f, p.exits, 'uittreding', 'uittredingen')} in het boekjaar; ${count(f, p.refunds, 'terugbetaling gecontroleerd', 'terugbetalingen gecontroleerd')}: ${f.money(p.refundedCents)} terugbetaald tegenover een plafond van ${f.money(p.capCents)}`,
      en: (p, f) =>
        `${count(f, p.exits, 'exit', 'exits')} in the fiscal year; ${count(f, p.refunds, 'refund checked', 'refunds checked')}: ${f.money(p.refundedCents)} refunded against a cap of ${f.money(p.capCents)}`,
    },
  } satisfies MessageDef<{ exits: number; refunds: number; refundedCents: number; capCents: number }>,
  noExitInYear: {
    severity: 'info',
    text: {
      fr: (p) => `Aucune sortie de sociétaire ni aucun remboursement de parts dans l'exercice ${p.year}.`,
      nl: (p) => `Geen uittreding van een aandeelhouder en geen terugbetaling van aandelen in boekjaar ${p.year}.`,
      en: (p) => `No member exit and no refund of shares in fiscal year ${p.year}.`,
    },
  } satisfies MessageDef<{ year: number }>,
});
