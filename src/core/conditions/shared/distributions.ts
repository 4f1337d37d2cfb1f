/**
 * Returns on capital paid to each member for the fiscal year, shared by ES-3 and CNC-5: which rows
 * belong to the year, gross or net of the withholding tax (précompte mobilier / roerende voorheffing),
 * summed per member with the cell a finding should point to.
 */
import type { Cents, Ppm } from '../../money';
import { PPM_PER_UNIT } from '../../money';
import type { FiscalYear } from '../../dates';
import type { Distribution, DistributionField, DistributionKind, Origin } from '../../model';
import type { ModelIndex } from '../../model-index';

/**
 * A row belongs to the fiscal year named in its `fiscalYear`, else to the year of its payment date. A
 * row with neither is taken as the checked year's: the sheet is then a one-year list, and checking
 * the row beats ignoring it.
 */
export function isOfFiscalYear(distribution: Distribution, fy: FiscalYear): boolean {
  if (distribution.fiscalYear !== undefined) return distribution.fiscalYear === fy.year;
  if (distribution.paymentDate !== undefined) return distribution.paymentDate >= fy.start && distribution.paymentDate <= fy.end;
  return true;
}

/** An amount counted from a row, and the field whose cell shows it. */
export interface Counted {
  amount: Cents;
  field: DistributionField;
}

export function grossOf(distribution: Distribution): Counted | undefined {
  return distribution.grossAmount === undefined ? undefined : { amount: distribution.grossAmount, field: 'grossAmount' };
}

/** The withholding tax on a gross amount at the given rate, rounded half up to the cent as it is withheld. */
export function withholdingTaxOn(gross: Cents, rate: Ppm): Cents {
  const num = BigInt(gross) * BigInt(rate) * 2n + BigInt(PPM_PER_UNIT);
  return Number(num / (BigInt(PPM_PER_UNIT) * 2n));
}

/**
 * The net amount: as given, else gross − the withholding tax given, else gross − the tax at the
 * standard rate. The field is the net cell when given, else the gross cell the net derives from.
 */
export function netOf(distribution: Distribution, withholdingTaxRate: Ppm): Counted | undefined {
  const { netAmount, grossAmount, withholdingTax } = distribution;
  if (netAmount !== undefined) return { amount: netAmount, field: 'netAmount' };
  if (grossAmount === undefined) return undefined;
  const tax = withholdingTax ?? withholdingTaxOn(grossAmount, withholdingTaxRate);
  return { amount: grossAmount - tax, field: 'grossAmount' };
}

export interface MemberReturn {
  amount: Cents;
  /** The cell of the largest amount counted (the first on a tie): where a finding points. */
  place: { origin: Origin<DistributionField>; field: DistributionField };
  rows: number;
}

/** Per member, the sum of the amounts of the year's rows of the given kinds. Rows without an amount are left to DATA-2. */
export function returnsByMember(
  index: ModelIndex,
  fy: FiscalYear,
  kinds: ReadonlySet<DistributionKind>,
  amountOf: (distribution: Distribution) => Counted | undefined,
): Map<string, MemberReturn> {
  const returns = new Map<string, MemberReturn>();
  for (const [memberId, rows] of index.distributionsByMember) {
    let total: MemberReturn | undefined;
    let largest = Number.NEGATIVE_INFINITY;
    for (const row of rows) {
      if (row.kind === undefined || !kinds.has(row.kind) || !isOfFiscalYear(row, fy)) continue;
      const counted = amountOf(row);
      if (!counted) continue;
      total ??= { amount: 0, place: { origin: row.origin, field: counted.field }, rows: 0 };
      total.amount += counted.amount;
      total.rows += 1;
      if (counted.amount > largest) {
        largest = counted.amount;
        total.place = { origin: row.origin, field: counted.field };
      }
    }
    if (total) returns.set(memberId, total);
  }
  return returns;
}
