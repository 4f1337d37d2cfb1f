/**
 * Inline flags in the open workbook, as the shared flag plan (../flag-plan.ts) decides them: this
 * file reads what the plan needs (each cell's fill and note), asks it, and queues what it decides.
 * No value is ever written. Cells are read and written by vertical runs, so the number of syncs
 * grows with the payload, not with the findings.
 *
 * Rows move and sheets are renamed between a flag and its clearing: a record names its sheet by
 * Excel's id as well as by name, and keeps a check of the rest of the cell's row (the member, the
 * movement…: the cell's own value is what the user is expected to correct). A record whose cell is
 * no longer on that sheet in a row with the same other values is not given to the plan (nothing is
 * restored from it) and is reported instead, rather than restoring the wrong cells after a sort, an
 * inserted or a deleted row.
 */
import type { Fill } from 'exceljs';
import type { CellRef, Condition, Finding, Lang } from '../../core';
import { type NoteAction, type NoteCounts, type PlannedCell, fillAction, planCells, planNotes, recordOf } from '../flag-plan';
import { FLAG_COLOURS } from '../flag-style';
import type { FlagRecord } from '../workbook-state';
import type { CellPosition } from './addresses';
import { cellAddress, packAddresses, parseCell, runAddress, runLength, runsOf } from './addresses';
import type { WriteMeter } from './batches';
import { byPayload } from './batches';
import type { LoadedSheet } from './sheets';

/**
 * A flag record as this adapter writes it: besides the shared fields, the sheet's Excel id (a rename
 * keeps it) and a check of the other values of the cell's row within `columns` (the used range's
 * columns when flagged: [first zero-based column, count]). Records the other faces wrote have none
 * of them; they are placed by name and restored as they are.
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

/** The columns whose values identify a row of the sheet: its used range's, or the cell's alone. */
export function rowColumns(sheet: LoadedSheet, column: number): [first: number, count: number] {
  return sheet.area ? [sheet.area.columnIndex, sheet.area.columnCount] : [column, 1];
}

type Span = [first: number, count: number];

/** Cells of a sheet to read, with the span of columns a column's rows are checked over (none: no check). */
interface CellsToRead {
  sheet: LoadedSheet;
  positions: CellPosition[];
  span?: (column: number) => Span;
}

interface CellState {
  /** rowCheck of the cell's row, where a span was read. */
  rowCheck?: string;
  /** The fill as OOXML shapes it (what the plan and the records hold), where fills were read. */
  fill: Fill | null;
  /** The cell's note where notes are read (ExcelApi 1.18): a null object when it has none. */
  note?: Excel.Note;
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
/** A getRanges call besides its address list, and a note's call besides its text. */
const CALL_BYTES = 120;

const key = (sheet: LoadedSheet, address: string) => `${sheet.id}\u0000${address}`;

/**
 * Each cell's row check (where a span is given), fill (getCellProperties on runs, ExcelApi 1.9) and
 * note, as `what` asks: as many syncs as the estimated payload needs.
 */
async function readCells(
  context: Excel.RequestContext,
  groups: readonly CellsToRead[],
  what: { fills: boolean; notes: boolean },
): Promise<Map<string, CellState>> {
  const work = groups.flatMap(({ sheet, positions, span }) => runsOf(positions).map((run) => ({ sheet, run, span: span?.(run.column) })));
  const states = new Map<string, CellState>();
  const perCellResponse = (what.fills ? CELL_READ_RESPONSE_BYTES : 0) + (what.notes ? NOTE_READ_RESPONSE_BYTES : 0);
  const readBytes = ({ run, span }: (typeof work)[number]) =>
    Math.max(
      RUN_READ_REQUEST_BYTES + runLength(run) * (what.notes ? NOTE_READ_REQUEST_BYTES : 0),
      runLength(run) * (perCellResponse + (span ? span[1] * ROW_VALUE_BYTES : 0)),
    );
  for (const batch of byPayload(work, readBytes)) {
    const reads = batch.map(({ sheet, run, span }) => {
      const addresses = Array.from({ length: runLength(run) }, (_, i) => cellAddress({ column: run.column, row: run.firstRow + i }));
      return {
        sheet,
        run,
        span,
        addresses,
        properties: what.fills ? sheet.sheet.getRange(runAddress(run)).getCellProperties({ format: { fill: { color: true, pattern: true } } }) : undefined,
        rows: span ? sheet.sheet.getRangeByIndexes(run.firstRow - 1, span[0], runLength(run), span[1]).load('values') : undefined,
        notes: what.notes ? addresses.map((address) => sheet.sheet.notes.getItemOrNullObject(address).load('content')) : undefined,
      };
    });
    await context.sync();
    for (const { sheet, run, span, addresses, properties, rows, notes } of reads) {
      addresses.forEach((address, i) => {
        const fill = properties?.value[i]?.[0]?.format?.fill;
        states.set(key(sheet, address), {
          rowCheck: span && rows ? rowCheck(rows.values?.[i] ?? [], span[0], run.column) : undefined,
          fill: fill ? fillOf(fill.color ?? '', fill.pattern ?? 'None') : null,
          note: notes?.[i],
        });
      });
    }
  }
  return states;
}

/** A fill as getCellProperties gives it ("#RRGGBB", a pattern name), in OOXML's shape. */
function fillOf(color: string, pattern: string): Fill | null {
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

const noteTextOf = (note: Excel.Note | undefined): string | null => (note && !note.isNullObject ? note.content : null);

/** Queues one fill (a colour, or null to clear) over many cells of a sheet. */
async function queueFill(meter: WriteMeter, sheet: Excel.Worksheet, cells: readonly CellPosition[], colour: string | null): Promise<void> {
  for (const list of packAddresses(runsOf(cells).map(runAddress))) {
    await meter.reserve(list.length + CALL_BYTES);
    const fill = sheet.getRanges(list).format.fill;
    if (colour === null) fill.clear();
    else fill.color = colour;
  }
}

/** What the plan decided for one cell, in this adapter's terms. */
interface CellWrite {
  sheet: LoadedSheet;
  cell: PlannedCell<OfficeFlagRecord>;
  /** The colour to set, null to clear the fill, undefined to leave it. */
  colour?: string | null;
  note: NoteAction;
  noteNow: Excel.Note | undefined;
}

/** A flagging (or clearing) pass, read and planned, nothing written yet. */
export interface FlagPass {
  /** The cells put back (no finding on them now): written before the state. */
  restores: CellWrite[];
  /** The cells flagged now: written after the state, which holds their records. */
  flags: CellWrite[];
  /** The state's records of the cells flagged now, in the order of their first finding. */
  records: OfficeFlagRecord[];
  counts: NoteCounts;
  /** Breaches and warnings whose sheet or cell the workbook does not have. */
  unplaced: number;
  cleared: ClearResult;
  /** The sheets whose cells the pass changes. */
  sheets: LoadedSheet[];
}

export interface PassOptions {
  /** Breaches and warnings to flag; none to clear the earlier flags only. */
  findings: readonly Finding[];
  /** The records an earlier check left in the state sheet. */
  earlier: readonly OfficeFlagRecord[];
  /** The user's sheet a finding names (never one of CoopCheck's own), or undefined. */
  sheetOf: (name: string) => LoadedSheet | undefined;
  /** Whether Excel has notes (ExcelApi 1.18). */
  withNotes: boolean;
  lang: Lang;
  conditions: ReadonlyMap<string, Condition>;
}

/**
 * Reads what the flag plan needs and plans the pass: first each recorded row's check, over the
 * columns it was recorded with (records whose row moved are left out and reported), then the fill,
 * the note and, for the cells flagged now, the row check of every cell the plan touches.
 */
export async function planPass(context: Excel.RequestContext, sheets: readonly LoadedSheet[], options: PassOptions): Promise<FlagPass> {
  const { findings, earlier, sheetOf, withNotes } = options;
  // A record names its sheet by id where it has one (a rename keeps it), else by name (the other faces' records).
  const placed = earlier.map((record) => {
    const sheet = record.sheetId ? sheets.find((s) => s.id === record.sheetId) : sheets.find((s) => s.name === record.sheet);
    const position = parseCell(record.cell);
    return sheet && position ? { record, sheet, position, address: cellAddress(position) } : undefined;
  });
  // A cell recorded twice keeps its first record, taken before any flag: the others are dropped.
  const seen = new Set<string>();
  const first = placed.map((p) => {
    if (!p) return undefined;
    if (seen.has(key(p.sheet, p.address))) return null;
    seen.add(key(p.sheet, p.address));
    return p;
  });
  // Each row is checked over the columns it was recorded with, whatever was added to the sheet since.
  const bySpan = new Map<string, CellsToRead>();
  for (const p of first) {
    if (p?.record.check === undefined) continue;
    const span = p.record.columns ?? rowColumns(p.sheet, p.position.column);
    const spanKey = `${p.sheet.id}\u0000${span.join(',')}`;
    const group = bySpan.get(spanKey);
    if (group) group.positions.push(p.position);
    else bySpan.set(spanKey, { sheet: p.sheet, positions: [p.position], span: () => span });
  }
  const recorded = await readCells(context, [...bySpan.values()], { fills: false, notes: false });
  const notRestored: CellRef[] = [];
  const sheetOfRecord = new Map<OfficeFlagRecord, LoadedSheet>();
  first.forEach((p, i) => {
    const record = earlier[i]!;
    if (p === null) return;
    // Its sheet is gone, or the record names no cell.
    if (!p) {
      notRestored.push({ sheet: record.sheet, cell: record.cell });
      return;
    }
    if (record.check !== undefined && recorded.get(key(p.sheet, p.address))?.rowCheck !== record.check) {
      notRestored.push({ sheet: p.sheet.name, cell: p.address });
      return;
    }
    sheetOfRecord.set(record, p.sheet);
  });

  const byId = new Map(sheets.map((s) => [s.id, s]));
  const plan = planCells(findings, [...sheetOfRecord.keys()], (name, record) => (record ? sheetOfRecord.get(record) : sheetOf(name))?.id);
  const toRead = new Map<string, CellsToRead>();
  for (const cell of plan.cells) {
    const sheet = byId.get(cell.sheetKey)!;
    // The row check is recorded for the cells flagged now; a cleared cell's row was checked above.
    const flagged = cell.findings.length > 0;
    const groupKey = `${sheet.id}\u0000${flagged}`;
    const group = toRead.get(groupKey);
    const position = { row: cell.row, column: cell.column };
    if (group) group.positions.push(position);
    else toRead.set(groupKey, { sheet, positions: [position], span: flagged ? (column) => rowColumns(sheet, column) : undefined });
  }
  const states = await readCells(context, [...toRead.values()], { fills: true, notes: withNotes });
  const stateOf = (cell: PlannedCell) => states.get(`${cell.sheetKey}\u0000${cell.address}`)!;
  const notes = planNotes(plan.cells, (cell) => noteTextOf(stateOf(cell).note), { lang: options.lang, conditions: options.conditions, enabled: withNotes });

  const restores: CellWrite[] = [];
  const flags: CellWrite[] = [];
  plan.cells.forEach((cell, i) => {
    const state = stateOf(cell);
    const action = fillAction(cell, state.fill);
    const colour = action.kind === 'flag' ? FLAG_COLOURS[action.severity] : action.kind === 'restore' ? restoredColour(action.fill) : undefined;
    (cell.findings.length ? flags : restores).push({ sheet: byId.get(cell.sheetKey)!, cell, colour, note: notes.actions[i]!, noteNow: state.note });
  });
  // A cell flagged again keeps its first record's fill and note; where it is and its row's check are refreshed.
  const records = plan.flagged.map((cell): OfficeFlagRecord => {
    const sheet = byId.get(cell.sheetKey)!;
    const state = stateOf(cell);
    return {
      ...recordOf(cell, state.fill, noteTextOf(state.note)),
      sheet: sheet.name,
      sheetId: sheet.id,
      cell: cell.address,
      check: state.rowCheck,
      columns: rowColumns(sheet, cell.column),
    };
  });
  return {
    restores,
    flags,
    records,
    counts: notes.counts,
    unplaced: plan.unplaced,
    cleared: { restored: restores.filter((w) => w.cell.earlier).length, notRestored },
    sheets: [...new Set(plan.cells.map((cell) => byId.get(cell.sheetKey)!))],
  };
}

/** Queues the fills and notes of some of a pass's cells: one fill call per colour and run list, one call per note. */
async function queueWrites(meter: WriteMeter, writes: readonly CellWrite[]): Promise<void> {
  const byColour = new Map<LoadedSheet, Map<string | null, CellPosition[]>>();
  for (const { sheet, cell, colour } of writes) {
    if (colour === undefined) continue;
    let colours = byColour.get(sheet);
    if (!colours) byColour.set(sheet, (colours = new Map()));
    const group = colours.get(colour);
    const position = { row: cell.row, column: cell.column };
    if (group) group.push(position);
    else colours.set(colour, [position]);
  }
  for (const [sheet, colours] of byColour) for (const [colour, positions] of colours) await queueFill(meter, sheet.sheet, positions, colour);

  for (const { sheet, cell, note, noteNow } of writes) {
    if (note.kind === 'keep') continue;
    const exists = noteNow !== undefined && !noteNow.isNullObject;
    await meter.reserve((note.text?.length ?? 0) + CALL_BYTES);
    if (note.text === null) noteNow?.delete();
    // Excel refuses to add a note where there is one: an own note of an earlier check gets its text replaced.
    else if (exists) noteNow.content = note.text;
    else sheet.sheet.notes.add(cell.address, note.text);
  }
}

/** Queues putting back what the cells no longer flagged had, as the plan says (before the state is written). */
export function queueRestores(meter: WriteMeter, pass: FlagPass): Promise<void> {
  return queueWrites(meter, pass.restores);
}

/** Queues the flag fills and notes (after the state, so that every flag placed has its record). */
export async function queueFlags(meter: WriteMeter, pass: FlagPass): Promise<void> {
  if (!pass.flags.length) return;
  meter.context.workbook.application.suspendScreenUpdatingUntilNextSync();
  await queueWrites(meter, pass.flags);
}
