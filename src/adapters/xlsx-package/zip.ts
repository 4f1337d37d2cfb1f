/**
 * The ZIP layer in Node: ./zip-archive.ts (the format, shared with the browser) over a file, with
 * Node's native zlib as the codec. zlib inflates the large sheets about three times as fast as
 * fflate and deflates them on the thread pool (docs/BENCHMARKS.md, "The ZIP and XML layers"); a
 * part read here is checked exactly as in the browser. Node only.
 */
import { open, rm, type FileHandle } from 'node:fs/promises';
import { PassThrough, Readable, type Duplex } from 'node:stream';
import { constants, crc32, createDeflateRaw, createInflateRaw, deflateRawSync, inflateRawSync } from 'node:zlib';
import {
  STORED,
  ZipArchive,
  ZipArchiveWriter,
  checkInflatedSize,
  crc32Combine,
  damaged,
  isDeflatedPiece,
  type DeflatedEntry,
  type DeflatedPiece,
  type ZipCodec,
  type ZipEntry,
  type ZipSink,
  type ZipSource,
} from './zip-archive';

export { ZipArchive, ZipError, type DeflatedEntry, type ZipEntry } from './zip-archive';

/** Node's zlib: native, and the streams inflate on the thread pool. */
export const nodeCodec: ZipCodec = {
  crc32: (data, previous) => crc32(data, previous),
  // One byte more than recorded, so that an entry larger than its record is caught, not inflated to the end (a ZIP bomb).
  inflate: (data, size) => inflateRawSync(data, { maxOutputLength: Math.max(1, size + 1) }),
  deflate: (data) => deflateRawSync(data),
  deflateStream: (content, level) => deflateEntry(content, level),
  pieces: {
    deflatePiece: (data, level) => deflatePiece(data, level),
    inflatePiece(data, size) {
      const inflated = inflateRawSync(data, { finishFlush: constants.Z_SYNC_FLUSH, maxOutputLength: Math.max(1, size + 1) });
      if (inflated.length !== size) throw new Error(`a piece inflated to ${inflated.length} bytes instead of ${size}`);
      return inflated;
    },
  },
  inflateStream(raw, chunkSize) {
    const inflate = createInflateRaw({ chunkSize });
    const source = Readable.from(raw, { objectMode: false });
    source.on('error', (error) => inflate.destroy(error));
    return source.pipe(inflate);
  },
};

export async function fileSource(path: string): Promise<ZipSource> {
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    return {
      size,
      async read(offset, length) {
        const buffer = Buffer.allocUnsafe(length);
        let done = 0;
        while (done < length) {
          const { bytesRead } = await handle.read(buffer, done, length - done, offset + done);
          if (!bytesRead) break;
          done += bytesRead;
        }
        return buffer.subarray(0, done);
      },
      close: () => handle.close(),
    };
  } catch (error) {
    await handle.close();
    throw error;
  }
}

function fileSink(handle: FileHandle): ZipSink {
  let offset = 0;
  return {
    async write(bytes) {
      for (let done = 0; done < bytes.length;) {
        const { bytesWritten } = await handle.write(bytes, done, bytes.length - done, offset);
        offset += bytesWritten;
        done += bytesWritten;
      }
    },
    close: () => handle.close(),
    abort: () => handle.close(),
  };
}

/** Compressed bytes read at once for a stream, as fs.createReadStream reads them for zlib. */
const RAW_STREAM_CHUNK = 1 << 18;

/** A ZIP archive on disk, opened through its central directory: entries are read in any order. */
export class ZipReader extends ZipArchive {
  private constructor(
    readonly path: string,
    source: ZipSource,
    entries: ReadonlyMap<string, ZipEntry>,
  ) {
    super(source, entries, nodeCodec);
  }

  static async open(path: string): Promise<ZipReader> {
    const source = await fileSource(path);
    try {
      return new ZipReader(path, source, await ZipArchive.readEntries(source));
    } catch (error) {
      await source.close?.();
      throw error;
    }
  }

  /** A small entry, whole, checked. */
  override async read(entry: ZipEntry): Promise<Buffer> {
    const data = await super.read(entry);
    return Buffer.isBuffer(data) ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  }

  /**
   * A large entry, as a stream of its uncompressed bytes in chunks of `chunkSize`, checked (the
   * stream fails with a ZipError naming the entry on damage). exceljs parses 64 KiB chunks twice as
   * fast as 128 KiB ones (measured on a sheet of a million rows); a plain copy goes faster with larger chunks.
   */
  async stream(entry: ZipEntry, chunkSize = 1 << 16): Promise<Readable> {
    this.checkReadable(entry);
    checkInflatedSize(entry);
    await this.dataOffset(entry);
    // Read through the archive's one file handle: a stream left unfinished (a sheet's head read to
    // see whether it is selected) holds no descriptor, so 1,000 sheets pass under `ulimit -n 1024`.
    const raw = Readable.from(this.rawChunks(entry, RAW_STREAM_CHUNK), { objectMode: false });
    const data: Duplex = entry.method === STORED ? new PassThrough() : createInflateRaw({ chunkSize });
    raw.on('error', (error: Error) => data.destroy(error));
    data.once('close', () => raw.destroy());
    if (entry.compressedSize) raw.pipe(data);
    else {
      raw.destroy();
      data.end();
    }
    this.checkAsItStreams(entry, data);
    return data;
  }

  /**
   * Checks a stream's bytes as it pushes them out, and turns its errors into ZipErrors naming the
   * entry. It wraps the stream's own push and destroy rather than piping through one more stream:
   * a check stream between zlib and exceljs cost a third more time reading a million rows (zlib could
   * no longer run ahead of the parser), and a smaller buffer twice as much.
   */
  private checkAsItStreams(entry: ZipEntry, stream: Readable): void {
    let size = 0;
    let crc = 0;
    const push = stream.push.bind(stream);
    const destroy = stream.destroy.bind(stream);
    stream.destroy = (error?: Error) => destroy(error === undefined || error === null ? error : damaged(entry, error));
    stream.push = (chunk: Buffer | null, encoding?: BufferEncoding) => {
      if (chunk === null) {
        try {
          this.verify(entry, size, crc);
        } catch (error) {
          stream.destroy(error as Error);
          return false;
        }
        return push(null);
      }
      size += chunk.length;
      if (size > entry.size) {
        stream.destroy(new RangeError('more data than recorded'));
        return false;
      }
      crc = crc32(chunk, crc);
      return push(chunk, encoding);
    };
  }
}

/** Writes an archive to a file (see ZipArchiveWriter), deflating new parts with zlib. */
export class ZipWriter extends ZipArchiveWriter {
  static async create(path: string): Promise<ZipWriter> {
    return new ZipWriter(fileSink(await open(path, 'w')), nodeCodec);
  }
}

/** Writes an archive to a file with `write`; on failure the partial file is removed. */
export async function writeZipFile<T>(path: string, write: (writer: ZipWriter) => Promise<T>): Promise<T> {
  const writer = await ZipWriter.create(path);
  try {
    return await write(writer);
  } catch (error) {
    await writer.abort();
    await rm(path, { force: true });
    throw error;
  }
}

/** A large entry is deflated in segments of this size, several at a time. */
const SEGMENT_BYTES = 8 << 20;
/** Segments deflating at once per entry: enough to keep two cores busy, few enough to bound memory. */
const SEGMENTS_IN_FLIGHT = 3;
/** Bytes written to a segment's stream at once, at the least: small pieces are gathered to this size. */
const WRITTEN_BYTES = 256 << 10;
/** A piece this large is written as it is: gathering it would copy it into fresh memory. */
const WRITTEN_AS_IT_IS = 16 << 10;
/** A segment's deflated output comes in chunks of this size: a few per segment at level 1. */
const DEFLATED_CHUNK_BYTES = 256 << 10;
/** The empty last block that ends an entry whose segments all end with a sync flush. */
const LAST_BLOCK = deflateRawSync(new Uint8Array(0));

/**
 * A zlib stream that deflates piece after piece, each ended by a full flush: the flush ends the piece on
 * a byte boundary and resets the compressor, so each piece is a DEFLATE stream of its own (nothing in it
 * refers to the bytes before), as a new stream per piece would give, without making a zlib context per
 * piece: the register of a million members (380 MiB in 1,024 pieces) deflated in 1.55–1.74 s against
 * 2.01–2.19 s (`npx tsx scripts/bench/piece-deflate.ts`, docs/BENCHMARKS.md).
 */
class PieceDeflater {
  private readonly stream;
  private output: Buffer[] = [];
  private failure: Error | undefined;

  constructor(level: number) {
    this.stream = createDeflateRaw({ level, chunkSize: DEFLATED_CHUNK_BYTES });
    this.stream.on('data', (chunk: Buffer) => this.output.push(chunk));
    this.stream.on('error', (error) => (this.failure = error));
  }

  deflate(data: Uint8Array | readonly Uint8Array[]): Promise<Uint8Array> {
    return new Promise((resolve, reject) => {
      if (data instanceof Uint8Array) this.stream.write(data);
      else for (const part of data) this.stream.write(part);
      // zlib pushes a write's output before calling it back, and in flowing mode a push is a 'data' event at
      // once: the piece is whole here. Output still held in the stream would belong to it: refused, never misplaced.
      // The flush is a write: a stream that failed calls it back with the error.
      (this.stream.flush as (kind: number, callback: (error?: Error | null) => void) => void)(constants.Z_FULL_FLUSH, (error) => {
        const output = this.output;
        this.output = [];
        this.failure ??= error ?? undefined;
        if (!this.failure && this.stream.readableLength) this.failure = new Error('a piece deflated but not all given back');
        if (this.failure) reject(this.failure);
        else resolve(output.length === 1 ? output[0]! : Buffer.concat(output));
      });
    });
  }

  get usable(): boolean {
    return !this.failure;
  }
}

/** Deflaters not in use, by level: as many as pieces were ever deflating at once. */
const idlePieceDeflaters = new Map<number, PieceDeflater[]>();

async function deflatePiece(data: Uint8Array | readonly Uint8Array[], level: number): Promise<Uint8Array> {
  let idle = idlePieceDeflaters.get(level);
  if (!idle) idlePieceDeflaters.set(level, (idle = []));
  const deflater = idle.pop() ?? new PieceDeflater(level);
  try {
    return await deflater.deflate(data);
  } finally {
    if (deflater.usable) idle.push(deflater);
  }
}

/**
 * One segment of an entry: a zlib stream fed the bytes as they come, on the thread pool, ended by
 * a sync flush so that segments join into one DEFLATE stream. The bytes are not first copied into
 * one buffer: fresh memory costs more than deflating it (docs/BENCHMARKS.md, "Fresh memory").
 */
function deflatedSegment(level: number) {
  const stream = createDeflateRaw({ level, chunkSize: DEFLATED_CHUNK_BYTES, finishFlush: constants.Z_SYNC_FLUSH });
  const output: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => output.push(chunk));
  const deflated = new Promise<Uint8Array>((resolve, reject) => {
    stream.once('error', reject);
    stream.once('end', () => resolve(output.length === 1 ? output[0]! : Buffer.concat(output)));
  });
  deflated.catch(() => undefined);
  let size = 0;
  // Small pieces (a patched row each, between the flushes of a sheet with many flagged rows) are gathered
  // first: each write is a turn of zlib on the thread pool, and 500,000 of them took 25 s more.
  let small: Uint8Array[] = [];
  let smallBytes = 0;
  const writeSmall = () => {
    if (!smallBytes) return;
    stream.write(small.length === 1 ? small[0]! : Buffer.concat(small));
    small = [];
    smallBytes = 0;
  };
  return {
    get size() {
      return size;
    },
    write(bytes: Uint8Array) {
      size += bytes.length;
      // Not held back by the stream's high-water mark: memory is bounded by the segments in flight.
      if (bytes.length >= WRITTEN_AS_IT_IS) {
        writeSmall();
        stream.write(bytes);
        return;
      }
      small.push(bytes);
      smallBytes += bytes.length;
      if (smallBytes >= WRITTEN_BYTES) writeSmall();
    },
    end(): Promise<Uint8Array> {
      writeSmall();
      stream.end();
      return deflated;
    },
  };
}

/**
 * Deflates a stream in memory the way pigz does: cut into segments deflated on the thread pool at
 * the same time, joined into one DEFLATE stream, at `level`, which trades size for speed.
 */
export async function deflateEntry(content: AsyncIterable<Uint8Array | DeflatedPiece>, level: number): Promise<DeflatedEntry> {
  const entry: DeflatedEntry = { crc: 0, size: 0, compressedSize: 0, chunks: [] };
  const segments: Promise<Uint8Array>[] = [];
  let segment: ReturnType<typeof deflatedSegment> | undefined;
  const endSegment = async () => {
    if (!segment) return;
    segments.push(segment.end());
    segment = undefined;
    if (segments.length > SEGMENTS_IN_FLIGHT) await segments[segments.length - 1 - SEGMENTS_IN_FLIGHT];
  };
  for await (const bytes of content) {
    if (isDeflatedPiece(bytes)) {
      // Independent pieces join into one stream: the bytes before it end there, on a byte boundary.
      await endSegment();
      segments.push(Promise.resolve(bytes.deflated));
      entry.crc = crc32Combine(entry.crc, bytes.crc, bytes.size);
      entry.size += bytes.size;
      continue;
    }
    entry.crc = crc32(bytes, entry.crc);
    entry.size += bytes.length;
    segment ??= deflatedSegment(level);
    segment.write(bytes);
    if (segment.size >= SEGMENT_BYTES) await endSegment();
  }
  await endSegment();
  segments.push(Promise.resolve(LAST_BLOCK));
  entry.chunks = await Promise.all(segments);
  entry.compressedSize = entry.chunks.reduce((sum, chunk) => sum + chunk.length, 0);
  return entry;
}
