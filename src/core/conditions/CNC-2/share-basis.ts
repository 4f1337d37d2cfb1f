/**
 * The shares a member held during the fiscal year, as the unit a dividend per share is measured in:
 * share-days with pro rata temporis, else the most shares held on any day of the year (the same two
 * readings as holdings.ts rateBaseOf). Holding rules are those of holdings.ts: movements when the
 * member has any, else the register's count from admission; a movement takes effect on its date; the
 * exit date is the last day held.
 */
import type { Day, FiscalYear } from '../../dates';
import { overlapDays } from '../../dates';
import type { ModelIndex } from '../../model-index';
import { EMPTY_POSITION, afterMovement, datedMovements, paidOnSubscription } from '../shared/holdings';

/** Undefined when a number of shares held during the year is unknown. */
export function shareBasisInYear(memberId: string, index: ModelIndex, fy: FiscalYear, proRataTemporis: boolean): number | undefined {
  const member = index.membersById.get(memberId);
  const lastDay = member?.exitDate !== undefined ? Math.min(member.exitDate, fy.end) : fy.end;
  let shareDays = 0;
  let mostShares = 0;
  let unknown = false;
  const hold = (shares: number | undefined, from: Day, to: Day) => {
    const days = overlapDays(from, to, fy.start, lastDay);
    if (days <= 0) return;
    if (shares === undefined) {
      unknown = true;
      return;
    }
    shareDays += shares * days;
    mostShares = Math.max(mostShares, shares);
  };

  const movements = index.movementsByMember.get(memberId);
  if (movements?.length) {
    const dated = datedMovements(movements);
    const paysOnSubscription = paidOnSubscription(dated);
    let position = EMPTY_POSITION;
    let from = Number.MIN_SAFE_INTEGER;
    for (const movement of dated) {
      if (movement.date! > lastDay) break;
      hold(position.shares, from, movement.date! - 1);
      position = afterMovement(position, movement, paysOnSubscription);
      from = movement.date!;
    }
    hold(position.shares, from, lastDay);
  } else if (member) {
    hold(member.shares, member.admissionDate ?? fy.start, lastDay);
  } else {
    return undefined;
  }
  if (unknown) return undefined;
  return proRataTemporis ? shareDays : mostShares;
}
