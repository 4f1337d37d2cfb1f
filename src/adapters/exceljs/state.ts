/**
 * Reads and writes CoopCheck's state sheet with exceljs. The format (one JSON document over column A
 * of a very hidden sheet) is workbook-state.ts's, shared with the Office.js adapter, so that either
 * can clear the other's flags and reuse the confirmed mapping.
 */
import type { Workbook } from 'exceljs';
import { STATE_SHEET_NAME, emptyState, isEmptyState, parseState, stateChunks, type CoopCheckState } from '../workbook-state';

export { STATE_SHEET_NAME, isCoopCheckSheet, type CoopCheckState, type FlagRecord } from '../workbook-state';

export function readState(workbook: Workbook): CoopCheckState {
  const sheet = workbook.getWorksheet(STATE_SHEET_NAME);
  if (!sheet) return emptyState();
  let json = '';
  sheet.getColumn(1).eachCell((cell) => {
    json += typeof cell.value === 'string' ? cell.value : '';
  });
  return parseState(json);
}

/** Rewrites the state sheet as the last sheet of the workbook, or removes it when nothing is left to keep. */
export function writeState(workbook: Workbook, state: CoopCheckState): void {
  const old = workbook.getWorksheet(STATE_SHEET_NAME);
  if (old) workbook.removeWorksheet(old.id);
  if (isEmptyState(state)) return;
  const sheet = workbook.addWorksheet(STATE_SHEET_NAME, { state: 'veryHidden' });
  stateChunks(state).forEach((chunk, index) => {
    sheet.getCell(index + 1, 1).value = chunk;
  });
}
