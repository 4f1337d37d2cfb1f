/**
 * The byte-level sheet reader (DESIGN.md, package layer): scans a worksheet part's inflated XML as it
 * streams (Uint8Array chunks, any size, cut anywhere) and hands each row's values to a callback, in
 * the form the core reads (src/core/snapshot.ts): numbers, strings, booleans, error texts, and date
 * cells as Excel serial numbers of the 1900 date system. No object per cell: a row's values are one
 * array, reused from row to row. The shared-strings part is scanned the same way.
 *
 * What it understands, as a conforming XML parser would: any namespace prefix (`<x:row>`, as the
 * .NET Open XML SDK writes), the five predefined entities and numeric character references, CDATA,
 * comments and processing instructions anywhere, attributes in either quote, rows and cells without
 * an `r` attribute (the next row, the next column), cells out of order or repeated (the last value
 * wins), t="s", "str", "inlineStr", "b", "e", "n", "d", rich-text runs (phonetic runs left out),
 * OOXML's `_xHHHH_` escapes in strings, and a merged range's cells given the value of its first
 * cell. What it refuses, with an XmlPartError naming the part: a document that is not well-formed
 * (tags that do not match, text outside the root, a truncated part, a name or attribute it cannot
 * read), an undefined entity, bytes that are not UTF-8, a DOCTYPE. It never guesses a value.
 *
 * No Node import: the CLI's checker thread and the page's Web Worker run the same code.
 */
import type { CellValue } from '../../core';
import { XmlPartError } from './xml';
import { SHORT_STRING_BYTES, byteString, shortString } from './bytes';

/** What a sheet's cells need from the rest of the package to become values. */
export interface CellDecoding {
  /** The shared-strings table: an index to its text, null for an empty string. */
  sharedStrings: readonly (string | null)[];
  /** By cell format (`s`, the index into styles.xml's cellXfs): whether its number format shows a date. */
  dateStyles: ArrayLike<boolean | number>;
  /** The workbook counts dates from 1904 (workbookPr date1904): date cells are given as 1904 serials. */
  date1904: boolean;
}

/** A merged range: one-based rows, zero-based columns, inclusive. */
export interface MergedRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * One row: `values[0]` is column A, gaps are nulls, nothing after the last cell with a value. The
 * array is reused for the next row: copy it to keep it.
 */
export type RowCallback = (rowNumber: number, values: CellValue[]) => void;

// ---------------------------------------------------------------------------------------------
// Bytes and names.

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const QUESTION = 0x3f;
const BANG = 0x21;
const EQUALS = 0x3d;
const DQUOTE = 0x22;
const SQUOTE = 0x27;
const AMP = 0x26;
const SEMI = 0x3b;
const COLON = 0x3a;
const HASH = 0x23;
const MINUS = 0x2d;
const PLUS = 0x2b;
const DOT = 0x2e;
const ZERO = 0x30;
const NINE = 0x39;
const CR = 0x0d;

const LOWER_V = 0x76;
/** What ends a plain cell's value: its `</v>` and the cell's `</c>`. */
const PLAIN_VALUE_END = new TextEncoder().encode('</v></c>');
/** How much of a piece is joined to what the last one left: enough for a cell or a tag to end in it. */
const JOINED_BYTES = 16 << 10;

const isSpace = (byte: number) => byte === 0x20 || byte === 0x0a || byte === 0x09 || byte === 0x0d;

/**
 * A name as a number: up to six bytes packed exactly, longer names hashed (FNV-1a) with their
 * length, so that tags are told apart and matched without making a string of each.
 */
function keyOf(bytes: Uint8Array, start: number, end: number): number {
  const length = end - start;
  if (length <= 6) {
    let key = 0;
    for (let i = start; i < end; i++) key = key * 256 + bytes[i]!;
    return key;
  }
  let hash = 0x811c9dc5;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ bytes[i]!, 16777619);
  return 2 ** 49 + (hash >>> 0) * 64 + (length & 63);
}

const ASCII = new TextEncoder();
const nameKey = (name: string) => {
  const bytes = ASCII.encode(name);
  return keyOf(bytes, 0, bytes.length);
};

const K = {
  worksheet: nameKey('worksheet'),
  sheetData: nameKey('sheetData'),
  row: nameKey('row'),
  c: nameKey('c'),
  v: nameKey('v'),
  f: nameKey('f'),
  is: nameKey('is'),
  t: nameKey('t'),
  r: nameKey('r'),
  s: nameKey('s'),
  rPh: nameKey('rPh'),
  mergeCells: nameKey('mergeCells'),
  mergeCell: nameKey('mergeCell'),
  ref: nameKey('ref'),
  sst: nameKey('sst'),
  si: nameKey('si'),
};

const UTF8 = new TextDecoder('utf-8', { fatal: true });

// ---------------------------------------------------------------------------------------------
// The tokenizer shared by both scanners.

const enum Tag {
  Open,
  Close,
  Empty,
  Skip,
}

/**
 * The most a scanner holds of one tag, cell or shared string while its end has not come (it is
 * scanned again with each chunk): Excel's largest cell, 32,767 characters written as character
 * references of at most 8 bytes and a formula of 8,192, takes under 330 KB. 1 MiB leaves room for
 * rich text; more is refused before memory, and the time spent scanning it again, grow with it.
 */
const MAX_HELD_BYTES = 1 << 20;
/** Short strings remembered by each scanner (a power of two). */
const RECENT_STRINGS = 1024;
/** Excel's rows in a sheet: a part with more row elements (rows repeated) is not a sheet, and would grow the model without end. */
const MAX_ROWS = 1_048_576;

/** A chunked XML scanner: subclasses say what the elements mean; this finds them. */
abstract class ByteScanner {
  /** Bytes of the part before the current buffer, for error positions. */
  private offset = 0;
  private carry: Uint8Array | undefined;
  private started = false;
  protected rootSeen = false;
  protected depth = 0;
  /** Qualified-name key of each open element, to match its end tag. */
  protected stack: number[] = [];

  // The tag just read.
  protected tag: Tag = Tag.Skip;
  protected local = 0;
  private qname = 0;
  /** Attribute name keys and value spans [start, end) in the current buffer, of the tag just read. */
  protected attributeCount = 0;
  protected attributeKeys: number[] = [];
  protected attributeStarts: number[] = [];
  protected attributeEnds: number[] = [];

  constructor(readonly part: string) {}

  protected fail(reason: string, at?: number): never {
    throw new XmlPartError(this.part, at === undefined ? reason : `${reason} (at byte ${this.offset + at})`);
  }

  /** The next piece of the part. */
  push(chunk: Uint8Array): void {
    const carry = this.carry;
    if (!carry) {
      this.scanned(chunk);
      return;
    }
    // What the last piece left (a tag or a cell cut in two) is joined to this piece's first bytes only: the piece
    // itself is read where it lies, not copied into fresh memory, which costs more than reading it (docs/BENCHMARKS.md).
    const joined = Math.min(chunk.length, JOINED_BYTES);
    const bytes = new Uint8Array(carry.length + joined);
    bytes.set(carry);
    bytes.set(chunk.subarray(0, joined), carry.length);
    this.carry = undefined;
    this.scanned(bytes);
    if (joined === chunk.length) return;
    // What is left now lies in the piece, unless the joined bytes did not finish what the last piece left.
    const left = this.carry as Uint8Array | undefined;
    this.carry = undefined;
    if (!left || left.length <= joined) {
      this.scanned(chunk.subarray(joined - (left?.length ?? 0)));
      return;
    }
    const rest = new Uint8Array(left.length + chunk.length - joined);
    rest.set(left);
    rest.set(chunk.subarray(joined), left.length);
    this.scanned(rest);
  }

  private scanned(bytes: Uint8Array): void {
    let start = 0;
    if (!this.started && bytes.length >= 3) {
      this.started = true;
      if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
      else if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
        this.fail('UTF-16 text: CoopCheck reads the sheets of a workbook in UTF-8, as Excel saves them');
    }
    const consumed = this.started ? this.scan(bytes, start) : 0;
    this.offset += consumed;
    this.carry = consumed < bytes.length ? bytes.slice(consumed) : undefined;
    if (this.carry && this.carry.length > MAX_HELD_BYTES)
      this.fail(`a tag, cell or string of more than ${MAX_HELD_BYTES >> 20} MiB of XML, far beyond Excel's 32,767 characters a cell`, 0);
  }

  /** The part has ended: anything left open is a truncated part. */
  protected finishScan(): void {
    if (!this.started && this.carry) {
      this.started = true;
      const carry = this.carry;
      this.carry = undefined;
      this.push(carry);
    }
    if (this.carry) {
      for (const byte of this.carry) if (!isSpace(byte)) this.fail('the XML ends in the middle of a tag or a cell (truncated part)', 0);
    }
    if (!this.rootSeen) this.fail('no XML element in the part');
    if (this.depth) this.fail('the XML ends before its elements are closed (truncated part)');
  }

  /** Scans from `start`; returns how far the buffer was consumed (the rest waits for the next chunk). */
  protected abstract scan(bytes: Uint8Array, start: number): number;

  /**
   * Reads the markup at `at` (a '<'). Returns the position after it, or -1 when the buffer ends
   * first. Sets `tag` (Skip for comments, PIs and CDATA: `cdataStart`/`cdataEnd` then hold its text).
   */
  protected readTag(bytes: Uint8Array, at: number): number {
    const length = bytes.length;
    let p = at + 1;
    if (p >= length) return -1;
    const first = bytes[p]!;
    this.cdataStart = -1;
    if (first === QUESTION) {
      const end = indexOfPair(bytes, QUESTION, GT, p + 1);
      if (end < 0) return -1;
      this.tag = Tag.Skip;
      return end + 2;
    }
    if (first === BANG) {
      if (p + 2 >= length) return -1;
      if (bytes[p + 1] === MINUS && bytes[p + 2] === MINUS) {
        for (let q = bytes.indexOf(MINUS, p + 3); ; q = bytes.indexOf(MINUS, q + 1)) {
          if (q < 0 || q + 2 >= length) return -1;
          if (bytes[q + 1] === MINUS && bytes[q + 2] === GT) {
            this.tag = Tag.Skip;
            return q + 3;
          }
        }
      }
      if (p + 8 > length) return -1;
      if (matches(bytes, p + 1, '[CDATA[')) {
        for (let q = bytes.indexOf(0x5d, p + 8); ; q = bytes.indexOf(0x5d, q + 1)) {
          if (q < 0 || q + 2 >= length) return -1;
          if (bytes[q + 1] === 0x5d && bytes[q + 2] === GT) {
            if (!this.depth) this.fail('text outside the root element', at);
            this.tag = Tag.Skip;
            this.cdataStart = p + 8;
            this.cdataEnd = q;
            return q + 3;
          }
        }
      }
      if (matches(bytes, p + 1, 'DOCTYPE')) this.fail('a DOCTYPE is not allowed in an Office Open XML part', at);
      this.fail('markup CoopCheck cannot read', at);
    }
    let closing = false;
    if (first === SLASH) {
      closing = true;
      p++;
    }
    const nameStart = p;
    let colon = -1;
    for (; p < length; p++) {
      const byte = bytes[p]!;
      if (byte === GT || byte === SLASH || isSpace(byte)) break;
      if (byte === COLON) colon = p;
      else if (byte === LT || byte === EQUALS || byte === DQUOTE || byte === SQUOTE) this.fail('a tag that is not well-formed', at);
    }
    if (p >= length) return -1;
    if (p === nameStart || colon === nameStart || colon === p - 1) this.fail('a tag without a name', at);
    const first1 = bytes[nameStart]!;
    if ((first1 >= ZERO && first1 <= NINE) || first1 === MINUS || first1 === DOT) this.fail('a tag whose name is not an XML name', at);
    this.qname = keyOf(bytes, nameStart, p);
    this.local = colon < 0 ? this.qname : keyOf(bytes, colon + 1, p);
    this.attributeCount = 0;
    for (;;) {
      while (p < length && isSpace(bytes[p]!)) p++;
      if (p >= length) return -1;
      const byte = bytes[p]!;
      if (byte === GT) {
        p++;
        this.tag = closing ? Tag.Close : Tag.Open;
        break;
      }
      if (byte === SLASH) {
        if (p + 1 >= length) return -1;
        if (closing || bytes[p + 1] !== GT) this.fail('a tag that is not well-formed', at);
        p += 2;
        this.tag = Tag.Empty;
        break;
      }
      if (closing) this.fail('an end tag with attributes', at);
      const attributeStart = p;
      let attributeColon = -1;
      for (; p < length; p++) {
        const c = bytes[p]!;
        if (c === EQUALS || isSpace(c)) break;
        if (c === COLON) attributeColon = p;
        else if (c === GT || c === SLASH || c === LT || c === DQUOTE || c === SQUOTE) this.fail('an attribute that is not well-formed', at);
      }
      const attributeEnd = p;
      while (p < length && isSpace(bytes[p]!)) p++;
      if (p >= length) return -1;
      if (bytes[p] !== EQUALS || attributeEnd === attributeStart) this.fail('an attribute without a value', at);
      p++;
      while (p < length && isSpace(bytes[p]!)) p++;
      if (p >= length) return -1;
      const quote = bytes[p]!;
      if (quote !== DQUOTE && quote !== SQUOTE) this.fail('an attribute value without quotes', at);
      // Attribute values are a few bytes (a cell's reference, style, type): a loop is faster than a call to indexOf.
      let valueEnd = p + 1;
      while (valueEnd < length && bytes[valueEnd] !== quote) valueEnd++;
      if (valueEnd >= length) return -1;
      const n = this.attributeCount++;
      // Attributes without a prefix only: `r` is not `x14ac:r`.
      this.attributeKeys[n] = attributeColon < 0 ? keyOf(bytes, attributeStart, attributeEnd) : -1;
      this.attributeStarts[n] = p + 1;
      this.attributeEnds[n] = valueEnd;
      p = valueEnd + 1;
      if (p < length && !isSpace(bytes[p]!) && bytes[p] !== GT && bytes[p] !== SLASH) this.fail('attributes not separated by a space', at);
    }
    if (this.tag === Tag.Close) {
      if (!this.depth || this.stack[this.depth - 1] !== this.qname) this.fail('an end tag that does not match its start tag', at);
      this.depth--;
    } else {
      if (!this.depth) {
        if (this.rootSeen) this.fail('a second root element', at);
        this.rootSeen = true;
      }
      if (this.tag === Tag.Open) this.stack[this.depth++] = this.qname;
    }
    return p;
  }

  protected cdataStart = -1;
  protected cdataEnd = -1;

  /** Index of the attribute named `key` in the tag just read, or -1. */
  protected attribute(key: number): number {
    for (let i = 0; i < this.attributeCount; i++) if (this.attributeKeys[i] === key) return i;
    return -1;
  }

  /** Text between `start` and `end` (no markup in it) is only whitespace; else, outside the root, it is an error. */
  protected checkOutsideText(bytes: Uint8Array, start: number, end: number): void {
    for (let i = start; i < end; i++) if (!isSpace(bytes[i]!)) this.fail('text outside the root element', i);
  }

  /** Character data from the buffer: entities and character references decoded, UTF-8 checked. */
  protected text(bytes: Uint8Array, start: number, end: number): string {
    const amp = find(bytes, AMP, start, end);
    if (amp < 0) return this.utf8(bytes, start, end);
    let out = '';
    let from = start;
    for (let at = amp; at >= 0; at = find(bytes, AMP, from, end)) {
      out += this.utf8(bytes, from, at);
      const semi = find(bytes, SEMI, at + 1, Math.min(end, at + 13));
      if (semi < 0) this.fail('a "&" that starts no entity', at);
      out += this.entity(bytes, at + 1, semi, at);
      from = semi + 1;
    }
    return out + this.utf8(bytes, from, end);
  }

  private entity(bytes: Uint8Array, start: number, end: number, at: number): string {
    if (bytes[start] === HASH) {
      let code = 0;
      const hex = bytes[start + 1] === 0x78;
      let p = hex ? start + 2 : start + 1;
      if (p >= end) this.fail('an empty character reference', at);
      for (; p < end; p++) {
        const b = bytes[p]!;
        let digit: number;
        if (b >= ZERO && b <= NINE) digit = b - ZERO;
        else if (hex && b >= 0x61 && b <= 0x66) digit = b - 0x57;
        else if (hex && b >= 0x41 && b <= 0x46) digit = b - 0x37;
        else this.fail('a character reference that is not a number', at);
        code = code * (hex ? 16 : 10) + digit;
        if (code > 0x10ffff) this.fail('a character reference past Unicode', at);
      }
      // XML's Char production: no NUL, no C0 controls but tab and line ends, no surrogates, no U+FFFE/U+FFFF.
      if ((code < 0x20 && code !== 0x9 && code !== 0xa && code !== 0xd) || (code >= 0xd800 && code <= 0xdfff) || code === 0xfffe || code === 0xffff) {
        this.fail(`a character reference to a character XML does not allow (&#${code};)`, at);
      }
      return String.fromCodePoint(code);
    }
    const name = String.fromCharCode(...bytes.subarray(start, end));
    switch (name) {
      case 'lt':
        return '<';
      case 'gt':
        return '>';
      case 'amp':
        return '&';
      case 'quot':
        return '"';
      case 'apos':
        return "'";
      default:
        return this.fail(`undefined entity &${name};`, at);
    }
  }

  /**
   * The short strings made lately, by a hash of their bytes: a category, a type or a code repeated down a
   * column is one string, not one per cell (a million members' category took 24 MB of strings "A" and "B").
   */
  private readonly recentStrings: (string | undefined)[] = new Array<string | undefined>(RECENT_STRINGS).fill(undefined);

  protected utf8(bytes: Uint8Array, start: number, end: number): string {
    const length = end - start;
    if (length <= 0) return '';
    // Short ASCII (ids, names, codes) is most of a register: made directly, which is several times faster than TextDecoder.
    if (length <= SHORT_STRING_BYTES) {
      let plain = true;
      let hash = length;
      for (let i = start; i < end; i++) {
        const byte = bytes[i]!;
        if (byte >= 0x80 || byte === CR) {
          plain = false;
          break;
        }
        hash = (Math.imul(hash, 31) + byte) | 0;
      }
      if (plain) {
        const slot = hash & (RECENT_STRINGS - 1);
        const recent = this.recentStrings[slot];
        if (recent !== undefined && recent.length === length) {
          let same = true;
          for (let i = 0; i < length; i++)
            if (recent.charCodeAt(i) !== bytes[start + i]) {
              same = false;
              break;
            }
          if (same) return recent;
        }
        return (this.recentStrings[slot] = shortString(bytes, start, end));
      }
    }
    let text: string;
    try {
      text = UTF8.decode(bytes.subarray(start, end));
    } catch {
      return this.fail('bytes that are not UTF-8 text', start);
    }
    // XML's end-of-line handling: a line break written CR LF, or CR alone, is read as LF (a &#13; stays a CR).
    return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
  }

  /** An attribute's value as text. */
  protected attributeText(bytes: Uint8Array, index: number): string {
    return this.text(bytes, this.attributeStarts[index]!, this.attributeEnds[index]!);
  }
}

/** The first `byte` in bytes[start, end), or -1: a loop for short spans (indexOf would search on to the buffer's end). */
function find(bytes: Uint8Array, byte: number, start: number, end: number): number {
  if (end - start > 256) {
    const at = bytes.subarray(start, end).indexOf(byte);
    return at < 0 ? -1 : start + at;
  }
  for (let i = start; i < end; i++) if (bytes[i] === byte) return i;
  return -1;
}

function indexOfPair(bytes: Uint8Array, a: number, b: number, from: number): number {
  for (let q = bytes.indexOf(a, from); q >= 0 && q + 1 < bytes.length; q = bytes.indexOf(a, q + 1)) if (bytes[q + 1] === b) return q;
  return -1;
}

function matches(bytes: Uint8Array, at: number, ascii: string): boolean {
  if (at + ascii.length > bytes.length) return false;
  for (let i = 0; i < ascii.length; i++) if (bytes[at + i] !== ascii.charCodeAt(i)) return false;
  return true;
}

/** OOXML's escape of characters XML cannot hold (ST_Xstring): `_x000D_` is a carriage return, `_x005F_` a "_". */
const X_ESCAPE = /_x([0-9A-Fa-f]{4})_/g;
export function unescapeXstring(text: string): string {
  return text.indexOf('_x') < 0 ? text : text.replace(X_ESCAPE, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

// ---------------------------------------------------------------------------------------------
// Numbers and dates.

const POWERS_OF_TEN = Array.from({ length: 23 }, (_, i) => 10 ** i);

/**
 * A `<v>`'s number, as parseFloat reads it: digits, an optional fraction and exponent. The common
 * forms are computed from the bytes (exactly: an integer below 2^53 divided or multiplied by an
 * exact power of ten is rounded once, as parseFloat rounds); anything else goes through parseFloat.
 */
function numberOf(bytes: Uint8Array, start: number, end: number): number {
  let p = start;
  let negative = false;
  if (p < end && (bytes[p] === MINUS || bytes[p] === PLUS)) {
    negative = bytes[p] === MINUS;
    p++;
  }
  let mantissa = 0;
  let scale = 0;
  const intStart = p;
  while (p < end && bytes[p]! >= ZERO && bytes[p]! <= NINE) {
    mantissa = mantissa * 10 + (bytes[p]! - ZERO);
    p++;
  }
  let digits = p - intStart;
  if (p < end && bytes[p] === DOT) {
    p++;
    const fracStart = p;
    while (p < end && bytes[p]! >= ZERO && bytes[p]! <= NINE) {
      mantissa = mantissa * 10 + (bytes[p]! - ZERO);
      p++;
    }
    scale = p - fracStart;
    digits += scale;
  }
  let exponent = 0;
  if (p < end && (bytes[p] === 0x45 || bytes[p] === 0x65) && digits) {
    p++;
    let expNegative = false;
    if (p < end && (bytes[p] === MINUS || bytes[p] === PLUS)) {
      expNegative = bytes[p] === MINUS;
      p++;
    }
    const expStart = p;
    while (p < end && bytes[p]! >= ZERO && bytes[p]! <= NINE && p - expStart < 5) {
      exponent = exponent * 10 + (bytes[p]! - ZERO);
      p++;
    }
    if (p === expStart) p = -1;
    if (expNegative) exponent = -exponent;
  }
  if (p === end && digits && digits <= 15) {
    const power = exponent - scale;
    let value: number | undefined;
    if (power === 0) value = mantissa;
    else if (power < 0 && power >= -22) value = mantissa / POWERS_OF_TEN[-power]!;
    else if (power > 0 && power <= 22) value = mantissa * POWERS_OF_TEN[power]!;
    if (value !== undefined) return negative ? -value : value;
  }
  return parseFloat(end - start <= SHORT_STRING_BYTES ? shortString(bytes, start, end) : byteString(bytes.subarray(start, end)));
}

/** Serial 0 of the 1904 date system is 1 January 1904, serial 1462 of the 1900 one. */
const DAYS_1900_TO_1904 = 1462;

/** A day of the 1900 system (Excel's 29 February 1900 skipped below 61) in the workbook's own system. */
function inDateSystem(serial1900: number, date1904: boolean): number {
  const serial = serial1900 < 61 ? serial1900 - 1 : serial1900;
  return date1904 ? serial - DAYS_1900_TO_1904 : serial;
}

/**
 * A date cell's serial: whole days of the workbook's own date system, the time of day dropped; null
 * when no date. The extractor moves 1904 serials (createExtractor's date1904), of date cells and of
 * unformatted numbers in date columns alike, as it does for the Office path's values.
 */
export function dateSerialOf(value: number, date1904: boolean): number | null {
  const ms = Math.round((value - 25569 + (date1904 ? DAYS_1900_TO_1904 : 0)) * 86_400_000);
  if (!(Math.abs(ms) <= 8.64e15)) return null;
  return inDateSystem(Math.floor(ms / 86_400_000) + 25569, date1904);
}

/** An ISO 8601 date or date-time (a t="d" cell) as the same serial; null when not one. */
function isoDateSerial(text: string, date1904: boolean): number | null {
  const m = /^\s*(-?\d{4,})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?\s*$/.exec(text);
  if (!m) return null;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  if (Number.isNaN(ms)) return null;
  return inDateSystem(Math.floor(ms / 86_400_000) + 25569, date1904);
}

/** Column letters (A…XFD) at bytes[start, end) to a zero-based index; -1 when none. */
function columnOf(bytes: Uint8Array, start: number, end: number): number {
  let column = 0;
  let p = start;
  if (p < end && bytes[p] === 0x24) p++;
  const lettersStart = p;
  for (; p < end; p++) {
    let b = bytes[p]!;
    if (b >= 0x61 && b <= 0x7a) b -= 0x20;
    if (b < 0x41 || b > 0x5a) break;
    column = column * 26 + (b - 0x40);
  }
  const letters = p - lettersStart;
  if (!letters || letters > 3 || column > 16_384) return -1;
  return column - 1;
}

/** The row of an address (its digits), 0 when none. */
function rowOf(bytes: Uint8Array, start: number, end: number): number {
  let p = start;
  while (p < end && !(bytes[p]! >= ZERO && bytes[p]! <= NINE)) p++;
  let row = 0;
  const digitsStart = p;
  for (; p < end && bytes[p]! >= ZERO && bytes[p]! <= NINE; p++) row = row * 10 + (bytes[p]! - ZERO);
  return p === end && p > digitsStart ? row : 0;
}

// ---------------------------------------------------------------------------------------------
// Worksheets.

/** Cell types (the `t` attribute). */
const enum CellType {
  Number,
  Shared,
  Str,
  Inline,
  Bool,
  Error,
  Date,
}

const CELL_TYPES = new Map<number, CellType>([
  [nameKey('n'), CellType.Number],
  [nameKey('s'), CellType.Shared],
  [nameKey('str'), CellType.Str],
  [nameKey('inlineStr'), CellType.Inline],
  [nameKey('b'), CellType.Bool],
  [nameKey('e'), CellType.Error],
  [nameKey('d'), CellType.Date],
]);

/** Where the scanner is, by the elements open (depth 1 is the root). */
const enum Where {
  Outside,
  SheetData,
  Row,
  Cell,
  Value,
  Formula,
  Inline,
  InlineRun,
  InlineText,
  Phonetic,
  MergeCells,
  Other,
}

/**
 * Scans a worksheet part: `onRow` gets each `<row>` as it ends (rows without a cell too, as exceljs's
 * reader gives them); `merges()` the merged ranges once the part has ended.
 */
export class SheetScanner extends ByteScanner {
  private readonly merges: MergedRange[] = [];
  private readonly values: CellValue[] = [];
  /**
   * How many of `values` are the current row's. The array is kept from row to row at the length rows
   * have, not emptied: emptied, it let go of its storage, and every row took a new one as its cells
   * came (150 MB over a million members, docs/BENCHMARKS.md).
   */
  private width = 0;
  private where = Where.Outside;
  /** Depth of an element whose content is skipped (an unknown element inside a cell…). */
  private skipDepth = 0;
  private rowNumber = 0;
  private rowElements = 0;
  private nextColumn = 0;
  // The cell being read: reset at each `<c>`, committed at `</c>`.
  private cellStart = -1;
  private cellDepth = 0;
  private column = 0;
  private style = 0;
  private type = CellType.Number;
  private hasFormula = false;
  private valueStart = -1;
  private valueEnd = -1;
  /** Set when the value's text is not one span (entities, CDATA, comments, runs): then `pieces` holds it. */
  private pieces: string[] | undefined;
  private hasValue = false;
  private inlineText = '';
  private hasInline = false;

  constructor(
    part: string,
    private readonly decoding: CellDecoding,
    private readonly onRow: RowCallback,
  ) {
    super(part);
  }

  /** Ends the part; returns its merged ranges (sorted by first row). */
  end(): MergedRange[] {
    this.finishScan();
    return this.merges.sort((a, b) => a.top - b.top);
  }

  protected scan(bytes: Uint8Array, start: number): number {
    const length = bytes.length;
    let pos = start;
    while (pos < length) {
      // Between a sheet's cells one tag follows the other: no call to indexOf for that.
      const lt = bytes[pos] === LT ? pos : bytes.indexOf(LT, pos);
      const textEnd = lt < 0 ? length : lt;
      if (textEnd > pos) {
        if (this.where === Where.Value || this.where === Where.InlineText) this.addText(bytes, pos, textEnd);
        else if (!this.depth) this.checkOutsideText(bytes, pos, textEnd);
      }
      if (lt < 0) {
        // Text cut by the chunk: a value's text waits for the rest (the cell is read again from its start).
        return this.cellStart >= 0 ? this.rewind() : length;
      }
      const next = this.readTag(bytes, lt);
      if (next < 0) return this.cellStart >= 0 ? this.rewind() : lt;
      if (this.tag === Tag.Skip) {
        if (this.cdataStart >= 0 && (this.where === Where.Value || this.where === Where.InlineText))
          this.addRaw(this.utf8(bytes, this.cdataStart, this.cdataEnd));
      } else if (this.tag === Tag.Close) this.close(bytes);
      else {
        this.open(bytes, lt, this.tag === Tag.Empty);
        if (this.tag === Tag.Open && this.where === Where.Cell && !this.skipDepth && this.local === K.c) {
          const end = this.plainValue(bytes, next);
          if (end >= 0) {
            pos = end;
            continue;
          }
        }
      }
      pos = next;
    }
    return this.cellStart >= 0 ? this.rewind() : length;
  }

  /**
   * Most cells are `<c …><v>text</v></c>`: once its `<c>` is read, such a cell's value is taken at
   * once, with the same checks the tag by tag path makes (the text up to the next "<", the end tags
   * matching, the cell's own end tag unprefixed as its start tag). Anything else, or a cell cut by the
   * chunk, gives -1 and is read tag by tag. Three tags less to tokenise per cell: most of a sheet.
   */
  private plainValue(bytes: Uint8Array, at: number): number {
    if (bytes[at] !== LT || bytes[at + 1] !== LOWER_V || bytes[at + 2] !== GT) return -1;
    // A value is a few bytes: a loop finds its end sooner than a call to indexOf.
    const length = bytes.length;
    let end = at + 3;
    while (end < length && bytes[end] !== LT) end++;
    if (end + PLAIN_VALUE_END.length > length) return -1;
    for (let i = 1; i < PLAIN_VALUE_END.length; i++) if (bytes[end + i] !== PLAIN_VALUE_END[i]) return -1;
    if (this.stack[this.depth - 1] !== K.c) return -1;
    this.hasValue = true;
    this.bufferOfValue = bytes;
    if (end > at + 3) {
      this.valueStart = at + 3;
      this.valueEnd = end;
    }
    this.depth--;
    this.endCell(bytes);
    this.where = Where.Row;
    return end + PLAIN_VALUE_END.length;
  }

  /** Gives the cell being read back to the next chunk: it is read again from its `<c`. */
  private rewind(): number {
    const at = this.cellStart;
    this.depth = this.cellDepth;
    this.where = Where.Row;
    this.skipDepth = 0;
    this.cellStart = -1;
    return at;
  }

  private addText(bytes: Uint8Array, start: number, end: number): void {
    if (this.valueStart < 0 && !this.pieces) {
      this.valueStart = start;
      this.valueEnd = end;
      return;
    }
    this.addRaw(this.text(bytes, start, end));
  }

  /** A second piece of a value's text: from now on the value is kept as strings. */
  private addRaw(text: string): void {
    if (!this.pieces) {
      this.pieces = [];
      if (this.valueStart >= 0) this.pieces.push(this.text(this.bufferOfValue!, this.valueStart, this.valueEnd));
    }
    this.pieces.push(text);
  }

  private bufferOfValue: Uint8Array | undefined;

  private open(bytes: Uint8Array, at: number, empty: boolean): void {
    const local = this.local;
    // this.depth counts the element just opened (not for an empty one).
    const depth = empty ? this.depth + 1 : this.depth;
    if (this.skipDepth) {
      if (empty) return;
      return;
    }
    switch (this.where) {
      case Where.Outside:
        if (depth === 1) {
          if (local !== K.worksheet) this.fail('not a worksheet (its root element is not <worksheet>)', at);
        } else if (depth === 2 && local === K.sheetData) {
          if (!empty) this.where = Where.SheetData;
        } else if (depth === 2 && local === K.mergeCells) {
          if (!empty) this.where = Where.MergeCells;
        }
        return;
      case Where.SheetData:
        if (local !== K.row) return this.skip(empty);
        this.beginRow(bytes);
        if (empty) this.endRow();
        else this.where = Where.Row;
        return;
      case Where.Row:
        if (local !== K.c) return this.skip(empty);
        this.beginCell(bytes, at);
        if (empty) this.endCell(bytes);
        else this.where = Where.Cell;
        return;
      case Where.Cell:
        if (local === K.v) {
          this.hasValue = true;
          this.bufferOfValue = bytes;
          if (!empty) this.where = Where.Value;
        } else if (local === K.f) {
          this.hasFormula = true;
          if (!empty) {
            this.where = Where.Formula;
            this.skipDepth = this.depth;
          }
        } else if (local === K.is) {
          this.hasInline = true;
          if (!empty) this.where = Where.Inline;
        } else this.skip(empty);
        return;
      case Where.Inline:
      case Where.InlineRun:
        if (local === K.t) {
          this.bufferOfValue = bytes;
          this.valueStart = -1;
          this.pieces = undefined;
          if (!empty) this.where = Where.InlineText;
        } else if (local === K.r && this.where === Where.Inline) {
          if (!empty) this.where = Where.InlineRun;
        } else this.skip(empty);
        return;
      case Where.MergeCells:
        if (local === K.mergeCell) {
          const ref = this.attribute(K.ref);
          if (ref >= 0) this.addMerge(bytes, this.attributeStarts[ref]!, this.attributeEnds[ref]!);
        }
        if (!empty) this.skip(false);
        return;
      default:
        this.skip(empty);
    }
  }

  private skip(empty: boolean): void {
    if (!empty) this.skipDepth = this.depth;
  }

  private close(bytes: Uint8Array): void {
    const depth = this.depth + 1;
    if (this.skipDepth) {
      if (depth === this.skipDepth) {
        this.skipDepth = 0;
        if (this.where === Where.Formula) this.where = Where.Cell;
      }
      return;
    }
    switch (this.where) {
      case Where.Value:
        this.where = Where.Cell;
        return;
      case Where.InlineText:
        this.inlineText += this.takeText();
        this.where = depth === this.cellDepth + 3 ? Where.Inline : Where.InlineRun;
        return;
      case Where.InlineRun:
        this.where = Where.Inline;
        return;
      case Where.Inline:
        this.where = Where.Cell;
        return;
      case Where.Cell:
        this.endCell(bytes);
        this.where = Where.Row;
        return;
      case Where.Row:
        this.endRow();
        this.where = Where.SheetData;
        return;
      case Where.SheetData:
      case Where.MergeCells:
        this.where = Where.Outside;
        return;
      default:
    }
  }

  private beginRow(bytes: Uint8Array): void {
    const r = this.attribute(K.r);
    const number = r >= 0 ? rowOf(bytes, this.attributeStarts[r]!, this.attributeEnds[r]!) : this.rowNumber + 1;
    if (!number || number > 1_048_576) this.fail(`a row whose number (r attribute) is not 1 to 1048576`, this.attributeStarts[r]);
    if (++this.rowElements > MAX_ROWS)
      this.fail(`more row elements than Excel's ${MAX_ROWS.toLocaleString('en')} rows (rows repeated)`, this.attributeStarts[r]);
    this.rowNumber = number;
    this.nextColumn = 0;
    this.width = 0;
  }

  private endRow(): void {
    const values = this.values;
    if (values.length !== this.width) values.length = this.width;
    this.onRow(this.rowNumber, values);
  }

  private beginCell(bytes: Uint8Array, at: number): void {
    this.cellStart = at;
    this.cellDepth = this.depth - 1;
    const r = this.attribute(K.r);
    if (r >= 0) {
      const column = columnOf(bytes, this.attributeStarts[r]!, this.attributeEnds[r]!);
      if (column < 0) this.fail('a cell whose reference (r attribute) is not a column A to XFD', at);
      this.column = column;
    } else this.column = this.nextColumn;
    if (this.column >= 16_384) this.fail('a cell past column XFD', at);
    const s = this.attribute(K.s);
    this.style = s >= 0 ? numberOf(bytes, this.attributeStarts[s]!, this.attributeEnds[s]!) : 0;
    const t = this.attribute(K.t);
    this.type = t >= 0 ? (CELL_TYPES.get(keyOf(bytes, this.attributeStarts[t]!, this.attributeEnds[t]!)) ?? CellType.Number) : CellType.Number;
    if (t >= 0 && !CELL_TYPES.has(keyOf(bytes, this.attributeStarts[t]!, this.attributeEnds[t]!)))
      this.fail(`a cell of unknown type t="${this.attributeText(bytes, t)}"`, at);
    this.hasFormula = false;
    this.hasValue = false;
    this.hasInline = false;
    this.inlineText = '';
    this.valueStart = -1;
    this.pieces = undefined;
  }

  /** The text of the `<v>` or `<t>` just read, as a string. */
  private takeText(): string {
    let text: string;
    if (this.pieces) text = this.pieces.join('');
    else text = this.valueStart >= 0 ? this.text(this.bufferOfValue!, this.valueStart, this.valueEnd) : '';
    this.pieces = undefined;
    this.valueStart = -1;
    return text;
  }

  private endCell(bytes: Uint8Array): void {
    this.cellStart = -1;
    const value = this.cellValue(bytes);
    this.nextColumn = this.column + 1;
    if (value === null) return;
    const values = this.values;
    const column = this.column;
    // Written in order, from the row's first slot: the array never has a hole.
    if (column >= this.width) {
      while (this.width < column) values[this.width++] = null;
      this.width = column + 1;
    }
    values[column] = value;
  }

  private cellValue(bytes: Uint8Array): CellValue {
    const { type } = this;
    if (type === CellType.Inline && this.hasInline) return nonEmpty(unescapeXstring(this.inlineText));
    if (!this.hasValue) return null;
    // The fast paths: a number or a shared string's index, straight from the bytes.
    if (!this.pieces && this.valueStart >= 0 && (type === CellType.Number || type === CellType.Shared)) {
      const start = this.valueStart;
      const end = this.valueEnd;
      this.valueStart = -1;
      if (type === CellType.Shared) {
        if (this.hasFormula) return numberOf(bytes, start, end);
        const index = numberOf(bytes, start, end);
        return this.decoding.sharedStrings[index] ?? null;
      }
      return this.number(numberOf(bytes, start, end));
    }
    const text = this.takeText();
    switch (type) {
      case CellType.Number:
        return this.number(parseFloat(text));
      case CellType.Shared:
        return this.hasFormula ? parseFloat(text) : (this.decoding.sharedStrings[parseInt(text, 10)] ?? null);
      case CellType.Str:
      case CellType.Inline:
        return nonEmpty(text);
      case CellType.Bool:
        return booleanOf(text);
      case CellType.Error:
        return nonEmpty(text);
      case CellType.Date:
        return isoDateSerial(text, this.decoding.date1904);
    }
  }

  /** A number, or a date serial when the cell's format shows a date. */
  private number(value: number): CellValue {
    const { style } = this;
    return style && this.decoding.dateStyles[style] ? dateSerialOf(value, this.decoding.date1904) : value;
  }

  private addMerge(bytes: Uint8Array, start: number, end: number): void {
    const colon = find(bytes, COLON, start, end);
    if (colon < 0) return;
    const left = columnOf(bytes, start, colon);
    const right = columnOf(bytes, colon + 1, end);
    const top = rowOf(bytes, start, colon);
    const bottom = rowOf(bytes, colon + 1, end);
    if (left < 0 || right < 0 || !top || !bottom) this.fail('a merged range that is not a range of cells', start);
    this.merges.push({ top: Math.min(top, bottom), bottom: Math.max(top, bottom), left: Math.min(left, right), right: Math.max(left, right) });
  }
}

const nonEmpty = (text: string): string | null => (text === '' ? null : text);

function booleanOf(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed === 'true') return true;
  if (trimmed === 'false') return false;
  return parseInt(trimmed, 10) !== 0;
}

/**
 * Gives each cell of a merged range the value of its first cell, as exceljs's full load does: fed
 * every row in order, it changes them in place.
 */
export function mergeFiller(merges: readonly MergedRange[]): (rowNumber: number, values: CellValue[]) => void {
  const pending = merges.map((m) => ({ ...m, value: null as CellValue }));
  let next = 0;
  let active: typeof pending = [];
  return (rowNumber, values) => {
    while (next < pending.length && pending[next]!.top <= rowNumber) active.push(pending[next++]!);
    if (!active.length) return;
    active = active.filter((m) => m.bottom >= rowNumber);
    for (const merge of active) {
      if (merge.top === rowNumber) merge.value = values[merge.left] ?? null;
      while (values.length <= merge.right) values.push(null);
      for (let column = merge.left; column <= merge.right; column++) {
        if (rowNumber !== merge.top || column !== merge.left) values[column] = merge.value;
      }
    }
  };
}

// ---------------------------------------------------------------------------------------------
// Shared strings.

const enum InString {
  Outside,
  Item,
  Text,
  Run,
  RunText,
  Other,
}

/** Scans the shared-strings part into its table: each `<si>`'s text, its runs joined, phonetic runs left out. */
export class SharedStringsScanner extends ByteScanner {
  readonly strings: (string | null)[] = [];
  private where = InString.Outside;
  private skipDepth = 0;
  private itemStart = -1;
  private itemDepth = 0;
  private textStart = -1;
  private textEnd = -1;
  private current = '';
  private pieces: string[] | undefined;

  constructor(part: string) {
    super(part);
  }

  end(): (string | null)[] {
    this.finishScan();
    return this.strings;
  }

  protected scan(bytes: Uint8Array, start: number): number {
    const length = bytes.length;
    let pos = start;
    while (pos < length) {
      const lt = bytes[pos] === LT ? pos : bytes.indexOf(LT, pos);
      const textEnd = lt < 0 ? length : lt;
      if (textEnd > pos) {
        if (this.where === InString.Text || this.where === InString.RunText) this.addText(bytes, pos, textEnd);
        else if (!this.depth) this.checkOutsideText(bytes, pos, textEnd);
      }
      if (lt < 0) return this.itemStart >= 0 ? this.rewind() : length;
      const next = this.readTag(bytes, lt);
      if (next < 0) return this.itemStart >= 0 ? this.rewind() : lt;
      if (this.tag === Tag.Skip) {
        if (this.cdataStart >= 0 && (this.where === InString.Text || this.where === InString.RunText))
          this.addPiece(this.utf8(bytes, this.cdataStart, this.cdataEnd), bytes);
      } else if (this.tag === Tag.Close) this.close(bytes);
      else this.open(lt, this.tag === Tag.Empty);
      pos = next;
    }
    return this.itemStart >= 0 ? this.rewind() : length;
  }

  private rewind(): number {
    const at = this.itemStart;
    this.depth = this.itemDepth;
    this.where = InString.Outside;
    this.skipDepth = 0;
    this.itemStart = -1;
    return at;
  }

  private buffer: Uint8Array | undefined;

  private addText(bytes: Uint8Array, start: number, end: number): void {
    if (this.textStart < 0 && !this.pieces) {
      this.textStart = start;
      this.textEnd = end;
      this.buffer = bytes;
      return;
    }
    this.addPiece(this.text(bytes, start, end), bytes);
  }

  private addPiece(text: string, bytes: Uint8Array): void {
    if (!this.pieces) {
      this.pieces = [];
      if (this.textStart >= 0) this.pieces.push(this.text(bytes, this.textStart, this.textEnd));
    }
    this.pieces.push(text);
  }

  private open(at: number, empty: boolean): void {
    if (this.skipDepth) return;
    const local = this.local;
    const depth = empty ? this.depth + 1 : this.depth;
    switch (this.where) {
      case InString.Outside:
        if (depth === 1) {
          if (local !== K.sst) this.fail('not a shared-strings part (its root element is not <sst>)', at);
        } else if (depth === 2 && local === K.si) {
          if (empty) {
            this.strings.push(null);
            return;
          }
          this.where = InString.Item;
          this.itemStart = at;
          this.itemDepth = this.depth - 1;
          this.current = '';
        } else if (!empty) this.skipDepth = this.depth;
        return;
      case InString.Item:
      case InString.Run:
        if (local === K.t) {
          this.textStart = -1;
          this.pieces = undefined;
          if (!empty) this.where = this.where === InString.Item ? InString.Text : InString.RunText;
        } else if (local === K.r && this.where === InString.Item) {
          if (!empty) this.where = InString.Run;
        } else if (!empty) this.skipDepth = this.depth;
        return;
      default:
        if (!empty) this.skipDepth = this.depth;
    }
  }

  private close(bytes: Uint8Array): void {
    const depth = this.depth + 1;
    if (this.skipDepth) {
      if (depth === this.skipDepth) this.skipDepth = 0;
      return;
    }
    switch (this.where) {
      case InString.Text:
      case InString.RunText: {
        let text: string;
        if (this.pieces) text = this.pieces.join('');
        else text = this.textStart >= 0 ? this.text(this.buffer ?? bytes, this.textStart, this.textEnd) : '';
        this.pieces = undefined;
        this.textStart = -1;
        this.current += text;
        this.where = this.where === InString.Text ? InString.Item : InString.Run;
        return;
      }
      case InString.Run:
        this.where = InString.Item;
        return;
      case InString.Item:
        this.strings.push(nonEmpty(unescapeXstring(this.current)));
        this.current = '';
        this.itemStart = -1;
        this.where = InString.Outside;
        return;
      default:
    }
  }
}
