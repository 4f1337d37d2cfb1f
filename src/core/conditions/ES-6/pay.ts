/**
 * A director's pay for the mandate: remuneration, attendance fees and lump-sum allowances. Refunds
 * of documented expenses and a salary for a separate employment are not pay for the mandate and have
 * no column of their own (DATA-CONTRACT.md, directors).
 */
import type { Cents } from '../../money';
import type { FiscalYear } from '../../dates';
import type { Director, SheetMapping } from '../../model';
import type { CellRef } from '../../findings';
import type { Place } from '../condition';
import { a1 } from '../../snapshot';

export const MANDATE_PAY_FIELDS = ['remuneration', 'attendanceFees', 'allowance'] as const;
export type MandatePayField = (typeof MANDATE_PAY_FIELDS)[number];

export function mandatePayOf(director: Director): Cents {
  return MANDATE_PAY_FIELDS.reduce((sum, field) => sum + (director[field] ?? 0), 0);
}

/** The pay component with the largest amount (the first on a tie): the cell a finding points to. */
export function largestPayField(director: Director): MandatePayField {
  return MANDATE_PAY_FIELDS.reduce((best, field) => ((director[field] ?? 0) > (director[best] ?? 0) ? field : best));
}

/** A director whose mandate ended before the fiscal year, or began after it, was not one during it. */
export function servedInYear(director: Director, fy: FiscalYear): boolean {
  return (director.appointmentDate === undefined || director.appointmentDate <= fy.end)
    && (director.mandateEnd === undefined || director.mandateEnd >= fy.start);
}

/** The figures of the evidence note of ES-6 and CNC-7. */
export interface PayTally {
  directors: number;
  paid: number;
  totalCents: Cents;
  highestCents: Cents;
}

/**
 * Visits each director in office during the year with their mandate pay and the cell a finding
 * about it points to (the largest pay component), and tallies the pay for the evidence note.
 */
export function eachDirectorInOffice(
  directors: readonly Director[],
  fy: FiscalYear,
  visit: (director: Director, payCents: Cents, payCell: Place) => void,
): PayTally {
  const tally: PayTally = { directors: 0, paid: 0, totalCents: 0, highestCents: 0 };
  for (const director of directors) {
    if (!servedInYear(director, fy)) continue;
    tally.directors += 1;
    const payCents = mandatePayOf(director);
    if (payCents > 0) {
      tally.paid += 1;
      tally.totalCents += payCents;
      tally.highestCents = Math.max(tally.highestCents, payCents);
    }
    visit(director, payCents, { origin: director.origin, field: largestPayField(director) });
  }
  return tally;
}

/** Where to point when the directors sheet has no pay column at all: its header row. */
export function missingPayColumnsCell(mapping: SheetMapping): CellRef | undefined {
  if (MANDATE_PAY_FIELDS.some((field) => mapping.columns[field] !== undefined)) return undefined;
  return { sheet: mapping.sheet, cell: a1(0, mapping.headerRow) };
}
