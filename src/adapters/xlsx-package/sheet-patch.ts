/**
 * Rewrites a worksheet part as it streams through: the cells to flag get another cell format (their
 * `s` attribute, inserted where the cell is not written yet) and, when the sheet gets its first
 * notes, the worksheet points at its note drawing. Every other byte is passed on as it came, so a
 * sheet of a million rows is copied with its formulas, formats, widths and merged cells untouched,
 * holding no more than a chunk and a row.
 */
import { columnIndex, columnLetters } from '../../core';

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

const RELATIONSHIPS_NAMESPACES = ['http://schemas.openxmlformats.org/officeDocument/2006/relationships', 'http://purl.oclc.org/ooxml/officeDocument/relationships'];
/** What comes after legacyDrawing in a worksheet (ECMA-376 CT_Worksheet), the first of which it precedes. */
const AFTER_LEGACY_DRAWING = ['legacyDrawingHF', 'drawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst'];

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const EQUALS = 0x3d;
const DOUBLE_QUOTE = 0x22;
const SINGLE_QUOTE = 0x27;
const SHEET_DATA = Buffer.from('sheetData');

/** A column's format for cells not written in it (`<col min max style>`). */
interface ColumnStyle { min: number; max: number; style: number }

const isSpace = (byte: number | undefined) => byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d;

function isNameEnd(byte: number | undefined): boolean {
  return isSpace(byte) || byte === GT || byte === SLASH;
}

/** A character of an XML name as the worksheet prefixes use them (ASCII letters, digits, _ . -). */
const isNameByte = (byte: number) => (byte >= 0x41 && byte <= 0x5a) || (byte >= 0x61 && byte <= 0x7a) || (byte >= 0x30 && byte <= 0x39) || byte === 0x5f || byte === 0x2e || byte === 0x2d;

/** Where the start tag opened at `from` ends (its ">"), quoted attribute values skipped; -1 if the buffer ends first. */
function tagEndAt(buffer: Buffer, from: number): number {
  let quote = 0;
  for (let i = from + 1; i < buffer.length; i++) {
    const byte = buffer[i]!;
    if (quote) { if (byte === quote) quote = 0; }
    else if (byte === DOUBLE_QUOTE || byte === SINGLE_QUOTE) quote = byte;
    else if (byte === GT) return i;
  }
  return -1;
}

/** The row number in a `<row …>` start tag, read from its bytes (either quote); undefined when it has no r. */
function rowNumberAt(buffer: Buffer, start: number, end: number): number | undefined {
  let quote = 0;
  for (let i = start + 1; i < end; i++) {
    const byte = buffer[i]!;
    if (quote) { if (byte === quote) quote = 0; continue; }
    if (byte === DOUBLE_QUOTE || byte === SINGLE_QUOTE) { quote = byte; continue; }
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
function findSheetData(buffer: Buffer, from: number): { at: number; prefix: string } | undefined {
  for (let found = buffer.indexOf(SHEET_DATA, from); found >= 0; found = buffer.indexOf(SHEET_DATA, found + 1)) {
    if (found + SHEET_DATA.length >= buffer.length) return undefined;
    if (!isNameEnd(buffer[found + SHEET_DATA.length])) continue;
    let at = found - 1;
    if (buffer[at] === 0x3a) { at--; while (at >= 0 && isNameByte(buffer[at]!)) at--; }
    if (at >= 0 && buffer[at] === LT && buffer[at + 1] !== 0x3a) return { at, prefix: buffer.toString('latin1', at + 1, found) };
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
const decodeEntities = (text: string) => text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) =>
  name[0] === '#' ? String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1))) : ENTITIES[name] ?? whole);

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
    if (xml.startsWith('<!--', at)) { at = skipTo(xml, '-->', at); continue; }
    if (xml.startsWith('<![CDATA[', at)) { at = skipTo(xml, ']]>', at); continue; }
    if (xml.startsWith('<?', at)) { at = skipTo(xml, '?>', at); continue; }
    let end = at + 1;
    let quote = '';
    for (; end < xml.length; end++) {
      const char = xml[end]!;
      if (quote) { if (char === quote) quote = ''; }
      else if (char === '"' || char === "'") quote = char;
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

export async function* patchSheet(xml: AsyncIterable<Buffer>, patch: SheetPatch): AsyncGenerator<Buffer> {
  const targets = patch.cells;
  let next = 0;
  let columns: ColumnStyle[] = [];
  const columnStyle = (column: number) => columns.find((c) => column + 1 >= c.min && column + 1 <= c.max)?.style ?? 0;
  // The prefix the worksheet gives its own namespace ("x:" in <x:worksheet>), learnt from sheetData; the markers follow it.
  let prefix = '';
  let rowStart = Buffer.from('<row');
  let rowEnd = Buffer.from('</row>');
  let sheetDataEnd = Buffer.from('</sheetData>');
  /** The prefix bound to the relationships namespace, for the note drawing's r:id. */
  let relationshipsPrefix = 'r';

  const cellXml = (target: CellTarget, rowNumber: number, xf: number) => `<${prefix}c r="${columnLetters(target.column)}${rowNumber}" s="${xf}"/>`;

  /** Rows to write for targets before `row` (in rows the sheet does not have), or all that are left. */
  const newRowsBefore = (row: number): string => {
    let text = '';
    while (next < targets.length && targets[next]!.row < row) {
      const rowNumber = targets[next]!.row;
      let cells = '';
      for (; next < targets.length && targets[next]!.row === rowNumber; next++) {
        const target = targets[next]!;
        cells += cellXml(target, rowNumber, patch.restyle(target, columnStyle(target.column)));
      }
      text += `<${prefix}row r="${rowNumber}">${cells}</${prefix}row>`;
    }
    return text;
  };

  /** A row that holds targets, rewritten: its cells found by a scan of its tags (values, inline and rich text, formulas pass through). */
  const patchRow = (row: string, rowNumber: number): string => {
    const startTag = startTags(row, `${prefix}row`)[0]!.tag;
    const rowAttributes = tagAttributes(startTag);
    const rowStyle = ['1', 'true'].includes(rowAttributes.get('customFormat') ?? '') ? Number(rowAttributes.get('s') ?? 0) : undefined;
    const baseStyle = (column: number) => rowStyle ?? columnStyle(column);
    let inserted = false;
    const newCell = (target: CellTarget) => {
      inserted = true;
      return cellXml(target, rowNumber, patch.restyle(target, baseStyle(target.column)));
    };
    const body = startTag.endsWith('/>') ? '' : row.slice(startTag.length, row.length - rowEnd.length);
    let column = -1;
    let out = '';
    let copied = 0;
    for (const { at, end, tag } of startTags(body, `${prefix}c`)) {
      const a = tagAttributes(tag);
      const ref = /^([A-Z]+)\d*$/i.exec(a.get('r') ?? '')?.[1];
      column = ref === undefined ? column + 1 : columnIndex(ref.toUpperCase()) ?? column + 1;
      let before = '';
      while (next < targets.length && targets[next]!.row === rowNumber && targets[next]!.column < column) before += newCell(targets[next++]!);
      let replaced = tag;
      if (next < targets.length && targets[next]!.row === rowNumber && targets[next]!.column === column) {
        const target = targets[next++]!;
        const xf = patch.restyle(target, Number(a.get('s') ?? 0) || 0);
        // After r, where Excel writes it, when the cell has no s yet.
        replaced = withAttribute(tag, 's', String(xf), 'r');
      }
      out += body.slice(copied, at) + before + replaced;
      copied = end;
    }
    out += body.slice(copied);
    while (next < targets.length && targets[next]!.row === rowNumber) out += newCell(targets[next++]!);
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
      const found = findSheetData(buffer, 0);
      const tagEnd = found ? tagEndAt(buffer, found.at) : -1;
      if (!found || tagEnd < 0) {
        if (final) throw new Error('worksheet without sheetData');
        return;
      }
      prefix = found.prefix;
      rowStart = Buffer.from(`<${prefix}row`);
      rowEnd = Buffer.from(`</${prefix}row>`);
      sheetDataEnd = Buffer.from(`</${prefix}sheetData>`);
      const head = readHead(buffer.toString('utf8', 0, tagEnd + 1));
      emitted = at = tagEnd + 1;
      if (buffer[tagEnd - 1] === SLASH) {
        // An empty sheet: <sheetData/>.
        yield Buffer.from(head.replace(/\s*\/>$/, `>${newRowsBefore(Infinity)}</${prefix}sheetData>`));
        phase = 'tail';
      } else {
        yield Buffer.from(head);
        phase = 'rows';
      }
    }
    // Searched once per chunk: the rows do not change while it is scanned.
    const end = phase === 'rows' ? buffer.indexOf(sheetDataEnd, at) : -1;
    if (phase === 'rows' && end < 0 && next < targets.length) {
      // Rows come in order: when the chunk's last row is before the next target, so are all the rows before it.
      const lastAt = buffer.lastIndexOf(rowStart);
      const tagEnd = lastAt > at && isNameEnd(buffer[lastAt + rowStart.length]) ? tagEndAt(buffer, lastAt) : -1;
      const last = tagEnd < 0 ? undefined : rowNumberAt(buffer, lastAt, tagEnd);
      if (last !== undefined && last < targets[next]!.row) {
        at = lastAt;
        lastRow = last - 1;
      }
    }
    while (phase === 'rows') {
      // Past the last target only the end of the rows matters.
      const rowAt = next < targets.length ? buffer.indexOf(rowStart, at) : -1;
      if (end >= 0 && (rowAt < 0 || end < rowAt)) {
        yield flush(end);
        yield Buffer.from(newRowsBefore(Infinity));
        phase = 'tail';
        break;
      }
      if (rowAt < 0 || rowAt + rowStart.length >= buffer.length) {
        at = Math.max(at, Math.min(rowAt < 0 ? buffer.length : rowAt, buffer.length - sheetDataEnd.length));
        break;
      }
      if (!isNameEnd(buffer[rowAt + rowStart.length])) { at = rowAt + rowStart.length; continue; }
      const tagEnd = tagEndAt(buffer, rowAt);
      if (tagEnd < 0) { at = rowAt; break; }
      const rowNumber = rowNumberAt(buffer, rowAt, tagEnd) ?? lastRow + 1;
      if (targets[next]!.row < rowNumber) {
        yield flush(rowAt);
        yield Buffer.from(newRowsBefore(rowNumber));
      }
      if (next < targets.length && targets[next]!.row === rowNumber) {
        const selfClosing = buffer[tagEnd - 1] === SLASH;
        const closeAt = selfClosing ? tagEnd + 1 : buffer.indexOf(rowEnd, tagEnd);
        // The row goes on in the next chunk: it is read again from its start then.
        if (closeAt < 0) { at = rowAt; break; }
        const close = selfClosing ? closeAt : closeAt + rowEnd.length;
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
    const element = `<${prefix}legacyDrawing ${relationshipsPrefix}:id="${patch.legacyDrawingId}"/>`;
    const follower = AFTER_LEGACY_DRAWING.map((name) => startTags(rest, `${prefix}${name}`)[0]?.at ?? -1).filter((i) => i >= 0);
    const at = follower.length ? Math.min(...follower) : rest.lastIndexOf(`</${prefix}worksheet>`);
    rest = rest.slice(0, at) + element + rest.slice(at);
  }
  yield Buffer.from(rest);
}
