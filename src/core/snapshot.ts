/**
 * What a source adapter (exceljs, or the Office add-in) hands the core: the cell values of each sheet, nothing
 * else. Dates are Excel serial numbers whichever adapter read them (exceljs gives Date objects and
 * its adapter converts them), so both adapters give the core the same snapshot for the same workbook.
 */
export type CellValue = string | number | boolean | null;

export interface SheetSnapshot {
  name: string;
  /** rows[0] is row 1 of the sheet, rows[r][0] is column A. Trailing empty rows may be absent. */
  rows: CellValue[][];
}

export interface WorkbookSnapshot {
  sheets: SheetSnapshot[];
  /**
   * The numbers are serials of the 1904 date system (a Mac-born workbook, as the Excel add-in reads them).
   * Absent or false: the 1900 system, which every other source already converts to.
   */
  date1904?: boolean;
}

/** Column index (0 = A) to letters. */
export function columnLetters(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Column letters to index (A = 0); undefined when not letters. */
export function columnIndex(letters: string): number | undefined {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) return undefined;
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** A1 address of a zero-based column and a one-based row. */
export function a1(column: number, row: number): string {
  return `${columnLetters(column)}${row}`;
}
