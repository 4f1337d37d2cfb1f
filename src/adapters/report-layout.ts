/**
 * Where each part of the special report goes on the summary sheet, as plain data: which row, which
 * role (title, table header…), which value and number format per cell, which column widths. A sink
 * only turns roles into fonts and fills; the report's content is the core's.
 */
import { dayFromIso, excelSerialOfDay } from '../core/dates';
import type { ColumnKind, ReportTable, ReportValue, SpecialReport } from '../core/report/special-report-types';

export type LaidValue =
  | { kind: 'text'; text: string }
  | { kind: 'number'; value: number; numberFormat: string }
  /** `formula` without its leading "=", as OOXML stores it. */
  | { kind: 'link'; formula: string; text: string };

export type RowRole = 'title' | 'headerLine' | 'tableTitle' | 'tableNote' | 'columnHeaders' | 'data';

export interface LaidRow {
  /** One-based sheet row. */
  row: number;
  role: RowRole;
  /** From column A; null leaves the cell empty. */
  cells: readonly (LaidValue | null)[];
}

export interface SummaryLayout {
  rows: readonly LaidRow[];
  /** Per column from A, in characters. */
  columnWidths: readonly number[];
  /** The widest row's cell count. */
  columnCount: number;
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
const MIN_COLUMN_WIDTH = 10;
const MAX_COLUMN_WIDTH = 60;

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
    return day === undefined ? { kind: 'text', text: value } : { kind: 'number', value: excelSerialOfDay(day), numberFormat: NUMBER_FORMATS.date };
  }
  if (kind === 'text') return { kind: 'number', value, numberFormat: NUMBER_FORMATS.number };
  if (kind === 'money') return { kind: 'number', value: value / 100, numberFormat: NUMBER_FORMATS.money };
  if (kind === 'percent') return { kind: 'number', value: value / 1_000_000, numberFormat: NUMBER_FORMATS.percent };
  return { kind: 'number', value, numberFormat: NUMBER_FORMATS[kind] };
}

const text = (value: string): LaidValue => ({ kind: 'text', text: value });

export function layOutReport(report: SpecialReport): SummaryLayout {
  const rows: LaidRow[] = [];
  const widths: number[] = [];
  const widen = (index: number, width: number) => {
    widths[index] = Math.min(MAX_COLUMN_WIDTH, Math.max(widths[index] ?? MIN_COLUMN_WIDTH, width));
  };

  rows.push({ row: 1, role: 'title', cells: [text(report.title)] });
  let row = 3;
  for (const [label, value] of report.header) {
    rows.push({ row, role: 'headerLine', cells: [text(label), text(value)] });
    widen(0, label.length + 2);
    row += 1;
  }
  for (const table of report.tables) row = layOutTable(table, row + 1, rows, widen);
  return { rows, columnWidths: Array.from(widths, (w) => w ?? MIN_COLUMN_WIDTH), columnCount: rows.reduce((most, r) => Math.max(most, r.cells.length), 0) };
}

/** Lays one table out from `row` on; returns the row after it. */
function layOutTable(table: ReportTable, row: number, rows: LaidRow[], widen: (index: number, width: number) => void): number {
  rows.push({ row: row++, role: 'tableTitle', cells: [text(table.title)] });
  if (table.note) rows.push({ row: row++, role: 'tableNote', cells: [text(table.note)] });
  rows.push({ row: row++, role: 'columnHeaders', cells: table.columns.map((column) => text(column.header)) });
  table.columns.forEach((column, index) => widen(index, column.width ?? column.header.length + 2));
  for (const values of table.rows) {
    rows.push({ row: row++, role: 'data', cells: values.map((value, index) => laidValue(value, table.columns[index]?.kind ?? 'text')) });
  }
  return row;
}
