/**
 * Why Excel would not let CoopCheck do something, found before the first write wherever Excel can
 * tell (read-only mode, workbook and sheet protection, a hidden or vanished sheet), and otherwise
 * recognised in the error Excel gave half-way (a co-author's change). Each reason is one the pane
 * can turn into a sentence saying what the user can do.
 */
import type { CellRef } from '../../core';
import { errorCode } from './batches';
import type { LoadedSheet, WorkbookAccess } from './sheets';

export type ExcelRefusalReason =
  /** Opened read-only, or in Excel on the web's viewing mode. */
  | 'readOnly'
  /** Review › Protect Workbook: no sheet can be added or removed. */
  | 'workbookProtected'
  /** Review › Protect Sheet on the sheets named. */
  | 'sheetProtected'
  /** The sheet named is hidden: its cell cannot be shown. */
  | 'sheetHidden'
  /** No sheet of that name or id any more. */
  | 'sheetMissing'
  /** The workbook changed under the batch: most likely a co-author's edit. */
  | 'changedMeanwhile'
  /** Excel refused a write the checks did not foresee (protection or read-only set meanwhile). */
  | 'accessDenied';

export class ExcelRefusalError extends Error {
  override readonly name = 'ExcelRefusalError';

  constructor(
    readonly reason: ExcelRefusalReason,
    /** The sheets concerned, by their current names. */
    readonly sheets: readonly string[] = [],
    readonly cell?: CellRef,
    options?: { cause?: unknown },
  ) {
    super(`Excel refused: ${reason}${sheets.length ? ` (${sheets.join(', ')})` : ''}`, options);
  }
}

export function isExcelRefusal(error: unknown): error is ExcelRefusalError {
  return error instanceof Error && error.name === 'ExcelRefusalError' && 'reason' in error;
}

/**
 * Refuses, before any write, what Excel would refuse half-way: a read-only workbook; a protected
 * structure when sheets must be added or removed; protected sheets whose cells would change.
 */
export function assertWritable(access: WorkbookAccess, { sheets = [], structure = false }: { sheets?: readonly LoadedSheet[]; structure?: boolean }): void {
  if (access.readOnly) throw new ExcelRefusalError('readOnly');
  if (structure && access.structureProtected) throw new ExcelRefusalError('workbookProtected');
  const locked = [...new Set(sheets.filter((s) => s.protected).map((s) => s.name))];
  if (locked.length) throw new ExcelRefusalError('sheetProtected', locked);
}

/** Codes Excel gives when what a batch had read changed before it wrote (a co-author deleted, moved or renamed it). */
const CHANGED_MEANWHILE = new Set(['ItemNotFound', 'InvalidReference', 'Conflict', 'InsertDeleteConflict', 'EditModeCannotAcquireLock']);

/** Runs a step, turning Excel's errors that have a plain explanation into an ExcelRefusalError. */
export async function explained<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isExcelRefusal(error)) throw error;
    const code = errorCode(error);
    if (code === 'AccessDenied') throw new ExcelRefusalError('accessDenied', [], undefined, { cause: error });
    if (code && CHANGED_MEANWHILE.has(code)) throw new ExcelRefusalError('changedMeanwhile', [], undefined, { cause: error });
    throw error;
  }
}
