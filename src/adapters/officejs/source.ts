/**
 * The source port over the workbook open in Excel: every sheet's used range read in row blocks
 * (values only), normalised to the snapshot the exceljs adapter gives for the same file. Office
 * already gives dates as serial numbers and error cells as their text ("#N/A"); an empty cell
 * comes as "" and becomes null. CoopCheck's own sheets (state, summary) are not data and are left out.
 */
import { type ProgressListener, type SnapshotSource, type CellValue, type SheetSnapshot, type WorkbookSnapshot, columnIndex, isBlank } from '../../core';
import { isCoopCheckSheet } from '../workbook-state';
import { isExcelApiSupported, readArea, runBatch } from './batches';
import type { LoadedSheet } from './sheets';
import { loadSheets } from './sheets';
import { readState } from './state';

function cellValue(value: unknown): CellValue {
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  return typeof value === 'string' && value !== '' ? value : null;
}

/** A row from column A, without its trailing empty cells (an empty row is []). */
function snapshotRow(values: readonly unknown[], columnIndex: number): CellValue[] {
  const cells = values.map(cellValue);
  let length = cells.length;
  while (length > 0 && cells[length - 1] === null) length -= 1;
  return length === 0 ? [] : [...new Array<CellValue>(columnIndex).fill(null), ...cells.slice(0, length)];
}

/** A merged range, zero-based. */
interface Merged {
  row: number;
  column: number;
  rows: number;
  columns: number;
}

/** "Registre!A2:A4, 'AG 2025'!B5" (RangeAreas.address) → the rectangles. */
export function mergedAreas(address: string): Merged[] {
  const areas: Merged[] = [];
  const pattern = /(?:'(?:[^']|'')*'|[^'!,\s][^!,]*)!\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?/g;
  for (const m of address.matchAll(pattern)) {
    const column = columnIndex(m[1]!)!;
    const row = Number(m[2]) - 1;
    const lastColumn = m[3] ? columnIndex(m[3])! : column;
    const lastRow = m[4] ? Number(m[4]) - 1 : row;
    areas.push({ row, column, rows: lastRow - row + 1, columns: lastColumn - column + 1 });
  }
  return areas;
}

/**
 * Excel keeps a merged range's value in its top-left cell; the exceljs source gives it to every cell
 * of the range, and so does this one, so that both give the core the same snapshot (a category
 * merged over a block of members belongs to each of them). Clipped to the rows read.
 */
function spreadMerged(rows: CellValue[][], merged: readonly Merged[]): void {
  for (const area of merged) {
    const master = rows[area.row]?.[area.column] ?? null;
    if (master === null) continue;
    for (let r = area.row; r < Math.min(area.row + area.rows, rows.length); r++) {
      const row = (rows[r] ??= []);
      while (row.length < area.column) row.push(null);
      for (let c = area.column; c < area.column + area.columns; c++) row[c] = master;
    }
  }
}

async function readSheet(
  context: Excel.RequestContext,
  loaded: LoadedSheet,
  mergedOf: (sheet: LoadedSheet) => Merged[],
  onRows: (rows: number) => void,
): Promise<SheetSnapshot> {
  const { sheet, name, area } = loaded;
  const rows: CellValue[][] = [];
  if (area) {
    await readArea(context, sheet, area, (rowIndex, values) => {
      values.forEach((row, i) => {
        rows[rowIndex + i] = snapshotRow(row, area.columnIndex);
      });
      onRows(values.length);
    });
  }
  // Read after the sheet's first block: its sync brought the merged areas back.
  spreadMerged(rows, area ? mergedOf(loaded) : []);
  // Rows of blanks after the data are dropped; rows above the used range and gaps become empty rows.
  let length = rows.length;
  while (length > 0 && (rows[length - 1] ?? []).every(isBlank)) length -= 1;
  return { name, rows: Array.from(rows.slice(0, length), (row) => row ?? []) };
}

/**
 * Every sheet's merged ranges (ExcelApi 1.13; before it, none are spread), queued without a sync of
 * their own: they come back with the first block of values, before any sheet is spread.
 */
function queueMerged(sheets: readonly LoadedSheet[]): (sheet: LoadedSheet) => Merged[] {
  if (!isExcelApiSupported('1.13')) return () => [];
  const requests = new Map(
    sheets.flatMap((s) =>
      s.area
        ? [
            [
              s,
              s.sheet.getRangeByIndexes(s.area.rowIndex, s.area.columnIndex, s.area.rowCount, s.area.columnCount).getMergedAreasOrNullObject().load('address'),
            ] as const,
          ]
        : [],
    ),
  );
  return (sheet) => {
    const areas = requests.get(sheet);
    return areas && !areas.isNullObject ? mergedAreas(areas.address) : [];
  };
}

export class OfficeSnapshotSource implements SnapshotSource {
  /**
   * `sheetIds` is filled at each read with every sheet's name and Excel id, for the sink to find a
   * finding's sheet after the user renamed it.
   */
  constructor(private readonly sheetIds?: Map<string, string>) {}

  read(onProgress?: ProgressListener): Promise<WorkbookSnapshot> {
    return runBatch(async (context) => {
      // DATE(1904;1;1) is serial 0 in the 1904 date system and 1462 in the 1900 one: Excel says which
      // system the workbook uses without anything being written (the core shifts 1904 serials).
      const epoch = context.workbook.functions.date(1904, 1, 1).load('value');
      const all = await loadSheets(context);
      const date1904 = epoch.value === 0;
      const { state } = await readState(context, all);
      this.sheetIds?.clear();
      for (const sheet of all) this.sheetIds?.set(sheet.name, sheet.id);
      const sheets = all.filter((s) => !isCoopCheckSheet(s.name, state));
      const total = sheets.reduce((sum, s) => sum + (s.area?.rowCount ?? 0), 0);
      const mergedOf = queueMerged(sheets);
      let done = 0;
      const snapshots: SheetSnapshot[] = [];
      for (const sheet of sheets) {
        snapshots.push(
          await readSheet(context, sheet, mergedOf, (rows) => {
            done += rows;
            onProgress?.({ phase: 'reading', done, total, sheet: sheet.name });
          }),
        );
      }
      return date1904 ? { sheets: snapshots, date1904 } : { sheets: snapshots };
    });
  }
}
