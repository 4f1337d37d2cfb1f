import { defineCondition, type Place } from '../condition';
import type { Cents } from '../../money';
import type { DistributionKind } from '../../model';
import { grossOf, returnsByMember } from '../shared/distributions';
import { shareBasisInYear } from './share-basis';
import { messages } from './messages';

const DIVIDEND: ReadonlySet<DistributionKind> = new Set(['dividend']);

/** One cent: CONDITIONS.md's tolerance on money comparisons. */
const TOLERANCE: Cents = 1;

interface Holder {
  memberId: string;
  dividend: Cents;
  /** Share-days, or shares without pro rata temporis. */
  units: number;
  place: Place;
}

/** d × U − D × u, exactly: the holder's gap to the reference's dividend per unit, times U. */
function gapTimesUnits(holder: Holder, reference: Holder): bigint {
  return BigInt(holder.dividend) * BigInt(reference.units) - BigInt(reference.dividend) * BigInt(holder.units);
}

/** D × u ÷ U to the nearest cent: what the reference's dividend per unit gives the holder. */
function expectedDividend(holder: Holder, reference: Holder): Cents {
  const twice = (BigInt(reference.dividend) * BigInt(holder.units) * 2n) / BigInt(reference.units);
  return Number((twice + 1n) / 2n);
}

/**
 * CNC-2 — shares, even of unequal value, confer the same rights and obligations within each value
 * category (AR 8 January 1962, art. 1 §1 2°; voting is CNC-3's). The category is the register's
 * share class; members not in the register or without one form a class of their own.
 *
 * - One nominal value per share within a class: the class's value is its most common one, and a
 *   member's value more than 0.01 € from it is a warning, not a breach. The text admits shares of
 *   unequal value, so a second value in one register class is either a second category under one
 *   label or unequal obligations within a category, and only someone who knows the statutes can say
 *   which. The cent absorbs the rounding of old 1 000 BEF shares (24.79 €, sometimes kept as 24.78 €).
 * - The same dividend per share-day (per share without pro rata temporis): the class's reference is
 *   its median member's gross dividend per share-day, which one wrong amount cannot move; a member
 *   paid more than 0.01 € off what that rate gives them is a warning (CONDITIONS.md). Members whose
 *   shares held cannot be counted, or who held none, are left out: ES-3 and CNC-5 judge a dividend
 *   paid on no shares.
 */
export default defineCondition({
  id: 'CNC-2',
  group: 'CNC',
  kind: 'data',
  title: {
    fr: 'Droits et obligations égaux pour les parts de chaque catégorie',
    nl: 'Gelijke rechten en verplichtingen voor de aandelen binnen iedere categorie',
    en: 'Equal rights and obligations for the shares within each category',
  },
  legalBasis: {
    fr: 'AR du 8 janvier 1962, art. 1er, §1er, 2°',
    nl: 'KB van 8 januari 1962, art. 1, §1, 2°',
    en: 'Royal Decree of 8 January 1962, art. 1 §1 2°',
  },
  requires: [{ sheet: 'members', columns: ['memberId'] }],
  messages,
  evaluate({ model, index, parameters, fiscalYear }, report) {
    const categoryOf = (memberId: string) => index.membersById.get(memberId)?.category ?? '';
    const categories = new Set<string>();

    const nominalCounts = new Map<string, Map<Cents, number>>();
    const withNominal = model.members.filter((m) => m.memberId && m.nominalValue !== undefined);
    for (const member of withNominal) {
      const category = member.category ?? '';
      const counts = nominalCounts.get(category) ?? new Map<Cents, number>();
      counts.set(member.nominalValue!, (counts.get(member.nominalValue!) ?? 0) + 1);
      nominalCounts.set(category, counts);
    }
    const categoryNominal = new Map<string, Cents>();
    for (const [category, counts] of nominalCounts) {
      let most: [Cents, number] = [0, 0];
      for (const entry of counts) if (entry[1] > most[1]) most = entry;
      categoryNominal.set(category, most[0]);
      categories.add(category);
    }
    for (const member of withNominal) {
      const category = member.category ?? '';
      const categoryNominalValueCents = categoryNominal.get(category)!;
      if (Math.abs(member.nominalValue! - categoryNominalValueCents) <= TOLERANCE) continue;
      report('nominalValueDiffers', { origin: member.origin, field: 'nominalValue' }, member.memberId, {
        memberId: member.memberId, category, nominalValueCents: member.nominalValue!, categoryNominalValueCents,
      });
    }

    const holdersByCategory = new Map<string, Holder[]>();
    let dividendsCompared = 0;
    for (const [memberId, paid] of returnsByMember(index, fiscalYear, DIVIDEND, grossOf)) {
      const units = shareBasisInYear(memberId, index, fiscalYear, parameters.proRataTemporis);
      if (!units) continue;
      const category = categoryOf(memberId);
      const holders = holdersByCategory.get(category) ?? [];
      holders.push({ memberId, dividend: paid.amount, units, place: paid.place });
      holdersByCategory.set(category, holders);
      categories.add(category);
      dividendsCompared += 1;
    }
    for (const [category, holders] of holdersByCategory) {
      holders.sort((a, b) => a.dividend / a.units - b.dividend / b.units);
      const reference = holders[(holders.length - 1) >> 1]!;
      const tolerance = BigInt(TOLERANCE) * BigInt(reference.units);
      for (const holder of holders) {
        const gap = gapTimesUnits(holder, reference);
        if (gap <= tolerance && -gap <= tolerance) continue;
        report('dividendPerShareDiffers', holder.place, holder.memberId, {
          memberId: holder.memberId, category, dividendCents: holder.dividend,
          expectedCents: expectedDividend(holder, reference), perShareDay: parameters.proRataTemporis,
        });
      }
    }

    if (!withNominal.length && !dividendsCompared) return { notApplicable: { messageId: 'nothingToCompare', params: { year: fiscalYear.year } } };
    return {
      evidence: {
        messageId: 'equalRightsCompared',
        params: { categories: categories.size, nominalCompared: withNominal.length, dividendsCompared },
      },
    };
  },
});
