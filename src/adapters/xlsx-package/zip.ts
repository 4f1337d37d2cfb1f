/**
 * Just enough of the ZIP format (APPNOTE 6.3) for an .xlsx: reading the central directory, streaming
 * one entry out, and writing a new archive that copies untouched entries as their compressed bytes.
 * Node only; deflate and CRC-32 are Node's zlib.
 */
import { createReadStream } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { promisify } from 'node:util';
import { constants, crc32, createInflateRaw, deflateRaw, deflateRawSync, inflateRawSync } from 'node:zlib';

const EOCD_SIGNATURE = 0x06054b50;
const EOCD64_LOCATOR_SIGNATURE = 0x07064b50;
const EOCD64_SIGNATURE = 0x06064b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;
const ZIP64_EXTRA = 0x0001;
const STORED = 0;
const DEFLATED = 8;
const UTF8_NAMES = 0x0800;
const DATA_DESCRIPTOR = 0x0008;
const MAX_32 = 0xffffffff;

/** The archive cannot be read: not a ZIP, truncated or damaged. */
export class ZipError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ZipError';
  }
}

export interface ZipEntry {
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

async function readAt(handle: FileHandle, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  const { bytesRead } = await handle.read(buffer, 0, length, position);
  if (bytesRead < length) throw new ZipError('unexpected end of file');
  return buffer;
}

/** A ZIP archive on disk, opened through its central directory: entries are read in any order. */
export class ZipReader {
  private constructor(readonly path: string, private readonly handle: FileHandle, readonly entries: ReadonlyMap<string, ZipEntry>) {}

  static async open(path: string): Promise<ZipReader> {
    const handle = await open(path, 'r');
    try {
      return new ZipReader(path, handle, await readCentralDirectory(handle));
    } catch (error) {
      await handle.close();
      throw error;
    }
  }

  close(): Promise<void> {
    return this.handle.close();
  }

  /** Where the entry's compressed bytes start: after its local header, whose extra field may differ from the central one. */
  async dataOffset(entry: ZipEntry): Promise<number> {
    const header = await readAt(this.handle, entry.localHeaderOffset, 30);
    if (header.readUInt32LE(0) !== LOCAL_SIGNATURE) throw new ZipError(`${entry.name}: bad local header`);
    return entry.localHeaderOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
  }

  /** A small entry, whole. */
  async read(entry: ZipEntry): Promise<Buffer> {
    const raw = await readAt(this.handle, await this.dataOffset(entry), entry.compressedSize);
    if (entry.method === STORED) return raw;
    if (entry.method === DEFLATED) return inflateRawSync(raw);
    throw new ZipError(`${entry.name}: compression method ${entry.method} not supported`);
  }

  /**
   * A large entry, as a stream of its uncompressed bytes in chunks of `chunkSize`. exceljs parses
   * 64 KiB chunks twice as fast as 128 KiB ones (measured on a sheet of a million rows); a plain
   * copy goes faster with larger chunks.
   */
  async stream(entry: ZipEntry, chunkSize = 1 << 16): Promise<Readable> {
    if (entry.method !== STORED && entry.method !== DEFLATED) throw new ZipError(`${entry.name}: compression method ${entry.method} not supported`);
    const start = await this.dataOffset(entry);
    const raw = createReadStream(this.path, { start, end: start + entry.compressedSize - 1, highWaterMark: 1 << 18 });
    if (entry.method === STORED) return raw;
    const inflate = createInflateRaw({ chunkSize });
    raw.on('error', (error) => inflate.destroy(error));
    return raw.pipe(inflate);
  }

  /** The entry's compressed bytes, to copy them unchanged. */
  async rawBytes(entry: ZipEntry, onChunk: (chunk: Buffer) => Promise<void>): Promise<void> {
    const start = await this.dataOffset(entry);
    const chunk = Buffer.alloc(Math.min(entry.compressedSize, 1 << 20));
    for (let done = 0; done < entry.compressedSize;) {
      const length = Math.min(chunk.length, entry.compressedSize - done);
      const { bytesRead } = await this.handle.read(chunk, 0, length, start + done);
      if (bytesRead < length) throw new ZipError(`${entry.name}: unexpected end of file`);
      await onChunk(chunk.subarray(0, length));
      done += length;
    }
  }
}

async function readCentralDirectory(handle: FileHandle): Promise<Map<string, ZipEntry>> {
  const { size } = await handle.stat();
  if (size < EOCD_SIZE) throw new ZipError('too short for a ZIP archive');
  const tailLength = Math.min(size, EOCD_SIZE + MAX_COMMENT);
  const tail = await readAt(handle, size - tailLength, tailLength);
  let at = -1;
  for (let i = tail.length - EOCD_SIZE; i >= 0; i--) {
    if (tail.readUInt32LE(i) === EOCD_SIGNATURE) { at = i; break; }
  }
  if (at < 0) throw new ZipError('no end of central directory');
  let count = tail.readUInt16LE(at + 10);
  let directorySize = tail.readUInt32LE(at + 12);
  let directoryOffset = tail.readUInt32LE(at + 16);
  const locatorAt = at - 20;
  if (locatorAt >= 0 && tail.readUInt32LE(locatorAt) === EOCD64_LOCATOR_SIGNATURE) {
    const eocd64 = await readAt(handle, Number(tail.readBigUInt64LE(locatorAt + 8)), 56);
    if (eocd64.readUInt32LE(0) !== EOCD64_SIGNATURE) throw new ZipError('bad ZIP64 end of central directory');
    count = Number(eocd64.readBigUInt64LE(32));
    directorySize = Number(eocd64.readBigUInt64LE(40));
    directoryOffset = Number(eocd64.readBigUInt64LE(48));
  }
  if (directoryOffset + directorySize > size) throw new ZipError('central directory past the end of the file');
  const directory = await readAt(handle, directoryOffset, directorySize);
  const entries = new Map<string, ZipEntry>();
  let p = 0;
  for (let i = 0; i < count; i++) {
    if (p + 46 > directory.length || directory.readUInt32LE(p) !== CENTRAL_SIGNATURE) throw new ZipError('damaged central directory');
    const nameLength = directory.readUInt16LE(p + 28);
    const extraLength = directory.readUInt16LE(p + 30);
    const commentLength = directory.readUInt16LE(p + 32);
    const entry: ZipEntry = {
      name: directory.toString('utf8', p + 46, p + 46 + nameLength),
      flags: directory.readUInt16LE(p + 8),
      method: directory.readUInt16LE(p + 10),
      dosTime: directory.readUInt16LE(p + 12),
      dosDate: directory.readUInt16LE(p + 14),
      crc: directory.readUInt32LE(p + 16),
      compressedSize: directory.readUInt32LE(p + 20),
      size: directory.readUInt32LE(p + 24),
      localHeaderOffset: directory.readUInt32LE(p + 42),
    };
    readZip64Extra(entry, directory.subarray(p + 46 + nameLength, p + 46 + nameLength + extraLength));
    entries.set(entry.name, entry);
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** ZIP64 keeps the 64-bit size, compressed size and offset, in that order, for each 32-bit field set to 0xFFFFFFFF. */
function readZip64Extra(entry: ZipEntry, extra: Buffer): void {
  for (let p = 0; p + 4 <= extra.length;) {
    const id = extra.readUInt16LE(p);
    const length = extra.readUInt16LE(p + 2);
    if (id === ZIP64_EXTRA) {
      let q = p + 4;
      const next = () => { const value = Number(extra.readBigUInt64LE(q)); q += 8; return value; };
      if (entry.size === MAX_32) entry.size = next();
      if (entry.compressedSize === MAX_32) entry.compressedSize = next();
      if (entry.localHeaderOffset === MAX_32) entry.localHeaderOffset = next();
      return;
    }
    p += 4 + length;
  }
}

interface WrittenEntry {
  name: Buffer;
  flags: number;
  method: number;
  dosTime: number;
  dosDate: number;
  crc: number;
  compressedSize: number;
  size: number;
  offset: number;
}

/** 1980-01-01 00:00, the first DOS date: new entries carry no clock time, so that a copy depends only on its inputs. */
const DOS_EPOCH_DATE = (0 << 9) | (1 << 5) | 1;

function fits32(value: number, what: string): number {
  if (value > MAX_32) throw new ZipError(`${what} over 4 GB`);
  return value;
}

/**
 * Writes an archive front to back. Each entry's local header is written first with its sizes and
 * CRC blank, then filled in once the data is written, so no data descriptor is needed.
 */
export class ZipWriter {
  private offset = 0;
  private readonly written: WrittenEntry[] = [];

  private constructor(private readonly handle: FileHandle) {}

  static async create(path: string): Promise<ZipWriter> {
    return new ZipWriter(await open(path, 'w'));
  }

  private async write(bytes: Buffer): Promise<void> {
    for (let done = 0; done < bytes.length;) {
      const { bytesWritten } = await this.handle.write(bytes, done, bytes.length - done, this.offset);
      this.offset += bytesWritten;
      done += bytesWritten;
    }
  }

  private async begin(name: string, fields: Omit<WrittenEntry, 'name' | 'offset'>): Promise<WrittenEntry> {
    const nameBytes = Buffer.from(name, 'utf8');
    const ascii = nameBytes.length === name.length;
    const entry: WrittenEntry = { ...fields, name: nameBytes, flags: (fields.flags & ~DATA_DESCRIPTOR & ~UTF8_NAMES) | (ascii ? 0 : UTF8_NAMES), offset: this.offset };
    await this.write(localHeader(entry));
    this.written.push(entry);
    return entry;
  }

  private async end(entry: WrittenEntry): Promise<void> {
    fits32(entry.compressedSize, entry.name.toString());
    fits32(entry.size, entry.name.toString());
    const sizes = Buffer.alloc(12);
    sizes.writeUInt32LE(entry.crc >>> 0, 0);
    sizes.writeUInt32LE(entry.compressedSize, 4);
    sizes.writeUInt32LE(entry.size, 8);
    await this.handle.write(sizes, 0, 12, entry.offset + 14);
  }

  /** Copies an entry of another archive as it is stored there, without inflating it. */
  async copy(from: ZipReader, source: ZipEntry): Promise<void> {
    const entry = await this.begin(source.name, {
      flags: source.flags, method: source.method, dosTime: source.dosTime, dosDate: source.dosDate,
      crc: source.crc, compressedSize: source.compressedSize, size: source.size,
    });
    await from.rawBytes(source, (chunk) => this.write(chunk));
    await this.end(entry);
  }

  async add(name: string, content: string | Buffer): Promise<void> {
    const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    const compressed = deflateRawSync(data);
    const entry = await this.begin(name, {
      flags: 0, method: DEFLATED, dosTime: 0, dosDate: DOS_EPOCH_DATE, crc: crc32(data), compressedSize: compressed.length, size: data.length,
    });
    await this.write(compressed);
    await this.end(entry);
  }

  /** Writes an entry deflated beforehand (deflateEntry). */
  async addDeflated(name: string, entry: DeflatedEntry): Promise<void> {
    const written = await this.begin(name, {
      flags: 0, method: DEFLATED, dosTime: 0, dosDate: DOS_EPOCH_DATE, crc: entry.crc, compressedSize: entry.compressedSize, size: entry.size,
    });
    for (const chunk of entry.chunks) await this.write(chunk);
    await this.end(written);
  }

  /** Writes the central directory and closes the file. */
  async close(): Promise<void> {
    try {
      const directoryOffset = this.offset;
      for (const entry of this.written) await this.write(centralHeader(entry));
      const end = Buffer.alloc(EOCD_SIZE);
      end.writeUInt32LE(EOCD_SIGNATURE, 0);
      end.writeUInt16LE(this.written.length, 8);
      end.writeUInt16LE(this.written.length, 10);
      end.writeUInt32LE(fits32(this.offset - directoryOffset, 'central directory'), 12);
      end.writeUInt32LE(fits32(directoryOffset, 'archive'), 16);
      await this.write(end);
    } finally {
      await this.handle.close();
    }
  }

  /** Closes the file after a failure; the caller removes it. */
  abort(): Promise<void> {
    return this.handle.close();
  }
}

export interface DeflatedEntry {
  crc: number;
  size: number;
  compressedSize: number;
  chunks: Buffer[];
}

/** A large entry is deflated in pieces of this size, several at a time. */
const SEGMENT_BYTES = 8 << 20;
/** Pieces deflating at once per entry: enough to keep two cores busy, few enough to bound memory. */
const SEGMENTS_IN_FLIGHT = 3;
const deflateRawAsync = promisify(deflateRaw);

/**
 * Deflates a stream in memory the way pigz does: cut into pieces deflated on the thread pool at the
 * same time, each but the last ended by a sync flush (so they join into one DEFLATE stream), at
 * `level`, which trades size for speed.
 */
export async function deflateEntry(content: AsyncIterable<Buffer>, level: number): Promise<DeflatedEntry> {
  const entry: DeflatedEntry = { crc: 0, size: 0, compressedSize: 0, chunks: [] };
  const segments: Promise<Buffer>[] = [];
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  const cut = async (last: boolean) => {
    const data = Buffer.concat(pending);
    pending = [];
    pendingBytes = 0;
    segments.push(deflateRawAsync(data, { level, finishFlush: last ? constants.Z_FINISH : constants.Z_SYNC_FLUSH }));
    segments.at(-1)!.catch(() => undefined);
    if (segments.length > SEGMENTS_IN_FLIGHT) await segments[segments.length - 1 - SEGMENTS_IN_FLIGHT];
  };
  for await (const bytes of content) {
    entry.crc = crc32(bytes, entry.crc);
    entry.size += bytes.length;
    pending.push(bytes);
    pendingBytes += bytes.length;
    if (pendingBytes >= SEGMENT_BYTES) await cut(false);
  }
  await cut(true);
  entry.chunks = await Promise.all(segments);
  entry.compressedSize = entry.chunks.reduce((sum, chunk) => sum + chunk.length, 0);
  return entry;
}

function localHeader(entry: WrittenEntry): Buffer {
  const header = Buffer.alloc(30 + entry.name.length);
  header.writeUInt32LE(LOCAL_SIGNATURE, 0);
  header.writeUInt16LE(20, 4);
  header.writeUInt16LE(entry.flags, 6);
  header.writeUInt16LE(entry.method, 8);
  header.writeUInt16LE(entry.dosTime, 10);
  header.writeUInt16LE(entry.dosDate, 12);
  header.writeUInt32LE(entry.crc >>> 0, 14);
  header.writeUInt32LE(Math.min(entry.compressedSize, MAX_32), 18);
  header.writeUInt32LE(Math.min(entry.size, MAX_32), 22);
  header.writeUInt16LE(entry.name.length, 26);
  header.writeUInt16LE(0, 28);
  entry.name.copy(header, 30);
  return header;
}

function centralHeader(entry: WrittenEntry): Buffer {
  const header = Buffer.alloc(46 + entry.name.length);
  header.writeUInt32LE(CENTRAL_SIGNATURE, 0);
  header.writeUInt16LE(20, 4);
  header.writeUInt16LE(20, 6);
  header.writeUInt16LE(entry.flags, 8);
  header.writeUInt16LE(entry.method, 10);
  header.writeUInt16LE(entry.dosTime, 12);
  header.writeUInt16LE(entry.dosDate, 14);
  header.writeUInt32LE(entry.crc >>> 0, 16);
  header.writeUInt32LE(entry.compressedSize, 20);
  header.writeUInt32LE(entry.size, 24);
  header.writeUInt16LE(entry.name.length, 28);
  header.writeUInt32LE(fits32(entry.offset, 'archive'), 42);
  entry.name.copy(header, 46);
  return header;
}
