/**
 * The ZIP codec of the page's worker: the package layer's portable codec (fflate), except for the
 * entries read as a stream (the sheets, the shared strings), which the browser's own zlib inflates
 * (DecompressionStream). fflate's streaming inflater grows and copies its output buffer at every
 * push, which costs little in Node but was about 1.1 s of the worker's 2.9 s in Chromium on a
 * workbook of 45,000 members (CDP profile, docs/BENCHMARKS.md). ZipArchive.inflated still checks
 * the size and CRC-32 of every entry as its chunks come.
 */
import { portableCodec, type ZipCodec } from '../../adapters/xlsx-package/zip-archive';

/**
 * Compressed bytes written at once, as the portable codec pushes them: DEFLATE inflates at most
 * 1,032 to 1, so the browser holds at most 17 MB ahead of the size check, however large the bomb.
 */
const WRITE = 16 << 10;

async function* nativeInflateStream(raw: AsyncIterable<Uint8Array>, chunkSize: number): AsyncGenerator<Uint8Array> {
  const stream = new DecompressionStream('deflate-raw');
  const writer = stream.writable.getWriter();
  const reader = stream.readable.getReader();
  // The stream takes a write once the output of the one before has been read (backpressure).
  const writing = (async () => {
    try {
      for await (const chunk of raw)
        for (let at = 0; at < chunk.length; at += WRITE) await writer.write(chunk.subarray(at, at + WRITE) as Uint8Array<ArrayBuffer>);
    } catch (error) {
      // The raw bytes could not be read: the reader fails with their error rather than wait for more.
      await writer.abort(error).catch(() => undefined);
      throw error;
    }
    // A stream that ends before its last block fails here, and the reader with it.
    await writer.close();
  })();
  // Its failure reaches the reader; it is awaited once the reader is done.
  writing.catch(() => undefined);
  let done = false;
  try {
    for (;;) {
      const read = await reader.read();
      if (read.done) break;
      const value: Uint8Array = read.value;
      for (let at = 0; at < value.length; at += chunkSize) yield value.subarray(at, at + chunkSize);
    }
    await writing;
    done = true;
  } finally {
    // Stopped early (a size past the directory's, a damaged stream): no byte more is inflated.
    if (!done) await reader.cancel().catch(() => undefined);
  }
}

function deflateRawSupported(): boolean {
  try {
    new DecompressionStream('deflate-raw');
    return true;
  } catch {
    return false;
  }
}

/** The browser's inflater where it has one (every current browser, and Node 20 for the tests), fflate elsewhere. */
export const browserCodec: ZipCodec =
  typeof DecompressionStream === 'function' && deflateRawSupported() ? { ...portableCodec, inflateStream: nativeInflateStream } : portableCodec;
