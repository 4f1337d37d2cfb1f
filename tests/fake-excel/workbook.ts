/**
 * The in-memory workbook behind the fake Excel API: sheets (with visibility, incl. VeryHidden, and
 * protection), cells (value or formula, fill, number format, font), notes, column widths; the
 * workbook's read-only mode, structure protection, platform and undo stack. Tests seed it directly,
 * act on it as a user would (sort, insert rows, rename) and compare snapshots of it; the adapter
 * only reaches it through ./excel-api.ts.
 */
import { a1, columnIndex } from '../../src/core/snapshot';

export type Scalar = string | number | boolean;
export type Visibility = 'Visible' | 'Hidden' | 'VeryHidden';

export interface FakeCell {
  /** A constant, or the value a formula computed. Absent: the cell is empty (Office reads ""). */
  value?: Scalar;
  /** With its leading "=". */
  formula?: string;
  /** "#RRGGBB"; absent: no fill. */
  fill?: string;
  numberFormat?: string;
  bold?: boolean;
  italic?: boolean;
  size?: number;
  /** Format.wrapText. */
  wrap?: boolean;
  /** Format.verticalAlignment. */
  vertical?: string;
}

/** Worksheet.pageLayout (ExcelApi 1.9), as far as the adapter sets it. */
export interface FakePageLayout {
  orientation?: string;
  paperSize?: string;
  zoom?: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  /** Points. */
  margins: Partial<Record<'left' | 'right' | 'top' | 'bottom' | 'header' | 'footer', number>>;
  printTitleRows?: string;
  /** Rows (one-based) above which a page break was added (horizontalPageBreaks.add). */
  pageBreaks: number[];
}

/** Zero-based. */
export interface Rect {
  row: number;
  column: number;
  rows: number;
  columns: number;
}

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** "C5", "A1:C5", with or without "$"; undefined for anything else. */
export function parseAddress(address: string): Rect | undefined {
  const match = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/i.exec(address.trim());
  if (!match) return undefined;
  const c1 = columnIndex(match[1]!)!;
  const r1 = Number(match[2]) - 1;
  const c2 = match[3] ? columnIndex(match[3])! : c1;
  const r2 = match[4] ? Number(match[4]) - 1 : r1;
  if (r1 < 0 || r2 < 0 || r2 >= MAX_ROWS || c2 >= MAX_COLUMNS) return undefined;
  return { row: Math.min(r1, r2), column: Math.min(c1, c2), rows: Math.abs(r2 - r1) + 1, columns: Math.abs(c2 - c1) + 1 };
}

export function rectAddress(rect: Rect): string {
  const first = a1(rect.column, rect.row + 1);
  return rect.rows === 1 && rect.columns === 1 ? first : `${first}:${a1(rect.column + rect.columns - 1, rect.row + rect.rows)}`;
}

const cellKey = (row: number, column: number) => row * MAX_COLUMNS + column;

export class FakeSheet {
  visibility: Visibility = 'Visible';
  /** Review › Protect Sheet with the default options: cells cannot be formatted, notes not edited. */
  protected = false;
  readonly notes = new Map<string, string>();
  readonly columnWidths = new Map<number, number>();
  /** Merged ranges: Excel keeps the value in the top-left cell only, the others read as "". */
  readonly merged: Rect[] = [];
  /** Zero-based row → height in points, as Format.rowHeight set it. */
  readonly rowHeights = new Map<number, number>();
  readonly pageLayout: FakePageLayout = { margins: {}, pageBreaks: [] };
  private readonly cells = new Map<number, FakeCell>();

  constructor(
    readonly id: string,
    public name: string,
  ) {}

  cell(row: number, column: number): FakeCell | undefined {
    return this.cells.get(cellKey(row, column));
  }

  /** Changes a cell through `change`; a cell left with nothing is dropped. */
  update(row: number, column: number, change: (cell: FakeCell) => void): void {
    const key = cellKey(row, column);
    const cell = { ...this.cells.get(key) };
    change(cell);
    for (const name of Object.keys(cell) as (keyof FakeCell)[]) if (cell[name] === undefined) delete cell[name];
    if (Object.keys(cell).length) this.cells.set(key, cell);
    else this.cells.delete(key);
  }

  *entries(): Generator<[row: number, column: number, cell: FakeCell]> {
    for (const [key, cell] of this.cells) yield [Math.floor(key / MAX_COLUMNS), key % MAX_COLUMNS, cell];
  }

  /** The smallest rectangle holding every cell with a value or formula. */
  usedValuesRect(): Rect | undefined {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    for (const [row, column, cell] of this.entries()) {
      if (cell.value === undefined && cell.formula === undefined) continue;
      top = Math.min(top, row);
      left = Math.min(left, column);
      bottom = Math.max(bottom, row);
      right = Math.max(right, column);
    }
    return bottom < 0 ? undefined : { row: top, column: left, rows: bottom - top + 1, columns: right - left + 1 };
  }

  /** Seeds values from a top-left cell; null leaves a cell empty. */
  setValues(topLeft: string, rows: readonly (readonly (Scalar | null)[])[]): this {
    const origin = parseAddress(topLeft)!;
    rows.forEach((values, r) =>
      values.forEach((value, c) => {
        this.update(origin.row + r, origin.column + c, (cell) => {
          cell.value = value ?? undefined;
        });
      }),
    );
    return this;
  }

  setFill(address: string, colour: string): this {
    const rect = parseAddress(address)!;
    for (let r = 0; r < rect.rows; r += 1) {
      for (let c = 0; c < rect.columns; c += 1)
        this.update(rect.row + r, rect.column + c, (cell) => {
          cell.fill = colour.toUpperCase();
        });
    }
    return this;
  }

  setNote(address: string, content: string): this {
    this.notes.set(rectAddress(parseAddress(address)!), content);
    return this;
  }

  /** Moves every cell and note of the sheet as `move` says (undefined: the cell is gone). */
  private moveCells(move: (row: number, column: number) => { row: number; column: number } | undefined): void {
    const moved = [...this.cells].map(([key, cell]) => ({ to: move(Math.floor(key / MAX_COLUMNS), key % MAX_COLUMNS), cell }));
    this.cells.clear();
    for (const { to, cell } of moved) if (to) this.cells.set(cellKey(to.row, to.column), cell);
    const notes = [...this.notes].map(([address, text]) => {
      const at = parseAddress(address)!;
      return { to: move(at.row, at.column), text };
    });
    this.notes.clear();
    for (const { to, text } of notes) if (to) this.notes.set(rectAddress({ ...to, rows: 1, columns: 1 }), text);
  }

  /**
   * Data › Sort on the rows `firstRow`..`lastRow` (one-based, whole rows) by the values of a column,
   * as a user does: cells move with their row, fills and notes included.
   */
  sortRows(firstRow: number, lastRow: number, byColumn: string, descending = false): this {
    const column = columnIndex(byColumn)!;
    const rows = Array.from({ length: lastRow - firstRow + 1 }, (_, i) => firstRow - 1 + i);
    const key = (row: number) => this.cell(row, column)?.value ?? '';
    const order = [...rows].sort((a, b) => {
      const [x, y] = [key(a), key(b)];
      const compared = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
      return (descending ? -compared : compared) || a - b;
    });
    const target = new Map(order.map((from, i) => [from, rows[i]!]));
    this.moveCells((row, col) => ({ row: target.get(row) ?? row, column: col }));
    return this;
  }

  /** Inserts `count` empty rows above the one-based `row`: what was there moves down. */
  insertRows(row: number, count = 1): this {
    this.moveCells((r, column) => (r >= row - 1 ? (r + count < MAX_ROWS ? { row: r + count, column } : undefined) : { row: r, column }));
    return this;
  }

  /** Deletes `count` rows from the one-based `row`: what was below moves up. */
  deleteRows(row: number, count = 1): this {
    this.moveCells((r, column) => (r < row - 1 ? { row: r, column } : r < row - 1 + count ? undefined : { row: r - count, column }));
    return this;
  }

  /** Everything a user would see, as plain data for deep comparison. */
  snapshot(): object {
    const cells = [...this.entries()].sort(([r1, c1], [r2, c2]) => r1 - r2 || c1 - c2).map(([row, column, cell]) => [a1(column, row + 1), cell]);
    return {
      id: this.id,
      name: this.name,
      visibility: this.visibility,
      cells,
      notes: [...this.notes].sort(),
      columnWidths: [...this.columnWidths].sort(([a], [b]) => a - b),
    };
  }
}

export interface SyncRecord {
  requestBytes: number;
  responseBytes: number;
  /** The error code the sync failed with. */
  error?: string;
}

/** Where the workbook is open: undo support differs (docs: excel-add-ins-undo-capabilities). */
export type Platform = 'web' | 'windows' | 'mac';

export class FakeWorkbook {
  readonly sheets: FakeSheet[] = [];
  platform: Platform = 'web';
  /** Opened read-only (Excel on the web's viewing mode, a file opened read-only): every write is refused. */
  readOnly = false;
  /** File › Options › Use 1904 date system (a Mac-born workbook): cell serials count from 1 January 1904. */
  date1904 = false;
  /** Review › Protect Workbook: sheets cannot be added, deleted, renamed, hidden or shown. */
  structureProtected = false;
  /**
   * What Ctrl+Z would undo, newest last: each entry lists the write calls of one undo step (a sync,
   * or a whole Excel.run with mergeUndoGroup). A call without undo support empties it.
   */
  undoStack: string[][] = [];
  /** The files Excel.createWorkbook opened, as the base64 it was given. */
  readonly createdWorkbooks: string[] = [];
  /** Runs before every sync's calls: a co-author's edit landing between two syncs. */
  beforeSync: ((book: FakeWorkbook) => void) | undefined;
  activeSheetId: string | undefined;
  selection: { sheet: string; address: string } | undefined;
  readonly syncs: SyncRecord[] = [];
  /** The options of every Excel.run. */
  readonly runs: object[] = [];
  /** Excel on the web's limit on a request and on a response. */
  payloadLimitBytes = 5_000_000;
  /** Longer getRanges address lists failed in real Excel (OfficeDev/office-js#5198). */
  addressLimitChars = 8_192;
  /** The highest ExcelApi requirement set this Excel supports. */
  excelApi = '1.18';
  private nextId = 1;

  addSheet(name: string): FakeSheet {
    const sheet = new FakeSheet(`{00000000-0001-0000-0000-${String(this.nextId++).padStart(12, '0')}}`, name);
    this.sheets.push(sheet);
    this.activeSheetId ??= sheet.id;
    return sheet;
  }

  /** By name (case-blind, like Excel) or id. */
  find(key: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.id === key || s.name.toLowerCase() === key.toLowerCase());
  }

  sheet(name: string): FakeSheet {
    const sheet = this.find(name);
    if (!sheet) throw new Error(`no sheet ${name}`);
    return sheet;
  }

  supports(version: string): boolean {
    const [major = 0, minor = 0] = version.split('.').map(Number);
    const [topMajor = 0, topMinor = 0] = this.excelApi.split('.').map(Number);
    return major < topMajor || (major === topMajor && minor <= topMinor);
  }

  get syncCount(): number {
    return this.syncs.length;
  }

  snapshot(): object {
    return { sheets: this.sheets.map((s) => s.snapshot()) };
  }
}
