import { defineCondition } from '../condition';
import type { DistributionKind } from '../../model';
import { grossOf, netOf, returnsByMember } from '../shared/distributions';
import { baseAmount } from '../shared/holdings';
import { highestRate, rateEachMember } from '../shared/rate-cap';
import { messages } from './messages';

/**
 * CSA art. 8:5 §1: "tout avantage patrimonial que la société distribue à ses actionnaires, sous
 * quelque forme que ce soit" counts, so dividends, interest on shares and other distributions are
 * summed. A ristourne rewards transactions with the cooperative, not capital (AR 8 January 1962
 * art. 1 §1 6°), so it is left out.
 */
const PATRIMONIAL_ADVANTAGES: ReadonlySet<DistributionKind> = new Set(['dividend', 'interest', 'other']);

/**
 * ES-3 — any patrimonial advantage distributed to shareholders stays within the rate fixed by the
 * King under the law of 20 July 1955 (6 %, AR 8 January 1962 art. 1 §1 5°): CSA/WVV art. 8:5 §1.
 * Per member and fiscal year: advantage ≤ maxDividendRate × base, pro rata temporis of days held.
 * The ES text names neither base nor tax treatment (legal.md §3.2, §3.4): by default the base is
 * the amount actually paid up and not yet refunded (the old SFS rule, C. soc. art. 661) and the
 * gross advantage is compared; `dividendBase` and `esRateNetOfTax` choose the CNC readings.
 */
export default defineCondition({
  id: 'ES-3',
  group: 'ES',
  kind: 'data',
  title: {
    fr: 'Avantage patrimonial aux actionnaires limité au taux fixé par le Roi (6 %)',
    nl: 'Vermogensvoordeel voor de aandeelhouders beperkt tot het door de Koning vastgestelde percentage (6 %)',
    en: 'Patrimonial advantage to shareholders within the rate fixed by the King (6 %)',
  },
  legalBasis: {
    fr: 'CSA art. 8:5 §1 ; AR du 8 janvier 1962, art. 1 §1 5°',
    nl: 'WVV art. 8:5 §1; KB van 8 januari 1962, art. 1 §1 5°',
    en: 'CSA art. 8:5 §1; Royal Decree of 8 January 1962, art. 1 §1 5°',
  },
  requires: [
    { sheet: 'distributions', columns: ['memberId', 'kind', 'grossAmount'] },
    { sheet: 'members', columns: ['memberId'] },
  ],
  messages,
  evaluate({ index, parameters, fiscalYear }, report) {
    const { maxDividendRate, dividendBase: basis, esRateNetOfTax: net, proRataTemporis: proRata, withholdingTaxRate } = parameters;
    const year = fiscalYear.year;
    const advantages = returnsByMember(index, fiscalYear, PATRIMONIAL_ADVANTAGES, (d) => (net ? netOf(d, withholdingTaxRate) : grossOf(d)));
    if (advantages.size === 0) return { notApplicable: { messageId: 'noDistributionInYear', params: { year } } };

    const ratings = rateEachMember(advantages, index, fiscalYear, basis, proRata, maxDividendRate);
    let assumedPaidUp = 0;
    for (const rating of ratings) {
      const { memberId, advantage } = rating;
      const amountCents = advantage.amount;
      if (rating.status === 'noShareHeld') {
        if (amountCents > 0) report('noShareHeld', advantage.place, memberId, { memberId, year, amountCents });
      } else if (rating.status === 'baseUnknown') {
        const field = basis === 'nominal' ? 'nominalValue' : 'paidUpAmount';
        if (amountCents > 0) report('baseUnknown', { origin: rating.member.origin, field }, memberId, { memberId, year, amountCents, basis });
      } else {
        const { base, cap } = rating;
        if (base.paidUpAssumed) assumedPaidUp += 1;
        if (amountCents <= cap) continue;
        report('advantageAboveCap', advantage.place, memberId, {
          memberId, year, amountCents, capCents: cap, maxRatePpm: maxDividendRate, ratePpm: rating.ratePpm, net,
          baseCents: baseAmount(base), basis, proRata, daysHeld: base.daysHeld, daysOfYear: fiscalYear.days,
        });
      }
    }
    const highest = highestRate(ratings);
    return {
      evidence: {
        messageId: 'highestRate',
        params: { members: advantages.size, highestPpm: highest?.ratePpm ?? 0, highestMemberId: highest?.memberId ?? '', basis, net, assumedPaidUp },
      },
    };
  },
});
