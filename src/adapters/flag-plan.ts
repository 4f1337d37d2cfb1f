/**
 * The one flag plan every face carries out (the CLI's and the page's package writer, the add-in's
 * Office.js sink): from the findings, the records an earlier check left in the state sheet and each
 * cell's current fill and note, what happens to each cell. The sinks only read what the plan needs
 * and write what it decides, so the same workbook is flagged, noted and restored alike everywhere.
 *
 * The rules, in one place:
 * - a flagged cell shows the fill of its worst finding, and carries CoopCheck's note unless it has a
 *   note of the user's own (kept as it is: the finding is on the summary sheet), up to MAX_NOTES
 *   notes (past them the summary sheet says how many cells have none);
 * - what a cell had before any flag is recorded once: a cell flagged again keeps its first record;
 * - a cell no longer flagged gets its recorded fill back only while it still shows a flag colour
 *   (a fill the user chose since is theirs), and its recorded note only while the note is
 *   CoopCheck's (a note without the prefix is the user's, written since);
 * - a note CoopCheck wrote under a user's note (older copies did) gives the user's text back.
 */
import type { Fill } from 'exceljs';
import type { Condition, Finding, Lang } from '../core';
import { FLAG_COLOURS, NOTE_PREFIX, cellSeverity, flagNote, isFlagged, type FlaggedSeverity } from './flag-style';
import type { FlagRecord } from './workbook-state';

/** Notes beyond this many make a workbook slow to open; the rest stay reachable from the summary sheet. */
export const MAX_NOTES = 5_000;

/** A cell the check touches: flagged now, flagged by an earlier check, or both. */
export interface PlannedCell<R extends FlagRecord = FlagRecord> {
  /** The sink's key of the cell's sheet (its name, or Excel's id). */
  sheetKey: string;
  /** The sheet's name, as recorded. */
  sheet: string;
  /** Normalised A1 address (no `$`, upper case). */
  address: string;
  /** 1-based row and 0-based column. */
  row: number;
  column: number;
  /** The breaches and warnings on the cell now, in the order of the findings; empty when it is only cleared. */
  findings: Finding[];
  /** The record an earlier check left: what the cell had before any flag. */
  earlier?: R;
}

export interface CellPlan<R extends FlagRecord = FlagRecord> {
  /** Every cell touched, flagged ones first in the order of their first finding. */
  cells: PlannedCell<R>[];
  /** The cells flagged now (a prefix of `cells`). */
  flagged: PlannedCell<R>[];
  /** Breaches and warnings whose sheet or cell the workbook does not have. */
  unplaced: number;
}

const CELL = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/i;

/** 0-based column of "A".."XFD". */
function columnOf(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** The normalised address and position of an A1 reference, or undefined past Excel's grid. */
export function parseCellAddress(cell: string): { address: string; row: number; column: number } | undefined {
  const match = CELL.exec(cell.trim());
  if (!match) return undefined;
  const row = Number(match[2]);
  const column = columnOf(match[1]!);
  if (row < 1 || row > 1_048_576 || column > 16_383) return undefined;
  const address = `${match[1]!.toUpperCase()}${row}`;
  // The finding's own string when it is normalised already: one string a cell, not two.
  return { address: address === cell ? cell : address, row, column };
}

/**
 * The cells to flag and to clear. `sheetKeyOf` places a finding's sheet name, or a record, on a
 * sheet of the workbook the sink may flag (undefined: not there, or one of CoopCheck's own).
 */
export function planCells<R extends FlagRecord>(
  findings: readonly Finding[],
  earlier: readonly R[],
  sheetKeyOf: (name: string, record?: R) => string | undefined,
): CellPlan<R> {
  // By sheet, then by address: no key string made for each of half a million cells.
  const bySheet = new Map<string, Map<string, PlannedCell<R>>>();
  const touched: PlannedCell<R>[] = [];
  const flagged: PlannedCell<R>[] = [];
  const place = (name: string, cell: string, record?: R): PlannedCell<R> | undefined => {
    const sheetKey = sheetKeyOf(name, record);
    const position = parseCellAddress(cell);
    if (sheetKey === undefined || !position) return undefined;
    let cells = bySheet.get(sheetKey);
    if (!cells) bySheet.set(sheetKey, (cells = new Map()));
    let planned = cells.get(position.address);
    if (!planned) {
      planned = { sheetKey, sheet: record?.sheet ?? name, address: position.address, row: position.row, column: position.column, findings: [] };
      cells.set(position.address, planned);
      touched.push(planned);
    }
    return planned;
  };
  let unplaced = 0;
  for (const finding of findings) {
    if (!isFlagged(finding)) continue;
    const planned = place(finding.sheet, finding.cell);
    if (!planned) {
      unplaced += 1;
      continue;
    }
    // A cell's first finding makes an array of one (a push would reserve room for seventeen): most cells have one.
    if (!planned.findings.length) {
      flagged.push(planned);
      planned.findings = [finding];
    } else planned.findings.push(finding);
  }
  for (const record of earlier) {
    const planned = place(record.sheet, record.cell, record);
    // A record of a cell recorded twice keeps the first: it was taken before any flag.
    if (planned && !planned.earlier) planned.earlier = record;
  }
  const cleared = touched.filter((c) => !c.findings.length);
  return { cells: [...flagged, ...cleared], flagged, unplaced };
}

const OWN_ARGBS = new Set(Object.values(FLAG_COLOURS).map((hex) => `FF${hex.slice(1)}`));

/** Whether a fill is one of CoopCheck's flag colours (a solid fill of that colour). */
export function showsFlag(fill: Fill | null | undefined): boolean {
  if (fill?.type !== 'pattern' || fill.pattern !== 'solid') return false;
  const argb = fill.fgColor?.argb?.toUpperCase();
  return argb !== undefined && OWN_ARGBS.has(argb.length === 6 ? `FF${argb}` : argb);
}

/** The flag fill of a severity, in OOXML's shape. */
export function flagFill(severity: FlaggedSeverity): Fill {
  return { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${FLAG_COLOURS[severity].slice(1)}` } };
}

export type FillAction = { kind: 'flag'; severity: FlaggedSeverity; fill: Fill } | { kind: 'restore'; fill: Fill | null } | { kind: 'keep' };

/** What the cell's fill becomes, given the fill it has now. */
export function fillAction(cell: PlannedCell, now: Fill | null): FillAction {
  if (cell.findings.length) {
    const severity = cellSeverity(cell.findings);
    return { kind: 'flag', severity, fill: flagFill(severity) };
  }
  return cell.earlier && showsFlag(now) ? { kind: 'restore', fill: cell.earlier.fill } : { kind: 'keep' };
}

export const isOwnNote = (text: string | null | undefined): boolean => text != null && text.includes(NOTE_PREFIX);

export function noteTextOf(note: FlagRecord['note']): string | null {
  return note === null ? null : typeof note === 'string' ? note : (note.texts ?? []).map((run) => run.text).join('');
}

/**
 * The note the user has on a cell now, CoopCheck's own taken away: the recorded note when the
 * current one is CoopCheck's (null when no record says what was there), else the current one.
 */
export function userNoteOf(cell: PlannedCell, now: string | null): string | null {
  if (!isOwnNote(now)) return now;
  return cell.earlier ? noteTextOf(cell.earlier.note) : null;
}

export type NoteAction =
  /** Write CoopCheck's note (replacing an own note of an earlier check). */
  | { kind: 'write'; text: string }
  /** Put back the user's note, or remove the note when `text` is null. */
  | { kind: 'restore'; text: string | null }
  | { kind: 'keep' };

export interface NoteCounts {
  /** Flagged cells given CoopCheck's note. */
  noted: number;
  /** Flagged cells that keep the user's own note. */
  userNotesKept: number;
  /** Flagged cells left without a note: past MAX_NOTES, or where the host has no notes. */
  withoutNote: number;
}

export interface NotePlan {
  /** One action per cell of the plan, in the same order. */
  actions: NoteAction[];
  counts: NoteCounts;
}

export interface NoteOptions {
  lang: Lang;
  conditions: ReadonlyMap<string, Condition>;
  /** False where the host has no notes (Excel before ExcelApi 1.18): every note is left as it is. */
  enabled?: boolean;
  max?: number;
}

/** One for every cell whose note stays: half a million cells past MAX_NOTES need no object each. */
const KEEP: NoteAction = Object.freeze({ kind: 'keep' });

/**
 * What each cell's note becomes, given the note it has now (`nowOf`, null when none). The first
 * MAX_NOTES flagged cells without a user's note get CoopCheck's, in the order of the findings.
 */
export function planNotes(cells: readonly PlannedCell[], nowOf: (cell: PlannedCell) => string | null, options: NoteOptions): NotePlan {
  const { lang, conditions, enabled = true, max = MAX_NOTES } = options;
  const counts: NoteCounts = { noted: 0, userNotesKept: 0, withoutNote: 0 };
  const actions = cells.map((cell): NoteAction => {
    if (!enabled) {
      if (cell.findings.length) counts.withoutNote += 1;
      return KEEP;
    }
    const now = nowOf(cell);
    const user = userNoteOf(cell, now);
    const putBack: NoteAction = isOwnNote(now) ? { kind: 'restore', text: user } : KEEP;
    if (!cell.findings.length) return putBack;
    if (user !== null) {
      counts.userNotesKept += 1;
      return putBack;
    }
    if (counts.noted >= max) {
      counts.withoutNote += 1;
      return putBack;
    }
    counts.noted += 1;
    return { kind: 'write', text: flagNote(cell.findings, lang, conditions) };
  });
  return { actions, counts };
}

/**
 * What the state records for a flagged cell: its first record, else the fill and the user's note
 * it has now (a flag colour left without a record is not the user's: recorded as no fill).
 */
export function recordOf(cell: PlannedCell, fillNow: Fill | null, noteNow: string | null): FlagRecord {
  if (cell.earlier) return cell.earlier;
  return { sheet: cell.sheet, cell: cell.address, fill: showsFlag(fillNow) ? null : fillNow, note: userNoteOf(cell, noteNow) };
}

/** The plan's cells of one sheet, by row then column: the order a sheet is streamed in. */
export function cellsBySheet<R extends FlagRecord>(cells: readonly PlannedCell<R>[]): Map<string, PlannedCell<R>[]> {
  const groups = new Map<string, PlannedCell<R>[]>();
  for (const cell of cells) {
    const group = groups.get(cell.sheetKey);
    if (group) group.push(cell);
    else groups.set(cell.sheetKey, [cell]);
  }
  for (const group of groups.values()) group.sort((a, b) => a.row - b.row || a.column - b.column);
  return groups;
}
