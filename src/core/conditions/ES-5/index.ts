import { defineCondition, type MissingInput } from '../condition';
import { isoOfDay } from '../../dates';
import { refundMissing, refundsOfYear } from './refunds';
import { messages } from './messages';

/**
 * ES-5 — on exit, the member receives at most the nominal value of their actual contribution:
 * AR 28 June 2019 art. 6 ("en cas de démission, l'actionnaire sortant doit au maximum recevoir la
 * valeur nominale de son apport réel"). Every refund of shares paid in the fiscal year is checked
 * (refunds.ts): a full exit, a partial withdrawal by a member who stays, the refund of an exit of an
 * earlier year. Every exit is a departure at the charge of the company's assets, so exclusions and
 * departures by right (death, end of contract) count like resignations (CSA art. 6:120–6:122); an
 * exit by transfer of the shares to another member is paid by that member, not refunded by the
 * company, so it needs no refund.
 */
export default defineCondition({
  id: 'ES-5',
  group: 'ES',
  kind: 'data',
  title: {
    fr: "À la sortie, au maximum la valeur nominale de l'apport réel",
    nl: 'Bij uittreding ten hoogste de nominale waarde van de werkelijke inbreng',
    en: 'On exit, at most the nominal value of the actual contribution',
  },
  legalBasis: {
    fr: 'CSA art. 8:5 §1 ; AR du 28 juin 2019, art. 6',
    nl: 'WVV art. 8:5 §1; KB van 28 juni 2019, art. 6',
    en: 'CSA art. 8:5 §1; Royal Decree of 28 June 2019, art. 6',
  },
  description: {
    fr: "Chaque remboursement de parts payé dans l'exercice est vérifié : sortie complète, retrait d'une partie des parts par un sociétaire qui reste, ou remboursement cette année d'une sortie d'un exercice antérieur. Il ne peut dépasser la valeur nominale de l'apport réel des parts qu'il rembourse, c'est-à-dire pour chaque part le montant libéré et non encore remboursé, au plus sa valeur nominale, calculé à la date du remboursement à partir des mouvements de parts (une libération paie des parts souscrites avant elle) ou, à défaut, du registre. Un registre qui montre déjà 0 part après la sortie ne ramène jamais ce plafond à 0. Une sortie de l'exercice sans remboursement inscrit ni remboursement postposé est signalée ; une cession des parts à un autre sociétaire n'appelle pas de remboursement.",
    nl: 'Elke terugbetaling van aandelen die in het boekjaar betaald werd, wordt gecontroleerd: een volledige uittreding, de terugneming van een deel van de aandelen door een aandeelhouder die blijft, of de terugbetaling dit jaar van een uittreding uit een vorig boekjaar. Ze mag niet hoger zijn dan de nominale waarde van de werkelijke inbreng op de aandelen die ze terugbetaalt, dus per aandeel het werkelijk gestorte en nog niet terugbetaalde bedrag, ten hoogste de nominale waarde, berekend op de datum van de terugbetaling uit de aandelenbewegingen (een storting volstort aandelen waarop vóór haar werd ingeschreven) of anders uit het register. Een register dat na de uittreding al 0 aandelen toont, brengt dat plafond nooit op 0. Een uittreding in het boekjaar zonder geregistreerde of uitgestelde terugbetaling wordt gemeld; een overdracht van de aandelen aan een andere aandeelhouder vraagt geen terugbetaling.',
    en: 'Every refund of shares paid in the fiscal year is checked: a full exit, the withdrawal of some shares by a member who stays, or the refund this year of an exit of an earlier year. It may not exceed the nominal value of the actual contribution on the shares it refunds, that is, for each share the amount paid up and not yet refunded, at most its nominal value, computed at the refund’s date from the share movements (a payment pays up shares subscribed before it) or, without them, from the register. A register that already shows 0 shares after the exit never brings that cap down to 0. An exit of the year with no refund recorded and no postponed refund is flagged; a transfer of the shares to another member calls for no refund.',
  },
  parameters: ['fiscalYear', 'fiscalYearStart'],
  reads: ['movements'],
  requires: [
    { sheet: 'members', columns: ['memberId'] },
    // Without exit dates, refunds can be checked but exits cannot be told from withdrawals or missed.
    { sheet: 'members', columns: ['exitDate'], neededToPass: true },
  ],
  messages,
  evaluate({ model, index, fiscalYear }, report) {
    const { exits, refunds, missing: unseen } = refundsOfYear(model, index, fiscalYear);
    const missing: MissingInput[] = [...unseen];
    const iso = (day: number | undefined) => (day === undefined ? '' : isoOfDay(day));
    let checked = 0;
    let refundedCents = 0;
    let capCents = 0;
    for (const refund of refunds) {
      const { memberId, kind, place } = refund;
      const subject = kind === 'withdrawal' && refund.date !== undefined ? `${memberId} ${iso(refund.date)}` : memberId;
      const common = { memberId, kind, exitDate: iso(refund.exitDate), refundDate: iso(refund.date), payments: refund.payments };
      if (refund.cap === undefined) {
        report('refundCapUnknown', place, subject, { ...common, refundCents: refund.refunded, reason: refund.capUnknown ?? 'noContribution' });
        continue;
      }
      checked += 1;
      refundedCents += refund.refunded;
      capCents += refund.cap;
      if (refund.refunded > refund.cap) {
        report('refundAboveCap', place, subject, {
          ...common,
          shares: refund.shares ?? 0,
          refundCents: refund.refunded,
          capCents: refund.cap,
          excessCents: refund.refunded - refund.cap,
        });
      }
    }
    // Without a refund column or share movements, no refund can be seen at all.
    const refundsRecorded = model.mappings.members?.columns.refundAmount !== undefined || model.mappings.movements !== undefined;
    if (!refundsRecorded) missing.push({ sheet: 'members', columns: ['refundAmount'] }, { sheet: 'movements' });
    for (const exit of exits) {
      const { member } = exit;
      if (!refundsRecorded || !refundMissing(exit)) continue;
      const field = member.origin.columns.refundAmount !== undefined ? 'refundAmount' : 'exitDate';
      report('refundMissing', { origin: member.origin, field }, member.memberId, { memberId: member.memberId, exitDate: isoOfDay(exit.exitDate) });
    }
    if (exits.length === 0 && refunds.length === 0 && missing.length === 0) {
      return { notApplicable: { messageId: 'noExitInYear', params: { year: fiscalYear.year } } };
    }
    return { evidence: { messageId: 'exitsChecked', params: { exits: exits.length, refunds: checked, refundedCents, capCents } }, missing };
  },
});
