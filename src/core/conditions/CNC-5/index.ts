import { defineCondition } from '../condition';
import type { DistributionKind } from '../../model';
import { netOf, returnsByMember } from '../shared/distributions';
import { baseAmount } from '../shared/holdings';
import { highestRate, rateEachMember } from '../shared/rate-cap';
import { messages } from './messages';

/**
 * AR 8 January 1962 art. 1 §1 5° caps "het dividend op het maatschappelijk kapitaal": a fixed
 * interest on shares is a dividend on capital under another name, so both count. A ristourne rewards
 * transactions (6°) and is CNC-6's; other advantages fall under the ES wording "sous quelque forme
 * que ce soit" (ES-3), which the CNC text does not have.
 */
const DIVIDENDS_ON_CAPITAL: ReadonlySet<DistributionKind> = new Set(['dividend', 'interest']);

/**
 * CNC-5 — the dividend paid to members may not exceed 6 % of the nominal value of the shares, after
 * deduction of the withholding tax (précompte mobilier / roerende voorheffing): AR 8 January 1962
 * art. 1 §1 5° (as replaced by AR 4 May 2016). Per member: net ≤ maxDividendRate × nominal value ×
 * days held ÷ days of the year; the base is always the nominal value.
 */
export default defineCondition({
  id: 'CNC-5',
  group: 'CNC',
  kind: 'data',
  title: {
    fr: 'Dividende limité à 6 % de la valeur nominale des parts, après précompte mobilier',
    nl: 'Dividend beperkt tot 6 % van de nominale waarde van de aandelen, na aftrek van de roerende voorheffing',
    en: 'Dividend within 6 % of the nominal value of the shares, after withholding tax',
  },
  legalBasis: {
    fr: 'AR du 8 janvier 1962, art. 1 §1 5°',
    nl: 'KB van 8 januari 1962, art. 1 §1 5°',
    en: 'Royal Decree of 8 January 1962, art. 1 §1 5°',
  },
  requires: [
    { sheet: 'distributions', columns: ['memberId', 'kind', 'grossAmount'] },
    { sheet: 'members', columns: ['memberId'] },
  ],
  messages,
  evaluate({ index, parameters, fiscalYear }, report) {
    const { maxDividendRate, proRataTemporis: proRata, withholdingTaxRate } = parameters;
    const year = fiscalYear.year;
    const dividends = returnsByMember(index, fiscalYear, DIVIDENDS_ON_CAPITAL, (d) => netOf(d, withholdingTaxRate));
    if (dividends.size === 0) return { notApplicable: { messageId: 'noDividendInYear', params: { year } } };

    const ratings = rateEachMember(dividends, index, fiscalYear, 'nominal', proRata, maxDividendRate);
    for (const rating of ratings) {
      const { memberId, advantage } = rating;
      const netCents = advantage.amount;
      if (rating.status === 'noShareHeld') {
        if (netCents > 0) report('noShareHeld', advantage.place, memberId, { memberId, year, netCents });
      } else if (rating.status === 'baseUnknown') {
        if (netCents > 0) report('nominalUnknown', { origin: rating.member.origin, field: 'nominalValue' }, memberId, { memberId, year, netCents });
      } else if (netCents > rating.cap) {
        const { base } = rating;
        report('dividendAboveCap', advantage.place, memberId, {
          memberId, year, netCents, capCents: rating.cap, maxRatePpm: maxDividendRate, ratePpm: rating.ratePpm,
          baseCents: baseAmount(base), proRata, daysHeld: base.daysHeld, daysOfYear: fiscalYear.days,
        });
      }
    }
    const highest = highestRate(ratings);
    return {
      evidence: { messageId: 'highestRate', params: { members: dividends.size, highestPpm: highest?.ratePpm ?? 0, highestMemberId: highest?.memberId ?? '' } },
    };
  },
});
