import { defineCondition, type EvaluationResult, type Place } from '../condition';
import { isOfFiscalYear } from '../shared/distributions';
import { rateOf, type Cents } from '../../money';
import { a1 } from '../../snapshot';
import type { Distribution } from '../../model';
import { messages } from './messages';

interface MemberRistourne {
  memberId: string;
  ristourne: Cents;
  transactions: Cents;
  place: Place;
}

/** True when ristourne ÷ transactions departs from the reference member's ratio by more than both tolerances. */
function deviates(member: MemberRistourne, reference: MemberRistourne): boolean {
  // Cross-multiplied so the comparison is exact: |r·T − R·t| is the member's gap to the reference rate, times T.
  const gap = BigInt(member.ristourne) * BigInt(reference.transactions) - BigInt(reference.ristourne) * BigInt(member.transactions);
  const absGap = gap < 0n ? -gap : gap;
  const moreThanOneCent = absGap > BigInt(reference.transactions);
  const beyondHalfPercent = absGap * 200n > BigInt(reference.ristourne) * BigInt(member.transactions);
  return moreThanOneCent && beyondHalfPercent;
}

/**
 * CNC-6 — the company's main purpose is an economic or social advantage to its members, and a
 * ristourne may only be allocated pro rata to the transactions members did with the company (AR 8
 * January 1962, art. 1 §1 6° and its ristourne paragraph).
 *
 * - A ristourne to a member with no transactions recorded (blank or zero) cannot follow transactions:
 *   a breach (it follows shares or nothing). A cell DATA-2 could not read is left to DATA-2.
 * - Within a scheme, ristourne ÷ transactions must be one rate. The data has no scheme column, so the
 *   scheme is the member's share category (user and worker categories are where schemes differ). The
 *   reference is the median member's rate, which one wrong amount cannot move (the total ratio would
 *   follow a large member's error and flag everyone else). A member is flagged, as a warning, when
 *   their ristourne is more than 0.5 % (relative) off that rate and more than 0.01 € off the amount
 *   it gives: rounding each ristourne to the cent is no deviation.
 * - A company also accredited as a social enterprise has the societal impact as its main purpose (CSA
 *   art. 8:5 §1) and is exempt from reporting on the members' advantage (CNC FAQ 78, legal.md §2.4):
 *   not applicable. Its ristournes remain patrimonial advantages under ES-3.
 */
export default defineCondition({
  id: 'CNC-6',
  group: 'CNC',
  kind: 'data',
  title: {
    fr: "Avantage économique ou social aux associés ; ristourne uniquement au prorata des opérations",
    nl: 'Economisch of sociaal voordeel voor de vennoten; ristorno enkel naar rata van de verrichtingen',
    en: 'Economic or social advantage to members; patronage refunds only pro rata to transactions',
  },
  legalBasis: {
    fr: 'AR du 8 janvier 1962, art. 1er, §1er, 6°',
    nl: 'KB van 8 januari 1962, art. 1, §1, 6°',
    en: 'Royal Decree of 8 January 1962, art. 1 §1 6°',
  },
  requires: [{ sheet: 'distributions', columns: ['memberId', 'kind', 'grossAmount'] }],
  notApplicableWhen: (parameters) =>
    parameters.accreditations.includes('ES') ? { messageId: 'exemptAsSocialEnterprise', params: {} } : undefined,
  messages,
  evaluate({ model, index, fiscalYear }, report): EvaluationResult | void {

    const ristournes: Distribution[] = model.distributions.filter((d) =>
      d.kind === 'ristourne' && d.grossAmount !== undefined && d.grossAmount > 0 && isOfFiscalYear(d, fiscalYear));
    if (!ristournes.length) return { notApplicable: { messageId: 'noRistourne', params: { year: fiscalYear.year } } };

    const mapping = model.mappings.distributions!;
    const transactionsColumn = mapping.columns.transactions;
    if (transactionsColumn === undefined) {
      report('transactionsColumnMissing', { origin: ristournes[0]!.origin, field: 'grossAmount' }, mapping.sheet, {});
      return;
    }
    const unreadable = new Set<string>();
    for (const issue of model.issues) {
      if (issue.kind === 'cellUnparsable' && issue.sheetKind === 'distributions' && issue.field === 'transactions') unreadable.add(`${issue.sheet}!${issue.cell}`);
    }

    const byMember = new Map<string, MemberRistourne>();
    for (const row of ristournes) {
      const { memberId, origin } = row;
      const ristourne = row.grossAmount!;
      if (row.transactions === undefined && unreadable.has(`${origin.sheet}!${a1(transactionsColumn, origin.row)}`)) continue;
      if (row.transactions === undefined || row.transactions <= 0) {
        report('ristourneWithoutTransactions', { origin, field: 'transactions' }, memberId, { memberId, ristourneCents: ristourne });
        continue;
      }
      const member = byMember.get(memberId);
      if (member) { member.ristourne += ristourne; member.transactions += row.transactions; }
      else byMember.set(memberId, { memberId, ristourne, transactions: row.transactions, place: { origin, field: 'grossAmount' } });
    }

    const schemes = new Map<string, MemberRistourne[]>();
    let ristourneCents = 0;
    let transactionsCents = 0;
    for (const member of byMember.values()) {
      const category = index.membersById.get(member.memberId)?.category ?? '';
      const scheme = schemes.get(category);
      if (scheme) scheme.push(member);
      else schemes.set(category, [member]);
      ristourneCents += member.ristourne;
      transactionsCents += member.transactions;
    }
    for (const [category, members] of schemes) {
      members.sort((a, b) => a.ristourne / a.transactions - b.ristourne / b.transactions);
      const reference = members[(members.length - 1) >> 1]!;
      const schemeRatePpm = rateOf(reference.ristourne, reference.transactions)!;
      for (const member of members) {
        if (!deviates(member, reference)) continue;
        report('ristourneRateDeviates', member.place, member.memberId, {
          memberId: member.memberId, category, ristourneCents: member.ristourne, transactionsCents: member.transactions,
          ratePpm: rateOf(member.ristourne, member.transactions)!, schemeRatePpm,
          expectedCents: Math.round((reference.ristourne * member.transactions) / reference.transactions),
        });
      }
    }
    if (!byMember.size) return;
    return {
      evidence: {
        messageId: 'ristournesChecked',
        params: { members: byMember.size, ristourneCents, transactionsCents, ratePpm: rateOf(ristourneCents, transactionsCents)! },
      },
    };
  },
});
