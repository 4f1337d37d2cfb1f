/**
 * A file that is no workbook package at all, with the reason the faces turn into their one line.
 * In the package layer, where the signature is checked, so that reading a workbook needs no exceljs.
 */
export type UnreadableReason = 'encrypted' | 'not-xlsx' | 'corrupt';

/** The file cannot be read as a workbook at all; `reason` says why, for a one-line message. */
export class UnreadableWorkbookError extends Error {
  constructor(
    readonly reason: UnreadableReason,
    detail: string,
  ) {
    super(detail);
    this.name = 'UnreadableWorkbookError';
  }
}
