/**
 * CoopCheck's state in the open workbook: the very hidden sheet "CoopCheck state" in the format
 * both adapters share (../workbook-state.ts), read and written through Office.js.
 */
import type { MappingOverride } from '../../core/extract/extract';
import type { CoopCheckState } from '../workbook-state';
import { STATE_SHEET_NAME, emptyState, isEmptyState, parseState, stateChunks } from '../workbook-state';
import { WriteMeter, readArea, runBatch } from './batches';
import type { LoadedSheet } from './sheets';
import { loadSheets } from './sheets';

export interface StoredState {
  state: CoopCheckState;
  /** The state sheet, when the workbook has one. */
  sheet: LoadedSheet | undefined;
}

export async function readState(context: Excel.RequestContext, sheets: readonly LoadedSheet[]): Promise<StoredState> {
  const sheet = sheets.find((s) => s.name === STATE_SHEET_NAME);
  if (!sheet?.area) return { state: emptyState(), sheet };
  let json = '';
  const column = { rowIndex: 0, columnIndex: 0, rowCount: sheet.area.rowIndex + sheet.area.rowCount, columnCount: 1 };
  await readArea(context, sheet.sheet, column, (_, values) => {
    for (const [chunk] of values) json += typeof chunk === 'string' ? chunk : '';
  });
  return { state: parseState(json), sheet };
}

/**
 * Queues rewriting the state sheet, created very hidden when missing, or deleting it when nothing
 * is left to keep, so that a workbook whose flags were cleared is the workbook it was.
 */
export async function queueState(meter: WriteMeter, stored: StoredState, state: CoopCheckState): Promise<void> {
  if (isEmptyState(state)) {
    if (stored.sheet) {
      // Excel refuses to delete a very hidden sheet (InvalidOperation): unhide it first.
      stored.sheet.sheet.visibility = 'Hidden';
      stored.sheet.sheet.delete();
    }
    return;
  }
  let sheet = stored.sheet?.sheet;
  if (!sheet) {
    sheet = meter.context.workbook.worksheets.add(STATE_SHEET_NAME);
    sheet.visibility = 'VeryHidden';
  }
  const chunks = stateChunks(state);
  for (const [row, chunk] of chunks.entries()) {
    await meter.reserve(chunk.length + 32);
    const cell = sheet.getRangeByIndexes(row, 0, 1, 1);
    // Text format first, so that Excel stores the chunk as typed and never reads it as a number or a formula.
    cell.numberFormat = [['@']];
    cell.values = [[chunk]];
  }
  const oldRows = stored.sheet?.area ? stored.sheet.area.rowIndex + stored.sheet.area.rowCount : 0;
  if (oldRows > chunks.length) sheet.getRangeByIndexes(chunks.length, 0, oldRows - chunks.length, 1).clear();
}

/** The column mapping the user confirmed in this workbook, if any. */
export function readMapping(): Promise<MappingOverride | undefined> {
  return runBatch(async (context) => (await readState(context, await loadSheets(context))).state.mapping);
}

/** Keeps the confirmed mapping in the workbook (undefined forgets it). */
export function saveMapping(mapping: MappingOverride | undefined): Promise<void> {
  return runBatch(async (context) => {
    const meter = new WriteMeter(context);
    const stored = await readState(context, await loadSheets(context));
    await queueState(meter, stored, { ...stored.state, mapping });
    await meter.sync();
  });
}
