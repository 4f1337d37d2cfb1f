import { defineCondition, type EvaluationResult, type MissingInput } from '../condition';
import type { Distribution, DistributionKind } from '../../model';
import {
  allocatedAdvantages,
  analyseRistournes,
  distributionLinesOfYear,
  distributionsMissing,
  grossOf,
  netOf,
  nothingDistributed,
  returnsByMember,
} from '../shared/distributions';
import { baseAmount } from '../shared/holdings';
import { highestRate, rateEachMember } from '../shared/rate-cap';
import { messages } from './messages';

/**
 * CSA art. 8:5 §1: "tout avantage patrimonial que la société distribue à ses actionnaires, sous
 * quelque forme que ce soit" counts, so dividends, interest on shares and other distributions are
 * summed. A ristourne that follows the member's transactions with the cooperative rewards those
 * transactions, not capital (AR 8 January 1962 art. 1 §1 6°), and is left out; one that does not (no
 * transactions, or pro rata to shares) is a return on capital under another name and counts.
 */
const PATRIMONIAL_ADVANTAGES: ReadonlySet<DistributionKind> = new Set(['dividend', 'interest', 'other']);

/**
 * ES-3 — any patrimonial advantage distributed to shareholders stays within the rate fixed by the
 * King under the law of 20 July 1955 (6 %, AR 8 January 1962 art. 1 §1 5°): CSA/WVV art. 8:5 §1.
 * Per member and fiscal year: advantage ≤ maxDividendRate × base; pro rata temporis of the days held
 * only when the statutes pay so (`proRataTemporis`). The ES text names neither base nor tax treatment
 * (legal.md §3.2, §3.4): by default the base is the amount actually paid up and not yet refunded (the
 * old SFS rule, C. soc. art. 661) and the gross advantage is compared; `dividendBase` and
 * `esRateNetOfTax` choose the CNC readings.
 *
 * Never passed on half the evidence: without the distributions list it is not evaluated, unless the
 * result allocation shows that nothing was distributed; with ristournes of the year but no
 * transactions column it cannot pass (whether they follow transactions is unknown).
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
  description: {
    fr: "Pour chaque sociétaire, CoopCheck additionne les avantages patrimoniaux de l'exercice, sous quelque forme que ce soit : dividendes, intérêts sur les parts, autres avantages, et les ristournes qui ne suivent pas les opérations du sociétaire avec la coopérative (sans opérations, ou au prorata des parts). Le total ne peut dépasser 6 % du montant réellement libéré sur ses parts et non encore remboursé (la valeur nominale sur demande), comparé brut de précompte par défaut ; un centime au-delà du plafond est un manquement. Le plafond n'est réduit au prorata des jours de détention que si les statuts paient ainsi. Une distribution sans colonne d'exercice appartient au dernier exercice clôturé avant son paiement. Si rien n'a été distribué (affectation du résultat sans dividende ni ristourne, ou aucune distribution de l'exercice), la condition est remplie.",
    nl: 'Per aandeelhouder telt CoopCheck de vermogensvoordelen van het boekjaar op, in welke vorm ook: dividenden, interesten op de aandelen, andere voordelen, en de ristorno’s die de verrichtingen van de aandeelhouder met de coöperatie niet volgen (zonder verrichtingen, of naar rata van de aandelen). Het totaal mag niet meer bedragen dan 6 % van het werkelijk gestorte en nog niet terugbetaalde bedrag op de aandelen (op verzoek de nominale waarde), standaard bruto vergeleken; één cent boven het plafond is een inbreuk. Het plafond wordt alleen naar rata van de dagen bezit verminderd als de statuten zo uitkeren. Een uitkering zonder kolom boekjaar hoort bij het laatste boekjaar dat vóór de betaling werd afgesloten. Werd niets uitgekeerd (resultaatbestemming zonder dividend of ristorno, of geen enkele uitkering over het boekjaar), dan is aan de voorwaarde voldaan.',
    en: 'For each member, CoopCheck adds up the patrimonial advantages of the fiscal year, in whatever form: dividends, interest on shares, other advantages, and the patronage refunds that do not follow the member’s transactions with the cooperative (no transactions, or pro rata to shares). The total may not exceed 6 % of the amount actually paid up on the shares and not yet refunded (the nominal value on request), compared gross of withholding tax by default; one cent above the cap is a breach. The cap is reduced pro rata to the days held only when the statutes pay that way. A distribution without a fiscal-year column belongs to the last fiscal year closed before its payment. When nothing was distributed (a result allocation with no dividend and no patronage refund, or no distribution for the year), the condition is met.',
  },
  parameters: ['maxDividendRate', 'dividendBase', 'esRateNetOfTax', 'withholdingTaxRate', 'proRataTemporis', 'distributionYear'],
  reads: ['distributions', 'movements', 'allocation'],
  requires: [{ sheet: 'members', columns: ['memberId'] }],
  messages,
  evaluate(context, report): EvaluationResult | void {
    const { model, index, parameters, fiscalYear } = context;
    const { maxDividendRate, dividendBase: basis, esRateNetOfTax: net, proRataTemporis: proRata, withholdingTaxRate, distributionYear } = parameters;
    const year = fiscalYear.year;
    const nothing = nothingDistributed(context);
    if (nothing) return { evidence: { messageId: 'nothingDistributed', params: { ...nothing, ristournes: 0 } } };
    const absent = distributionsMissing(model, ['memberId', 'kind', 'grossAmount']);
    if (absent.length) return { missing: absent };

    if (!distributionLinesOfYear(context).length) {
      // Nothing listed for the year, yet the allocation gives dividends or ristournes (else nothing was distributed).
      const allocated = allocatedAdvantages(model, year);
      report('allocationNotDistributed', { origin: allocated.line!.origin, field: 'amount' }, String(year), {
        year,
        allocatedCents: allocated.dividendsCents + allocated.ristournesCents,
        maxRatePpm: maxDividendRate,
      });
      return;
    }

    const ristournes = analyseRistournes(context);
    const missing: MissingInput[] = ristournes.rows.length && !ristournes.transactionsColumn ? [{ sheet: 'distributions', columns: ['transactions'] }] : [];
    const counts = (row: Distribution) => (row.kind !== undefined && PATRIMONIAL_ADVANTAGES.has(row.kind)) || ristournes.notFollowing.has(row);
    const advantages = returnsByMember(index, fiscalYear, counts, (d) => (net ? netOf(d, withholdingTaxRate) : grossOf(d)), distributionYear);
    if (advantages.size === 0) {
      const following = new Set(ristournes.rows.map((row) => row.memberId)).size;
      return {
        evidence: { messageId: 'nothingDistributed', params: { year, source: following ? 'ristournes' : 'distributions', ristournes: following } },
        missing,
      };
    }

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
          memberId,
          year,
          amountCents,
          capCents: cap,
          excessCents: amountCents - cap,
          maxRatePpm: maxDividendRate,
          ratePpm: rating.ratePpm,
          net,
          ristourneCents: advantage.ristourne,
          baseCents: baseAmount(base),
          basis,
          proRata,
          daysHeld: base.daysHeld,
          daysOfYear: fiscalYear.days,
        });
      }
    }
    const highest = highestRate(ratings);
    return {
      evidence: {
        messageId: 'highestRate',
        params: { members: advantages.size, highestPpm: highest?.ratePpm ?? 0, highestMemberId: highest?.memberId ?? '', basis, net, assumedPaidUp },
      },
      missing,
    };
  },
});
