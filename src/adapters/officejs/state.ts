/**
 * CoopCheck's state in the open workbook: the very hidden sheet "CoopCheck state" in the format
 * both adapters share (../workbook-state.ts), read and written through Office.js. Creating and
 * deleting the sheet run apart from the cell writes, which can then be one undo step.
 */
import { type MappingOverride, type RunLogEntry, appendRunLog } from '../../core';
import type { CoopCheckState } from '../workbook-state';
import { STATE_SHEET_NAME, emptyState, isEmptyState, parseState, stateChunks } from '../workbook-state';
import { ExcelRefusalError, assertWritable, explained } from './access';
import { WriteMeter, readArea, runBatch } from './batches';
import type { LoadedSheet } from './sheets';
import { loadSheets, loadWorkbook } from './sheets';

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
 * Queues rewriting the state into the state sheet, which `ensureStateSheet` created when it was
 * missing: only cells change here, so the batch can be one undo step. An empty state is written as
 * such; `removeStateSheetIfEmpty` then deletes the sheet in a run of its own (deleting a sheet has no
 * undo support anywhere).
 */
export async function queueState(meter: WriteMeter, stored: StoredState, state: CoopCheckState): Promise<void> {
  const sheet = stored.sheet?.sheet;
  if (!sheet) {
    if (isEmptyState(state)) return;
    throw new Error(`CoopCheck: the sheet "${STATE_SHEET_NAME}" should have been created first`);
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

/**
 * Creates the very hidden state sheet when it is missing, in a run without an undo group: setting a
 * sheet's visibility has no undo support on Windows and Mac. One sync when the sheet exists.
 */
export function ensureStateSheet(): Promise<void> {
  return runBatch(async (context) => {
    const existing = context.workbook.worksheets.getItemOrNullObject(STATE_SHEET_NAME);
    context.workbook.load('readOnly');
    const protection = context.workbook.protection.load('protected');
    await context.sync();
    if (!existing.isNullObject) return;
    assertWritable({ readOnly: context.workbook.readOnly, structureProtected: protection.protected }, { structure: true });
    const sheet = context.workbook.worksheets.add(STATE_SHEET_NAME);
    sheet.visibility = 'VeryHidden';
    await context.sync();
  });
}

/**
 * Deletes the state sheet once nothing is left in it, so that a workbook whose flags were cleared is
 * the workbook it was. Its own run: Worksheet.delete has no undo support. Where the structure is
 * protected the empty sheet stays; it is harmless.
 */
export function removeStateSheetIfEmpty(): Promise<void> {
  return runBatch(async (context) => {
    const sheet = context.workbook.worksheets.getItemOrNullObject(STATE_SHEET_NAME);
    context.workbook.load('readOnly');
    const protection = context.workbook.protection.load('protected');
    await context.sync();
    if (sheet.isNullObject || context.workbook.readOnly || protection.protected) return;
    const sheets = await loadSheets(context);
    if (!isEmptyState((await readState(context, sheets)).state)) return;
    // Excel refuses to delete a very hidden sheet (InvalidOperation): unhide it first.
    sheet.visibility = 'Hidden';
    sheet.delete();
    await context.sync();
  });
}

/** The column mapping the user confirmed in this workbook, if any. */
export function readMapping(): Promise<MappingOverride | undefined> {
  return runBatch(async (context) => (await readState(context, await loadSheets(context))).state.mapping);
}

/** Keeps the confirmed mapping in the workbook (undefined forgets it). */
export function saveMapping(mapping: MappingOverride | undefined): Promise<void> {
  return explained(async () => {
    if (mapping !== undefined) await ensureStateSheet();
    const empty = await runBatch(
      async (context) => {
        const meter = new WriteMeter(context);
        const workbook = await loadWorkbook(context);
        const stored = await readState(context, workbook.sheets);
        if (!stored.sheet) return true;
        assertWritable(workbook, {});
        const state = { ...stored.state, mapping };
        await queueState(meter, stored, state);
        await meter.sync();
        return isEmptyState(state);
      },
      { undoGroup: true },
    );
    if (empty) await removeStateSheetIfEmpty();
  });
}

/**
 * Adds a check to the run log the state keeps (the last RUN_LOG_KEPT), in one undo step, and returns
 * the log: the summary sheet shows its last entries as a short history.
 */
export function appendRunLogEntry(entry: RunLogEntry): Promise<RunLogEntry[]> {
  return explained(async () => {
    await ensureStateSheet();
    return runBatch(
      async (context) => {
        const meter = new WriteMeter(context);
        const workbook = await loadWorkbook(context);
        const stored = await readState(context, workbook.sheets);
        // Deleted between the two runs: most likely a co-author's change.
        if (!stored.sheet) throw new ExcelRefusalError('changedMeanwhile');
        assertWritable(workbook, {});
        const runLog = appendRunLog(stored.state.runLog, entry);
        await queueState(meter, stored, { ...stored.state, runLog });
        await meter.sync();
        return runLog;
      },
      { undoGroup: true },
    );
  });
}
