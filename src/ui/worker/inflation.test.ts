import { deflateSync } from 'fflate';
import { MessageChannel, type MessagePort } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { zipFixture } from '../../../tests/package/zip-fixtures';
import { ZipArchive, ZipError, crc32, portableCodec } from '../../adapters/xlsx-package/zip-archive';
import { INFLATED_AHEAD, inflateThrough, serveInflation, type InflateAnswer, type InflateRequest, type Port } from './inflation';

/** Rows of a sheet's XML, compressible as a sheet is: 2.6 MB. */
const SHEET_TEXT = new TextEncoder().encode(
  Array.from(
    { length: 30_000 },
    (_, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="s"><v>${(i * 7919) % 30_011}</v></c><c r="B${i + 1}"><v>${i / 3}</v></c></row>`,
  ).join(''),
);
const RAW = deflateSync(SHEET_TEXT, { level: 6 });

async function* pieces(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}

const channels: MessagePort[] = [];
afterEach(() => {
  for (const port of channels.splice(0)) port.close();
});

/** Both ends over a MessageChannel, as the check worker and its inflating worker are; `posted` counts the inflated chunks sent. */
function connected() {
  const { port1, port2 } = new MessageChannel();
  channels.push(port1, port2);
  const counts = { inflated: 0 };
  const server = port2 as unknown as Port<InflateAnswer, InflateRequest>;
  const counting: Port<InflateAnswer, InflateRequest> = {
    postMessage(message, transfer) {
      if (message.kind === 'inflated') counts.inflated++;
      server.postMessage(message, transfer);
    },
    addEventListener: (type, listener) => server.addEventListener(type, listener),
    removeEventListener: (type, listener) => server.removeEventListener(type, listener),
  };
  serveInflation(counting);
  port1.start();
  port2.start();
  return { inflateStream: inflateThrough(port1 as unknown as Port<InflateRequest, InflateAnswer>), counts };
}

async function inflateAll(stream: AsyncIterable<Uint8Array>): Promise<{ bytes: Buffer; largest: number }> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of stream) chunks.push(chunk.slice());
  return { bytes: Buffer.concat(chunks), largest: Math.max(...chunks.map((c) => c.length)) };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('inflating on a second thread (inflation.ts)', () => {
  it('gives the bytes deflated, in chunks of at most the size asked, whatever the raw pieces; two streams at once', async () => {
    const { inflateStream } = connected();
    for (const pieceSize of [997, 1 << 16, RAW.length]) {
      const { bytes, largest } = await inflateAll(inflateStream(pieces(RAW, pieceSize), 1 << 15));
      expect(Buffer.compare(bytes, Buffer.from(SHEET_TEXT))).toBe(0);
      expect(largest).toBeLessThanOrEqual(1 << 15);
    }
    const counted = inflateStream(pieces(RAW, 10_000), 1 << 16);
    expect(() => counted.crc32()).toThrow('not read to its end');
    await inflateAll(counted);
    expect(counted.crc32()).toBe(crc32(SHEET_TEXT));
    const [a, b] = await Promise.all([inflateAll(inflateStream(pieces(RAW, 5_000), 1 << 16)), inflateAll(inflateStream(pieces(RAW, 7_000), 1 << 16))]);
    expect([Buffer.compare(a.bytes, Buffer.from(SHEET_TEXT)), Buffer.compare(b.bytes, Buffer.from(SHEET_TEXT))]).toEqual([0, 0]);
  });

  it(`inflates no more than ${INFLATED_AHEAD} chunks ahead of a reader that waits, and none once it stops`, async () => {
    const { inflateStream, counts } = connected();
    const reading = inflateStream(pieces(RAW, 4_096), 1 << 16)[Symbol.asyncIterator]();
    expect((await reading.next()).done).toBe(false);
    await pause(100);
    // The chunk read and the chunks ahead of it: the 2.6 MB stream is far from inflated.
    expect(counts.inflated).toBeGreaterThan(1);
    expect(counts.inflated).toBeLessThanOrEqual(INFLATED_AHEAD + 1);
    await reading.return?.(undefined);
    const stopped = counts.inflated;
    await pause(100);
    expect(counts.inflated).toBe(stopped);
  });

  it('fails on a stream that ends before its last block, on damaged data, and with the error of raw bytes that cannot be read', async () => {
    const { inflateStream } = connected();
    await expect(inflateAll(inflateStream(pieces(RAW.subarray(0, RAW.length - 100), 1 << 14), 1 << 16))).rejects.toThrow();
    const damaged = RAW.slice();
    damaged.fill(0xff, 1_000, 1_100);
    await expect(inflateAll(inflateStream(pieces(damaged, 1 << 14), 1 << 16))).rejects.toThrow();
    async function* failing(): AsyncGenerator<Uint8Array> {
      yield RAW.subarray(0, 1_000);
      throw new Error('the file could not be read');
    }
    await expect(inflateAll(inflateStream(failing(), 1 << 16))).rejects.toThrow('the file could not be read');
    // The port still serves the next stream.
    expect(Buffer.compare((await inflateAll(inflateStream(pieces(RAW, 1 << 16), 1 << 16))).bytes, Buffer.from(SHEET_TEXT))).toBe(0);
  });

  it('gives ZipArchive the CRC-32 counted where the bytes were inflated: a wrong one is a ZipError naming the part', async () => {
    const { inflateStream } = connected();
    const codec = { ...portableCodec, inflateStream };
    const xml = new TextDecoder().decode(SHEET_TEXT);
    const read = async (zip: ZipArchive, name: string) => {
      const chunks: Uint8Array[] = [];
      for await (const chunk of zip.inflated(zip.entries.get(name)!)) chunks.push(chunk.slice());
      return Buffer.concat(chunks).toString('utf8');
    };
    const good = await ZipArchive.fromBytes(new Uint8Array(zipFixture([{ name: 'xl/worksheets/sheet1.xml', content: xml }])), codec);
    expect(await read(good, 'xl/worksheets/sheet1.xml')).toBe(xml);
    const bad = await ZipArchive.fromBytes(new Uint8Array(zipFixture([{ name: 'xl/worksheets/sheet2.xml', content: xml, wrongCrc: 7 }])), codec);
    const reading = read(bad, 'xl/worksheets/sheet2.xml');
    await expect(reading).rejects.toThrow(ZipError);
    await expect(reading).rejects.toThrow(/sheet2\.xml: CRC-32 mismatch/);
  });
});
