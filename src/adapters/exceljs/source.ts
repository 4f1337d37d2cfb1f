/**
 * Reads an .xlsx with exceljs (Node and browser) into the snapshot the core reads: cell values only,
 * in the same form the Office.js adapter gives. Dates become Excel serial numbers, formulas their
 * cached result, rich text and hyperlinks their text, error cells their error text ("#N/A").
 * CoopCheck's own sheets (state, summary of an earlier check) are not data and are left out.
 */
import type { CellValue as ExcelCellValue, Row, Workbook, Worksheet } from 'exceljs';
import { type CellValue, type SheetSnapshot, type WorkbookSnapshot, type ProgressListener, type SnapshotSource, dayFromUtcDate, excelSerialOfDay } from '../../core';
import { isCoopCheckSheet, readState } from './state';

export type UnreadableReason = 'encrypted' | 'not-xlsx' | 'corrupt';

/** The file cannot be read as a workbook at all; `reason` says why, for a one-line message. */
export class UnreadableWorkbookError extends Error {
  constructor(readonly reason: UnreadableReason, detail: string) {
    super(detail);
    this.name = 'UnreadableWorkbookError';
  }
}

/** An .xlsx is a ZIP archive; an encrypted (password-protected) one is an OLE compound file, as is a legacy .xls. */
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0];

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, i) => bytes[i] === byte);
}

export async function loadWorkbook(data: ArrayBuffer | Uint8Array): Promise<Workbook> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  if (startsWith(bytes, OLE_SIGNATURE)) throw new UnreadableWorkbookError('encrypted', 'OLE compound file');
  if (!startsWith(bytes, ZIP_SIGNATURE)) throw new UnreadableWorkbookError('not-xlsx', 'no ZIP signature');
  // Loaded on demand so that the browser bundle fetches exceljs only when a file is opened.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types ask for a Node Buffer; its ZIP reader takes any byte array, also in the browser.
    await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  } catch (error) {
    throw new UnreadableWorkbookError('corrupt', error instanceof Error ? error.message : String(error));
  }
  // Excel never saves a workbook without a sheet: this is another kind of ZIP (.docx, .ods…).
  if (!workbook.worksheets.length) throw new UnreadableWorkbookError('not-xlsx', 'no worksheet');
  return workbook;
}

/**
 * V8 keeps a string cut from a longer one (13 characters or more) as a view on it: a value exceljs
 * cut from the 64 KB of XML it parsed would keep those 64 KB alive as long as a model built in the
 * same thread holds it.
 */
const ownCopy = (text: string) => (text.length < 13 ? text : ` ${text}`.slice(1));

function plainValue(value: ExcelCellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value === '' ? null : ownCopy(value);
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? null : excelSerialOfDay(dayFromUtcDate(value));
  }
  if ('richText' in value) return plainValue(value.richText.map((run) => run.text).join(''));
  if ('error' in value) return value.error;
  if ('formula' in value || 'sharedFormula' in value) return value.result === undefined ? null : plainValue(value.result);
  if ('hyperlink' in value) return plainValue(value.text as ExcelCellValue);
  return null;
}

function isBlankValue(value: CellValue): boolean {
  return value === null || (typeof value === 'string' && value.trim() === '');
}

/** Rows between progress reports. */
export const PROGRESS_EVERY = 10_000;

/**
 * One row's values as the core reads them, values[0] being column A (gaps are nulls), and whether
 * any is not blank. Shared with the streaming reader, whose rows are exceljs Rows too.
 */
export function rowValues(row: Row): { values: CellValue[]; hasData: boolean } {
  const values: CellValue[] = [];
  let hasData = false;
  // Cells come left to right: gaps are filled as they appear, so the array is never sparse.
  row.eachCell((cell, column) => {
    const value = plainValue(cell.value);
    if (value === null) return;
    while (values.length < column - 1) values.push(null);
    values.push(value);
    hasData ||= !isBlankValue(value);
  });
  return { values, hasData };
}

function sheetSnapshot(sheet: Worksheet, onProgress?: ProgressListener): SheetSnapshot {
  const rows: CellValue[][] = [];
  let lastDataRow = 0;
  const total = sheet.rowCount;
  sheet.eachRow((row, rowNumber) => {
    const { values, hasData } = rowValues(row);
    if (values.length) rows[rowNumber - 1] = values;
    if (hasData) lastDataRow = rowNumber;
    if (onProgress && rowNumber % PROGRESS_EVERY === 0) onProgress({ phase: 'reading', done: rowNumber, total, sheet: sheet.name });
  });
  // Rows of blanks after the data (formatted or space-filled) are dropped; gaps inside become empty rows.
  rows.length = lastDataRow;
  return { name: sheet.name, rows: Array.from(rows, (r) => r ?? []) };
}

export function readSnapshot(workbook: Workbook, onProgress?: ProgressListener): WorkbookSnapshot {
  const state = readState(workbook);
  return {
    sheets: workbook.worksheets
      .filter((sheet) => !isCoopCheckSheet(sheet.name, state))
      .map((sheet) => sheetSnapshot(sheet, onProgress)),
  };
}

/** The source port over a workbook exceljs has loaded. */
export function excelJsSource(workbook: Workbook): SnapshotSource {
  return { read: async (onProgress) => readSnapshot(workbook, onProgress) };
}
