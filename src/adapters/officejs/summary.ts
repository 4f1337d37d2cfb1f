/**
 * The summary sheet in the open workbook, laid out by ../report-layout.ts: values and number
 * formats written in row blocks, fonts and fills applied per role with a few getRanges calls.
 * It refreshes only a sheet CoopCheck wrote itself; a user's sheet of the same name is never
 * touched, the report then takes a free name.
 */
import { columnLetters } from '../../core/snapshot';
import type { SpecialReport } from '../../core/report/special-report-types';
import type { LaidValue, RowRole, SummaryLayout } from '../report-layout';
import { HEADER_FILL, layOutReport } from '../report-layout';
import type { CoopCheckState } from '../workbook-state';
import { packAddresses } from './addresses';
import type { WriteMeter } from './batches';
import { byPayload } from './batches';
import type { LoadedSheet } from './sheets';

/** Excel's limit on a sheet name. */
const MAX_SHEET_NAME = 31;
const CALL_BYTES = 120;

function ownSummarySheet(sheets: readonly LoadedSheet[], state: CoopCheckState): LoadedSheet | undefined {
  return sheets.find((s) => s.name === state.summarySheet && (state.summarySheetId === undefined || s.id === state.summarySheetId));
}

/** The name, or "Name (2)", "Name (3)"… when taken (Excel compares sheet names case-blind). */
function freeSheetName(base: string, sheets: readonly LoadedSheet[]): string {
  const taken = new Set(sheets.map((s) => s.name.toLowerCase()));
  let name = base.slice(0, MAX_SHEET_NAME);
  for (let n = 2; taken.has(name.toLowerCase()); n += 1) {
    const suffix = ` (${n})`;
    name = base.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
  }
  return name;
}

/** What one cell gets: a constant or formula, and its number format ("@" keeps text as typed). */
function cellEntry(value: LaidValue | null | undefined): [formula: string | number, numberFormat: string] {
  if (!value) return ['', 'General'];
  if (value.kind === 'text') return [value.text, '@'];
  if (value.kind === 'number') return [value.value, value.numberFormat];
  return [`=${value.formula}`, 'General'];
}

/** A column width in characters as points: Calibri 11 draws about 7 px a character plus 5 px padding, at 0.75 pt a pixel. */
const widthInPoints = (characters: number) => (characters * 7 + 5) * 0.75;

async function writeCells(meter: WriteMeter, sheet: Excel.Worksheet, layout: SummaryLayout): Promise<void> {
  const byRow = new Map(layout.rows.map((r) => [r.row - 1, r]));
  const lastRow = layout.rows.reduce((last, r) => Math.max(last, r.row), 0);
  const rows = Array.from({ length: lastRow }, (_, index) => {
    const entries = Array.from({ length: layout.columnCount }, (_, c) => cellEntry(byRow.get(index)?.cells[c]));
    return { index, entries, bytes: entries.reduce((sum, [formula, format]) => sum + String(formula).length + format.length + 8, 0) };
  });
  for (const block of byPayload(rows, (row) => row.bytes)) {
    await meter.reserve(block.reduce((sum, row) => sum + row.bytes, 0));
    const range = sheet.getRangeByIndexes(block[0]!.index, 0, block.length, layout.columnCount);
    // Formats first: a text cell in "@" keeps "0012" or "=x" as typed.
    range.numberFormat = block.map((row) => row.entries.map(([, format]) => format));
    range.formulas = block.map((row) => row.entries.map(([formula]) => formula));
  }
}

/** Applies a format to the cells of every row of a role: the first cell, or the whole row's cells. */
async function styleRole(
  meter: WriteMeter, sheet: Excel.Worksheet, layout: SummaryLayout, role: RowRole, span: 'first' | 'row',
  apply: (format: Excel.RangeFormat) => void,
): Promise<void> {
  const addresses = layout.rows.filter((r) => r.role === role).map((r) =>
    span === 'first' || r.cells.length < 2 ? `A${r.row}` : `A${r.row}:${columnLetters(r.cells.length - 1)}${r.row}`);
  for (const list of packAddresses(addresses)) {
    await meter.reserve(list.length + CALL_BYTES);
    apply(sheet.getRanges(list).format);
  }
}

/**
 * Writes the report on CoopCheck's summary sheet (cleared and refreshed) or on a new sheet, and
 * returns its name and id once synced.
 */
export async function writeSummarySheet(
  meter: WriteMeter, sheets: readonly LoadedSheet[], state: CoopCheckState, report: SpecialReport,
): Promise<{ name: string; id: string }> {
  const own = ownSummarySheet(sheets, state);
  let sheet: Excel.Worksheet;
  let name: string;
  if (own) {
    sheet = own.sheet;
    sheet.getRange().clear();
    const others = sheets.filter((s) => s !== own);
    name = freeSheetName(report.sheetName, others) === report.sheetName ? report.sheetName : own.name;
    if (name !== own.name) sheet.name = name;
  } else {
    name = freeSheetName(report.sheetName, sheets);
    sheet = meter.context.workbook.worksheets.add(name);
  }
  sheet.load('id');

  const layout = layOutReport(report);
  await writeCells(meter, sheet, layout);
  await styleRole(meter, sheet, layout, 'title', 'first', (format) => { format.font.bold = true; format.font.size = 16; });
  await styleRole(meter, sheet, layout, 'headerLine', 'first', (format) => { format.font.bold = true; });
  await styleRole(meter, sheet, layout, 'tableTitle', 'first', (format) => { format.font.bold = true; format.font.size = 13; });
  await styleRole(meter, sheet, layout, 'tableNote', 'first', (format) => { format.font.italic = true; });
  await styleRole(meter, sheet, layout, 'columnHeaders', 'row', (format) => { format.font.bold = true; format.fill.color = HEADER_FILL; });
  for (const [column, characters] of layout.columnWidths.entries()) {
    await meter.reserve(CALL_BYTES);
    sheet.getRangeByIndexes(0, column, 1, 1).format.columnWidth = widthInPoints(characters);
  }
  await meter.sync();
  return { name, id: sheet.id };
}
