/**
 * Each member's return on capital against the cap rate × base (ES-3, CNC-5): joins the year's returns
 * to the member's holding and says, per member, whether a rate could be computed and what the cap is.
 */
import type { Cents, Ppm } from '../../money';
import type { FiscalYear } from '../../dates';
import type { Member } from '../../model';
import type { ModelIndex } from '../../model-index';
import type { DividendBase } from '../../parameters';
import type { MemberReturn } from './distributions';
import type { RateBase } from './holdings';
import { capOf, effectiveRate, holdingInYear, rateBaseOf } from './holdings';

export type MemberRating =
  /** Held no share during the year according to the register and the movements. */
  | { memberId: string; advantage: MemberReturn; status: 'noShareHeld' }
  /** Held shares, but the register lacks what the base needs (number of shares, nominal value). */
  | { memberId: string; advantage: MemberReturn; status: 'baseUnknown'; member: Member }
  | { memberId: string; advantage: MemberReturn; status: 'rated'; base: RateBase; cap: Cents; ratePpm: Ppm };

export function rateEachMember(
  returns: ReadonlyMap<string, MemberReturn>,
  index: ModelIndex,
  fy: FiscalYear,
  baseKind: DividendBase,
  proRataTemporis: boolean,
  maxRate: Ppm,
): MemberRating[] {
  const ratings: MemberRating[] = [];
  for (const [memberId, advantage] of returns) {
    const holding = holdingInYear(memberId, index, fy);
    const base = holding && rateBaseOf(holding, baseKind, proRataTemporis, fy);
    const member = index.membersById.get(memberId);
    if (holding && !base && member) ratings.push({ memberId, advantage, status: 'baseUnknown', member });
    else if (!base || base.weighted === 0) ratings.push({ memberId, advantage, status: 'noShareHeld' });
    else ratings.push({ memberId, advantage, status: 'rated', base, cap: capOf(base, maxRate), ratePpm: effectiveRate(advantage.amount, base)! });
  }
  return ratings;
}

/** The highest effective rate among the rated members, for the evidence note. */
export function highestRate(ratings: readonly MemberRating[]): { memberId: string; ratePpm: Ppm } | undefined {
  let highest: { memberId: string; ratePpm: Ppm } | undefined;
  for (const rating of ratings) {
    if (rating.status === 'rated' && (!highest || rating.ratePpm > highest.ratePpm)) highest = { memberId: rating.memberId, ratePpm: rating.ratePpm };
  }
  return highest;
}
