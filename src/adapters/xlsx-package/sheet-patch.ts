/**
 * Rewrites a worksheet part as it streams through: the cells to flag get another cell format (their
 * `s` attribute, inserted where the cell is not written yet) and, when the sheet gets its first
 * notes, the worksheet points at its note drawing. Every other byte is passed on as it came, so a
 * sheet of a million rows is copied with its formulas, formats, widths and merged cells untouched,
 * holding no more than a chunk and a row.
 */
import { columnIndex, columnLetters } from '../../core';
import { byteString, concatBytes, indexOfBytes, lastIndexOfBytes, needleOf, utf8Decoder, utf8Encoder, type Needle } from './bytes';

export interface CellTarget {
  /** One-based. */
  row: number;
  /** Zero-based. */
  column: number;
}

export interface SheetPatch<T extends CellTarget = CellTarget> {
  /** Sorted by row, then column. */
  cells: readonly T[];
  /** The cell format the cell gets, from the one it has (or would have, if it is not written). */
  restyle(cell: T, xf: number): number;
  /** The relationship id of a note drawing to point at; the sheet has none yet. */
  legacyDrawingId?: string;
  /**
   * For a sheet whose rows are out of order (RowsOutOfOrder): the rows of the targets that the sheet
   * has (rowsPresent). Those are patched wherever they are; the others are added.
   */
  rowsPresent?: ReadonlySet<number>;
}

/**
 * A row stored after a row of a higher number: a cell added as a new row could then be a second
 * row of that number. The patch is redone with `rowsPresent`.
 */
export class RowsOutOfOrder extends Error {
  constructor(readonly row: number) {
    super(`row ${row} is stored after a row of a higher number`);
    this.name = 'RowsOutOfOrder';
  }
}

const RELATIONSHIPS_NAMESPACES = [
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  'http://purl.oclc.org/ooxml/officeDocument/relationships',
];
/** What comes after legacyDrawing in a worksheet (ECMA-376 CT_Worksheet), the first of which it precedes. */
const AFTER_LEGACY_DRAWING = ['legacyDrawingHF', 'drawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst'];

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const EQUALS = 0x3d;
const DOUBLE_QUOTE = 0x22;
const SINGLE_QUOTE = 0x27;
const SHEET_DATA = needleOf('sheetData');
/** How much of a chunk is joined to what the last one left: enough for most rows to end in it. */
const JOINED_BYTES = 16 << 10;

/** A column's format for cells not written in it (`<col min max style>`). */
interface ColumnStyle {
  min: number;
  max: number;
  style: number;
}

const isSpace = (byte: number | undefined) => byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d;

export function isNameEnd(byte: number | undefined): boolean {
  return isSpace(byte) || byte === GT || byte === SLASH;
}

/** A character of an XML name as the worksheet prefixes use them (ASCII letters, digits, _ . -). */
const isNameByte = (byte: number) =>
  (byte >= 0x41 && byte <= 0x5a) || (byte >= 0x61 && byte <= 0x7a) || (byte >= 0x30 && byte <= 0x39) || byte === 0x5f || byte === 0x2e || byte === 0x2d;

/** Where the start tag opened at `from` ends (its ">"), quoted attribute values skipped; -1 if the buffer ends first. */
export function tagEndAt(buffer: Uint8Array, from: number): number {
  let quote = 0;
  for (let i = from + 1; i < buffer.length; i++) {
    const byte = buffer[i]!;
    if (quote) {
      if (byte === quote) quote = 0;
    } else if (byte === DOUBLE_QUOTE || byte === SINGLE_QUOTE) quote = byte;
    else if (byte === GT) return i;
  }
  return -1;
}

/** The row number in a `<row …>` start tag, read from its bytes (either quote); undefined when it has no r. */
export function rowNumberAt(buffer: Uint8Array, start: number, end: number): number | undefined {
  let quote = 0;
  for (let i = start + 1; i < end; i++) {
    const byte = buffer[i]!;
    if (quote) {
      if (byte === quote) quote = 0;
      continue;
    }
    if (byte === DOUBLE_QUOTE || byte === SINGLE_QUOTE) {
      quote = byte;
      continue;
    }
    if (byte !== 0x72 || !isSpace(buffer[i - 1])) continue;
    let j = i + 1;
    while (isSpace(buffer[j])) j++;
    if (buffer[j] !== EQUALS) continue;
    j++;
    while (isSpace(buffer[j])) j++;
    const open = buffer[j];
    if (open !== DOUBLE_QUOTE && open !== SINGLE_QUOTE) return undefined;
    let n = 0;
    for (j++; j < end; j++) {
      const digit = buffer[j]! - 0x30;
      if (digit < 0 || digit > 9) break;
      n = n * 10 + digit;
    }
    return n;
  }
  return undefined;
}

/** The start of the sheetData start tag at or after `from` and its prefix ("x:" or ""); undefined while the buffer does not hold it. */
export function findSheetData(buffer: Uint8Array, from: number): { at: number; prefix: string } | undefined {
  const length = SHEET_DATA.bytes.length;
  for (let found = indexOfBytes(buffer, SHEET_DATA, from); found >= 0; found = indexOfBytes(buffer, SHEET_DATA, found + 1)) {
    if (found + length >= buffer.length) return undefined;
    if (!isNameEnd(buffer[found + length])) continue;
    let at = found - 1;
    if (buffer[at] === 0x3a) {
      at--;
      while (at >= 0 && isNameByte(buffer[at]!)) at--;
    }
    if (at >= 0 && buffer[at] === LT && buffer[at + 1] !== 0x3a) return { at, prefix: byteString(buffer.subarray(at + 1, found)) };
  }
  return undefined;
}

const ATTRIBUTE = /([^\s=/<>]+)\s*=\s*("[^"]*"|'[^']*')/g;

/** The attributes of one start tag's text, by qualified name, values entity-decoded. */
export function tagAttributes(tag: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of tag.matchAll(ATTRIBUTE)) found.set(match[1]!, decodeEntities(match[2]!.slice(1, -1)));
  return found;
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decodeEntities = (text: string) =>
  text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) =>
    name[0] === '#'
      ? String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1)))
      : (ENTITIES[name] ?? whole),
  );

/** Sets an attribute of a start tag's text, keeping its place (and quote) when it is there, else after `after` or the name. */
function withAttribute(tag: string, name: string, value: string, after?: string): string {
  const pattern = new RegExp(`(\\s${name.replace('.', '\\.')}\\s*=\\s*)("[^"]*"|'[^']*')`);
  if (pattern.test(tag)) return tag.replace(pattern, (_, start: string, old: string) => `${start}${old[0]}${value}${old[0]}`);
  const anchor = after === undefined ? undefined : new RegExp(`\\s${after}\\s*=\\s*("[^"]*"|'[^']*')`).exec(tag);
  const at = anchor ? anchor.index + anchor[0].length : /^<[^\s/>]+/.exec(tag)![0].length;
  return `${tag.slice(0, at)} ${name}="${value}"${tag.slice(at)}`;
}

/**
 * The start tags of elements named `qname` in a piece of XML, with where they are: comments, CDATA
 * and processing instructions are skipped, quoted values may hold ">".
 */
function startTags(xml: string, qname: string): { at: number; end: number; tag: string }[] {
  const found: { at: number; end: number; tag: string }[] = [];
  for (let at = xml.indexOf('<'); at >= 0 && at < xml.length; at = xml.indexOf('<', at)) {
    if (xml.startsWith('<!--', at)) {
      at = skipTo(xml, '-->', at);
      continue;
    }
    if (xml.startsWith('<![CDATA[', at)) {
      at = skipTo(xml, ']]>', at);
      continue;
    }
    if (xml.startsWith('<?', at)) {
      at = skipTo(xml, '?>', at);
      continue;
    }
    let end = at + 1;
    let quote = '';
    for (; end < xml.length; end++) {
      const char = xml[end]!;
      if (quote) {
        if (char === quote) quote = '';
      } else if (char === '"' || char === "'") quote = char;
      else if (char === '>') break;
    }
    if (end >= xml.length) break;
    const name = /^<([^\s/>]+)/.exec(xml.slice(at, Math.min(end + 1, at + qname.length + 2)))?.[1];
    if (name === qname) found.push({ at, end: end + 1, tag: xml.slice(at, end + 1) });
    at = end + 1;
  }
  return found;
}

function skipTo(xml: string, marker: string, from: number): number {
  const end = xml.indexOf(marker, from);
  return end < 0 ? xml.length : end + marker.length;
}

const encode = (text: string) => utf8Encoder.encode(text);

/**
 * The worksheet part with the patch applied, as it streams. Rows are expected in order: a row
 * stored after one of a higher number throws RowsOutOfOrder, unless `rowsPresent` is given.
 */
export async function* patchSheet<T extends CellTarget>(xml: AsyncIterable<Uint8Array>, patch: SheetPatch<T>): AsyncGenerator<Uint8Array> {
  const present = patch.rowsPresent;
  // The targets added as new rows, in order; in order rows, the same list gives the targets of each row met.
  const toAdd = present ? patch.cells.filter((cell) => !present.has(cell.row)) : patch.cells;
  const inPlace = new Map<number, T[]>();
  if (present) {
    for (const cell of patch.cells) if (present.has(cell.row)) inPlace.set(cell.row, [...(inPlace.get(cell.row) ?? []), cell]);
  }
  let next = 0;
  let columns: ColumnStyle[] = [];
  const columnStyle = (column: number) => columns.find((c) => column + 1 >= c.min && column + 1 <= c.max)?.style ?? 0;
  // The prefix the worksheet gives its own namespace ("x:" in <x:worksheet>), learnt from sheetData; the markers follow it.
  let prefix = '';
  let rowStart: Needle = needleOf('<row');
  let rowEnd: Needle = needleOf('</row>');
  let sheetDataEnd: Needle = needleOf('</sheetData>');
  /** The prefix bound to the relationships namespace, for the note drawing's r:id. */
  let relationshipsPrefix = 'r';

  const cellXml = (target: CellTarget, rowNumber: number, xf: number) => `<${prefix}c r="${columnLetters(target.column)}${rowNumber}" s="${xf}"/>`;

  /** Rows to write for targets before `row` (in rows the sheet does not have), or all that are left. */
  const newRowsBefore = (row: number): string => {
    let text = '';
    while (next < toAdd.length && toAdd[next]!.row < row) {
      const rowNumber = toAdd[next]!.row;
      let cells = '';
      for (; next < toAdd.length && toAdd[next]!.row === rowNumber; next++) {
        const target = toAdd[next]!;
        cells += cellXml(target, rowNumber, patch.restyle(target, columnStyle(target.column)));
      }
      text += `<${prefix}row r="${rowNumber}">${cells}</${prefix}row>`;
    }
    return text;
  };

  const hasTargets = (rowNumber: number) => (present ? inPlace.has(rowNumber) : next < toAdd.length && toAdd[next]!.row === rowNumber);
  /** The targets of a row met, taken: each row is patched once. */
  const takeTargets = (rowNumber: number): T[] => {
    if (present) {
      const cells = inPlace.get(rowNumber) ?? [];
      inPlace.delete(rowNumber);
      return cells;
    }
    const from = next;
    while (next < toAdd.length && toAdd[next]!.row === rowNumber) next++;
    return toAdd.slice(from, next);
  };

  /** A row that holds targets, rewritten: its cells found by a scan of its tags (values, inline and rich text, formulas pass through). */
  const patchRow = (row: string, rowNumber: number, targets: readonly T[]): string => {
    let k = 0;
    const startTag = startTags(row, `${prefix}row`)[0]!.tag;
    const rowAttributes = tagAttributes(startTag);
    const rowStyle = ['1', 'true'].includes(rowAttributes.get('customFormat') ?? '') ? Number(rowAttributes.get('s') ?? 0) : undefined;
    const baseStyle = (column: number) => rowStyle ?? columnStyle(column);
    let inserted = false;
    const newCell = (target: T) => {
      inserted = true;
      return cellXml(target, rowNumber, patch.restyle(target, baseStyle(target.column)));
    };
    const body = startTag.endsWith('/>') ? '' : row.slice(startTag.length, row.length - `</${prefix}row>`.length);
    let column = -1;
    let out = '';
    let copied = 0;
    for (const { at, end, tag } of startTags(body, `${prefix}c`)) {
      const a = tagAttributes(tag);
      const ref = /^([A-Z]+)\d*$/i.exec(a.get('r') ?? '')?.[1];
      column = ref === undefined ? column + 1 : (columnIndex(ref.toUpperCase()) ?? column + 1);
      let before = '';
      while (k < targets.length && targets[k]!.column < column) before += newCell(targets[k++]!);
      let replaced = tag;
      if (k < targets.length && targets[k]!.column === column) {
        const target = targets[k++]!;
        const xf = patch.restyle(target, Number(a.get('s') ?? 0) || 0);
        // After r, where Excel writes it, when the cell has no s yet.
        replaced = withAttribute(tag, 's', String(xf), 'r');
      }
      out += body.slice(copied, at) + before + replaced;
      copied = end;
    }
    out += body.slice(copied);
    while (k < targets.length) out += newCell(targets[k++]!);
    // spans only helps Excel lay the row out; a cell added outside it would contradict it.
    const start = (inserted ? startTag.replace(/\sspans\s*=\s*("[^"]*"|'[^']*')/, '') : startTag).replace(/\s*\/>$/, '>');
    return `${start}${out}</${prefix}row>`;
  };

  /** The head up to and with the sheetData start tag: column formats read, the relationships prefix found or declared. */
  const readHead = (head: string): string => {
    const cols = startTags(head, `${prefix}col`).map(({ tag }) => {
      const a = tagAttributes(tag);
      return { min: Number(a.get('min')), max: Number(a.get('max')), style: Number(a.get('style') ?? 0) };
    });
    columns = cols.filter((c) => c.style);
    const root = startTags(head, `${prefix}worksheet`)[0];
    if (!patch.legacyDrawingId || !root) return head;
    const declared = [...tagAttributes(root.tag)].find(([name, value]) => name.startsWith('xmlns:') && RELATIONSHIPS_NAMESPACES.includes(value));
    if (declared) {
      relationshipsPrefix = declared[0].slice('xmlns:'.length);
      return head;
    }
    const taken = new Set([...tagAttributes(root.tag).keys()].filter((name) => name.startsWith('xmlns:')).map((name) => name.slice(6)));
    for (let n = 1; taken.has(relationshipsPrefix); n++) relationshipsPrefix = `r${n}`;
    const nameEnd = root.at + 1 + `${prefix}worksheet`.length;
    return `${head.slice(0, nameEnd)} xmlns:${relationshipsPrefix}="${RELATIONSHIPS_NAMESPACES[0]}"${head.slice(nameEnd)}`;
  };

  let buffer: Uint8Array = new Uint8Array(0);
  let phase: 'head' | 'rows' | 'tail' = 'head';
  let lastRow = 0;
  const tail: Uint8Array[] = [];

  /** Passes on what can be of the buffer and keeps the rest (at most a row, or a marker cut in two) for the next chunk. */
  const process = function* (final: boolean): Generator<Uint8Array> {
    let emitted = 0;
    const flush = (to: number) => {
      const piece = buffer.subarray(emitted, to);
      emitted = to;
      return piece;
    };
    let at = 0;
    if (phase === 'head') {
      const found = findSheetData(buffer, 0);
      const tagEnd = found ? tagEndAt(buffer, found.at) : -1;
      if (!found || tagEnd < 0) {
        if (final) throw new Error('worksheet without sheetData');
        return;
      }
      prefix = found.prefix;
      rowStart = needleOf(`<${prefix}row`);
      rowEnd = needleOf(`</${prefix}row>`);
      sheetDataEnd = needleOf(`</${prefix}sheetData>`);
      const head = readHead(utf8Decoder.decode(buffer.subarray(0, tagEnd + 1)));
      emitted = at = tagEnd + 1;
      if (buffer[tagEnd - 1] === SLASH) {
        // An empty sheet: <sheetData/>.
        yield encode(head.replace(/\s*\/>$/, `>${newRowsBefore(Infinity)}</${prefix}sheetData>`));
        phase = 'tail';
      } else {
        yield encode(head);
        phase = 'rows';
      }
    }
    // Searched once per chunk, from its last row on: the rows do not change while it is scanned.
    const end = phase === 'rows' ? indexOfBytes(buffer, sheetDataEnd, Math.max(at, lastIndexOfBytes(buffer, rowEnd))) : -1;
    // Every row's number is read, targets or not, so that rows out of order are seen before a row is added twice.
    while (phase === 'rows') {
      const rowAt = indexOfBytes(buffer, rowStart, at);
      if (end >= 0 && (rowAt < 0 || end < rowAt)) {
        yield flush(end);
        yield encode(newRowsBefore(Infinity));
        phase = 'tail';
        break;
      }
      if (rowAt < 0 || rowAt + rowStart.bytes.length >= buffer.length) {
        at = Math.max(at, Math.min(rowAt < 0 ? buffer.length : rowAt, buffer.length - sheetDataEnd.bytes.length));
        break;
      }
      if (!isNameEnd(buffer[rowAt + rowStart.bytes.length])) {
        at = rowAt + rowStart.bytes.length;
        continue;
      }
      const tagEnd = tagEndAt(buffer, rowAt);
      if (tagEnd < 0) {
        at = rowAt;
        break;
      }
      const rowNumber = rowNumberAt(buffer, rowAt, tagEnd) ?? lastRow + 1;
      if (!present && rowNumber <= lastRow) throw new RowsOutOfOrder(rowNumber);
      if (next < toAdd.length && toAdd[next]!.row < rowNumber) {
        yield flush(rowAt);
        yield encode(newRowsBefore(rowNumber));
      }
      if (hasTargets(rowNumber)) {
        const selfClosing = buffer[tagEnd - 1] === SLASH;
        const closeAt = selfClosing ? tagEnd + 1 : indexOfBytes(buffer, rowEnd, tagEnd);
        // The row goes on in the next chunk: it is read again from its start then.
        if (closeAt < 0) {
          at = rowAt;
          break;
        }
        const close = selfClosing ? closeAt : closeAt + rowEnd.bytes.length;
        yield flush(rowAt);
        yield encode(patchRow(utf8Decoder.decode(buffer.subarray(rowAt, close)), rowNumber, takeTargets(rowNumber)));
        emitted = at = close;
      } else {
        at = tagEnd + 1;
      }
      lastRow = rowNumber;
    }
    if (phase === 'tail') tail.push(flush(buffer.length).slice());
    else if (phase === 'rows') yield flush(Math.max(at, emitted));
    if (final && phase !== 'tail') throw new Error('worksheet ends inside sheetData');
    buffer = buffer.subarray(emitted);
  };

  for await (const chunk of xml) {
    if (!buffer.length) {
      buffer = chunk;
      for (const piece of process(false)) if (piece.length) yield piece;
      continue;
    }
    // What the last chunk left (a row's start, at most a row) is joined to this chunk's first bytes only: the chunk
    // itself is read where it lies, not copied into fresh memory, which costs more than reading it (docs/BENCHMARKS.md).
    const joined = Math.min(chunk.length, JOINED_BYTES);
    buffer = concatBytes([buffer, chunk.subarray(0, joined)]);
    for (const piece of process(false)) if (piece.length) yield piece;
    if (joined === chunk.length) continue;
    // What is left now lies in the chunk, unless the joined bytes did not finish what the last chunk left.
    buffer = buffer.length <= joined ? chunk.subarray(joined - buffer.length) : concatBytes([buffer, chunk.subarray(joined)]);
    for (const piece of process(false)) if (piece.length) yield piece;
  }
  for (const piece of process(true)) if (piece.length) yield piece;
  let rest = utf8Decoder.decode(concatBytes(tail));
  if (patch.legacyDrawingId) {
    const element = `<${prefix}legacyDrawing ${relationshipsPrefix}:id="${patch.legacyDrawingId}"/>`;
    const follower = AFTER_LEGACY_DRAWING.map((name) => startTags(rest, `${prefix}${name}`)[0]?.at ?? -1).filter((i) => i >= 0);
    const at = follower.length ? Math.min(...follower) : rest.lastIndexOf(`</${prefix}worksheet>`);
    rest = rest.slice(0, at) + element + rest.slice(at);
  }
  yield encode(rest);
}

/** Which of the `wanted` rows a worksheet part has (to patch a sheet whose rows are out of order). */
export async function rowsPresent(xml: AsyncIterable<Uint8Array>, wanted: ReadonlySet<number>): Promise<Set<number>> {
  const found = new Set<number>();
  let buffer: Uint8Array = new Uint8Array(0);
  let rowStart: Needle | undefined;
  let lastRow = 0;
  for await (const chunk of xml) {
    buffer = buffer.length ? concatBytes([buffer, chunk]) : chunk;
    let at = 0;
    if (!rowStart) {
      const sheetData = findSheetData(buffer, 0);
      if (!sheetData) continue;
      rowStart = needleOf(`<${sheetData.prefix}row`);
      at = sheetData.at;
    }
    for (;;) {
      const rowAt = indexOfBytes(buffer, rowStart, at);
      if (rowAt < 0) {
        at = buffer.length - rowStart.bytes.length;
        break;
      }
      const tagEnd = tagEndAt(buffer, rowAt);
      if (tagEnd < 0) {
        at = rowAt;
        break;
      }
      if (isNameEnd(buffer[rowAt + rowStart.bytes.length])) {
        lastRow = rowNumberAt(buffer, rowAt, tagEnd) ?? lastRow + 1;
        if (wanted.has(lastRow)) found.add(lastRow);
      }
      at = tagEnd + 1;
    }
    buffer = buffer.slice(Math.max(0, at));
  }
  return found;
}
