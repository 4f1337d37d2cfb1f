import { defineCondition } from '../condition';
import { isoOfDay } from '../../dates';
import { exitRefundOf } from './refunds';
import { messages } from './messages';

/**
 * ES-5 — on exit, the member receives at most the nominal value of their actual contribution:
 * AR 28 June 2019 art. 6 ("en cas de démission, l'actionnaire sortant doit au maximum recevoir la
 * valeur nominale de son apport réel"). Every exit is a departure at the charge of the company's
 * assets, so exclusions and departures by right (death, end of contract) count like resignations
 * (CSA art. 6:120–6:122); an exit by transfer of the shares to another member is paid by that member,
 * not refunded by the company, so it needs no refund. Exits are those dated inside the fiscal year.
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
  requires: [{ sheet: 'members', columns: ['memberId', 'exitDate'] }],
  messages,
  evaluate({ model, index, fiscalYear }, report) {
    let exits = 0;
    let refunds = 0;
    let refundedCents = 0;
    let capCents = 0;
    for (const member of model.members) {
      if (member.exitDate === undefined || member.exitDate < fiscalYear.start || member.exitDate > fiscalYear.end) continue;
      exits += 1;
      const { memberId } = member;
      const exitDate = isoOfDay(member.exitDate);
      const { refunded, cap, place } = exitRefundOf(member, index.movementsByMember.get(memberId), fiscalYear, index.journalStart);
      if (refunded === undefined) {
        // A refund may wait for the distribution tests of CSA 6:115–6:116; a postponed one is fine.
        const expected = member.exitReason !== 'transfer' && !member.refundPostponed && cap !== 0;
        const field = member.origin.columns.refundAmount !== undefined ? 'refundAmount' : 'exitDate';
        if (expected) report('refundMissing', { origin: member.origin, field }, memberId, { memberId, exitDate });
        continue;
      }
      refunds += 1;
      if (cap === undefined) {
        report('refundCapUnknown', place, memberId, { memberId, exitDate, refundCents: refunded });
        continue;
      }
      refundedCents += refunded;
      capCents += cap;
      if (refunded > cap) report('refundAboveCap', place, memberId, { memberId, exitDate, refundCents: refunded, capCents: cap });
    }
    if (exits === 0) return { notApplicable: { messageId: 'noExitInYear', params: { year: fiscalYear.year } } };
    return { evidence: { messageId: 'exitsChecked', params: { exits, refunds, refundedCents, capCents } } };
  },
});
