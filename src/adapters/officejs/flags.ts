/**
 * Inline flags in the open workbook, reversible: before a cell is filled its fill and note are
 * recorded (FlagRecord), and clearing puts them back. No value is ever written. Cells are read and
 * filled by vertical runs, so the number of syncs grows with the payload, not with the findings.
 *
 * Rows move and sheets are renamed between a flag and its clearing: a record names its sheet by
 * Excel's id as well as by name, and keeps a check of the rest of the cell's row (the member, the
 * movement…: the cell's own value is what the user is expected to correct). Clearing restores only a
 * cell still on that sheet in a row with the same other values, and reports the others instead of
 * restoring the wrong cells after a sort, an inserted or a deleted row.
 */
import type { Comment, Fill } from 'exceljs';
import type { Finding, CellRef } from '../../core';
import type { FlaggedSeverity } from '../flag-style';
import { FLAG_COLOURS, NOTE_PREFIX } from '../flag-style';
import type { FlagRecord } from '../workbook-state';
import type { CellPosition, Run } from './addresses';
import { cellAddress, packAddresses, parseCell, runAddress, runLength, runsOf } from './addresses';
import type { WriteMeter } from './batches';
import { byPayload } from './batches';
import type { LoadedSheet } from './sheets';

/** A cell of an existing sheet, by its normalised address. */
export interface PlacedCell {
  sheet: LoadedSheet;
  position: CellPosition;
  address: string;
}

export interface FlagTarget extends PlacedCell {
  severity: FlaggedSeverity;
  findings: Finding[];
}

export interface NoteOptions {
  /** Whether Excel has notes (ExcelApi 1.18). */
  enabled: boolean;
  max: number;
  text: (target: FlagTarget) => string;
}

/**
 * A flag record as this adapter writes it: besides the shared fields, the sheet's Excel id (a rename
 * keeps it) and a check of the other values of the cell's row within `columns` (the used range's
 * columns when flagged: [first zero-based column, count]). Records the exceljs adapter wrote have
 * none of them; they are placed by name and restored as they are.
 */
export interface OfficeFlagRecord extends FlagRecord {
  sheetId?: string;
  check?: string;
  columns?: [first: number, count: number];
}

/** What clearing did: the cells put back, and those no longer where and what they were when flagged. */
export interface ClearResult {
  restored: number;
  /** Left as they are: the row moved (sort, insert, delete), the value changed, or the sheet is gone. */
  notRestored: CellRef[];
}

/**
 * A short, stable check of a cell's value: the value itself when short, else its length and an
 * FNV-1a hash (the state sheet need not hold a copy of long texts).
 */
export function valueCheck(value: unknown): string {
  const text = JSON.stringify(value ?? '');
  if (text.length <= 40) return text;
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return `#${text.length}:${hash.toString(16).padStart(8, '0')}`;
}

/** The check of a row's values within a span of columns, the flagged cell's own value left out. */
function rowCheck(row: readonly unknown[], first: number, column: number): string {
  const others = row.map((value, i) => (first + i === column ? null : value));
  while (others.length && (others[others.length - 1] === '' || others[others.length - 1] === null)) others.pop();
  return valueCheck(others);
}

interface CellState {
  /** rowCheck of the cell's row. */
  rowCheck: string;
  /** "#RRGGBB" as getCellProperties gives it. */
  color: string;
  /** "None" when the cell has no fill. */
  pattern: string;
  /** The cell's note where notes are supported (ExcelApi 1.18): a null object when it has none. */
  note: Excel.Note | undefined;
}

/**
 * Bytes of the reads, request and response apart (each has its own 5 MB limit): a run's
 * getCellProperties call, each cell's fill in the answer, each note looked up and its answer.
 * Measured on the fake's JSON and rounded up for the RichApi envelope; user notes are rare.
 */
const RUN_READ_REQUEST_BYTES = 300;
/** A fill in getCellProperties' answer. */
const CELL_READ_RESPONSE_BYTES = 80;
/** A value of a register's row in Range.values, for the row check (a 12-column row is ~140 bytes). */
const ROW_VALUE_BYTES = 24;
const NOTE_READ_REQUEST_BYTES = 120;
const NOTE_READ_RESPONSE_BYTES = 60;
/** A getRanges call besides its address list, and a note's add besides its text. */
const CALL_BYTES = 120;

const key = (sheet: string, address: string) => `${sheet}\u0000${address}`;
const OWN_COLOURS = new Set(Object.values(FLAG_COLOURS));

export function placeCell(sheets: ReadonlyMap<string, LoadedSheet>, sheetName: string, cell: string): PlacedCell | undefined {
  const sheet = sheets.get(sheetName);
  const position = parseCell(cell);
  return sheet && position ? { sheet, position, address: cellAddress(position) } : undefined;
}

function bySheet<T extends PlacedCell>(cells: readonly T[]): Map<LoadedSheet, T[]> {
  const groups = new Map<LoadedSheet, T[]>();
  for (const cell of cells) {
    const group = groups.get(cell.sheet);
    if (group) group.push(cell);
    else groups.set(cell.sheet, [cell]);
  }
  return groups;
}

/** The columns whose values identify a row of the sheet: its used range's, or the cell's alone. */
export function rowColumns(sheet: LoadedSheet, column: number): [first: number, count: number] {
  return sheet.area ? [sheet.area.columnIndex, sheet.area.columnCount] : [column, 1];
}

/**
 * Each cell's fill (getCellProperties on runs, ExcelApi 1.9), the check of its row and, with notes,
 * its note: as many syncs as the estimated payload needs. `columns` gives each sheet's row span.
 */
async function readCellStates(
  context: Excel.RequestContext, cells: readonly PlacedCell[], withNotes: boolean,
  columns: (sheet: LoadedSheet, column: number) => [first: number, count: number] = rowColumns,
): Promise<Map<string, CellState>> {
  const work = [...bySheet(cells)].flatMap(([sheet, group]) => runsOf(group.map((c) => c.position)).map((run) => ({ sheet, run, span: columns(sheet, run.column) })));
  const states = new Map<string, CellState>();
  const readBytes = (run: Run, span: [number, number]) => Math.max(
    RUN_READ_REQUEST_BYTES + runLength(run) * (withNotes ? NOTE_READ_REQUEST_BYTES : 0),
    runLength(run) * (CELL_READ_RESPONSE_BYTES + span[1] * ROW_VALUE_BYTES + (withNotes ? NOTE_READ_RESPONSE_BYTES : 0)),
  );
  for (const batch of byPayload(work, ({ run, span }) => readBytes(run, span))) {
    const reads = batch.map(({ sheet, run, span }) => {
      const properties = sheet.sheet.getRange(runAddress(run)).getCellProperties({ format: { fill: { color: true, pattern: true } } });
      const rows = sheet.sheet.getRangeByIndexes(run.firstRow - 1, span[0], runLength(run), span[1]).load('values');
      const addresses = Array.from({ length: runLength(run) }, (_, i) => cellAddress({ column: run.column, row: run.firstRow + i }));
      const notes = withNotes ? addresses.map((address) => sheet.sheet.notes.getItemOrNullObject(address).load('content')) : undefined;
      return { sheet, run, span, addresses, properties, rows, notes };
    });
    await context.sync();
    for (const { sheet, run, span, addresses, properties, rows, notes } of reads) {
      addresses.forEach((address, i) => {
        const fill = properties.value[i]?.[0]?.format?.fill;
        states.set(key(sheet.id, address), {
          rowCheck: rowCheck(rows.values?.[i] ?? [], span[0], run.column), color: fill?.color ?? '', pattern: fill?.pattern ?? 'None', note: notes?.[i],
        });
      });
    }
  }
  return states;
}

function recordedFill({ color, pattern }: CellState): Fill | null {
  return pattern === 'None' ? null : { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${color.slice(1).toUpperCase()}` } };
}

/**
 * The colour to put back, or null to clear the fill. A pattern fill comes back as its colour: the
 * flag only set the colour. A theme colour recorded by exceljs has no RGB here and is cleared.
 */
function restoredColour(fill: Fill | null): string | null {
  if (fill?.type !== 'pattern' || fill.pattern === 'none') return null;
  const argb = fill.fgColor?.argb;
  return argb && /^[0-9A-Fa-f]{8}$/.test(argb) ? `#${argb.slice(2).toUpperCase()}` : null;
}

function noteText(note: string | Comment): string {
  return typeof note === 'string' ? note : (note.texts ?? []).map((run) => run.text).join('');
}

/** Queues one fill (a colour, or null to clear) over many cells of a sheet. */
async function queueFill(meter: WriteMeter, sheet: Excel.Worksheet, cells: readonly CellPosition[], colour: string | null): Promise<void> {
  for (const list of packAddresses(runsOf(cells).map(runAddress))) {
    await meter.reserve(list.length + CALL_BYTES);
    const fill = sheet.getRanges(list).format.fill;
    if (colour === null) fill.clear();
    else fill.color = colour;
  }
}

/**
 * Where a record's cell is now: on the sheet of its id (renamed or not), or, for a record without an
 * id (written by the exceljs adapter), on the sheet of its name. Undefined when that sheet is gone.
 */
function placeRecord(sheets: readonly LoadedSheet[], record: OfficeFlagRecord): PlacedCell | undefined {
  const sheet = record.sheetId ? sheets.find((s) => s.id === record.sheetId) : sheets.find((s) => s.name === record.sheet);
  const position = parseCell(record.cell);
  return sheet && position ? { sheet, position, address: cellAddress(position) } : undefined;
}

/**
 * Queues putting back what the recorded cells had: the fill, where the cell still shows a flag
 * colour (a fill the user chose since is theirs), and the note, where it is still CoopCheck's. A
 * cell whose row no longer holds the values recorded is not the flagged cell any more (its row
 * moved): it is left alone and reported.
 */
export async function queueClear(
  meter: WriteMeter, sheets: readonly LoadedSheet[], records: readonly OfficeFlagRecord[], withNotes: boolean,
): Promise<ClearResult> {
  const notRestored: CellRef[] = [];
  const placed = records.flatMap((record) => {
    const cell = placeRecord(sheets, record);
    if (!cell) notRestored.push({ sheet: record.sheet, cell: record.cell });
    return cell ? [{ ...cell, record }] : [];
  });
  // Each sheet's rows are checked over the columns they were recorded with, whatever was added since.
  const spans = new Map(placed.map(({ sheet, record }) => [sheet, record.columns] as const));
  const states = await readCellStates(meter.context, placed, withNotes, (sheet, column) => spans.get(sheet) ?? rowColumns(sheet, column));
  let restored = 0;
  for (const [sheet, cells] of bySheet(placed)) {
    const byColour = new Map<string | null, CellPosition[]>();
    for (const { address, position, record } of cells) {
      const state = states.get(key(sheet.id, address))!;
      if (record.check !== undefined && state.rowCheck !== record.check) {
        notRestored.push({ sheet: sheet.name, cell: address });
        continue;
      }
      restored += 1;
      if (OWN_COLOURS.has(state.color.toUpperCase())) {
        const colour = restoredColour(record.fill);
        const group = byColour.get(colour);
        if (group) group.push(position);
        else byColour.set(colour, [position]);
      }
      const note = state.note;
      if (!note || note.isNullObject || !note.content.includes(NOTE_PREFIX)) continue;
      await meter.reserve(CALL_BYTES);
      // A note CoopCheck added goes; a user's note it was appended to (by the exceljs adapter) gets its text back.
      if (record.note === null) note.delete();
      else note.content = noteText(record.note);
    }
    for (const [colour, positions] of byColour) await queueFill(meter, sheet.sheet, positions, colour);
  }
  return { restored, notRestored };
}

/** What each target has before it is flagged: its fill and, where Excel has notes, its note. */
export async function recordTargets(context: Excel.RequestContext, targets: readonly FlagTarget[], withNotes: boolean): Promise<OfficeFlagRecord[]> {
  const states = await readCellStates(context, targets, withNotes);
  return targets.map((target) => {
    const state = states.get(key(target.sheet.id, target.address))!;
    return {
      sheet: target.sheet.name,
      sheetId: target.sheet.id,
      cell: target.address,
      check: state.rowCheck,
      columns: rowColumns(target.sheet, target.position.column),
      fill: recordedFill(state),
      note: state.note && !state.note.isNullObject ? state.note.content : null,
    };
  });
}

export interface NoteCounts {
  noted: number;
  userNotesKept: number;
  withoutNote: number;
}

/**
 * Queues the flag fills and, up to `notes.max`, a note on each target that has none: a user's
 * note is never replaced. `records` are the targets' records, in the same order.
 */
export async function queueFlags(
  meter: WriteMeter, targets: readonly FlagTarget[], records: readonly FlagRecord[], notes: NoteOptions,
): Promise<NoteCounts> {
  meter.context.workbook.application.suspendScreenUpdatingUntilNextSync();
  for (const [sheet, cells] of bySheet(targets)) {
    for (const severity of ['breach', 'warning'] as const) {
      const positions = cells.filter((c) => c.severity === severity).map((c) => c.position);
      if (positions.length) await queueFill(meter, sheet.sheet, positions, FLAG_COLOURS[severity]);
    }
  }

  const userNotesKept = records.filter((r) => r.note !== null).length;
  let noted = 0;
  if (notes.enabled) {
    for (const [i, target] of targets.entries()) {
      if (noted >= notes.max) break;
      if (records[i]!.note !== null) continue;
      const text = notes.text(target);
      await meter.reserve(text.length + CALL_BYTES);
      target.sheet.sheet.notes.add(target.address, text);
      noted += 1;
    }
  }
  return { noted, userNotesKept, withoutNote: targets.length - noted - userNotesKept };
}
