/**
 * Where each part of the special report goes on the summary sheet, as plain data that the three
 * writers (the CLI's package writer, exceljs, Office.js) only carry out: which row, which role
 * (title, table header…), which value and number format per cell, which columns a cell spans, each
 * row's height, the page breaks and the page setup, and the annex sheets. A writer only turns roles
 * into fonts and fills; the report's content is the core's.
 *
 * The sheet prints (CONDITIONS.md "The summary sheet must print") on A4 portrait at 100 %, so the
 * workbook's body font (Calibri 11 by default) prints at its own size:
 * - One sheet has one set of column widths, so the sheet is a grid of GRID_COLUMNS equal narrow
 *   columns that together fill the printable width, and each table gives each of its columns a span
 *   of grid columns (merged cells) sized for that table: its numbers fit, its text wraps.
 * - Excel and LibreOffice do not fit a row's height to wrapped text in merged cells, so every row's
 *   height is set here from its text: lines (words wrapped at the span's width) × the line height.
 * - With every height known the pages are known: a table that does not fit in what is left of a page
 *   starts on the next one, and a table that goes on over a page break repeats its header row at the
 *   top of the next page (Excel repeats one range of rows per sheet, which cannot serve several tables).
 * - A list too long for the report page (T5's every exit) goes to an annex sheet of its own, whose
 *   header row is the sheet's print titles.
 */
import {
  dayFromIso,
  excelSerialOfDay,
  columnLetters,
  type ColumnKind,
  type ReportAnnex,
  type ReportColumn,
  type ReportTable,
  type ReportValue,
  type SpecialReport,
} from '../core';
import { fitInCell } from './excel-limits';

export type LaidValue =
  | { kind: 'text'; text: string }
  | { kind: 'number'; value: number; numberFormat: string }
  /** `formula` without its leading "=", as OOXML stores it. */
  | { kind: 'link'; formula: string; text: string };

export type RowRole = 'title' | 'headerLine' | 'tableTitle' | 'tableNote' | 'columnHeaders' | 'data' | 'spacer';

export interface LaidCell {
  /** Zero-based grid column where the cell starts. */
  column: number;
  /** How many grid columns it spans (merged when more than one). */
  span: number;
  value: LaidValue | null;
  /** Text wraps within the span (the row is tall enough for it). */
  wrap: boolean;
}

export interface LaidRow {
  /** One-based sheet row. */
  row: number;
  role: RowRole;
  cells: readonly LaidCell[];
  /** In points, for the wrapped text of its cells. */
  height: number;
}

export interface PageSetup {
  /** 9: A4 (ECMA-376 §18.3.1.63). */
  paperSize: 9;
  orientation: 'portrait';
  /** Percent: the grid fits the printable width at 100 %, so nothing is shrunk. */
  scale: 100;
  /** Inches, as OOXML's pageMargins. */
  margins: { left: number; right: number; top: number; bottom: number; header: number; footer: number };
  /** Page footer, in Excel's header/footer codes. */
  footer: string;
}

export interface SheetLayout {
  /** The sheet's name: the report's, or an annex's. */
  name: string;
  rows: readonly LaidRow[];
  /** Per grid column from A, in Excel's width unit (characters of the default font, padding included). */
  columnWidths: readonly number[];
  columnCount: number;
  /** A1 ranges of the cells spanning several columns. */
  merges: readonly string[];
  /** Rows that start a new printed page (one-based). */
  pageBreaks: readonly number[];
  /** The header row repeated at the top of each printed page (one-based, first and last), for an annex. */
  printTitleRows?: readonly [number, number];
  /** Rows frozen at the top of the window. */
  frozenRows: number;
  pageSetup: PageSetup;
}

export interface SummaryLayout extends SheetLayout {
  /** Sheets written after the report, in order: T5's full list. */
  annexes: readonly SheetLayout[];
}

export const NUMBER_FORMATS: Readonly<Record<Exclude<ColumnKind, 'text'>, string>> = {
  integer: '#,##0',
  number: 'General',
  money: '#,##0.00 "€"',
  date: 'dd/mm/yyyy',
  percent: '0.00%',
};

/** Fill of a table's header row. */
export const HEADER_FILL = '#D9E1F2';

/**
 * The grid: GRID_COLUMNS columns of GRID_COLUMN_WIDTH (Excel's unit: 3 → 21 px, 15.75 pt), 472.5 pt
 * in Excel, about 500 pt in LibreOffice (which draws the width with Carlito's 7.4 px digit): both
 * within A4's 523 pt between the margins.
 */
export const GRID_COLUMNS = 30;
export const GRID_COLUMN_WIDTH = 3;
/** Pixels (at 96 dpi) of a column of Excel width w, for the default font's 7 px digit: w × 7. */
const GRID_COLUMN_PX = GRID_COLUMN_WIDTH * 7;
export const PAGE_SETUP: PageSetup = {
  paperSize: 9,
  orientation: 'portrait',
  scale: 100,
  // A4 is 595 × 842 pt: 523 pt wide between the side margins.
  margins: { left: 0.5, right: 0.5, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
  footer: '&L&A&R&P / &N',
};
/** The height between the top and bottom margins (842 − 108 pt), less a margin for the renderers' rounding. */
export const PAGE_HEIGHT_PT = 842 - 72 * (PAGE_SETUP.margins.top + PAGE_SETUP.margins.bottom) - 24;

/** Line heights in points at the sizes the writers use: the body font (Calibri 11), table titles (13), the title (16). */
export const LINE_HEIGHT: Readonly<Record<'body' | 'tableTitle' | 'title', number>> = { body: 15, tableTitle: 18, title: 22 };
/** Calibri 11's advance per character, in pixels, a little wide: digits 7.4, lowercase text about 6. */
const DIGIT_PX = 7.5;
const TEXT_PX = 6.2;
const BOLD_FACTOR = 1.1;
/** Left and right padding of a cell's text, and a little slack, in pixels. */
const CELL_PADDING_PX = 8;
const SPACER_HEIGHT = 9;
/** Header labels take this many grid columns, their values the rest. */
const HEADER_LABEL_SPAN = 8;
const MIN_TEXT_SPAN = 3;
const MIN_SPAN = 2;

/** The text of an Excel string literal inside a formula. */
const formulaString = (text: string) => `"${text.replace(/"/g, '""')}"`;

function laidValue(value: ReportValue, kind: ColumnKind): LaidValue | null {
  if (value === null) return null;
  if (typeof value === 'object') {
    const target = `#'${value.link.sheet.replace(/'/g, "''")}'!${value.link.cell}`;
    return { kind: 'link', formula: `HYPERLINK(${formulaString(target)},${formulaString(value.text)})`, text: value.text };
  }
  if (typeof value === 'string') {
    const day = kind === 'date' ? dayFromIso(value) : undefined;
    // An Excel serial number rather than a Date: no time zone can move it by a day.
    return day === undefined ? { kind: 'text', text: fitInCell(value) } : { kind: 'number', value: excelSerialOfDay(day), numberFormat: NUMBER_FORMATS.date };
  }
  if (kind === 'text') return { kind: 'number', value, numberFormat: NUMBER_FORMATS.number };
  if (kind === 'money') return { kind: 'number', value: value / 100, numberFormat: NUMBER_FORMATS.money };
  if (kind === 'percent') return { kind: 'number', value: value / 1_000_000, numberFormat: NUMBER_FORMATS.percent };
  return { kind: 'number', value, numberFormat: NUMBER_FORMATS[kind] };
}

const text = (value: string): LaidValue => ({ kind: 'text', text: fitInCell(value) });

/** How many characters a number takes once formatted: digits, thousands separators, decimals, sign, " €", "%". */
function formattedLength(value: LaidValue): number {
  if (value.kind !== 'number') return value.kind === 'link' ? value.text.length : value.text.length;
  const grouped = (n: number) => {
    const digits = String(Math.trunc(Math.abs(n))).length;
    return digits + Math.floor((digits - 1) / 3);
  };
  const sign = value.value < 0 ? 1 : 0;
  switch (value.numberFormat) {
    case NUMBER_FORMATS.integer:
      return sign + grouped(value.value);
    case NUMBER_FORMATS.money:
      return sign + grouped(value.value) + 5;
    case NUMBER_FORMATS.date:
      return 10;
    case NUMBER_FORMATS.percent:
      return sign + grouped(value.value * 100) + 4;
    default:
      return String(value.value).length;
  }
}

/** The width in pixels of `span` grid columns. */
export const spanPx = (span: number) => span * GRID_COLUMN_PX;

/**
 * How many lines `value` takes in `span` grid columns: its words wrapped at the span's width, a
 * word longer than a line broken within (as Excel and LibreOffice do). Spaces only break: a
 * non-breaking space holds its words together.
 */
export function linesOf(value: string, span: number, bold = false): number {
  const perLine = Math.max(1, Math.floor((spanPx(span) - CELL_PADDING_PX) / (TEXT_PX * (bold ? BOLD_FACTOR : 1))));
  let lines = 0;
  for (const paragraph of value.split('\n')) {
    lines += 1;
    let used = 0;
    for (const word of paragraph.split(' ').filter(Boolean)) {
      if (used > 0 && used + 1 + word.length <= perLine) {
        used += 1 + word.length;
        continue;
      }
      if (used > 0) lines += 1;
      let rest = word.length;
      while (rest > perLine) {
        lines += 1;
        rest -= perLine;
      }
      used = rest;
    }
  }
  return lines;
}

function cellLines(cell: LaidCell, bold: boolean): number {
  if (!cell.value || cell.value.kind === 'number') return 1;
  const shown = cell.value.text;
  return cell.wrap ? linesOf(shown, cell.span, bold) : 1;
}

/** A row's height: its tallest cell's lines × the line height of its role. */
export function rowHeight(role: RowRole, cells: readonly LaidCell[]): number {
  if (role === 'spacer') return SPACER_HEIGHT;
  const line = role === 'title' ? LINE_HEIGHT.title : role === 'tableTitle' ? LINE_HEIGHT.tableTitle : LINE_HEIGHT.body;
  const bold = role !== 'data' && role !== 'tableNote';
  const lines = cells.reduce((most, cell) => Math.max(most, cellLines(cell, bold)), 1);
  return Math.ceil(lines * line * 4) / 4;
}

/** A header's longest word, in bold, is not broken (up to this many grid columns). */
const MAX_HEADER_WORD_SPAN = 6;

/** The fewest grid columns a table's column needs: its longest number, a date, or a few characters of text, and its header's longest word. */
function minimumSpan(column: ReportColumn, values: readonly (LaidValue | null)[]): number {
  const word = column.header.split(' ').reduce((most, w) => Math.max(most, w.length), 0);
  const headerSpan = Math.min(MAX_HEADER_WORD_SPAN, Math.ceil((word * TEXT_PX * BOLD_FACTOR + CELL_PADDING_PX) / GRID_COLUMN_PX));
  return Math.max(headerSpan, valuesSpan(column, values));
}

function valuesSpan(column: ReportColumn, values: readonly (LaidValue | null)[]): number {
  if (column.kind === 'text') {
    // Links and numbers in a text column do not wrap: they get their width; words are not broken (up to a point).
    const longest = values.reduce((most, v) => (v && v.kind !== 'text' ? Math.max(most, formattedLength(v)) : most), 0);
    const word = values.reduce((most, v) => (v?.kind === 'text' ? Math.max(most, ...v.text.split(' ').map((w) => w.length)) : most), 0);
    const wordSpan = Math.min(MAX_HEADER_WORD_SPAN, Math.ceil((word * TEXT_PX + CELL_PADDING_PX) / GRID_COLUMN_PX));
    return Math.max(MIN_TEXT_SPAN, wordSpan, Math.ceil((longest * TEXT_PX + CELL_PADDING_PX) / GRID_COLUMN_PX));
  }
  const longest = values.reduce((most, v) => (v ? Math.max(most, formattedLength(v)) : most), 1);
  return Math.max(MIN_SPAN, Math.ceil((longest * DIGIT_PX + CELL_PADDING_PX) / GRID_COLUMN_PX));
}

/**
 * The spans of a table's columns: at least each one's minimum, the rest of the grid shared in
 * proportion to the width the core hints (or the header's length), summing to GRID_COLUMNS.
 */
export function columnSpans(columns: readonly ReportColumn[], minimums: readonly number[]): number[] {
  const weights = columns.map((c) => Math.max(1, c.width ?? c.header.length + 2));
  const total = weights.reduce((a, b) => a + b, 0);
  const spans = weights.map((w, i) => Math.max(minimums[i]!, Math.round((GRID_COLUMNS * w) / total)));
  const ratio = (i: number) => spans[i]! / weights[i]!;
  let sum = spans.reduce((a, b) => a + b, 0);
  while (sum > GRID_COLUMNS) {
    let pick = -1;
    spans.forEach((span, i) => {
      if (span > minimums[i]! && (pick < 0 || ratio(i) > ratio(pick))) pick = i;
    });
    if (pick < 0) break;
    spans[pick]! -= 1;
    sum -= 1;
  }
  while (sum < GRID_COLUMNS) {
    let pick = 0;
    spans.forEach((_, i) => {
      if (ratio(i) < ratio(pick)) pick = i;
    });
    spans[pick]! += 1;
    sum += 1;
  }
  return spans;
}

/**
 * A table too wide for the page is printed in parts, one under the other, each repeating the first
 * column (what names the row): the columns of each part, by index.
 */
export function tableParts(minimums: readonly number[]): number[][] {
  const total = minimums.reduce((a, b) => a + b, 0);
  if (total <= GRID_COLUMNS || minimums.length < 3) return [minimums.map((_, i) => i)];
  const greedy = greedyParts(minimums);
  // As many parts as the greedy cut, but as even as they fit: a part of one column under one of eight reads badly.
  const rest = minimums.length - 1;
  const size = Math.ceil(rest / greedy.length);
  const even = Array.from({ length: greedy.length }, (_, p) => [
    0,
    ...Array.from({ length: Math.min(size, rest - p * size) }, (_, i) => 1 + p * size + i),
  ]).filter((part) => part.length > 1);
  const fits = even.every((part) => part.reduce((sum, i) => sum + minimums[i]!, 0) <= GRID_COLUMNS);
  return fits && even.length === greedy.length ? even : greedy;
}

function greedyParts(minimums: readonly number[]): number[][] {
  const parts: number[][] = [];
  let part = [0];
  let width = minimums[0]!;
  for (let i = 1; i < minimums.length; i++) {
    if (part.length > 1 && width + minimums[i]! > GRID_COLUMNS) {
      parts.push(part);
      part = [0];
      width = minimums[0]!;
    }
    part.push(i);
    width += minimums[i]!;
  }
  parts.push(part);
  return parts;
}

/** One table's rows before they get sheet row numbers: a block kept together, then data rows. */
interface TableBlock {
  head: { role: RowRole; cells: LaidCell[] }[];
  columnHeaders?: LaidCell[];
  data: LaidCell[][];
}

const wide = (value: LaidValue | null, wrap = true): LaidCell[] => [{ column: 0, span: GRID_COLUMNS, value, wrap }];

function placed(values: readonly (LaidValue | null)[], spans: readonly number[]): LaidCell[] {
  let column = 0;
  return values.map((value, i) => {
    const cell = { column, span: spans[i]!, value, wrap: value?.kind === 'text' };
    column += spans[i]!;
    return cell;
  });
}

/** A table as blocks: its title and note, then per part (see tableParts) its header row and data rows. */
function tableBlocks(table: Omit<ReportTable, 'annex'>): TableBlock[] {
  const values = table.rows.map((row) => table.columns.map((column, i) => laidValue(row[i] ?? null, column.kind)));
  const minimums = table.columns.map((column, i) =>
    minimumSpan(
      column,
      values.map((row) => row[i]!),
    ),
  );
  const blocks: TableBlock[] = [];
  tableParts(minimums).forEach((part, index) => {
    const columns = part.map((i) => table.columns[i]!);
    const spans = columnSpans(
      columns,
      part.map((i) => minimums[i]!),
    );
    // A table without rows says so in its note: no header row over nothing.
    if (!table.rows.length && table.note) {
      if (index === 0)
        blocks.push({
          head: [
            { role: 'tableTitle', cells: wide(text(table.title)) },
            { role: 'tableNote', cells: wide(text(table.note)) },
          ],
          data: [],
        });
      return;
    }
    const head: TableBlock['head'] =
      index === 0
        ? [{ role: 'tableTitle', cells: wide(text(table.title)) }, ...(table.note ? [{ role: 'tableNote' as const, cells: wide(text(table.note)) }] : [])]
        : [{ role: 'spacer', cells: [] }];
    blocks.push({
      head,
      columnHeaders: columns.length
        ? placed(
            columns.map((c) => text(c.header)),
            spans,
          )
        : undefined,
      data: values.map((row) =>
        placed(
          part.map((i) => row[i]!),
          spans,
        ),
      ),
    });
  });
  return blocks;
}

/** Lays rows out from row 1, with the page breaks that keep each table's head together and repeat its header row. */
class SheetRows {
  readonly rows: LaidRow[] = [];
  readonly pageBreaks: number[] = [];
  private used = 0;

  add(role: RowRole, cells: readonly LaidCell[]): LaidRow {
    const row: LaidRow = { row: this.rows.length + 1, role, cells, height: rowHeight(role, cells) };
    this.rows.push(row);
    this.used += row.height;
    return row;
  }

  private newPage(): void {
    if (!this.rows.length || this.used === 0) return;
    this.pageBreaks.push(this.rows.length + 1);
    this.used = 0;
  }

  private fits(height: number): boolean {
    return this.used + height <= PAGE_HEIGHT_PT;
  }

  /** A table's title, note and header row with its first data rows stay on one page; a header row follows each page break. */
  addBlock(block: TableBlock, repeatHeaders: boolean): void {
    const heights = (cells: readonly LaidCell[][], role: RowRole) => cells.reduce((sum, c) => sum + rowHeight(role, c), 0);
    const headHeight =
      block.head.reduce((sum, r) => sum + rowHeight(r.role, r.cells), 0) +
      (block.columnHeaders ? rowHeight('columnHeaders', block.columnHeaders) : 0) +
      heights(block.data.slice(0, 2), 'data');
    if (!this.fits(headHeight)) this.newPage();
    for (const { role, cells } of block.head) if (role !== 'spacer' || this.used > 0) this.add(role, cells);
    if (block.columnHeaders) this.add('columnHeaders', block.columnHeaders);
    for (const cells of block.data) {
      if (repeatHeaders && !this.fits(rowHeight('data', cells))) {
        this.newPage();
        if (block.columnHeaders) this.add('columnHeaders', block.columnHeaders);
      }
      this.add('data', cells);
    }
  }

  spacer(): void {
    if (this.used > 0) this.add('spacer', []);
  }
}

function sheetLayout(name: string, sheet: SheetRows, extra: Pick<SheetLayout, 'printTitleRows' | 'frozenRows'>): SheetLayout {
  const merges = sheet.rows.flatMap((r) =>
    r.cells.filter((c) => c.span > 1).map((c) => `${columnLetters(c.column)}${r.row}:${columnLetters(c.column + c.span - 1)}${r.row}`),
  );
  return {
    name,
    rows: sheet.rows,
    columnWidths: Array.from({ length: GRID_COLUMNS }, () => GRID_COLUMN_WIDTH),
    columnCount: GRID_COLUMNS,
    merges,
    pageBreaks: sheet.pageBreaks,
    pageSetup: PAGE_SETUP,
    ...extra,
  };
}

/** An annex sheet: the title, the note, the header row (the print titles, frozen) and every row. */
function annexLayout(annex: ReportAnnex): SheetLayout {
  const sheet = new SheetRows();
  const [block] = tableBlocks({ ...annex, note: annex.note });
  // An annex's table fits one part: its header row is the sheet's print titles, so it is not repeated by hand.
  sheet.add('tableTitle', block!.head[0]!.cells);
  for (const row of block!.head.slice(1)) sheet.add(row.role, row.cells);
  const header = block!.columnHeaders ? sheet.add('columnHeaders', block!.columnHeaders).row : undefined;
  for (const cells of block!.data) sheet.add('data', cells);
  return sheetLayout(annex.sheetName, sheet, { printTitleRows: header === undefined ? undefined : [header, header], frozenRows: header ?? 0 });
}

export function layOutReport(report: SpecialReport): SummaryLayout {
  const sheet = new SheetRows();
  sheet.add('title', wide(text(report.title)));
  sheet.spacer();
  for (const [label, value] of report.header) {
    sheet.add('headerLine', [
      { column: 0, span: HEADER_LABEL_SPAN, value: text(label), wrap: true },
      { column: HEADER_LABEL_SPAN, span: GRID_COLUMNS - HEADER_LABEL_SPAN, value: text(value), wrap: true },
    ]);
  }
  for (const table of report.tables) {
    sheet.spacer();
    for (const block of tableBlocks(table)) sheet.addBlock(block, true);
  }
  const annexes = report.tables.flatMap((t) => (t.annex ? [annexLayout(t.annex)] : []));
  return { ...sheetLayout(report.sheetName, sheet, { frozenRows: 0 }), annexes };
}
