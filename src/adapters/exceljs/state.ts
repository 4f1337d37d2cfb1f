/**
 * CoopCheck's own state inside the workbook, in a very hidden sheet (DESIGN.md: it survives an
 * exceljs round trip, workbook settings do not): the flag ledger, so that clearing flags restores
 * each flagged cell's fill and note exactly, and the name of the summary sheet CoopCheck wrote, so
 * that a re-check replaces it and never reads it as data.
 */
import type { Comment, Fill, Workbook } from 'exceljs';

export const STATE_SHEET_NAME = 'CoopCheck state';
const STATE_VERSION = 1;
/** Excel holds at most 32,767 characters in a cell; the JSON is split over column A. */
const CHUNK = 32_000;

export interface FlagRecord {
  sheet: string;
  /** A1 address. */
  cell: string;
  /** The fill and note the cell had before it was flagged; null when it had none. */
  fill: Fill | null;
  note: string | Comment | null;
}

export interface CoopCheckState {
  version: typeof STATE_VERSION;
  summarySheet?: string;
  flags: FlagRecord[];
}

export function readState(workbook: Workbook): CoopCheckState {
  const sheet = workbook.getWorksheet(STATE_SHEET_NAME);
  if (!sheet) return { version: STATE_VERSION, flags: [] };
  let json = '';
  sheet.getColumn(1).eachCell((cell) => { json += typeof cell.value === 'string' ? cell.value : ''; });
  try {
    const state = JSON.parse(json) as CoopCheckState;
    if (state.version === STATE_VERSION && Array.isArray(state.flags)) return state;
  } catch {
    // A state sheet edited by hand is ignored: flags it recorded can no longer be restored anyway.
  }
  return { version: STATE_VERSION, flags: [] };
}

/** Rewrites the state sheet, as the last sheet of the workbook. */
export function writeState(workbook: Workbook, state: CoopCheckState): void {
  const old = workbook.getWorksheet(STATE_SHEET_NAME);
  if (old) workbook.removeWorksheet(old.id);
  const sheet = workbook.addWorksheet(STATE_SHEET_NAME, { state: 'veryHidden' });
  const json = JSON.stringify(state);
  for (let at = 0, row = 1; at < json.length; at += CHUNK, row += 1) sheet.getCell(row, 1).value = json.slice(at, at + CHUNK);
}

export function isCoopCheckSheet(name: string, state: CoopCheckState): boolean {
  return name === STATE_SHEET_NAME || name === state.summarySheet;
}
