/**
 * The result allocation of the fiscal year, shared by ES-8 and CNC-8: each recognised item's total and
 * the line a finding points to. A line belongs to the year in its year column; a line without one to
 * the checked year (the sheet is then a one-year list). Lines whose amount does not parse are left to
 * DATA-2.
 */
import type { Cents } from '../../money';
import type { AllocationItem, AllocationLine } from '../../model';

export interface AllocatedItem {
  amount: Cents;
  /** The item's first line of the year. */
  line: AllocationLine;
}

export function allocationOfYear(lines: readonly AllocationLine[], year: number): Map<AllocationItem, AllocatedItem> {
  const items = new Map<AllocationItem, AllocatedItem>();
  for (const line of lines) {
    if (!line.item || line.amount === undefined || (line.year !== undefined && line.year !== year)) continue;
    const item = items.get(line.item);
    if (item) item.amount += line.amount;
    else items.set(line.item, { amount: line.amount, line });
  }
  return items;
}
