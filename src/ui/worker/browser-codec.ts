/**
 * The ZIP codec of the page's worker: the package layer's portable codec (fflate), except for the
 * entries read as a stream (the sheets, the shared strings), which the browser's own zlib inflates
 * (DecompressionStream). fflate's streaming inflater grows and copies its output buffer at every
 * push, which costs little in Node but was about 1.1 s of the worker's 2.9 s in Chromium on a
 * workbook of 45,000 members (CDP profile, docs/BENCHMARKS.md). ZipArchive.inflated still checks
 * the size and CRC-32 of every entry as its chunks come.
 */
import { chunksOf } from '../../adapters/xlsx-package/bytes';
import { crc32, portableCodec, type CountedStream, type ZipCodec } from '../../adapters/xlsx-package/zip-archive';
import { inflateHere, inflateThrough, type InflateAnswer, type InflateRequest, type Port } from './inflation';

async function* inflateOnThisThread(raw: AsyncIterable<Uint8Array>, chunkSize: number): AsyncGenerator<Uint8Array> {
  for await (const value of inflateHere(raw)) yield* chunksOf(value, chunkSize);
}

/**
 * The inflate worker, started at the first entry inflated (the warm-up's). Until it says it is ready
 * nothing is sent to it: where workers cannot start workers, or it fails to load, this entry and the
 * next are inflated on this thread, as before it. Should it stop later, the entries it holds fail.
 */
let inflater: Promise<((raw: AsyncIterable<Uint8Array>, chunkSize: number) => CountedStream) | undefined> | undefined;

function startInflater(): NonNullable<typeof inflater> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL(/* webpackChunkName: "inflate-worker" */ './inflate-worker.ts', import.meta.url));
    } catch {
      resolve(undefined);
      return;
    }
    const port = worker as Port<InflateRequest, InflateAnswer>;
    const ready = ({ data }: MessageEvent<InflateAnswer>) => {
      if (data.kind !== 'ready') return;
      worker.removeEventListener('message', ready);
      resolve(inflateThrough(port));
    };
    worker.addEventListener('message', ready);
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      inflater = Promise.resolve(undefined);
      resolve(undefined);
      worker.dispatchEvent(
        new MessageEvent('message', { data: { kind: 'failed', message: `the inflating worker stopped (${event.message || 'no reason given'})` } }),
      );
      worker.terminate();
    });
  });
}

/** Inflated on the inflating worker, or here (its CRC-32 then counted here) where it could not start. */
function inflateOffThread(raw: AsyncIterable<Uint8Array>, chunkSize: number): CountedStream {
  let counted: CountedStream | undefined;
  let crc = 0;
  async function* chunks(): AsyncGenerator<Uint8Array> {
    const through = await (inflater ??= startInflater());
    if (through) {
      counted = through(raw, chunkSize);
      yield* counted;
      return;
    }
    for await (const chunk of inflateOnThisThread(raw, chunkSize)) {
      crc = crc32(chunk, crc);
      yield chunk;
    }
  }
  const inflated = chunks();
  return { [Symbol.asyncIterator]: () => inflated, crc32: () => (counted ? counted.crc32() : crc) };
}

function deflateRawSupported(): boolean {
  try {
    new DecompressionStream('deflate-raw');
    return true;
  } catch {
    return false;
  }
}

/**
 * The browser's inflater where it has one (every current browser, and Node 20 for the tests), on a
 * worker of its own where this worker can make one (browsers; not Node), fflate elsewhere.
 */
export const browserCodec: ZipCodec =
  typeof DecompressionStream === 'function' && deflateRawSupported()
    ? { ...portableCodec, inflateStream: typeof Worker === 'function' ? inflateOffThread : inflateOnThisThread }
    : portableCodec;
