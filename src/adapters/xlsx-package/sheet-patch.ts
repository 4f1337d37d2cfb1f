/**
 * Rewrites a worksheet part as it streams through: the cells to flag get another cell format (their
 * `s` attribute, inserted where the cell is not written yet) and, when the sheet gets its first
 * notes, the worksheet points at its note drawing. Every other byte is passed on as it came, so a
 * sheet of a million rows is copied with its formulas, formats, widths and merged cells untouched,
 * holding no more than a chunk and a row.
 */
import { columnIndex, columnLetters } from '../../core/snapshot';
import { attributes } from './xml';

export interface CellTarget {
  /** One-based. */
  row: number;
  /** Zero-based. */
  column: number;
}

export interface SheetPatch {
  /** Sorted by row, then column. */
  cells: readonly CellTarget[];
  /** The cell format the cell gets, from the one it has (or would have, if it is not written). */
  restyle(cell: CellTarget, xf: number): number;
  /** The relationship id of a note drawing to point at; the sheet has none yet. */
  legacyDrawingId?: string;
}

const ROW_START = Buffer.from('<row');
const SHEET_DATA = Buffer.from('<sheetData');
const SHEET_DATA_END = Buffer.from('</sheetData>');
const ROW_END = Buffer.from('</row>');
const R_ATTRIBUTE = Buffer.from(' r="');
const RELATIONSHIPS_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
/** What comes after legacyDrawing in a worksheet (ECMA-376 CT_Worksheet), the first of which it precedes. */
const AFTER_LEGACY_DRAWING = ['legacyDrawingHF', 'drawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst'];

const GT = 0x3e;
const SLASH = 0x2f;

/** A column's format for cells not written in it (`<col min max style>`). */
interface ColumnStyle { min: number; max: number; style: number }

function isNameEnd(byte: number | undefined): boolean {
  return byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d || byte === GT || byte === SLASH;
}

/** The row number in a `<row …>` start tag, read from its bytes; undefined when it has no r. */
function rowNumberAt(buffer: Buffer, start: number, end: number): number | undefined {
  const at = buffer.indexOf(R_ATTRIBUTE, start);
  if (at < 0 || at >= end) return undefined;
  let n = 0;
  for (let i = at + R_ATTRIBUTE.length; i < end; i++) {
    const digit = buffer[i]! - 0x30;
    if (digit < 0 || digit > 9) break;
    n = n * 10 + digit;
  }
  return n;
}

export async function* patchSheet(xml: AsyncIterable<Buffer>, patch: SheetPatch): AsyncGenerator<Buffer> {
  const targets = patch.cells;
  let next = 0;
  let columns: ColumnStyle[] = [];
  const columnStyle = (column: number) => columns.find((c) => column + 1 >= c.min && column + 1 <= c.max)?.style ?? 0;

  /** Rows to write for targets before `row` (in rows the sheet does not have), or all that are left. */
  const newRowsBefore = (row: number): string => {
    let text = '';
    while (next < targets.length && targets[next]!.row < row) {
      const rowNumber = targets[next]!.row;
      let cells = '';
      for (; next < targets.length && targets[next]!.row === rowNumber; next++) {
        const target = targets[next]!;
        cells += `<c r="${columnLetters(target.column)}${rowNumber}" s="${patch.restyle(target, columnStyle(target.column))}"/>`;
      }
      text += `<row r="${rowNumber}">${cells}</row>`;
    }
    return text;
  };

  /** A row that holds targets, rewritten. */
  const patchRow = (row: string, rowNumber: number): string => {
    const startTag = /^<row\b[^>]*>/.exec(row)![0];
    const rowAttributes = attributes(startTag);
    const rowStyle = ['1', 'true'].includes(rowAttributes.get('customFormat') ?? '') ? Number(rowAttributes.get('s') ?? 0) : undefined;
    const baseStyle = (column: number) => rowStyle ?? columnStyle(column);
    let inserted = false;
    const newCell = (target: CellTarget) => {
      inserted = true;
      return `<c r="${columnLetters(target.column)}${rowNumber}" s="${patch.restyle(target, baseStyle(target.column))}"/>`;
    };
    let body = startTag.endsWith('/>') ? '' : row.slice(startTag.length, row.length - '</row>'.length);
    let column = -1;
    body = body.replace(/<c(?=[\s>/])[^>]*>/g, (tag) => {
      const ref = /\sr="([A-Z]+)\d*"/.exec(tag)?.[1];
      column = ref === undefined ? column + 1 : columnIndex(ref) ?? column + 1;
      let before = '';
      while (next < targets.length && targets[next]!.row === rowNumber && targets[next]!.column < column) before += newCell(targets[next++]!);
      if (next >= targets.length || targets[next]!.row !== rowNumber || targets[next]!.column !== column) return before + tag;
      const target = targets[next++]!;
      const xf = patch.restyle(target, Number(/\ss="(\d+)"/.exec(tag)?.[1] ?? 0));
      if (/\ss="\d+"/.test(tag)) return before + tag.replace(/\ss="\d+"/, ` s="${xf}"`);
      // After r, where Excel writes it.
      return before + tag.replace(/^<c(\s+r="[^"]*")?/, (start) => `${start} s="${xf}"`);
    });
    while (next < targets.length && targets[next]!.row === rowNumber) body += newCell(targets[next++]!);
    // spans only helps Excel lay the row out; a cell added outside it would contradict it.
    const start = (inserted ? startTag.replace(/\sspans="[^"]*"/, '') : startTag).replace(/\s*\/>$/, '>');
    return `${start}${body}</row>`;
  };

  let buffer: Buffer = Buffer.alloc(0);
  let phase: 'head' | 'rows' | 'tail' = 'head';
  let lastRow = 0;
  const tail: Buffer[] = [];

  /** Passes on what can be of the buffer and keeps the rest (at most a row, or a marker cut in two) for the next chunk. */
  const process = function* (final: boolean): Generator<Buffer> {
    let emitted = 0;
    const flush = (to: number) => {
      const piece = buffer.subarray(emitted, to);
      emitted = to;
      return piece;
    };
    let at = 0;
    if (phase === 'head') {
      const found = buffer.indexOf(SHEET_DATA);
      const tagEnd = found < 0 ? -1 : buffer.indexOf(GT, found);
      if (tagEnd < 0) {
        if (final) throw new Error('worksheet without sheetData');
        return;
      }
      let head = buffer.toString('utf8', 0, tagEnd + 1);
      columns = [...head.matchAll(/<col\b[^>]*>/g)].map((m) => {
        const a = attributes(m[0]);
        return { min: Number(a.get('min')), max: Number(a.get('max')), style: Number(a.get('style') ?? 0) };
      }).filter((c) => c.style);
      if (patch.legacyDrawingId && !/\sxmlns:r="/.test(head)) head = head.replace(/<worksheet\b/, `$& xmlns:r="${RELATIONSHIPS_NS}"`);
      emitted = at = tagEnd + 1;
      if (buffer[tagEnd - 1] === SLASH) {
        // An empty sheet: <sheetData/>.
        yield Buffer.from(head.replace(/\s*\/>$/, `>${newRowsBefore(Infinity)}</sheetData>`));
        phase = 'tail';
      } else {
        yield Buffer.from(head);
        phase = 'rows';
      }
    }
    // Searched once per chunk: the rows do not change while it is scanned.
    const end = phase === 'rows' ? buffer.indexOf(SHEET_DATA_END, at) : -1;
    if (phase === 'rows' && end < 0 && next < targets.length) {
      // Rows come in order: when the chunk's last row is before the next target, so are all the rows before it.
      const lastAt = buffer.lastIndexOf(ROW_START);
      const tagEnd = lastAt > at && isNameEnd(buffer[lastAt + ROW_START.length]) ? buffer.indexOf(GT, lastAt) : -1;
      const last = tagEnd < 0 ? undefined : rowNumberAt(buffer, lastAt, tagEnd);
      if (last !== undefined && last < targets[next]!.row) {
        at = lastAt;
        lastRow = last - 1;
      }
    }
    while (phase === 'rows') {
      // Past the last target only the end of the rows matters.
      const rowAt = next < targets.length ? buffer.indexOf(ROW_START, at) : -1;
      if (end >= 0 && (rowAt < 0 || end < rowAt)) {
        yield flush(end);
        yield Buffer.from(newRowsBefore(Infinity));
        phase = 'tail';
        break;
      }
      if (rowAt < 0 || rowAt + ROW_START.length >= buffer.length) {
        at = Math.max(at, Math.min(rowAt < 0 ? buffer.length : rowAt, buffer.length - SHEET_DATA_END.length));
        break;
      }
      if (!isNameEnd(buffer[rowAt + ROW_START.length])) { at = rowAt + ROW_START.length; continue; }
      const tagEnd = buffer.indexOf(GT, rowAt);
      if (tagEnd < 0) { at = rowAt; break; }
      const rowNumber = rowNumberAt(buffer, rowAt, tagEnd) ?? lastRow + 1;
      if (targets[next]!.row < rowNumber) {
        yield flush(rowAt);
        yield Buffer.from(newRowsBefore(rowNumber));
      }
      if (next < targets.length && targets[next]!.row === rowNumber) {
        const selfClosing = buffer[tagEnd - 1] === SLASH;
        const rowEnd = selfClosing ? tagEnd + 1 : buffer.indexOf(ROW_END, tagEnd);
        // The row goes on in the next chunk: it is read again from its start then.
        if (rowEnd < 0) { at = rowAt; break; }
        const close = selfClosing ? rowEnd : rowEnd + ROW_END.length;
        yield flush(rowAt);
        yield Buffer.from(patchRow(buffer.toString('utf8', rowAt, close), rowNumber));
        emitted = at = close;
      } else {
        at = tagEnd + 1;
      }
      lastRow = rowNumber;
    }
    if (phase === 'tail') tail.push(Buffer.from(flush(buffer.length)));
    else if (phase === 'rows') yield flush(Math.max(at, emitted));
    if (final && phase !== 'tail') throw new Error('worksheet ends inside sheetData');
    buffer = Buffer.from(buffer.subarray(emitted));
  };

  for await (const chunk of xml) {
    buffer = buffer.length ? Buffer.concat([buffer, chunk]) : chunk;
    for (const piece of process(false)) if (piece.length) yield piece;
  }
  for (const piece of process(true)) if (piece.length) yield piece;
  let rest = Buffer.concat(tail).toString('utf8');
  if (patch.legacyDrawingId) {
    const element = `<legacyDrawing r:id="${patch.legacyDrawingId}"/>`;
    const follower = AFTER_LEGACY_DRAWING.map((name) => rest.search(new RegExp(`<${name}[\\s/>]`))).filter((i) => i >= 0);
    const at = follower.length ? Math.min(...follower) : rest.lastIndexOf('</worksheet>');
    rest = rest.slice(0, at) + element + rest.slice(at);
  }
  yield Buffer.from(rest);
}
