/**
 * The summary sheet in the open workbook, laid out by ../report-layout.ts: values and number
 * formats written in row blocks, fonts and fills applied per role with a few getRanges calls.
 * It refreshes only a sheet CoopCheck wrote itself; a user's sheet of the same name is never
 * touched, the report then takes a free name.
 */
import { columnLetters, type SpecialReport } from '../../core';
import type { LaidValue, RowRole, SheetLayout } from '../report-layout';
import { HEADER_FILL, layOutReport } from '../report-layout';
import type { CoopCheckState } from '../workbook-state';
import { packAddresses } from './addresses';
import type { WriteMeter } from './batches';
import { byPayload, isExcelApiSupported } from './batches';
import type { LoadedSheet } from './sheets';

/** Excel's limit on a sheet name. */
const MAX_SHEET_NAME = 31;
const CALL_BYTES = 120;

function ownSummarySheet(sheets: readonly LoadedSheet[], state: CoopCheckState): LoadedSheet | undefined {
  return sheets.find((s) => s.name === state.summarySheet && (state.summarySheetId === undefined || s.id === state.summarySheetId));
}

/** The name, or "Name (2)", "Name (3)"… when taken (Excel compares sheet names case-blind). */
export function freeSheetName(base: string, sheets: readonly LoadedSheet[]): string {
  const taken = new Set(sheets.map((s) => s.name.toLowerCase()));
  let name = base.slice(0, MAX_SHEET_NAME);
  for (let n = 2; taken.has(name.toLowerCase()); n += 1) {
    const suffix = ` (${n})`;
    name = base.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
  }
  return name;
}

/**
 * What one cell gets: a constant or formula, and its number format ("@" keeps text as typed); null
 * leaves a cell as it is (the sheet is new or cleared), and costs the request least.
 */
function cellEntry(value: LaidValue | null | undefined): [formula: string | number | null, numberFormat: string | null] {
  if (!value) return [null, null];
  if (value.kind === 'text') return [value.text, '@'];
  if (value.kind === 'number') return [value.value, value.numberFormat];
  return [`=${value.formula}`, 'General'];
}

/** A grid column's width in points: Excel's width unit is the default font's 7 px digit, at 0.75 pt a pixel. */
const widthInPoints = (width: number) => width * 7 * 0.75;
/** Worksheet.pageLayout and horizontalPageBreaks. */
const PAGE_LAYOUT_API = '1.9';

/**
 * Writes the values and number formats: consecutive rows whose cells start in the same grid columns
 * (a table's rows) are written one column at a time, so that the grid's empty columns inside the
 * spans cost the request nothing.
 */
async function writeCells(meter: WriteMeter, sheet: Excel.Worksheet, layout: SheetLayout): Promise<void> {
  const rows = [...layout.rows].filter((r) => r.cells.length).sort((a, b) => a.row - b.row);
  const columnsOf = (row: SheetLayout['rows'][number]) => row.cells.map((c) => c.column).join(',');
  for (let i = 0; i < rows.length;) {
    let j = i;
    while (j + 1 < rows.length && rows[j + 1]!.row === rows[j]!.row + 1 && columnsOf(rows[j + 1]!) === columnsOf(rows[i]!)) j++;
    const run = rows.slice(i, j + 1);
    for (const [index, { column }] of rows[i]!.cells.entries()) {
      const entries = run.map((row) => {
        const entry = cellEntry(row.cells[index]!.value);
        return { row: row.row, entry, bytes: String(entry[0]).length + String(entry[1]).length + 8 };
      });
      for (const block of byPayload(entries, (e) => e.bytes)) {
        await meter.reserve(block.reduce((sum, e) => sum + e.bytes, 0));
        const range = sheet.getRangeByIndexes(block[0]!.row - 1, column, block.length, 1);
        // Formats first: a text cell in "@" keeps "0012" or "=x" as typed.
        range.numberFormat = block.map((e) => [e.entry[1]]) as string[][];
        range.formulas = block.map((e) => [e.entry[0]]) as string[][];
      }
    }
    i = j + 1;
  }
}

/** Applies a format to the cells of every row of a role: the first cell, or the whole row's cells. */
async function styleRole(
  meter: WriteMeter,
  sheet: Excel.Worksheet,
  layout: SheetLayout,
  role: RowRole,
  span: 'first' | 'row',
  apply: (format: Excel.RangeFormat) => void,
): Promise<void> {
  const addresses = layout.rows
    .filter((r) => r.role === role)
    .map((r) => (span === 'first' ? `A${r.row}` : `A${r.row}:${columnLetters(layout.columnCount - 1)}${r.row}`));
  for (const list of packAddresses(addresses)) {
    await meter.reserve(list.length + CALL_BYTES);
    apply(sheet.getRanges(list).format);
  }
}

/**
 * The layout's merged spans as few calls as rows allow: consecutive rows with the same spans (a
 * table's rows) are merged across in one range per span, Range.merge(true) merging each row apart.
 */
export function mergeRuns(layout: SheetLayout): string[] {
  const spansOf = (row: SheetLayout['rows'][number]) =>
    row.cells
      .filter((c) => c.span > 1)
      .map((c) => `${c.column}+${c.span}`)
      .join(',');
  const runs: string[] = [];
  const rows = [...layout.rows].sort((a, b) => a.row - b.row);
  for (let i = 0; i < rows.length;) {
    const key = spansOf(rows[i]!);
    let j = i;
    while (j + 1 < rows.length && rows[j + 1]!.row === rows[j]!.row + 1 && spansOf(rows[j + 1]!) === key) j++;
    for (const cell of rows[i]!.cells.filter((c) => c.span > 1)) {
      runs.push(`${columnLetters(cell.column)}${rows[i]!.row}:${columnLetters(cell.column + cell.span - 1)}${rows[j]!.row}`);
    }
    i = j + 1;
  }
  return runs;
}

/**
 * Writes a sheet of the shared layout (report-layout.ts): values, fonts and fills by role, the
 * grid's widths, merged spans, row heights, and where Excel has it (ExcelApi 1.9) the page setup,
 * page breaks and print titles.
 */
async function writeLaidSheet(meter: WriteMeter, sheet: Excel.Worksheet, layout: SheetLayout): Promise<void> {
  await writeCells(meter, sheet, layout);
  const lastRow = layout.rows.reduce((last, r) => Math.max(last, r.row), 1);
  await meter.reserve(CALL_BYTES * 3);
  const all = sheet.getRangeByIndexes(0, 0, lastRow, layout.columnCount).format;
  all.wrapText = true;
  all.verticalAlignment = 'Top';
  sheet.getRangeByIndexes(0, 0, 1, layout.columnCount).format.columnWidth = widthInPoints(layout.columnWidths[0] ?? 3);
  await styleRole(meter, sheet, layout, 'title', 'first', (format) => {
    format.font.bold = true;
    format.font.size = 16;
  });
  await styleRole(meter, sheet, layout, 'headerLine', 'first', (format) => {
    format.font.bold = true;
  });
  await styleRole(meter, sheet, layout, 'tableTitle', 'first', (format) => {
    format.font.bold = true;
    format.font.size = 13;
  });
  await styleRole(meter, sheet, layout, 'tableNote', 'first', (format) => {
    format.font.italic = true;
  });
  await styleRole(meter, sheet, layout, 'columnHeaders', 'row', (format) => {
    format.font.bold = true;
    format.fill.color = HEADER_FILL;
  });
  for (const merge of mergeRuns(layout)) {
    await meter.reserve(merge.length + CALL_BYTES);
    sheet.getRange(merge).merge(true);
  }
  // Rows of one height share a call.
  const byHeight = new Map<number, string[]>();
  for (const { row, height } of layout.rows) byHeight.set(height, [...(byHeight.get(height) ?? []), `A${row}`]);
  for (const [height, addresses] of byHeight) {
    for (const list of packAddresses(addresses)) {
      await meter.reserve(list.length + CALL_BYTES);
      sheet.getRanges(list).format.rowHeight = height;
    }
  }
  if (!isExcelApiSupported(PAGE_LAYOUT_API)) return;
  const { margins, scale } = layout.pageSetup;
  await meter.reserve(CALL_BYTES * 10);
  const page = sheet.pageLayout;
  page.orientation = 'Portrait' as Excel.PageOrientation;
  page.paperSize = 'A4' as Excel.PaperType;
  page.zoom = { scale };
  page.leftMargin = margins.left * 72;
  page.rightMargin = margins.right * 72;
  page.topMargin = margins.top * 72;
  page.bottomMargin = margins.bottom * 72;
  page.headerMargin = margins.header * 72;
  page.footerMargin = margins.footer * 72;
  if (layout.printTitleRows) page.setPrintTitleRows(`$${layout.printTitleRows[0]}:$${layout.printTitleRows[1]}`);
  for (const row of layout.pageBreaks) {
    await meter.reserve(CALL_BYTES);
    sheet.horizontalPageBreaks.add(`A${row}`);
  }
}

/**
 * Writes the report on CoopCheck's summary sheet (cleared and refreshed) or on a new sheet, its
 * annexes likewise after it, activates it, and returns its name and id once synced with the annexes' names.
 */
export async function writeSummarySheet(
  meter: WriteMeter,
  sheets: readonly LoadedSheet[],
  state: CoopCheckState,
  report: SpecialReport,
): Promise<{ name: string; id: string; annexSheets: string[] }> {
  const own = ownSummarySheet(sheets, state);
  const oldAnnexes = sheets.filter((s) => s !== own && state.annexSheets?.includes(s.name));
  const others = sheets.filter((s) => s !== own && !oldAnnexes.includes(s));
  let sheet: Excel.Worksheet;
  let name: string;
  if (own) {
    sheet = own.sheet;
    sheet.getRange().clear();
    name = freeSheetName(report.sheetName, others) === report.sheetName ? report.sheetName : own.name;
    if (name !== own.name) sheet.name = name;
  } else {
    name = freeSheetName(report.sheetName, others);
    sheet = meter.context.workbook.worksheets.add(name);
  }
  sheet.load('id');

  const layout = layOutReport({ ...report, sheetName: name });
  await writeLaidSheet(meter, sheet, layout);
  // The annexes take the earlier ones' sheets (cleared), else new ones; one left over stays CoopCheck's, empty
  // (deleting a sheet cannot join the run's undo step).
  const annexSheets: string[] = [];
  const taken = [...others.map((s) => s.name), name];
  for (const [i, annex] of layout.annexes.entries()) {
    const old = oldAnnexes[i];
    const annexName = freeSheetName(
      annex.name,
      [...taken, ...annexSheets].map((n) => ({ name: n }) as LoadedSheet),
    );
    annexSheets.push(annexName);
    let target: Excel.Worksheet;
    if (old) {
      target = old.sheet;
      target.getRange().clear();
      if (old.name !== annexName) target.name = annexName;
    } else target = meter.context.workbook.worksheets.add(annexName);
    await writeLaidSheet(meter, target, { ...annex, name: annexName });
  }
  for (const old of oldAnnexes.slice(layout.annexes.length)) {
    old.sheet.getRange().clear();
    annexSheets.push(old.name);
  }
  sheet.activate();
  await meter.sync();
  return { name, id: sheet.id, annexSheets };
}
