/**
 * What an exiting member was refunded and the most they could be refunded: the real contribution,
 * Σ min(nominal value, paid up and not yet refunded) of the shares they held when they left
 * (AR 28 June 2019 art. 6: "au maximum la valeur nominale de son apport réel").
 */
import type { Cents } from '../../money';
import type { Day, FiscalYear } from '../../dates';
import type { Member, Movement } from '../../model';
import type { Place } from '../condition';
import { EMPTY_POSITION, afterMovement, datedMovements, paidOnSubscription, realContribution } from '../shared/holdings';

export interface ExitRefund {
  /** Undefined when no refund is recorded. */
  refunded: Cents | undefined;
  /** Undefined when neither the paid-up amount nor the nominal value is known. */
  cap: Cents | undefined;
  /** The refund cell: the refund movement that takes the total past the cap, else the last one. */
  place: Place;
}

function registerRefund(member: Member): Pick<ExitRefund, 'refunded' | 'place'> {
  return { refunded: member.refundAmount, place: { origin: member.origin, field: 'refundAmount' } };
}

/**
 * From the register row: min(shares × nominal value, paid-up amount). The paid-up amount is what the
 * member paid in, before the exit refund. With only one of the two known, that one is the cap.
 */
function registerCap(member: Member): Cents | undefined {
  const nominal = member.shares !== undefined && member.nominalValue !== undefined ? member.shares * member.nominalValue : undefined;
  if (nominal === undefined) return member.paidUpAmount;
  return member.paidUpAmount === undefined ? nominal : Math.min(nominal, member.paidUpAmount);
}

/**
 * From the movements: the refunds dated from the start of the fiscal year on, against the real
 * contribution held just before the first of them (or, without one, held on the exit date). Earlier
 * refunds already lowered what was paid up and not yet refunded. A transfer to another member is
 * not a refund by the company. Without refund movements, the register's refund amount is used.
 * For a member admitted before the journal starts the movements miss the subscription: the cap is
 * then the register's, given as `knownCap`.
 */
function movementsRefund(member: Member, movements: readonly Movement[], fy: FiscalYear, knownCap: Cents | undefined): ExitRefund {
  const dated = datedMovements(movements);
  const paysOnSubscription = paidOnSubscription(dated);
  const exitDate = member.exitDate ?? fy.end;
  let position = EMPTY_POSITION;
  let cap = knownCap;
  let refunded = 0;
  let place: Place | undefined;
  let abovePlace: Place | undefined;
  for (const movement of dated) {
    if (movement.type === 'refund' && movement.date! >= fy.start) {
      cap ??= realContribution(position);
      refunded += Math.abs(movement.amount ?? 0);
      place = { origin: movement.origin, field: 'amount' };
      if (refunded > cap) abovePlace ??= place;
    } else if (cap === undefined && movement.date! <= exitDate) {
      position = afterMovement(position, movement, paysOnSubscription);
    }
  }
  if (place) return { refunded, cap, place: abovePlace ?? place };
  return { ...registerRefund(member), cap: cap ?? realContribution(position) };
}

/** `journalStart`: the first movement's date (ModelIndex.journalStart). */
export function exitRefundOf(member: Member, movements: readonly Movement[] | undefined, fy: FiscalYear, journalStart: Day | undefined): ExitRefund {
  if (!movements?.length) return { ...registerRefund(member), cap: registerCap(member) };
  const beforeJournal = journalStart !== undefined && member.admissionDate !== undefined && member.admissionDate < journalStart;
  return movementsRefund(member, movements, fy, beforeJournal ? registerCap(member) : undefined);
}
