/**
 * Inflating on a second thread: the check worker hands a ZIP entry's compressed bytes to a worker of
 * its own (inflate-worker.ts), which inflates them with the browser's DecompressionStream and posts
 * the bytes back as they come, so that the sheet reader scans one chunk while the next is inflated
 * on the other core. On the reader's thread the browser's inflate took about 0.2 s of the 1.2 s read
 * of 50,000 members (docs/BENCHMARKS.md). Both ends are here, over anything that posts messages
 * (a Worker, a MessagePort), so that Node's tests run them over a MessageChannel.
 *
 * Neither side holds a large entry whole: at most RAW_AHEAD compressed chunks wait to be inflated
 * and at most INFLATED_AHEAD inflated chunks wait to be read (each acknowledged by the reader),
 * which also bounds what a ZIP bomb can make before ZipArchive.inflated sees its size.
 */

import { chunksOf, concatBytes } from '../../adapters/xlsx-package/bytes';
import { crc32, type CountedStream } from '../../adapters/xlsx-package/zip-archive';

/** Compressed chunks sent and not yet taken by the DecompressionStream. */
const RAW_AHEAD = 4;
/** Inflated pieces posted and not yet taken by the reader. */
export const INFLATED_AHEAD = 8;
/**
 * Inflated bytes posted at once. The browser's inflater gives 16 KB at a time (Chromium): joined here,
 * on this thread, they cost the reader one message, not sixteen, and it reads them where they lie.
 */
const POSTED_BYTES = 256 << 10;
/**
 * Compressed bytes written at once: DEFLATE inflates at most 1,032 to 1, so the browser holds at most
 * 17 MB ahead of the size check, however large the bomb.
 */
const WRITE = 16 << 10;

export type InflateRequest =
  | { kind: 'open'; stream: number }
  | { kind: 'raw'; stream: number; bytes: Uint8Array }
  | { kind: 'close'; stream: number }
  | { kind: 'taken'; stream: number }
  | { kind: 'cancel'; stream: number };

export type InflateAnswer =
  | { kind: 'written'; stream: number }
  | { kind: 'inflated'; stream: number; bytes: Uint8Array }
  /** The stream has ended; the CRC-32 of all it inflated. */
  | { kind: 'end'; stream: number; crc: number }
  | { kind: 'error'; stream: number; message: string }
  /** The inflating worker has loaded (its first message). */
  | { kind: 'ready' }
  /** The inflating worker stopped: every stream fails. */
  | { kind: 'failed'; message: string };

/** What both ends post through: a Worker, a worker's global scope, a MessagePort. */
export interface Port<Out, In> {
  postMessage(message: Out, transfer: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<In>) => void): void;
  removeEventListener(type: 'message', listener: (event: MessageEvent<In>) => void): void;
}

/** Inflated bytes that own their whole buffer, to be transferred rather than copied with the rest of it. */
function owned(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer
    ? (bytes as Uint8Array<ArrayBuffer>)
    : (bytes.slice() as Uint8Array<ArrayBuffer>);
}

/**
 * A DEFLATE stream inflated by the browser's zlib on the thread this runs on: the raw bytes written
 * as the stream takes them (backpressure), its output yielded as it comes. A stream that ends before
 * its last block, or damaged data, fails; stopped early, it inflates no byte more.
 */
export async function* inflateHere(raw: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  const stream = new DecompressionStream('deflate-raw');
  const writer = stream.writable.getWriter();
  const reader = stream.readable.getReader();
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
      yield read.value as Uint8Array;
    }
    await writing;
    done = true;
  } finally {
    if (!done) await reader.cancel().catch(() => undefined);
  }
}

/** A queue that an async loop waits on: values pushed by message handlers, taken in order. */
class Waiting<T> {
  private readonly items: T[] = [];
  private wake: (() => void) | undefined;
  push(item: T) {
    this.items.push(item);
    this.wake?.();
  }
  async take(): Promise<T> {
    while (!this.items.length) await new Promise<void>((resolve) => (this.wake = resolve));
    this.wake = undefined;
    return this.items.shift()!;
  }
}

/** The inflating side, in the inflate worker: serves every stream the check worker opens. */
export function serveInflation(port: Port<InflateAnswer, InflateRequest>): void {
  const streams = new Map<number, { raw: Waiting<Uint8Array | undefined>; taken: Waiting<boolean> }>();
  const run = async (stream: number, raw: Waiting<Uint8Array | undefined>, taken: Waiting<boolean>) => {
    async function* rawChunks(): AsyncGenerator<Uint8Array> {
      for (;;) {
        const bytes = await raw.take();
        if (!bytes) return;
        yield bytes;
        port.postMessage({ kind: 'written', stream }, []);
      }
    }
    let ahead = 0;
    let crc = 0;
    let batch: Uint8Array[] = [];
    let batchBytes = 0;
    /** Posts what has been inflated since the last post, as one piece; false once the reader has stopped. */
    const post = async (): Promise<boolean> => {
      if (!batchBytes) return true;
      const posted = owned(batch.length === 1 ? batch[0]! : concatBytes(batch));
      batch = [];
      batchBytes = 0;
      port.postMessage({ kind: 'inflated', stream, bytes: posted }, [posted.buffer]);
      for (ahead++; ahead >= INFLATED_AHEAD; ahead--) if (!(await taken.take())) return false;
      return true;
    };
    try {
      for await (const bytes of inflateHere(rawChunks())) {
        crc = crc32(bytes, crc);
        batch.push(bytes);
        batchBytes += bytes.length;
        if (batchBytes >= POSTED_BYTES && !(await post())) return;
      }
      if (!(await post())) return;
      port.postMessage({ kind: 'end', stream, crc }, []);
    } catch (error) {
      port.postMessage({ kind: 'error', stream, message: error instanceof Error ? error.message : String(error) }, []);
    } finally {
      streams.delete(stream);
    }
  };
  port.addEventListener('message', ({ data }) => {
    if (data.kind === 'open') {
      const opened = { raw: new Waiting<Uint8Array | undefined>(), taken: new Waiting<boolean>() };
      streams.set(data.stream, opened);
      void run(data.stream, opened.raw, opened.taken);
      return;
    }
    const stream = streams.get(data.stream);
    if (!stream) return;
    if (data.kind === 'raw') stream.raw.push(data.bytes);
    else if (data.kind === 'close') stream.raw.push(undefined);
    else if (data.kind === 'taken') stream.taken.push(true);
    else {
      // Cancelled: the inflating loop ends at its next wait, and nothing more is written.
      stream.taken.push(false);
      stream.raw.push(undefined);
    }
  });
}

/**
 * The reading side, in the check worker: an inflateStream for ZipCodec that inflates on the other
 * end of `port`, in chunks of at most `chunkSize`.
 */
export function inflateThrough(port: Port<InflateRequest, InflateAnswer>): (raw: AsyncIterable<Uint8Array>, chunkSize: number) => CountedStream {
  let streams = 0;
  return (raw, chunkSize) => {
    const stream = ++streams;
    let crc: number | undefined;
    async function* chunks(): AsyncGenerator<Uint8Array> {
      const answers = new Waiting<InflateAnswer>();
      const source = raw[Symbol.asyncIterator]();
      let sent = 0;
      let sourceDone = false;
      let sending: Promise<void> | undefined;
      let stopped = false;
      // Raw bytes go as the inflater takes them, whether or not the reader is busy with what came before.
      const send = () =>
        (sending ??= (async () => {
          try {
            for (; !sourceDone && !stopped && sent < RAW_AHEAD; sent++) {
              const next = await source.next();
              if (next.done) {
                sourceDone = true;
                port.postMessage({ kind: 'close', stream }, []);
                return;
              }
              // A copy: the raw bytes are a view of the file's, which are kept to read again and to copy.
              const bytes = next.value.slice() as Uint8Array<ArrayBuffer>;
              port.postMessage({ kind: 'raw', stream, bytes }, [bytes.buffer]);
            }
          } catch (error) {
            // The raw bytes could not be read: the reader fails with their error.
            answers.push({ kind: 'error', stream, message: error instanceof Error ? error.message : String(error) });
            sourceDone = true;
          } finally {
            sending = undefined;
          }
        })());
      const listener = ({ data }: MessageEvent<InflateAnswer>) => {
        if (data.kind === 'written' && data.stream === stream) {
          sent--;
          void send();
        } else if (data.kind === 'failed' || ('stream' in data && data.stream === stream)) answers.push(data);
      };
      port.addEventListener('message', listener);
      port.postMessage({ kind: 'open', stream }, []);
      let done = false;
      try {
        void send();
        for (;;) {
          const answer = await answers.take();
          if (answer.kind === 'inflated') {
            port.postMessage({ kind: 'taken', stream }, []);
            yield* chunksOf(answer.bytes, chunkSize);
          } else if (answer.kind === 'error' || answer.kind === 'failed') throw new TypeError(answer.message);
          else if (answer.kind === 'end') {
            crc = answer.crc;
            break;
          }
        }
        done = true;
      } finally {
        port.removeEventListener('message', listener);
        stopped = true;
        // Stopped early (a size past the directory's, a damaged stream): no byte more is inflated.
        if (!done) port.postMessage({ kind: 'cancel', stream }, []);
        await sending;
        if (!sourceDone) await source.return?.();
      }
    }
    const inflated = chunks();
    return {
      [Symbol.asyncIterator]: () => inflated,
      crc32() {
        if (crc === undefined) throw new Error('the CRC-32 of a stream not read to its end');
        return crc;
      },
    };
  };
}
