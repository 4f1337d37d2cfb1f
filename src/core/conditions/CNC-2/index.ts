import { defineCondition, type MissingInput, type Place } from '../condition';
import type { Cents } from '../../money';
import type { DistributionKind, Member } from '../../model';
import { distributionsMissing, grossOf, nothingDistributed, returnsByMember } from '../shared/distributions';
import { shareBasisInYear } from './share-basis';
import { messages } from './messages';

/** The return on a share: dividends and interest together (a member may be paid partly as interest). */
const RETURN_ON_SHARES: ReadonlySet<DistributionKind> = new Set(['dividend', 'interest']);

/** One cent: CONDITIONS.md's tolerance on money comparisons, per payment line for the returns. */
const TOLERANCE: Cents = 1;

/** A register row that takes part in the nominal-value comparison: it has an id and a nominal value. */
const withNominal = (member: Member): member is Member & { nominalValue: Cents } => Boolean(member.memberId) && member.nominalValue !== undefined;

interface Holder {
  memberId: string;
  dividend: Cents;
  /** Share-days, or shares without pro rata temporis. */
  units: number;
  /** Payment lines: each may round by a cent. */
  lines: number;
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
 * - The same return per share, dividends and interest together (a member paid partly as interest
 *   gets the same return), per share held (per share-day only when `proRataTemporis`, i.e. the
 *   statutes pay pro rata of the days held): the class's reference is its median member's gross
 *   return per unit, which one wrong amount cannot move; a member paid more than one cent per payment
 *   line off what that rate gives them is a warning (CONDITIONS.md). Members whose shares held cannot
 *   be counted, or who held none, are left out: ES-3 and CNC-5 judge a dividend paid on no shares.
 * - Never passed on half the evidence: without the distributions list, and unless the allocation
 *   shows nothing was distributed, the returns cannot be compared and the distributions are named
 *   as missing.
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
  description: {
    fr: "Au sein de chaque catégorie de parts du registre, CoopCheck vérifie que toutes les parts ont la même valeur nominale (à un centime près) et le même rendement pour l'exercice : dividendes et intérêts sur les parts ensemble, par part détenue, ou par part et par jour de détention seulement si les statuts paient au prorata. La référence est le sociétaire médian de la catégorie ; un écart de plus d'un centime par ligne de paiement est signalé pour examen, car seule une personne qui connaît les statuts peut dire s'il s'agit d'une autre catégorie. Une distribution sans colonne d'exercice appartient au dernier exercice clôturé avant son paiement.",
    nl: 'Binnen elke aandelencategorie van het register gaat CoopCheck na of alle aandelen dezelfde nominale waarde hebben (op één cent na) en hetzelfde rendement voor het boekjaar: dividenden en interesten op de aandelen samen, per gehouden aandeel, of per aandeel en per dag bezit alleen als de statuten naar rata uitkeren. De referentie is de mediane aandeelhouder van de categorie; een afwijking van meer dan één cent per betalingsregel wordt ter beoordeling gemeld, want alleen wie de statuten kent, kan zeggen of het om een andere categorie gaat. Een uitkering zonder kolom boekjaar hoort bij het laatste boekjaar dat vóór de betaling werd afgesloten.',
    en: 'Within each share category of the register, CoopCheck checks that all shares have the same nominal value (to the cent) and the same return for the fiscal year: dividends and interest on shares together, per share held, or per share and day held only when the statutes pay pro rata. The reference is the category’s median member; a difference of more than one cent per payment line is flagged for review, since only someone who knows the statutes can tell whether it is another category. A distribution without a fiscal-year column belongs to the last fiscal year closed before its payment.',
  },
  parameters: ['proRataTemporis', 'distributionYear'],
  reads: ['distributions', 'movements', 'allocation'],
  requires: [{ sheet: 'members', columns: ['memberId'] }],
  messages,
  evaluate(context, report) {
    const { model, index, parameters, fiscalYear } = context;
    const year = fiscalYear.year;
    const categoryOf = (memberId: string) => index.membersById.get(memberId)?.category ?? '';
    const categories = new Set<string>();

    const nominalCounts = new Map<string, Map<Cents, number>>();
    // Walked twice rather than filtered into a second array of up to a million members.
    const { members } = model;
    let nominalCompared = 0;
    for (let i = 0; i < members.length; i++) {
      const member = members[i]!;
      if (!withNominal(member)) continue;
      nominalCompared += 1;
      const category = member.category ?? '';
      const counts = nominalCounts.get(category) ?? new Map<Cents, number>();
      counts.set(member.nominalValue, (counts.get(member.nominalValue) ?? 0) + 1);
      nominalCounts.set(category, counts);
    }
    const categoryNominal = new Map<string, Cents>();
    for (const [category, counts] of nominalCounts) {
      let most: [Cents, number] = [0, 0];
      for (const entry of counts) if (entry[1] > most[1]) most = entry;
      categoryNominal.set(category, most[0]);
      categories.add(category);
    }
    for (let i = 0; i < members.length; i++) {
      const member = members[i]!;
      if (!withNominal(member)) continue;
      const category = member.category ?? '';
      const categoryNominalValueCents = categoryNominal.get(category)!;
      if (Math.abs(member.nominalValue - categoryNominalValueCents) <= TOLERANCE) continue;
      report('nominalValueDiffers', { origin: member.origin, field: 'nominalValue' }, member.memberId, {
        memberId: member.memberId,
        category,
        nominalValueCents: member.nominalValue,
        categoryNominalValueCents,
      });
    }

    const holdersByCategory = new Map<string, Holder[]>();
    let dividendsCompared = 0;
    const nothing = nothingDistributed(context);
    const missing: MissingInput[] = nothing ? [] : distributionsMissing(model, ['memberId', 'kind', 'grossAmount']);
    const returns = nothing || missing.length ? new Map() : returnsByMember(index, fiscalYear, RETURN_ON_SHARES, grossOf, parameters.distributionYear);
    for (const [memberId, paid] of returns) {
      const units = shareBasisInYear(memberId, index, fiscalYear, parameters.proRataTemporis);
      if (!units) continue;
      const category = categoryOf(memberId);
      const holders = holdersByCategory.get(category) ?? [];
      holders.push({ memberId, dividend: paid.amount, units, lines: paid.rows, place: paid.place });
      holdersByCategory.set(category, holders);
      categories.add(category);
      dividendsCompared += 1;
    }
    for (const [category, holders] of holdersByCategory) {
      holders.sort((a, b) => a.dividend / a.units - b.dividend / b.units);
      const reference = holders[(holders.length - 1) >> 1]!;
      for (const holder of holders) {
        const gap = gapTimesUnits(holder, reference);
        const tolerance = BigInt(TOLERANCE * holder.lines) * BigInt(reference.units);
        if (gap <= tolerance && -gap <= tolerance) continue;
        const expectedCents = expectedDividend(holder, reference);
        report('dividendPerShareDiffers', holder.place, holder.memberId, {
          memberId: holder.memberId,
          category,
          year,
          returnCents: holder.dividend,
          expectedCents,
          differenceCents: holder.dividend - expectedCents,
          perShareDay: parameters.proRataTemporis,
          lines: holder.lines,
        });
      }
    }

    if (!nominalCompared && !dividendsCompared && !missing.length) return { notApplicable: { messageId: 'nothingToCompare', params: { year } } };
    return {
      evidence: {
        messageId: 'equalRightsCompared',
        params: { categories: categories.size, nominalCompared, dividendsCompared },
      },
      missing,
    };
  },
});
