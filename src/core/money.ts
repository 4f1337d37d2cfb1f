/**
 * Money as integer euro cents; rates as integer parts per million (6 % = 60 000 ppm). Comparisons
 * that involve a rate are done exactly in BigInt, never in binary floating point.
 */
export type Cents = number;
export type Ppm = number;

export const PPM_PER_UNIT = 1_000_000;

/** A spreadsheet number in euros to cents, rounding half away from zero after removing float noise. */
export function centsFromEuros(euros: number): Cents {
  const exact = euros * 100;
  // Whole cents below 10^15 are what toPrecision(15) would give back; most amounts are, and it is slow.
  if (Number.isInteger(exact) && Math.abs(exact) < 1e15) return exact;
  const scaled = Number(exact.toPrecision(15));
  return Math.sign(scaled) * Math.round(Math.abs(scaled));
}

export function eurosFromCents(cents: Cents): number {
  return cents / 100;
}

/** A percentage such as 6 (meaning 6 %) to ppm. */
export function ppmFromPercent(percent: number): Ppm {
  return Math.round(Number((percent * 10_000).toPrecision(15)));
}

export function percentFromPpm(ppm: Ppm): number {
  return ppm / 10_000;
}

/**
 * The cap `base × rate × numerator / denominator`, rounded up to the cent. Rounding up is the
 * 0.01 € tolerance of CONDITIONS.md: an amount equal to the exact cap, or within the same cent,
 * passes; one full cent above fails.
 */
export function cappedAmount(base: Cents, rate: Ppm, numerator = 1, denominator = 1): Cents {
  const num = BigInt(base) * BigInt(rate) * BigInt(numerator);
  const den = BigInt(PPM_PER_UNIT) * BigInt(denominator);
  if (den === 0n) return 0;
  const q = num / den;
  return Number(num % den === 0n || num < 0n ? q : q + 1n);
}

/** amount ÷ base as a rate in ppm, rounded to the nearest ppm; undefined when base is 0. */
export function rateOf(amount: Cents, base: Cents): Ppm | undefined {
  if (base === 0) return undefined;
  return Math.round((amount * PPM_PER_UNIT) / base);
}
