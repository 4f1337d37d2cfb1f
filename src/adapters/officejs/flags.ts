/**
 * Inline flags in the open workbook, reversible: before a cell is filled its fill and note are
 * recorded (FlagRecord), and clearing puts them back. No value is ever written. Cells are read and
 * filled by vertical runs, so the number of syncs grows with the payload, not with the findings.
 */
import type { Comment, Fill } from 'exceljs';
import type { Finding } from '../../core/findings';
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

interface CellState {
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
const RUN_READ_REQUEST_BYTES = 250;
const CELL_READ_RESPONSE_BYTES = 80;
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

/**
 * Each cell's fill (getCellProperties on runs, ExcelApi 1.9) and, with notes, its note: as many
 * syncs as the estimated payload needs.
 */
async function readCellStates(
  context: Excel.RequestContext, cells: readonly PlacedCell[], withNotes: boolean,
): Promise<Map<string, CellState>> {
  const work = [...bySheet(cells)].flatMap(([sheet, group]) => runsOf(group.map((c) => c.position)).map((run) => ({ sheet, run })));
  const states = new Map<string, CellState>();
  const readBytes = (run: Run) => Math.max(
    RUN_READ_REQUEST_BYTES + runLength(run) * (withNotes ? NOTE_READ_REQUEST_BYTES : 0),
    runLength(run) * (CELL_READ_RESPONSE_BYTES + (withNotes ? NOTE_READ_RESPONSE_BYTES : 0)),
  );
  for (const batch of byPayload(work, ({ run }) => readBytes(run))) {
    const reads = batch.map(({ sheet, run }) => {
      const properties = sheet.sheet.getRange(runAddress(run)).getCellProperties({ format: { fill: { color: true, pattern: true } } });
      const addresses = Array.from({ length: runLength(run) }, (_, i) => cellAddress({ column: run.column, row: run.firstRow + i }));
      const notes = withNotes ? addresses.map((address) => sheet.sheet.notes.getItemOrNullObject(address).load('content')) : undefined;
      return { sheet, addresses, properties, notes };
    });
    await context.sync();
    for (const { sheet, addresses, properties, notes } of reads) {
      addresses.forEach((address, i) => {
        const fill = properties.value[i]?.[0]?.format?.fill;
        states.set(key(sheet.name, address), { color: fill?.color ?? '', pattern: fill?.pattern ?? 'None', note: notes?.[i] });
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
 * Queues putting back what the recorded cells had: the fill, where the cell still shows a flag
 * colour (a fill the user chose since is theirs), and the note, where it is still CoopCheck's.
 */
export async function queueClear(
  meter: WriteMeter, sheets: ReadonlyMap<string, LoadedSheet>, records: readonly FlagRecord[], withNotes: boolean,
): Promise<void> {
  const placed = records.flatMap((record) => {
    const cell = placeCell(sheets, record.sheet, record.cell);
    return cell ? [{ ...cell, record }] : [];
  });
  const states = await readCellStates(meter.context, placed, withNotes);
  for (const [sheet, cells] of bySheet(placed)) {
    const byColour = new Map<string | null, CellPosition[]>();
    for (const { address, position, record } of cells) {
      const state = states.get(key(sheet.name, address))!;
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
}

/** What each target has before it is flagged: its fill and, where Excel has notes, its note. */
export async function recordTargets(context: Excel.RequestContext, targets: readonly FlagTarget[], withNotes: boolean): Promise<FlagRecord[]> {
  const states = await readCellStates(context, targets, withNotes);
  return targets.map((target) => {
    const state = states.get(key(target.sheet.name, target.address))!;
    return {
      sheet: target.sheet.name,
      cell: target.address,
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
