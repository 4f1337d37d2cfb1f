/**
 * The ZIP container (APPNOTE 6.3.10) as an .xlsx needs it, with no Node import, so that the same
 * code runs in Node and in the browser: the central directory read from any random-access source
 * (ZIP64, CP437 or UTF-8 names, entries written with a data descriptor), entries inflated with
 * their size and CRC-32 checked, and an archive written front to back that copies untouched entries
 * as their compressed bytes. Deflate itself is a codec: fflate here, which runs anywhere; Node's
 * native zlib in ./zip.ts, which is several times faster on the large sheets (docs/BENCHMARKS.md).
 */
import { Deflate, Inflate, deflateSync, inflateSync, type DeflateOptions } from 'fflate';
import { chunksOf } from './bytes';

/** Why an archive or one of its entries cannot be read, naming the entry when the fault is in one. */
export class ZipError extends Error {
  constructor(
    readonly reason: string,
    readonly part?: string,
  ) {
    super(part === undefined ? reason : `${part}: ${reason}`);
    this.name = 'ZipError';
  }
}

export interface ZipEntry {
  /** Decoded: UTF-8 when the entry says so (flag bit 11 or a Unicode path field), else CP437. */
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  localHeaderOffset: number;
  dosTime: number;
  dosDate: number;
}

/** Bytes read at any offset: a file in Node, a Blob or an ArrayBuffer in the browser. */
export interface ZipSource {
  readonly size: number;
  read(offset: number, length: number): Promise<Uint8Array>;
  close?(): Promise<void>;
}

/** Where an archive is written, front to back. */
export interface ZipSink {
  /** The bytes are the sink's until the promise settles, no longer: the writer then fills the same buffer again. */
  write(bytes: Uint8Array): Promise<void>;
  close(): Promise<void>;
  /** Gives up after a failure; the caller removes what was written. */
  abort(): Promise<void>;
}

export interface PieceCodec {
  /** Bytes deflated on their own (one array, or the views it is made of, in order), ended on a byte boundary and not final: a piece of a longer DEFLATE stream. */
  deflatePiece(data: Uint8Array | readonly Uint8Array[], level: number): Promise<Uint8Array>;
  /** A piece made by deflatePiece, inflated; `size` is its inflated size. */
  inflatePiece(data: Uint8Array, size: number): Uint8Array;
}

/** Raw DEFLATE and CRC-32. Errors thrown are turned into ZipErrors naming the entry. */
export interface ZipCodec {
  crc32(data: Uint8Array, previous?: number): number;
  /** A whole entry; `size` is what the directory records, a bound on the output. */
  inflate(data: Uint8Array, size: number): Uint8Array;
  deflate(data: Uint8Array): Uint8Array;
  /**
   * A large new entry as it streams, at zlib `level` (1–9), its CRC-32 and sizes counted on the way.
   * A DeflatedPiece in the stream is joined as it is (deflated beforehand by deflatePiece).
   */
  deflateStream(content: AsyncIterable<Uint8Array | DeflatedPiece>, level: number): Promise<DeflatedEntry>;
  /**
   * Pieces of a DEFLATE stream made apart (Node's zlib only: fflate 0.8's sync flush can write an
   * invalid empty stored block, so the page's copy is always deflated whole).
   */
  pieces?: PieceCodec;
  /**
   * An entry as it streams, in chunks of about `chunkSize`; must throw if the data ends before its last block.
   * A CountedStream's CRC-32 is counted where it is inflated, not again by the reader.
   */
  inflateStream(raw: AsyncIterable<Uint8Array>, chunkSize: number): AsyncIterable<Uint8Array> | CountedStream;
}

/** Inflated bytes whose CRC-32 was counted on the way (by the page's inflating worker): known once they have all been read. */
export interface CountedStream extends AsyncIterable<Uint8Array> {
  crc32(): number;
}

const isCounted = (stream: AsyncIterable<Uint8Array> | CountedStream): stream is CountedStream => typeof (stream as CountedStream).crc32 === 'function';

const EOCD_SIGNATURE = 0x06054b50;
const EOCD64_LOCATOR_SIGNATURE = 0x07064b50;
const EOCD64_SIGNATURE = 0x06064b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const EOCD_SIZE = 22;
const EOCD64_SIZE = 56;
const LOCATOR_SIZE = 20;
const MAX_COMMENT = 0xffff;
const ZIP64_EXTRA = 0x0001;
const UNICODE_PATH_EXTRA = 0x7075;
export const STORED = 0;
export const DEFLATED = 8;
const ENCRYPTED = 0x0001;
const DATA_DESCRIPTOR = 0x0008;
const UTF8_NAMES = 0x0800;
const MAX_16 = 0xffff;
const MAX_32 = 0xffffffff;
/** Version needed to extract: 2.0 for deflate, 4.5 for ZIP64. */
const VERSION_DEFLATE = 20;
const VERSION_ZIP64 = 45;

// ---------------------------------------------------------------------------------------------
// CRC-32, slicing by 8 (the browser's codec; Node's zlib has its own).

const CRC_TABLES: Uint32Array[] = (() => {
  const tables = Array.from({ length: 8 }, () => new Uint32Array(256));
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    tables[0]![n] = c >>> 0;
  }
  for (let n = 0; n < 256; n++) {
    for (let t = 1; t < 8; t++) tables[t]![n] = (tables[0]![tables[t - 1]![n]! & 0xff]! ^ (tables[t - 1]![n]! >>> 8)) >>> 0;
  }
  return tables;
})();

export function crc32(data: Uint8Array, previous = 0): number {
  const [t0, t1, t2, t3, t4, t5, t6, t7] = CRC_TABLES as [
    Uint32Array,
    Uint32Array,
    Uint32Array,
    Uint32Array,
    Uint32Array,
    Uint32Array,
    Uint32Array,
    Uint32Array,
  ];
  let c = ~previous >>> 0;
  let i = 0;
  const end8 = data.length - 7;
  for (; i < end8; i += 8) {
    const a = (c ^ (data[i]! | (data[i + 1]! << 8) | (data[i + 2]! << 16) | (data[i + 3]! << 24))) >>> 0;
    c =
      t7[a & 0xff]! ^
      t6[(a >>> 8) & 0xff]! ^
      t5[(a >>> 16) & 0xff]! ^
      t4[a >>> 24]! ^
      t3[data[i + 4]!]! ^
      t2[data[i + 5]!]! ^
      t1[data[i + 6]!]! ^
      t0[data[i + 7]!]!;
  }
  for (; i < data.length; i++) c = t0[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
  return ~c >>> 0;
}

/**
 * The CRC-32 of A followed by B from the CRCs of A and B and the length of B (zlib's crc32_combine,
 * which Node does not expose): a piece deflated beforehand is joined without reading it again.
 * As zlib 1.2.12 does it: B's length as a power of x, from a table of x^(2^n), times A's CRC, modulo
 * the polynomial, rather than squaring the 32×32 operator at each call as zlib did before: 20,000
 * combines 406 → 37 ms, 2,000 (a million members' sheets in pieces, joined at the end of the copy) 44 → 20 ms.
 */
export function crc32Combine(crcA: number, crcB: number, lengthB: number): number {
  if (lengthB <= 0) return crcA;
  return (multiplyModP(xToEightTimes(lengthB), crcA) ^ crcB) >>> 0;
}

const CRC32_POLYNOMIAL = 0xedb88320;

/** a × b modulo the CRC-32 polynomial, in its reflected form (zlib's multmodp); a is not 0. */
function multiplyModP(a: number, b: number): number {
  let product = 0;
  for (let m = 0x80000000; ; m >>>= 1) {
    if (a & m) {
      product ^= b;
      if (!(a & (m - 1))) break;
    }
    b = b & 1 ? (b >>> 1) ^ CRC32_POLYNOMIAL : b >>> 1;
  }
  return product >>> 0;
}

/** x^(2^n) modulo the polynomial, n = 0…31 (zlib's x2n_table). */
const X_TO_POWER_OF_TWO = (() => {
  const table = new Uint32Array(32);
  let p = 0x40000000; // x^1
  table[0] = p;
  for (let n = 1; n < 32; n++) table[n] = p = multiplyModP(p, p);
  return table;
})();

/** x^(8·n) modulo the polynomial: appending n zero bytes (zlib's x2nmodp(n, 3)); n may pass 2^32 (ZIP64). */
function xToEightTimes(n: number): number {
  let p = 0x80000000; // x^0
  for (let k = 3; n > 0; n = Math.floor(n / 2), k++) if (n % 2) p = multiplyModP(X_TO_POWER_OF_TWO[k & 31]!, p);
  return p;
}

/** Whole entries up to this size are inflated into a buffer of their recorded size. */
const MAX_PREALLOCATED = 256 << 20;
/**
 * Compressed bytes given to fflate at once: it inflates all it is given before it returns, and
 * DEFLATE inflates at most 1,032 to 1, so one push yields at most 17 MB, which the reader can refuse.
 */
const PORTABLE_PUSH = 16 << 10;

/** fflate's raw DEFLATE (pure JavaScript) and the CRC above: the codec that runs anywhere. */
export const portableCodec: ZipCodec = {
  crc32,
  inflate: (data, size) => (size <= MAX_PREALLOCATED ? inflateSync(data, { out: new Uint8Array(size) }) : inflateSync(data)),
  deflate: (data) => deflateSync(data, { level: 6 }),
  async *inflateStream(raw, chunkSize) {
    let out: Uint8Array[] = [];
    let ended = false;
    const inflate = new Inflate((chunk, final) => {
      out.push(chunk);
      if (final) ended = true;
    });
    let previous: Uint8Array | undefined;
    const drain = function* () {
      const pieces = out;
      out = [];
      for (const piece of pieces) yield* chunksOf(piece, chunkSize);
    };
    const push = function* (chunk: Uint8Array, final: boolean) {
      for (let at = 0; at < chunk.length || (final && at === 0); at += PORTABLE_PUSH) {
        inflate.push(chunk.subarray(at, at + PORTABLE_PUSH), final && at + PORTABLE_PUSH >= chunk.length);
        yield* drain();
      }
    };
    // fflate learns a stream is over with the last chunk: each chunk is pushed once the next one is known.
    for await (const chunk of raw) {
      if (previous) yield* push(previous, false);
      previous = chunk;
    }
    yield* push(previous ?? new Uint8Array(0), true);
    if (!ended) throw new Error('unexpected end of compressed data');
  },
  async deflateStream(content, level) {
    const entry: DeflatedEntry = { crc: 0, size: 0, compressedSize: 0, chunks: [] };
    const deflate = new Deflate({ level: level as DeflateOptions['level'] }, (chunk) => {
      entry.chunks.push(chunk);
      entry.compressedSize += chunk.length;
    });
    for await (const bytes of content) {
      if (isDeflatedPiece(bytes)) throw new Error('a piece deflated beforehand reached the portable codec, which has no pieces');
      entry.crc = crc32(bytes, entry.crc);
      entry.size += bytes.length;
      deflate.push(bytes);
    }
    deflate.push(new Uint8Array(0), true);
    return entry;
  },
};

// ---------------------------------------------------------------------------------------------
// Names.

/** CP437's upper half (0x80–0xFF); the lower half is ASCII, as Info-ZIP and Windows read it in names. */
const CP437_HIGH = 'ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u00a0';

export function decodeCp437(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += byte < 0x80 ? String.fromCharCode(byte) : CP437_HIGH[byte - 0x80]!;
  return text;
}

const utf8Decoder = new TextDecoder('utf-8', { fatal: true });
const utf8Encoder = new TextEncoder();

function decodeName(raw: Uint8Array, flags: number, extra: Uint8Array, part: string | undefined): string {
  if (flags & UTF8_NAMES) {
    try {
      return utf8Decoder.decode(raw);
    } catch {
      throw new ZipError('name flagged as UTF-8 is not valid UTF-8', part ?? decodeCp437(raw));
    }
  }
  // Info-ZIP's Unicode Path field: a UTF-8 name for tools that read it, valid while the CRC of the raw name matches.
  const unicode = extraField(extra, UNICODE_PATH_EXTRA);
  if (unicode && unicode.length >= 5 && unicode[0] === 1 && readU32(unicode, 1) === crc32(raw)) {
    try {
      return utf8Decoder.decode(unicode.subarray(5));
    } catch {
      /* fall back to the raw name */
    }
  }
  return decodeCp437(raw);
}

// ---------------------------------------------------------------------------------------------
// Little-endian fields.

const readU16 = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8);
const readU32 = (b: Uint8Array, at: number) => (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0;
function readU64(b: Uint8Array, at: number): number {
  const value = readU32(b, at) + readU32(b, at + 4) * 2 ** 32;
  if (!Number.isSafeInteger(value)) throw new ZipError('a 64-bit size or offset is too large');
  return value;
}
const writeU16 = (b: Uint8Array, at: number, v: number) => {
  b[at] = v & 0xff;
  b[at + 1] = (v >>> 8) & 0xff;
};
const writeU32 = (b: Uint8Array, at: number, v: number) => {
  writeU16(b, at, v & 0xffff);
  writeU16(b, at + 2, (v >>> 16) & 0xffff);
};
const writeU64 = (b: Uint8Array, at: number, v: number) => {
  writeU32(b, at, v % 2 ** 32);
  writeU32(b, at + 4, Math.floor(v / 2 ** 32));
};

function extraField(extra: Uint8Array, id: number): Uint8Array | undefined {
  for (let p = 0; p + 4 <= extra.length;) {
    const length = readU16(extra, p + 2);
    if (readU16(extra, p) === id) return extra.subarray(p + 4, Math.min(extra.length, p + 4 + length));
    p += 4 + length;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Reading.

async function readExactly(source: ZipSource, offset: number, length: number, part?: string): Promise<Uint8Array> {
  if (offset < 0 || offset + length > source.size) throw new ZipError('unexpected end of the archive (truncated file?)', part);
  const bytes = await source.read(offset, length);
  if (bytes.length < length) throw new ZipError('unexpected end of the archive (truncated file?)', part);
  return bytes;
}

/** A source over bytes in memory. */
export function bytesSource(bytes: Uint8Array): ZipSource {
  return { size: bytes.length, read: async (offset, length) => bytes.subarray(offset, offset + length) };
}

interface Directory {
  count: number;
  offset: number;
  size: number;
}

async function findDirectory(source: ZipSource): Promise<Directory> {
  if (source.size < EOCD_SIZE) throw new ZipError('not a ZIP archive (too short)');
  const tailLength = Math.min(source.size, EOCD_SIZE + MAX_COMMENT + LOCATOR_SIZE);
  const tailStart = source.size - tailLength;
  const tail = await readExactly(source, tailStart, tailLength);
  let at = -1;
  for (let i = tail.length - EOCD_SIZE; i >= 0; i--) {
    if (readU32(tail, i) === EOCD_SIGNATURE && i + EOCD_SIZE + readU16(tail, i + 20) <= tail.length) {
      at = i;
      break;
    }
  }
  if (at < 0) throw new ZipError('not a ZIP archive (no end of central directory)');
  const directory: Directory = { count: readU16(tail, at + 10), size: readU32(tail, at + 12), offset: readU32(tail, at + 16) };
  const locatorAt = at - LOCATOR_SIZE;
  if (locatorAt >= 0 && readU32(tail, locatorAt) === EOCD64_LOCATOR_SIGNATURE) {
    const eocd64 = await readExactly(source, readU64(tail, locatorAt + 8), EOCD64_SIZE);
    if (readU32(eocd64, 0) !== EOCD64_SIGNATURE) throw new ZipError('damaged ZIP64 end of central directory');
    directory.count = readU64(eocd64, 32);
    directory.size = readU64(eocd64, 40);
    directory.offset = readU64(eocd64, 48);
  } else if (directory.count === MAX_16 || directory.size === MAX_32 || directory.offset === MAX_32) {
    throw new ZipError('ZIP64 archive without its ZIP64 end of central directory');
  }
  if (directory.offset + directory.size > source.size) throw new ZipError('central directory past the end of the file (truncated file?)');
  return directory;
}

function parseDirectory(bytes: Uint8Array, count: number): Map<string, ZipEntry> {
  const entries = new Map<string, ZipEntry>();
  let p = 0;
  for (let i = 0; i < count; i++) {
    if (p + 46 > bytes.length || readU32(bytes, p) !== CENTRAL_SIGNATURE) throw new ZipError(`damaged central directory (entry ${i + 1} of ${count})`);
    const nameLength = readU16(bytes, p + 28);
    const extraLength = readU16(bytes, p + 30);
    const commentLength = readU16(bytes, p + 32);
    const end = p + 46 + nameLength + extraLength + commentLength;
    if (end > bytes.length) throw new ZipError(`damaged central directory (entry ${i + 1} of ${count})`);
    const raw = bytes.subarray(p + 46, p + 46 + nameLength);
    const extra = bytes.subarray(p + 46 + nameLength, p + 46 + nameLength + extraLength);
    const flags = readU16(bytes, p + 8);
    const name = decodeName(raw, flags, extra, undefined);
    const unsafe = unsafeName(name);
    if (unsafe) throw new ZipError(`${unsafe}: not a workbook part (refused)`, JSON.stringify(name).slice(1, -1));
    const entry: ZipEntry = {
      name,
      flags,
      method: readU16(bytes, p + 10),
      dosTime: readU16(bytes, p + 12),
      dosDate: readU16(bytes, p + 14),
      crc: readU32(bytes, p + 16),
      compressedSize: readU32(bytes, p + 20),
      size: readU32(bytes, p + 24),
      localHeaderOffset: readU32(bytes, p + 42),
    };
    readZip64Extra(entry, extra, readU16(bytes, p + 34) === MAX_16);
    if (entries.has(name)) throw new ZipError('the archive holds two entries of this name', name);
    entries.set(name, entry);
    p = end;
  }
  return entries;
}

/** ZIP64 keeps the 64-bit size, compressed size, offset and disk, in that order, of each 32-bit field set to all ones. */
function readZip64Extra(entry: ZipEntry, extra: Uint8Array, diskOverflows: boolean): void {
  const wanted = [entry.size === MAX_32, entry.compressedSize === MAX_32, entry.localHeaderOffset === MAX_32];
  if (!wanted.some(Boolean)) return;
  const field = extraField(extra, ZIP64_EXTRA);
  const needed = wanted.filter(Boolean).length * 8 + (diskOverflows ? 4 : 0);
  if (!field || field.length < needed - (diskOverflows ? 4 : 0)) throw new ZipError('ZIP64 sizes missing from the central directory', entry.name);
  let q = 0;
  const next = () => {
    const value = readU64(field, q);
    q += 8;
    return value;
  };
  if (wanted[0]) entry.size = next();
  if (wanted[1]) entry.compressedSize = next();
  if (wanted[2]) entry.localHeaderOffset = next();
}

/** Reading chunk for raw copies and inflation. */
const RAW_CHUNK = 1 << 20;

// ---------------------------------------------------------------------------------------------
// Limits: what one entry may inflate to, checked on the sizes the directory records before a byte
// is inflated. An entry that inflates past its recorded size is refused as it inflates (the codecs'
// bounds, inflated() and ZipReader's streams), so a lying header gets no further than an honest one.

/**
 * Parts read whole (workbook, relationships, content types, styles, comments, drawings): Excel's
 * largest styles part (its 64,000 cell formats, and as many fonts, fills, borders and differential
 * formats, at most a few hundred bytes each) stays under 40 MB, and its text and the tree parsed from
 * it must stay far under the CLI's 1 GB.
 */
export const MAX_WHOLE_PART = 64 << 20;
/**
 * The shared strings, scanned but kept: Excel bounds each string (32,767 characters), not their
 * number; a register at Excel's 1,048,576 rows with a few text columns takes a tenth of this, and
 * the strings it holds must fit the CLI's 1 GB beside the model.
 */
export const MAX_SHARED_STRINGS = 256 << 20;
/**
 * Inflated over compressed size: sheets as Excel writes them deflate 7 to 30 to 1, cells without
 * references up to 350 to 1, DEFLATE at most 1,032 to 1. Past 16 MiB, more than 500 to 1 is a ZIP bomb.
 */
export const MAX_RATIO = 500;
const RATIO_FROM = 16 << 20;

const bytesText = (bytes: number) => `${bytes.toLocaleString('en')} bytes`;

/**
 * Refuses an entry whose recorded size passes `limit` (what a `kind` part may hold) or whose
 * compression ratio is a ZIP bomb's, before it is inflated.
 */
export function checkInflatedSize(entry: ZipEntry, limit = Number.POSITIVE_INFINITY, kind = 'part'): void {
  if (entry.size > limit)
    throw new ZipError(`inflates to ${bytesText(entry.size)}, more than the ${limit / 2 ** 20} MiB CoopCheck reads in ${kind} (refused)`, entry.name);
  if (entry.method !== STORED && entry.size > RATIO_FROM && entry.size > MAX_RATIO * entry.compressedSize) {
    throw new ZipError(
      `inflates ${Math.round(entry.size / Math.max(1, entry.compressedSize))} to 1 (${bytesText(entry.size)}), more than the ${MAX_RATIO} to 1 of any workbook: a ZIP bomb (refused)`,
      entry.name,
    );
  }
}

/**
 * Why an entry's name is not a part name a copy may carry (OPC part names are relative, with
 * forward slashes): a ".." segment, an absolute path, a backslash or a drive letter would be written
 * outside the folder by a tool that unzips the copy.
 */
function unsafeName(name: string): string | undefined {
  if (name.includes('\\')) return 'a backslash in the entry name';
  if (/^[A-Za-z]:/.test(name)) return 'a drive letter in the entry name';
  if (name.startsWith('/')) return 'an absolute entry name';
  if (name.split('/').includes('..')) return 'a ".." segment in the entry name';
  for (let i = 0; i < name.length; i++) if (name.charCodeAt(i) < 0x20) return 'a control character in the entry name';
  return undefined;
}

/**
 * A ZIP archive opened through its central directory: entries are read in any order, small ones
 * whole, large ones as a stream, and copied raw. Every entry inflated has its size and CRC-32 checked.
 */
export class ZipArchive {
  protected constructor(
    protected readonly source: ZipSource,
    readonly entries: ReadonlyMap<string, ZipEntry>,
    protected readonly codec: ZipCodec,
  ) {}

  static async fromSource(source: ZipSource, codec: ZipCodec = portableCodec): Promise<ZipArchive> {
    return new ZipArchive(source, await ZipArchive.readEntries(source), codec);
  }

  static fromBytes(bytes: Uint8Array, codec: ZipCodec = portableCodec): Promise<ZipArchive> {
    return ZipArchive.fromSource(bytesSource(bytes), codec);
  }

  protected static async readEntries(source: ZipSource): Promise<Map<string, ZipEntry>> {
    const directory = await findDirectory(source);
    return parseDirectory(await readExactly(source, directory.offset, directory.size), directory.count);
  }

  async close(): Promise<void> {
    await this.source.close?.();
  }

  /** Where the entry's compressed bytes start: after its local header, whose extra field may differ from the central one. */
  async dataOffset(entry: ZipEntry): Promise<number> {
    const header = await readExactly(this.source, entry.localHeaderOffset, 30, entry.name);
    if (readU32(header, 0) !== LOCAL_SIGNATURE) throw new ZipError('damaged local header', entry.name);
    const start = entry.localHeaderOffset + 30 + readU16(header, 26) + readU16(header, 28);
    if (start + entry.compressedSize > this.source.size) throw new ZipError('data past the end of the archive (truncated file?)', entry.name);
    return start;
  }

  /** The entry's compressed bytes, as stored, to copy them unchanged. */
  async *rawChunks(entry: ZipEntry, chunkSize = RAW_CHUNK): AsyncGenerator<Uint8Array> {
    const start = await this.dataOffset(entry);
    for (let done = 0; done < entry.compressedSize;) {
      const length = Math.min(chunkSize, entry.compressedSize - done);
      yield await readExactly(this.source, start + done, length, entry.name);
      done += length;
    }
  }

  protected checkReadable(entry: ZipEntry): void {
    if (entry.flags & ENCRYPTED) throw new ZipError('encrypted entry', entry.name);
    if (entry.method !== STORED && entry.method !== DEFLATED) throw new ZipError(`compression method ${entry.method} not supported`, entry.name);
  }

  protected verify(entry: ZipEntry, size: number, crc: number): void {
    if (size !== entry.size) throw new ZipError(`size mismatch: the directory records ${entry.size} bytes, the data holds ${size} (damaged file)`, entry.name);
    if (crc !== entry.crc) throw new ZipError(`CRC-32 mismatch (damaged file): expected ${hex(entry.crc)}, got ${hex(crc)}`, entry.name);
  }

  /** A small entry, whole, checked. */
  async read(entry: ZipEntry): Promise<Uint8Array> {
    this.checkReadable(entry);
    checkInflatedSize(entry, MAX_WHOLE_PART, 'a part read whole');
    const raw = await readExactly(this.source, await this.dataOffset(entry), entry.compressedSize, entry.name);
    let data: Uint8Array;
    if (entry.method === STORED) data = raw;
    else {
      try {
        data = this.codec.inflate(raw, entry.size);
      } catch (error) {
        throw damaged(entry, error);
      }
    }
    this.verify(entry, data.length, this.codec.crc32(data));
    return data;
  }

  /**
   * A large entry, as its uncompressed bytes in chunks of about `chunkSize`; the stream fails with
   * a ZipError naming the entry if the data is damaged, once the damage is reached (the CRC at the end).
   */
  async *inflated(entry: ZipEntry, chunkSize = 1 << 16): AsyncGenerator<Uint8Array> {
    this.checkReadable(entry);
    checkInflatedSize(entry);
    const raw = this.rawChunks(entry);
    let crc = 0;
    let size = 0;
    try {
      const data = entry.method === STORED ? raw : this.codec.inflateStream(raw, chunkSize);
      const counted = isCounted(data) ? data : undefined;
      for await (const chunk of data) {
        size += chunk.length;
        if (size > entry.size) throw new ZipError(`size mismatch: more data than the ${entry.size} bytes the directory records (damaged file)`, entry.name);
        if (!counted) crc = this.codec.crc32(chunk, crc);
        yield chunk;
      }
      if (counted) crc = counted.crc32();
    } catch (error) {
      throw damaged(entry, error);
    }
    this.verify(entry, size, crc);
  }
}

const hex = (n: number) => n.toString(16).padStart(8, '0');

export function damaged(entry: ZipEntry, error: unknown): ZipError {
  if (error instanceof ZipError) return error;
  const detail = error instanceof Error ? error.message : String(error);
  if (error instanceof RangeError || /maxOutputLength|buffer length/i.test(detail)) {
    return new ZipError(`size mismatch: more data than the ${entry.size} bytes the directory records (damaged file)`, entry.name);
  }
  return new ZipError(`damaged compressed data (${detail})`, entry.name);
}

// ---------------------------------------------------------------------------------------------
// Writing.

/** 1980-01-01 00:00, the first DOS date: new entries carry no clock time, so that a copy depends only on its inputs. */
const DOS_EPOCH_DATE = (0 << 9) | (1 << 5) | 1;

export interface DeflatedEntry {
  crc: number;
  size: number;
  compressedSize: number;
  chunks: Uint8Array[];
}

/** Bytes deflated beforehand by ZipCodec.deflatePiece, with the CRC-32 and size of what they inflate to. */
export interface DeflatedPiece {
  deflated: Uint8Array;
  crc: number;
  size: number;
}

export const isDeflatedPiece = (content: Uint8Array | DeflatedPiece): content is DeflatedPiece => 'deflated' in content;

interface WrittenEntry {
  name: Uint8Array;
  flags: number;
  method: number;
  dosTime: number;
  dosDate: number;
  crc: number;
  compressedSize: number;
  size: number;
  offset: number;
}

const needsZip64 = (entry: Pick<WrittenEntry, 'size' | 'compressedSize'>) => entry.size >= MAX_32 || entry.compressedSize >= MAX_32;

/** A local header; ZIP64 (both sizes in the extra field) when either size does not fit 32 bits. */
export function localHeader(entry: WrittenEntry): Uint8Array {
  const zip64 = needsZip64(entry);
  const header = new Uint8Array(30 + entry.name.length + (zip64 ? 20 : 0));
  writeU32(header, 0, LOCAL_SIGNATURE);
  writeU16(header, 4, zip64 ? VERSION_ZIP64 : VERSION_DEFLATE);
  writeU16(header, 6, entry.flags);
  writeU16(header, 8, entry.method);
  writeU16(header, 10, entry.dosTime);
  writeU16(header, 12, entry.dosDate);
  writeU32(header, 14, entry.crc);
  writeU32(header, 18, zip64 ? MAX_32 : entry.compressedSize);
  writeU32(header, 22, zip64 ? MAX_32 : entry.size);
  writeU16(header, 26, entry.name.length);
  writeU16(header, 28, zip64 ? 20 : 0);
  header.set(entry.name, 30);
  if (zip64) {
    const at = 30 + entry.name.length;
    writeU16(header, at, ZIP64_EXTRA);
    writeU16(header, at + 2, 16);
    writeU64(header, at + 4, entry.size);
    writeU64(header, at + 12, entry.compressedSize);
  }
  return header;
}

/** A central directory header; the fields that do not fit 32 bits go, in order, into a ZIP64 extra field. */
export function centralHeader(entry: WrittenEntry): Uint8Array {
  const big = [entry.size, entry.compressedSize, entry.offset].map((v) => v >= MAX_32);
  const extraLength = big.some(Boolean) ? 4 + 8 * big.filter(Boolean).length : 0;
  const header = new Uint8Array(46 + entry.name.length + extraLength);
  const version = extraLength ? VERSION_ZIP64 : VERSION_DEFLATE;
  writeU32(header, 0, CENTRAL_SIGNATURE);
  writeU16(header, 4, version);
  writeU16(header, 6, version);
  writeU16(header, 8, entry.flags);
  writeU16(header, 10, entry.method);
  writeU16(header, 12, entry.dosTime);
  writeU16(header, 14, entry.dosDate);
  writeU32(header, 16, entry.crc);
  writeU32(header, 20, big[1] ? MAX_32 : entry.compressedSize);
  writeU32(header, 24, big[0] ? MAX_32 : entry.size);
  writeU16(header, 28, entry.name.length);
  writeU16(header, 30, extraLength);
  writeU32(header, 42, big[2] ? MAX_32 : entry.offset);
  header.set(entry.name, 46);
  if (extraLength) {
    let at = 46 + entry.name.length;
    writeU16(header, at, ZIP64_EXTRA);
    writeU16(header, at + 2, extraLength - 4);
    at += 4;
    for (const [i, value] of [entry.size, entry.compressedSize, entry.offset].entries())
      if (big[i]) {
        writeU64(header, at, value);
        at += 8;
      }
  }
  return header;
}

/** The end of the central directory; ZIP64's record and locator first when the count, size or offset overflow. */
export function endOfDirectory(count: number, directoryOffset: number, directorySize: number): Uint8Array {
  const zip64 = count >= MAX_16 || directoryOffset >= MAX_32 || directorySize >= MAX_32;
  const end = new Uint8Array((zip64 ? EOCD64_SIZE + LOCATOR_SIZE : 0) + EOCD_SIZE);
  let at = 0;
  if (zip64) {
    writeU32(end, 0, EOCD64_SIGNATURE);
    writeU64(end, 4, EOCD64_SIZE - 12);
    writeU16(end, 12, VERSION_ZIP64);
    writeU16(end, 14, VERSION_ZIP64);
    writeU64(end, 24, count);
    writeU64(end, 32, count);
    writeU64(end, 40, directorySize);
    writeU64(end, 48, directoryOffset);
    writeU32(end, 56, EOCD64_LOCATOR_SIGNATURE);
    writeU64(end, 64, directoryOffset + directorySize);
    writeU32(end, 72, 1);
    at = EOCD64_SIZE + LOCATOR_SIZE;
  }
  writeU32(end, at, EOCD_SIGNATURE);
  writeU16(end, at + 8, Math.min(count, MAX_16));
  writeU16(end, at + 10, Math.min(count, MAX_16));
  writeU32(end, at + 12, Math.min(directorySize, MAX_32));
  writeU32(end, at + 16, Math.min(directoryOffset, MAX_32));
  return end;
}

/** Small writes are gathered into pieces of this size before they reach the sink. */
const WRITE_BUFFER = 1 << 20;

/**
 * Writes an archive front to back. Every entry's sizes and CRC are known before its local header is
 * written (copied from the source's directory, or computed by deflating first), so no data
 * descriptor is written and the sink need not seek. ZIP64 fields appear only where a value needs them.
 */
export class ZipArchiveWriter {
  private offset = 0;
  private readonly written: WrittenEntry[] = [];
  private readonly names = new Set<string>();
  private pending: Uint8Array[] = [];
  private pendingBytes = 0;
  /**
   * Where small writes are joined, kept from flush to flush: a new buffer each time was fresh memory
   * for every megabyte of the archive (0.16 s of a million members' copy, docs/BENCHMARKS.md).
   */
  private joinBuffer = new Uint8Array(0);

  constructor(
    private readonly sink: ZipSink,
    readonly codec: ZipCodec = portableCodec,
  ) {}

  private async write(bytes: Uint8Array): Promise<void> {
    this.offset += bytes.length;
    if (bytes.length >= WRITE_BUFFER) {
      await this.flush();
      await this.sink.write(bytes);
      return;
    }
    this.pending.push(bytes);
    this.pendingBytes += bytes.length;
    if (this.pendingBytes >= WRITE_BUFFER) await this.flush();
  }

  private async flush(): Promise<void> {
    if (!this.pendingBytes) return;
    if (this.joinBuffer.length < this.pendingBytes) this.joinBuffer = new Uint8Array(Math.max(this.pendingBytes, 2 * WRITE_BUFFER));
    const joined = this.joinBuffer.subarray(0, this.pendingBytes);
    let at = 0;
    for (const piece of this.pending) {
      joined.set(piece, at);
      at += piece.length;
    }
    this.pending = [];
    this.pendingBytes = 0;
    await this.sink.write(joined);
  }

  private async begin(name: string, fields: Omit<WrittenEntry, 'name' | 'offset'>): Promise<void> {
    if (this.names.has(name)) throw new ZipError('written twice', name);
    this.names.add(name);
    const nameBytes = utf8Encoder.encode(name);
    if (nameBytes.length > MAX_16) throw new ZipError('name too long', name);
    const ascii = nameBytes.length === name.length;
    const entry: WrittenEntry = {
      ...fields,
      crc: fields.crc >>> 0,
      name: nameBytes,
      offset: this.offset,
      flags: (fields.flags & ~DATA_DESCRIPTOR & ~UTF8_NAMES) | (ascii ? 0 : UTF8_NAMES),
    };
    this.written.push(entry);
    await this.write(localHeader(entry));
  }

  /** Copies an entry of another archive as it is stored there, without inflating it. */
  async copy(from: ZipArchive, source: ZipEntry): Promise<void> {
    await this.begin(source.name, {
      flags: source.flags,
      method: source.method,
      dosTime: source.dosTime,
      dosDate: source.dosDate,
      crc: source.crc,
      compressedSize: source.compressedSize,
      size: source.size,
    });
    for await (const chunk of from.rawChunks(source)) await this.write(chunk);
  }

  /** A new entry, deflated at the codec's level. */
  async add(name: string, content: string | Uint8Array): Promise<void> {
    const data = typeof content === 'string' ? utf8Encoder.encode(content) : content;
    const compressed = this.codec.deflate(data);
    await this.begin(name, {
      flags: 0,
      method: DEFLATED,
      dosTime: 0,
      dosDate: DOS_EPOCH_DATE,
      crc: this.codec.crc32(data),
      compressedSize: compressed.length,
      size: data.length,
    });
    await this.write(compressed);
  }

  /** Deflates a large entry beforehand, for addDeflated: several can deflate while other entries are written. */
  deflate(content: AsyncIterable<Uint8Array | DeflatedPiece>, level: number): Promise<DeflatedEntry> {
    return this.codec.deflateStream(content, level);
  }

  /** An entry deflated beforehand (raw DEFLATE in `chunks`). */
  async addDeflated(name: string, entry: DeflatedEntry): Promise<void> {
    await this.begin(name, {
      flags: 0,
      method: DEFLATED,
      dosTime: 0,
      dosDate: DOS_EPOCH_DATE,
      crc: entry.crc,
      compressedSize: entry.compressedSize,
      size: entry.size,
    });
    for (const chunk of entry.chunks) await this.write(chunk);
  }

  /** Writes the central directory and closes the sink. */
  async close(): Promise<void> {
    const directoryOffset = this.offset;
    for (const entry of this.written) await this.write(centralHeader(entry));
    await this.write(endOfDirectory(this.written.length, directoryOffset, this.offset - directoryOffset));
    await this.flush();
    await this.sink.close();
  }

  abort(): Promise<void> {
    return this.sink.abort();
  }
}

/** A sink that keeps the archive in memory (the browser's download, tests). */
export function memorySink(): ZipSink & { bytes(): Uint8Array } {
  const chunks: Uint8Array[] = [];
  return {
    write: async (bytes) => {
      chunks.push(bytes.slice());
    },
    close: async () => undefined,
    abort: async () => {
      chunks.length = 0;
    },
    bytes: () => {
      const out = new Uint8Array(chunks.reduce((sum, c) => sum + c.length, 0));
      let at = 0;
      for (const c of chunks) {
        out.set(c, at);
        at += c.length;
      }
      return out;
    },
  };
}
