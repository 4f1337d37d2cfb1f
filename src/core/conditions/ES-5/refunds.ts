/**
 * Every refund of shares paid in the fiscal year, each against the most it could be: the real
 * contribution of the shares it refunds, Σ min(nominal value, paid up and not yet refunded), taken
 * from the holding rebuilt at the refund's date (AR 28 June 2019 art. 6: "au maximum la valeur
 * nominale de son apport réel"). A refund is a full exit, a partial withdrawal of shares by a member
 * who stays, or the refund, this year, of an exit of an earlier year. Shared by ES-5 and table T5.
 *
 * Where a refund comes from:
 * - a member with `refund` movements: each refund movement refunds the shares it counts (all the
 *   shares still held when it gives no count) and is one refund; a refund movement met when nothing
 *   is held any more is a further instalment of the previous refund, which the total must still fit.
 *   A refund is of the year when one of its instalments is dated in it; its total counts the
 *   instalments up to the year's end.
 * - else the register row: its refund amount, paid on its refund date (on the exit date when the cell
 *   is blank). Without a refund-date column the refund of an earlier exit may have been paid this year:
 *   the column is then missing (never passed on half the evidence).
 *
 * A register row that already shows 0 shares after the exit never makes the cap 0: 0 shares (and a
 * paid-up amount of 0 beside them) describe the holding after the exit, not the shares refunded.
 */
import type { Cents } from '../../money';
import type { Day, FiscalYear } from '../../dates';
import type { Member, Model, Movement } from '../../model';
import { oncePerIndex, type ModelIndex } from '../../model-index';
import type { MissingInput, Place } from '../condition';
import type { Position, SubscriptionPayments } from '../shared/holdings';
import { EMPTY_POSITION, afterMovement, datedMovements, paidOnSubscription, partOf, realContribution } from '../shared/holdings';

/** A full exit of the year, the refund of an exit of an earlier year, or a partial withdrawal. */
export type RefundKind = 'exit' | 'earlierExit' | 'withdrawal';
/** Why a cap is unknown: nothing gives the contribution, or the register cannot say which shares a withdrawal refunds. */
export type CapUnknownReason = 'noContribution' | 'sharesUnknown';

export interface RefundOfYear {
  memberId: string;
  /** The register row, when the member is in the register. */
  member?: Member;
  kind: RefundKind;
  exitDate?: Day;
  /** The date of the last instalment counted; undefined for a register refund with no date. */
  date?: Day;
  /** Number of instalments counted (1 for a register refund). */
  payments: number;
  /** Shares refunded, when known. */
  shares?: number;
  refunded: Cents;
  /** Undefined when it cannot be computed (`capUnknown` says why). */
  cap?: Cents;
  capUnknown?: CapUnknownReason;
  /** The refund cell: the instalment that takes the total past the cap, else the last one of the year. */
  place: Place;
}

export interface ExitOfYear {
  member: Member;
  exitDate: Day;
  /** A refund is recorded for this exit: a register refund amount, the member's last refund of the year, or a refund movement dated on or after the exit. */
  refundRecorded: boolean;
  postponed: boolean;
  /** What the refunds of the year paid this member, when any. */
  refunded?: Cents;
  /** The refund's cap, else the real contribution held at the exit; undefined when unknown. */
  cap?: Cents;
}

export interface RefundsOfYear {
  exits: ExitOfYear[];
  refunds: RefundOfYear[];
  /** Inputs without which some refund of the year cannot be seen (ES-5 cannot pass without them). */
  missing: MissingInput[];
}

/**
 * An exit that should show a refund and shows none: no refund recorded, not postponed (a refund may wait
 * for the distribution tests of CSA 6:115–6:116), not a transfer of the shares to another member (paid
 * by that member), and something held at the exit. ES-5 warns of these; T5 lists them.
 */
export function refundMissing(exit: ExitOfYear): boolean {
  return !exit.refundRecorded && !exit.postponed && exit.member.exitReason !== 'transfer' && exit.cap !== 0;
}

const inYear = (day: Day | undefined, fy: FiscalYear) => day !== undefined && day >= fy.start && day <= fy.end;

/**
 * From the register row alone: min(shares × nominal value, paid-up amount), whichever is known. 0 shares
 * give no nominal bound, and a paid-up amount of 0 beside 0 shares no paid-up bound: both describe the
 * holding after the exit. Undefined when nothing is left to go on.
 */
export function registerCap(member: Member, sharesRefunded?: number): Cents | undefined {
  const registerShares = member.shares ?? 0;
  const shares = sharesRefunded ?? (registerShares > 0 ? registerShares : undefined);
  const nominal = shares !== undefined && member.nominalValue !== undefined ? shares * member.nominalValue : undefined;
  const paid = member.paidUpAmount;
  let paidBound: Cents | undefined;
  if (paid !== undefined && (paid > 0 || registerShares > 0)) {
    // The paid-up amount is that of the shares the register shows; a refund of some of them gets their part.
    paidBound = sharesRefunded !== undefined && registerShares > 0 ? partOf(paid, Math.min(sharesRefunded, registerShares), registerShares) : paid;
  }
  if (nominal === undefined) return paidBound;
  return paidBound === undefined ? nominal : Math.min(nominal, paidBound);
}

const INCREASES = new Set(['subscription', 'transferIn']);
const DECREASES = new Set(['refund', 'transferOut']);

/**
 * What a member admitted before the journal starts held when it starts: the journal misses their
 * subscriptions. The register shows the holding now (for a former member: what they held when they
 * left, or 0): the shares the journal took away since (up to the exit) are added back, valued at the
 * register's nominal value per share and paid-up amount per share (taken as fully paid when the
 * register gives no paid-up amount). Undefined when nothing is known of it.
 */
function openingPosition(member: Member | undefined, dated: readonly Movement[]): Position | undefined {
  if (!member) return undefined;
  const registerShares = member.shares ?? 0;
  let taken = 0;
  for (const movement of dated) {
    if (registerShares > 0 && member.exitDate !== undefined && movement.date! >= member.exitDate) continue;
    const count = Math.abs(movement.shares ?? 0);
    if (DECREASES.has(movement.type ?? '')) taken += count;
    else if (INCREASES.has(movement.type ?? '')) taken -= count;
  }
  const shares = registerShares + Math.max(0, taken);
  if (shares === 0) return undefined;
  const nominal = member.nominalValue !== undefined ? shares * member.nominalValue : undefined;
  const paid = member.paidUpAmount;
  let paidUp: Cents | undefined;
  if (paid !== undefined && paid > 0) paidUp = registerShares > 0 ? partOf(paid, shares, registerShares) : paid;
  else if (paid !== undefined && registerShares > 0) paidUp = 0;
  if (nominal === undefined && paidUp === undefined) return undefined;
  return { shares, nominal: nominal ?? paidUp!, paidUp: paidUp ?? nominal! };
}

interface RefundEvent {
  shares?: number;
  cap?: Cents;
  refunded: Cents;
  payments: number;
  date?: Day;
  inYear: boolean;
  place?: Place;
  abovePlace?: Place;
  lastDate: Day;
  /** Nothing was held after it (or the holding is unknown): it refunded all that was left. */
  leftNothing: boolean;
}

interface MovementWalk {
  events: RefundEvent[];
  /** Real contribution held at the end of the exit day (or of the year); undefined when unknown. */
  heldAtExit?: Cents;
}

/**
 * Rebuilds the member's holding movement by movement (holdings.ts afterMovement) and cuts the refund
 * movements into refunds, each with its cap from the holding just before it.
 */
function walkMovements(member: Member | undefined, movements: readonly Movement[], fy: FiscalYear, journalStart: Day | undefined): MovementWalk {
  const dated = datedMovements(movements);
  const payments: SubscriptionPayments = paidOnSubscription(dated);
  const subscribed = dated.some((m) => INCREASES.has(m.type ?? ''));
  const beforeJournal = !subscribed || (journalStart !== undefined && member?.admissionDate !== undefined && member.admissionDate < journalStart);
  let position: Position | undefined = beforeJournal ? openingPosition(member, dated) : EMPTY_POSITION;
  const exitDay = member?.exitDate ?? fy.end;
  let heldAtExit: Cents | undefined;
  let exitPassed = false;
  const events: RefundEvent[] = [];
  for (const movement of dated) {
    const day = movement.date!;
    if (!exitPassed && day > exitDay) {
      exitPassed = true;
      heldAtExit = position && realContribution(position);
    }
    if (movement.type !== 'refund') {
      if (position) position = afterMovement(position, movement, payments);
      continue;
    }
    const amount = Math.abs(movement.amount ?? 0);
    const count = movement.shares === undefined ? undefined : Math.abs(movement.shares);
    const nothingHeld = position !== undefined && position.nominal === 0 && position.paidUp === 0 && !position.shares;
    const previous = events[events.length - 1];
    let event: RefundEvent;
    if (nothingHeld && previous) {
      event = previous;
    } else {
      event = { refunded: 0, payments: 0, inYear: false, lastDate: day, leftNothing: true };
      if (position) {
        // The shares it refunds: its count when both counts are known, else all that is still held.
        const { part, whole } =
          count !== undefined && position.shares ? { part: Math.min(count, position.shares), whole: position.shares } : { part: 1, whole: 1 };
        const nominal = partOf(position.nominal, part, whole);
        const paidUp = partOf(position.paidUp, part, whole);
        event.cap = Math.min(nominal, paidUp);
        event.shares = position.shares === undefined ? count : partOf(position.shares, part, whole);
        position = {
          shares: position.shares === undefined ? undefined : position.shares - event.shares!,
          nominal: position.nominal - nominal,
          paidUp: position.paidUp - paidUp,
        };
        event.leftNothing = position.nominal === 0 && position.paidUp === 0 && !position.shares;
      } else {
        event.shares = count;
      }
      events.push(event);
    }
    if (day > fy.end) continue;
    event.refunded += amount;
    event.lastDate = day;
    if (day < fy.start) continue;
    event.inYear = true;
    event.payments += 1;
    event.date = day;
    event.place = { origin: movement.origin, field: 'amount' };
    if (event.cap !== undefined && event.refunded > event.cap) event.abovePlace ??= event.place;
  }
  if (!exitPassed) heldAtExit = position && realContribution(position);
  return { events, heldAtExit };
}

/**
 * The member's last refund is the exit's when the member left by the year's end and it refunded all
 * that was left or was paid on or after the exit; any other refund is a withdrawal.
 */
function kindOf(member: Member | undefined, fy: FiscalYear, event: RefundEvent, last: boolean): RefundKind {
  const exit = member?.exitDate;
  if (!last || exit === undefined || exit > fy.end || !(event.leftNothing || event.lastDate >= exit)) return 'withdrawal';
  return exit >= fy.start ? 'exit' : 'earlierExit';
}

/** ES-5 and T5 ask for the same year in one check: it is walked once (every member and their movements). */
export const refundsOfYear = oncePerIndex((model: Model, index: ModelIndex, fy: FiscalYear): RefundsOfYear => {
  const refunds: RefundOfYear[] = [];
  const missing: MissingInput[] = [];
  const walks = new Map<string, MovementWalk>();
  const walkOf = (memberId: string) => {
    let walk = walks.get(memberId);
    const movements = index.movementsByMember.get(memberId);
    if (!walk && movements?.length) walks.set(memberId, (walk = walkMovements(index.membersById.get(memberId), movements, fy, index.journalStart)));
    return walk;
  };

  // Refunds recorded as movements, member by member.
  index.movementsByMember.forEach((movements, memberId) => {
    if (!movements.some((m) => m.type === 'refund')) return;
    const member = index.membersById.get(memberId);
    const { events } = walkOf(memberId)!;
    events.forEach((event, i) => {
      if (!event.inYear) return;
      const kind = kindOf(member, fy, event, i === events.length - 1);
      refunds.push({
        memberId,
        member,
        kind,
        exitDate: kind === 'withdrawal' ? undefined : member!.exitDate,
        date: event.date,
        payments: event.payments,
        shares: event.shares,
        refunded: event.refunded,
        cap: event.cap,
        ...(event.cap === undefined && { capUnknown: 'noContribution' as const }),
        place: event.abovePlace ?? event.place!,
      });
    });
  });

  // Refunds recorded in the register, for members without refund movements.
  const refundDateColumn = model.mappings.members?.columns.refundDate !== undefined;
  let refundDateMissing = false;
  for (let i = 0; i < model.members.length; i++) {
    const member = model.members[i]!;
    const { memberId } = member;
    if (!memberId || member.refundAmount === undefined) continue;
    if (index.movementsByMember.get(memberId)?.some((m) => m.type === 'refund')) continue;
    const exit = member.exitDate;
    if (member.refundDate === undefined && !refundDateColumn && exit !== undefined && exit < fy.start) {
      refundDateMissing = true;
      continue;
    }
    // A blank refund date: paid when the member left.
    const date = member.refundDate ?? exit;
    if (!inYear(date, fy)) continue;
    const kind: RefundKind = exit === undefined || exit > fy.end ? 'withdrawal' : exit >= fy.start ? 'exit' : 'earlierExit';
    const place: Place = { origin: member.origin, field: 'refundAmount' };
    const shares = member.shares !== undefined && member.shares > 0 ? member.shares : undefined;
    const base = { memberId, member, kind, date: member.refundDate, payments: 1, shares, refunded: Math.abs(member.refundAmount), place };
    if (kind === 'withdrawal') {
      // The register shows the shares still held, not those the withdrawal refunded.
      refunds.push({ ...base, shares: undefined, capUnknown: 'sharesUnknown' });
      continue;
    }
    const walk = walkOf(memberId);
    const cap = walk?.heldAtExit ?? registerCap(member);
    refunds.push({ ...base, exitDate: exit, cap, ...(cap === undefined && { capUnknown: 'noContribution' as const }) });
  }
  if (refundDateMissing) missing.push({ sheet: 'members', columns: ['refundDate'] });

  // The exits of the year.
  const exitRefunds = new Map<string, RefundOfYear[]>();
  for (const refund of refunds) {
    if (refund.kind !== 'exit') continue;
    const list = exitRefunds.get(refund.memberId);
    if (list) list.push(refund);
    else exitRefunds.set(refund.memberId, [refund]);
  }
  const exits: ExitOfYear[] = [];
  for (let i = 0; i < model.members.length; i++) {
    const member = model.members[i]!;
    const exitDate = member.exitDate;
    if (!member.memberId || exitDate === undefined || !inYear(exitDate, fy)) continue;
    const ownRefunds = exitRefunds.get(member.memberId) ?? [];
    const walk = walkOf(member.memberId);
    // A withdrawal earlier in the year is not the exit's refund: that is the year's last refund, or one dated on or after the exit.
    const movementRefund =
      ownRefunds.length > 0 ||
      (index.movementsByMember.get(member.memberId)?.some((m) => m.type === 'refund' && m.date !== undefined && m.date >= exitDate) ?? false);
    const refunded = ownRefunds.length ? ownRefunds.reduce((sum, r) => sum + r.refunded, 0) : undefined;
    const caps = ownRefunds.map((r) => r.cap);
    const cap = ownRefunds.length
      ? caps.includes(undefined)
        ? undefined
        : caps.reduce<number>((sum, c) => sum + c!, 0)
      : (walk?.heldAtExit ?? registerCap(member));
    exits.push({
      member,
      exitDate,
      refundRecorded: member.refundAmount !== undefined || movementRefund,
      postponed: member.refundPostponed ?? false,
      ...(refunded !== undefined && { refunded }),
      ...(cap !== undefined && { cap }),
    });
  }
  return { exits, refunds, missing };
});
