/**
 * Test oracle (issue 11: exceljs is off the product's read path): reads an .xlsx with exceljs's full
 * load into the snapshot the core reads, for the tests that compare the byte-level reader and the
 * faces with an independent reading. Dates become whole-day serials of the workbook's own date system
 * (the snapshot says `date1904`, and the extractor moves them), as the byte-level reader gives them;
 * formulas their cached result, rich text and hyperlinks their text, error cells their error text
 * ("#N/A"). CoopCheck's own sheets (state, summary of an earlier check) are left out.
 */
import type { CellValue as ExcelCellValue, Row, Workbook, Worksheet } from 'exceljs';
import {
  type CellValue,
  type SheetSnapshot,
  type WorkbookSnapshot,
  type ProgressListener,
  type SnapshotSource,
  dayFromUtcDate,
  excelSerialOfDay,
} from '../../../src/core';
import { isCoopCheckSheet, readState } from '../../../src/adapters/exceljs/state';
import { UnreadableWorkbookError } from '../../../src/adapters/xlsx-package/unreadable';

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

/** Serial 0 of the 1904 date system is serial 1462 of the 1900 one. */
const DAYS_1900_TO_1904 = 1462;

function plainValue(value: ExcelCellValue, date1904: boolean): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value === '' ? null : ownCopy(value);
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) {
    // exceljs makes a Date of the serial in either system; the day goes back to the workbook's own.
    return Number.isNaN(value.getTime()) ? null : excelSerialOfDay(dayFromUtcDate(value)) - (date1904 ? DAYS_1900_TO_1904 : 0);
  }
  if ('richText' in value) return plainValue(value.richText.map((run) => run.text).join(''), date1904);
  if ('error' in value) return value.error;
  if ('formula' in value || 'sharedFormula' in value) return value.result === undefined ? null : plainValue(value.result, date1904);
  if ('hyperlink' in value) return plainValue(value.text as ExcelCellValue, date1904);
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
export function rowValues(row: Row, date1904: boolean): { values: CellValue[]; hasData: boolean } {
  const values: CellValue[] = [];
  let hasData = false;
  // Cells come left to right: gaps are filled as they appear, so the array is never sparse.
  row.eachCell((cell, column) => {
    const value = plainValue(cell.value, date1904);
    if (value === null) return;
    while (values.length < column - 1) values.push(null);
    values.push(value);
    hasData ||= !isBlankValue(value);
  });
  return { values, hasData };
}

function sheetSnapshot(sheet: Worksheet, date1904: boolean, onProgress?: ProgressListener): SheetSnapshot {
  const rows: CellValue[][] = [];
  let lastDataRow = 0;
  const total = sheet.rowCount;
  sheet.eachRow((row, rowNumber) => {
    const { values, hasData } = rowValues(row, date1904);
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
  const date1904 = workbook.properties.date1904 === true;
  const sheets = workbook.worksheets.filter((sheet) => !isCoopCheckSheet(sheet.name, state)).map((sheet) => sheetSnapshot(sheet, date1904, onProgress));
  return date1904 ? { sheets, date1904 } : { sheets };
}

/** The source port over a workbook exceljs has loaded. */
export function excelJsSource(workbook: Workbook): SnapshotSource {
  return { read: async (onProgress) => readSnapshot(workbook, onProgress) };
}
