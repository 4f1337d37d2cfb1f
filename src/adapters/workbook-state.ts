/**
 * The format of CoopCheck's state inside a workbook, the same for the exceljs and the Office.js
 * adapters (DESIGN.md: a very hidden sheet survives an exceljs round trip, workbook settings do
 * not): one JSON document split over column A of the sheet "CoopCheck state". Either adapter can
 * then clear the other's flags, skip the other's summary sheet and reuse the confirmed mapping.
 */
import type { Comment, Fill } from 'exceljs';
import { type MappingOverride, validRunLog, type RunLogEntry } from '../core';

export const STATE_SHEET_NAME = 'CoopCheck state';
const STATE_VERSION = 1;
/** Excel holds at most 32,767 characters in a cell. */
export const STATE_CHUNK_CHARS = 32_000;

/** A flagged cell and what it had before the flag: its fill and its note, null when it had none. */
export interface FlagRecord {
  sheet: string;
  /** A1 address. */
  cell: string;
  /** In exceljs's (that is OOXML's) shape, so that both adapters read it. */
  fill: Fill | null;
  note: string | Comment | null;
}

export interface CoopCheckState {
  version: typeof STATE_VERSION;
  /** The summary sheet CoopCheck wrote: the only sheet of that name it may refresh. */
  summarySheet?: string;
  /** Excel's id of that sheet, so that a user's sheet given the same name later is never taken for it. */
  summarySheetId?: string;
  /** The annex sheets CoopCheck wrote after the summary sheet (T5's every exit): refreshed or removed with it. */
  annexSheets?: string[];
  /** The column mapping the user confirmed. */
  mapping?: MappingOverride;
  flags: FlagRecord[];
  /**
   * One entry per check, oldest first (core/run-log.ts): added in the second edition, so a state
   * written before it has none, and a reader that does not know it passes it through unchanged.
   */
  runLog?: RunLogEntry[];
}

export function emptyState(): CoopCheckState {
  return { version: STATE_VERSION, flags: [] };
}

/** The state from the text of column A; a sheet edited by hand reads as empty, its flags can no longer be restored anyway. */
export function parseState(json: string): CoopCheckState {
  try {
    const state = JSON.parse(json) as CoopCheckState;
    if (state?.version === STATE_VERSION && Array.isArray(state.flags)) {
      // Sheet names only: anything else edited in is dropped, and no sheet is taken for an annex.
      if (state.annexSheets !== undefined && !(Array.isArray(state.annexSheets) && state.annexSheets.every((n) => typeof n === 'string')))
        delete state.annexSheets;
      // A run log edited by hand keeps its well-formed entries; the flags do not depend on it.
      if (state.runLog !== undefined) {
        const runLog = validRunLog(state.runLog);
        if (runLog.length) state.runLog = runLog;
        else delete state.runLog;
      }
      return state;
    }
  } catch {
    // Not CoopCheck's JSON: fall through to an empty state.
  }
  return emptyState();
}

/** The text of column A, one chunk per cell from A1 down. */
export function stateChunks(state: CoopCheckState): string[] {
  const json = JSON.stringify(state);
  const chunks: string[] = [];
  for (let at = 0; at < json.length; at += STATE_CHUNK_CHARS) chunks.push(json.slice(at, at + STATE_CHUNK_CHARS));
  return chunks;
}

/** Nothing worth keeping: no flags to restore, no summary sheet, no mapping, no run log; the sheet can go. */
export function isEmptyState(state: CoopCheckState): boolean {
  return state.flags.length === 0 && state.summarySheet === undefined && state.mapping === undefined && !state.runLog?.length;
}

/** CoopCheck's own sheets are not data: the state sheet and the summary sheet it wrote. */
export function isCoopCheckSheet(name: string, state: CoopCheckState): boolean {
  return name === STATE_SHEET_NAME || name === state.summarySheet || (state.annexSheets?.includes(name) ?? false);
}
