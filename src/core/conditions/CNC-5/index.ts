import { defineCondition, type EvaluationResult } from '../condition';
import type { DistributionKind } from '../../model';
import { allocatedAdvantages, distributionLinesOfYear, distributionsMissing, netOf, nothingDistributed, returnsByMember } from '../shared/distributions';
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
 * art. 1 §1 5° (as replaced by AR 4 May 2016). Per member: net ≤ maxDividendRate × nominal value of
 * the shares held (× days held ÷ days of the year only when `proRataTemporis`: the text has no time
 * factor); the base is always the nominal value.
 *
 * Nothing distributed is evidence (passed); without the distributions list and without an allocation
 * showing no dividend, it is not evaluated.
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
  description: {
    fr: "Pour chaque sociétaire, CoopCheck additionne les dividendes et les intérêts sur les parts de l'exercice, nets de précompte mobilier (le montant net donné, sinon le brut moins le précompte donné ou calculé au taux en vigueur). Ce net ne peut dépasser 6 % de la valeur nominale des parts détenues pendant l'exercice ; un centime au-delà du plafond est un manquement. La loi ne prévoit pas de prorata : le plafond n'est réduit au prorata des jours de détention que si les statuts paient ainsi. Une distribution sans colonne d'exercice appartient au dernier exercice clôturé avant son paiement. Si rien n'a été distribué, la condition est remplie.",
    nl: 'Per aandeelhouder telt CoopCheck de dividenden en interesten op de aandelen van het boekjaar op, na aftrek van de roerende voorheffing (het opgegeven nettobedrag, anders het brutobedrag min de opgegeven of tegen het geldende tarief berekende voorheffing). Dat nettobedrag mag niet meer bedragen dan 6 % van de nominale waarde van de aandelen die tijdens het boekjaar werden gehouden; één cent boven het plafond is een inbreuk. De wet kent geen pro rata: het plafond wordt alleen naar rata van de dagen bezit verminderd als de statuten zo uitkeren. Een uitkering zonder kolom boekjaar hoort bij het laatste boekjaar dat vóór de betaling werd afgesloten. Werd niets uitgekeerd, dan is aan de voorwaarde voldaan.',
    en: 'For each member, CoopCheck adds up the dividends and the interest on shares of the fiscal year, net of withholding tax (the net amount given, else the gross amount less the tax given or computed at the current rate). That net amount may not exceed 6 % of the nominal value of the shares held during the year; one cent above the cap is a breach. The law has no pro rata: the cap is reduced pro rata to the days held only when the statutes pay that way. A distribution without a fiscal-year column belongs to the last fiscal year closed before its payment. When nothing was distributed, the condition is met.',
  },
  parameters: ['maxDividendRate', 'withholdingTaxRate', 'proRataTemporis', 'distributionYear'],
  reads: ['distributions', 'members', 'movements', 'allocation'],
  requires: [{ sheet: 'members', columns: ['memberId'] }],
  messages,
  evaluate(context, report): EvaluationResult | void {
    const { model, index, parameters, fiscalYear } = context;
    const { maxDividendRate, proRataTemporis: proRata, withholdingTaxRate, distributionYear } = parameters;
    const year = fiscalYear.year;
    const nothing = nothingDistributed(context);
    if (nothing) return { evidence: { messageId: 'nothingDistributed', params: nothing } };
    const absent = distributionsMissing(model, ['memberId', 'kind', 'grossAmount']);
    if (absent.length) return { missing: absent };

    const dividends = returnsByMember(index, fiscalYear, DIVIDENDS_ON_CAPITAL, (d) => netOf(d, withholdingTaxRate), distributionYear);
    if (dividends.size === 0) {
      const allocated = allocatedAdvantages(model, year);
      if (allocated.dividendsCents > 0) {
        // The allocation gives dividends the list does not show: the per-member check cannot be made.
        report('allocationNotDistributed', { origin: allocated.line!.origin, field: 'amount' }, String(year), {
          year,
          allocatedCents: allocated.dividendsCents,
          maxRatePpm: maxDividendRate,
        });
        return;
      }
      const listed = distributionLinesOfYear(context).length > 0;
      return { evidence: { messageId: 'nothingDistributed', params: { year, source: listed ? 'otherKinds' : 'distributions' } } };
    }

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
          memberId,
          year,
          netCents,
          capCents: rating.cap,
          excessCents: netCents - rating.cap,
          maxRatePpm: maxDividendRate,
          ratePpm: rating.ratePpm,
          baseCents: baseAmount(base),
          proRata,
          daysHeld: base.daysHeld,
          daysOfYear: fiscalYear.days,
        });
      }
    }
    const highest = highestRate(ratings);
    return {
      evidence: { messageId: 'highestRate', params: { members: dividends.size, highestPpm: highest?.ratePpm ?? 0, highestMemberId: highest?.memberId ?? '' } },
    };
  },
});
