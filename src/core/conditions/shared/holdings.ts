/**
 * The shares a member held during the fiscal year and the base a maximum rate applies to. Shared by
 * ES-3 (CSA art. 8:5 §1: any patrimonial advantage ≤ the rate fixed under the law of 20 July 1955),
 * CNC-5 (AR 8 January 1962 art. 1 §1 5°: dividend ≤ 6 % of the nominal value) and ES-5 (the real
 * contribution refunded on exit, AR 28 June 2019 art. 6).
 *
 * A member's holding comes from their share movements when they have any, else from their register
 * row (shares × nominal value, paid-up amount, held from admission to exit). A movement takes effect
 * on its date, so a refunded or transferred share is held up to the day before; the exit date is the
 * last day of membership and ends every holding.
 */
import type { Cents, Ppm } from '../../money';
import { PPM_PER_UNIT, cappedAmount } from '../../money';
import type { Day, FiscalYear } from '../../dates';
import { overlapDays } from '../../dates';
import type { Member, Movement } from '../../model';
import type { ModelIndex } from '../../model-index';
import type { DividendBase } from '../../parameters';

/** What a member holds at one moment; `shares` is undefined once a movement without a count was met. */
export interface Position {
  shares: number | undefined;
  nominal: Cents;
  /** Paid up and not yet refunded. */
  paidUp: Cents;
}

export const EMPTY_POSITION: Position = { shares: 0, nominal: 0, paidUp: 0 };

/** The real contribution of CSA 8:5 / AR 28 June 2019 art. 6: paid up, never more than the nominal value. */
export function realContribution(position: Position): Cents {
  return Math.min(position.nominal, position.paidUp);
}

/** The member's dated movements in date order, sheet order within a day; undated ones are DATA-2 findings. */
export function datedMovements(movements: readonly Movement[]): Movement[] {
  return movements.filter((m) => m.date !== undefined).sort((a, b) => a.date! - b.date!);
}

/**
 * Which subscriptions were paid on subscription. A `payment` movement (libération) pays up shares
 * subscribed before it: the last subscription before a payment was not paid on subscription (beyond
 * the part its amount shows, when that amount is below the nominal value subscribed), and the
 * payments that follow it pay it up. Every other subscription keeps its amount paid: one payment
 * never makes the member's earlier, paid subscriptions unpaid. `movements`: dated, in date order
 * (datedMovements).
 */
export interface SubscriptionPayments {
  /** The subscriptions paid up by the payments that follow them. */
  readonly paidLater: ReadonlySet<Movement>;
}

export function paidOnSubscription(movements: readonly Movement[]): SubscriptionPayments {
  const paidLater = new Set<Movement>();
  let lastSubscription: Movement | undefined;
  for (const movement of movements) {
    if (movement.type === 'subscription') lastSubscription = movement;
    else if (movement.type === 'payment' && lastSubscription) paidLater.add(lastSubscription);
  }
  return { paidLater };
}

/** a × part ÷ whole rounded half up, exactly. */
export function partOf(amount: Cents, part: number, whole: number): Cents {
  const num = BigInt(amount) * BigInt(part) * 2n + BigInt(whole);
  return Number(num / (BigInt(whole) * 2n));
}

/**
 * The part of the position a refund or a transfer takes away: by its number of shares when both
 * counts are known, else by its amount against the paid-up amount, else all of it.
 */
function leavingPart(position: Position, shares: number | undefined, amount: Cents | undefined): { part: number; whole: number } {
  if (shares !== undefined && position.shares) return { part: Math.min(shares, position.shares), whole: position.shares };
  if (amount !== undefined && position.paidUp > 0) return { part: Math.min(amount, position.paidUp), whole: position.paidUp };
  return { part: 1, whole: 1 };
}

/**
 * The position after one movement. Movement amounts and counts are read without their sign: the
 * type says the direction. A refund takes away the paid-up amount of the shares it refunds, whatever
 * it paid (paying more is ES-5's concern). A conversion changes the class, not the capital held.
 */
export function afterMovement(position: Position, movement: Movement, payments: SubscriptionPayments): Position {
  const shares = movement.shares === undefined ? undefined : Math.abs(movement.shares);
  const amount = movement.amount === undefined ? undefined : Math.abs(movement.amount);
  const nominalAdded = () => (shares !== undefined && movement.unitPrice !== undefined ? shares * movement.unitPrice : (amount ?? 0));
  const sharesAdded = () => (position.shares === undefined || shares === undefined ? undefined : position.shares + shares);
  switch (movement.type) {
    case 'subscription': {
      const nominal = nominalAdded();
      // Paid up later: only the part of the amount below the nominal value was paid on subscription.
      const paid = payments.paidLater.has(movement) ? (amount !== undefined && amount < nominal ? amount : 0) : (amount ?? nominal);
      return { shares: sharesAdded(), nominal: position.nominal + nominal, paidUp: position.paidUp + paid };
    }
    case 'transferIn': {
      // Transferred shares keep what was paid up on them; the amount of the transfer shows it.
      const nominal = nominalAdded();
      return { shares: sharesAdded(), nominal: position.nominal + nominal, paidUp: position.paidUp + (amount ?? nominal) };
    }
    case 'payment':
      return { ...position, paidUp: position.paidUp + (amount ?? 0) };
    case 'refund':
    case 'transferOut': {
      const { part, whole } = leavingPart(position, shares, amount);
      return {
        shares: position.shares === undefined ? undefined : position.shares - partOf(position.shares, part, whole),
        nominal: position.nominal - partOf(position.nominal, part, whole),
        paidUp: position.paidUp - partOf(position.paidUp, part, whole),
      };
    }
    default:
      return position;
  }
}

/** A stretch of the fiscal year during which the holding did not change. */
export interface HoldingPeriod {
  days: number;
  /** Undefined when the register does not give it (no number of shares or no nominal value). */
  nominal: Cents | undefined;
  paidUp: Cents | undefined;
}

export interface Holding {
  source: 'movements' | 'register';
  /** Only the periods with something held. */
  periods: HoldingPeriod[];
  daysHeld: number;
}

function holdingFromMovements(movements: readonly Movement[], fy: FiscalYear, lastDay: Day): Holding {
  const dated = datedMovements(movements);
  const payments = paidOnSubscription(dated);
  const periods: HoldingPeriod[] = [];
  let position = EMPTY_POSITION;
  let from = Number.MIN_SAFE_INTEGER;
  const closePeriod = (until: Day) => {
    const days = overlapDays(from, until, fy.start, lastDay);
    if (days > 0 && (position.nominal > 0 || position.paidUp > 0)) periods.push({ days, nominal: position.nominal, paidUp: position.paidUp });
  };
  for (const movement of dated) {
    if (movement.date! > lastDay) break;
    closePeriod(movement.date! - 1);
    position = afterMovement(position, movement, payments);
    from = movement.date!;
  }
  closePeriod(lastDay);
  return { source: 'movements', periods, daysHeld: periods.reduce((sum, p) => sum + p.days, 0) };
}

function holdingFromRegister(member: Member, fy: FiscalYear, lastDay: Day): Holding {
  // A member without an admission date is taken as admitted before the year (DATA-2 flags the cell).
  const days = overlapDays(member.admissionDate ?? fy.start, lastDay, fy.start, fy.end);
  const nominal = member.shares !== undefined && member.nominalValue !== undefined ? member.shares * member.nominalValue : undefined;
  const periods = days > 0 ? [{ days, nominal, paidUp: member.paidUpAmount }] : [];
  return { source: 'register', periods, daysHeld: days };
}

/** What the member held during the fiscal year; undefined when neither the register nor the movements know them. */
export function holdingInYear(memberId: string, index: ModelIndex, fy: FiscalYear): Holding | undefined {
  const member = index.membersById.get(memberId);
  const lastDay = member?.exitDate !== undefined ? Math.min(member.exitDate, fy.end) : fy.end;
  const movements = index.movementsByMember.get(memberId);
  if (movements?.length) return holdingFromMovements(movements, fy, lastDay);
  return member ? holdingFromRegister(member, fy, lastDay) : undefined;
}

/**
 * The base a maximum rate applies to, as the exact fraction weighted ÷ divisor: with pro rata
 * temporis, Σ value × days held ÷ days of the year (a share held half the year earns half the cap);
 * without, the highest value held during the year.
 */
export interface RateBase {
  weighted: number;
  divisor: number;
  daysHeld: number;
  /** A period had no paid-up amount, and the nominal value stood in for it (shares taken as fully paid). */
  paidUpAssumed: boolean;
}

/**
 * The base in cents per period: the nominal value, or the paid-up amount not yet refunded capped at the
 * nominal value (legal.md §2.4: "6 % of min(nominal, paid-up)"). Undefined when a period's value is unknown.
 */
export function rateBaseOf(holding: Holding, kind: DividendBase, proRataTemporis: boolean, fy: FiscalYear): RateBase | undefined {
  let weighted = 0;
  let highest = 0;
  let paidUpAssumed = false;
  for (const period of holding.periods) {
    let value: Cents | undefined;
    if (kind === 'nominal') value = period.nominal;
    else if (period.paidUp === undefined) {
      value = period.nominal;
      paidUpAssumed = true;
    } else value = period.nominal === undefined ? period.paidUp : Math.min(period.nominal, period.paidUp);
    if (value === undefined) return undefined;
    weighted += value * period.days;
    highest = Math.max(highest, value);
  }
  return proRataTemporis
    ? { weighted, divisor: fy.days, daysHeld: holding.daysHeld, paidUpAssumed }
    : { weighted: highest, divisor: 1, daysHeld: holding.daysHeld, paidUpAssumed };
}

/** rate × base, rounded up to the cent: the 0.01 € tolerance (money.ts cappedAmount). */
export function capOf(base: RateBase, rate: Ppm): Cents {
  return cappedAmount(base.weighted, rate, 1, base.divisor);
}

/** The base as an amount for messages: weighted ÷ divisor, to the nearest cent. */
export function baseAmount(base: RateBase): Cents {
  return Math.round(base.weighted / base.divisor);
}

/** amount ÷ base in ppm, to the nearest ppm, exactly; undefined for a zero base. */
export function effectiveRate(amount: Cents, base: RateBase): Ppm | undefined {
  if (base.weighted === 0) return undefined;
  const num = BigInt(amount) * BigInt(PPM_PER_UNIT) * BigInt(base.divisor) * 2n + BigInt(base.weighted);
  return Number(num / (BigInt(base.weighted) * 2n));
}
