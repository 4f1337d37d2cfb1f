/**
 * A director's pay for the mandate: remuneration, attendance fees and lump-sum allowances. Refunds
 * of documented expenses and a salary for a separate employment are not pay for the mandate and have
 * no column of their own (DATA-CONTRACT.md, directors).
 */
import type { Cents } from '../../money';
import type { FiscalYear } from '../../dates';
import type { Director } from '../../model';

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
