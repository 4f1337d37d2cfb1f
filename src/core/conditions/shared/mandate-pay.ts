/**
 * Pay for a mandate, shared by ES-6, CNC-7, CNC-4 and report table T3: remuneration, attendance fees
 * and lump-sum allowances. Refunds of documented expenses and a salary for a separate employment are
 * not pay for the mandate and have no column of their own (DATA-CONTRACT.md, directors). The
 * statutory auditor's fees are not mandate pay either: the GA fixes them under the company code.
 */
import type { Cents } from '../../money';
import type { FiscalYear } from '../../dates';
import type { Director, DirectorRole, SheetMapping } from '../../model';
import type { MissingInput, Place } from '../condition';

export const MANDATE_PAY_FIELDS = ['remuneration', 'attendanceFees', 'allowance'] as const;
export type MandatePayField = (typeof MANDATE_PAY_FIELDS)[number];

/** The sum of the given pay components (all three by default). */
export function mandatePayOf(director: Director, fields: readonly MandatePayField[] = MANDATE_PAY_FIELDS): Cents {
  return fields.reduce((sum, field) => sum + (director[field] ?? 0), 0);
}

/** The pay component with the largest amount among those given (the first on a tie): the cell a finding points to. */
export function largestPayField(director: Director, fields: readonly MandatePayField[] = MANDATE_PAY_FIELDS): MandatePayField {
  return fields.reduce((best, field) => ((director[field] ?? 0) > (director[best] ?? 0) ? field : best));
}

/** A director whose mandate ended before the fiscal year, or began after it, was not one during it. */
export function servedInYear(director: Director, fy: FiscalYear): boolean {
  return (
    (director.appointmentDate === undefined || director.appointmentDate <= fy.end) && (director.mandateEnd === undefined || director.mandateEnd >= fy.start)
  );
}

/** The figures of the evidence note of ES-6 and CNC-7. */
export interface PayTally {
  /** Mandates in office during the year among the roles visited. */
  directors: number;
  paid: number;
  totalCents: Cents;
  highestCents: Cents;
}

/**
 * Visits each holder of one of `roles` in office during the year with their pay (the `fields`
 * given) and the cell a finding about it points to (the largest of those components), and tallies
 * the pay for the evidence note.
 */
export function eachMandateInOffice(
  directors: readonly Director[],
  fy: FiscalYear,
  roles: readonly DirectorRole[],
  fields: readonly MandatePayField[],
  visit: (director: Director, payCents: Cents, payCell: Place) => void,
): PayTally {
  const tally: PayTally = { directors: 0, paid: 0, totalCents: 0, highestCents: 0 };
  for (const director of directors) {
    if (!roles.includes(director.role) || !servedInYear(director, fy)) continue;
    tally.directors += 1;
    const payCents = mandatePayOf(director, fields);
    if (payCents > 0) {
      tally.paid += 1;
      tally.totalCents += payCents;
      tally.highestCents = Math.max(tally.highestCents, payCents);
    }
    visit(director, payCents, { origin: director.origin, field: largestPayField(director, fields) });
  }
  return tally;
}

/** The pay columns, when the directors sheet has none of them: nothing about pay can be checked. */
export function missingPayColumns(mapping: SheetMapping): MissingInput | undefined {
  if (MANDATE_PAY_FIELDS.some((field) => mapping.columns[field] !== undefined)) return undefined;
  return { sheet: 'directors', columns: [...MANDATE_PAY_FIELDS] };
}

/**
 * Columns a paid mandate cannot be judged without (CONDITIONS.md "Never pass on half the evidence"):
 * the GA-authorised amount and the profit-linked flag. Asked only when someone was paid.
 */
export function missingPayEvidence(mapping: SheetMapping, fields: readonly ('gaAuthorisedAmount' | 'profitLinked')[]): MissingInput | undefined {
  const columns = fields.filter((field) => mapping.columns[field] === undefined);
  return columns.length ? { sheet: 'directors', columns } : undefined;
}
