/**
 * The result allocation of the fiscal year, shared by ES-8, CNC-8 and report table T4: each recognised
 * item's total, the workbook's own label for it and the line a finding points to. A line belongs to
 * the year in its year column; a line without one to the checked year (the sheet is then a one-year
 * list). Lines whose amount does not parse are left to DATA-2.
 *
 * Also the one definition of "the year's dividends" that ES-8 and T4 both use (`dividendsOfYear`).
 */
import type { Cents } from '../../money';
import type { FiscalYear } from '../../dates';
import type { AllocationItem, AllocationLine, DistributionKind, Model, Origin } from '../../model';
import type { DistributionYear } from '../../parameters';
import { isOfFiscalYear } from './distributions';

export interface AllocatedItem {
  amount: Cents;
  /** The item's first line of the year. */
  line: AllocationLine;
  /** The workbook's own wording of the item (its first line's label), e.g. "Rémunération du capital". */
  label: string;
}

const ofYear = (line: AllocationLine, year: number) => line.year === undefined || line.year === year;

export function allocationOfYear(lines: readonly AllocationLine[], year: number): Map<AllocationItem, AllocatedItem> {
  const items = new Map<AllocationItem, AllocatedItem>();
  for (const line of lines) {
    if (!line.item || line.amount === undefined || !ofYear(line, year)) continue;
    const item = items.get(line.item);
    if (item) item.amount += line.amount;
    else items.set(line.item, { amount: line.amount, line, label: line.label.trim() });
  }
  return items;
}

/**
 * Whether the allocation sheet says anything about the year: it was found with its item and amount
 * columns and holds at least one line of the year (recognised or not). Without that, an item's
 * absence proves nothing.
 */
export function allocationKnownForYear(model: Model, year: number): boolean {
  const mapping = model.mappings.allocation;
  if (!mapping || mapping.columns.item === undefined || mapping.columns.amount === undefined) return false;
  return model.allocation.some((line) => ofYear(line, year));
}

/**
 * Returns on capital: what the annual accounts call dividends or "rémunération du capital" /
 * "vergoeding van het kapitaal" / "return on capital", i.e. dividends and interest paid on shares.
 */
export const RETURN_ON_CAPITAL: ReadonlySet<DistributionKind> = new Set(['dividend', 'interest']);

export interface YearDividends {
  /**
   * The year's dividends: the allocation's dividends line (any of its labels), or the returns on
   * capital paid for the year in the distributions sheet when they are higher (a dividend paid
   * shows one was fixed, whatever the allocation says).
   */
  amount: Cents;
  /** The allocation's dividends line of the year, when there is one. */
  allocated?: AllocatedItem;
  /** Σ gross returns on capital of the year in the distributions sheet (0 without the sheet), rows placed by `distributionYear`. */
  paid: Cents;
  /** The first distribution row counted, where a finding about paid dividends points. */
  firstPaid?: { origin: Origin; field: 'grossAmount' };
}

export function dividendsOfYear(
  model: Model,
  fiscalYear: FiscalYear,
  distributionYear: DistributionYear,
  allocation: ReadonlyMap<AllocationItem, AllocatedItem> = allocationOfYear(model.allocation, fiscalYear.year),
): YearDividends {
  let paid = 0;
  let firstPaid: YearDividends['firstPaid'];
  for (const row of model.distributions) {
    if (row.kind === undefined || !RETURN_ON_CAPITAL.has(row.kind) || row.grossAmount === undefined || !isOfFiscalYear(row, fiscalYear, distributionYear))
      continue;
    paid += row.grossAmount;
    firstPaid ??= { origin: row.origin, field: 'grossAmount' };
  }
  const allocated = allocation.get('dividends');
  return { amount: Math.max(allocated?.amount ?? 0, paid), paid, ...(allocated && { allocated }), ...(firstPaid && { firstPaid }) };
}
