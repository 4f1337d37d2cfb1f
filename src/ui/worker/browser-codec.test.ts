import { readFileSync } from 'node:fs';
import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ZipArchive, ZipError, portableCodec } from '../../adapters/xlsx-package/zip-archive';
import { browserCodec } from './browser-codec';

async function* pieces(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}

async function inflateAll(raw: AsyncIterable<Uint8Array>, chunkSize: number): Promise<{ bytes: Buffer; largest: number }> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of browserCodec.inflateStream(raw, chunkSize)) chunks.push(chunk.slice());
  return { bytes: Buffer.concat(chunks), largest: Math.max(...chunks.map((c) => c.length)) };
}

/** Rows of a sheet's XML, compressible as a sheet is: 2.6 MB. */
const SHEET_TEXT = new TextEncoder().encode(
  Array.from(
    { length: 30_000 },
    (_, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="s"><v>${(i * 7919) % 30_011}</v></c><c r="B${i + 1}"><v>${i / 3}</v></c></row>`,
  ).join(''),
);

describe("the page's ZIP codec", () => {
  it('uses the browser’s inflater where there is one (Node’s DecompressionStream here)', () => {
    expect(browserCodec.inflateStream).not.toBe(portableCodec.inflateStream);
  });

  it('inflates a stream to the bytes deflated, in chunks of at most the size asked, whatever the raw pieces', async () => {
    const raw = deflateSync(SHEET_TEXT, { level: 6 });
    for (const pieceSize of [997, 1 << 16, raw.length]) {
      const { bytes, largest } = await inflateAll(pieces(raw, pieceSize), 1 << 16);
      expect(Buffer.compare(bytes, Buffer.from(SHEET_TEXT))).toBe(0);
      expect(largest).toBeLessThanOrEqual(1 << 16);
    }
  });

  it('fails on a stream that ends before its last block, and on damaged data', async () => {
    const raw = deflateSync(SHEET_TEXT, { level: 6 });
    await expect(inflateAll(pieces(raw.subarray(0, raw.length - 100), 1 << 14), 1 << 16)).rejects.toThrow();
    const damaged = raw.slice();
    damaged.fill(0xff, 1_000, 1_100);
    await expect(inflateAll(pieces(damaged, 1 << 14), 1 << 16)).rejects.toThrow();
  });

  it('fails with the error of the raw bytes when they cannot be read, rather than wait for more', async () => {
    const raw = deflateSync(SHEET_TEXT, { level: 6 });
    async function* failing(): AsyncGenerator<Uint8Array> {
      yield raw.subarray(0, 1_000);
      throw new Error('the file could not be read');
    }
    await expect(inflateAll(failing(), 1 << 16)).rejects.toThrow('the file could not be read');
  });

  it('reads every entry of a workbook as the portable codec does, and a damaged one as a ZipError naming it', async () => {
    const file = new Uint8Array(readFileSync(new URL('../../../examples/les-tisserands.xlsx', import.meta.url)));
    const [mine, portable] = await Promise.all([ZipArchive.fromBytes(file, browserCodec), ZipArchive.fromBytes(file, portableCodec)]);
    for (const entry of mine.entries.values()) {
      const read = async (zip: ZipArchive) => {
        const chunks: Uint8Array[] = [];
        for await (const chunk of zip.inflated(entry)) chunks.push(chunk.slice());
        return Buffer.concat(chunks);
      };
      expect(Buffer.compare(await read(mine), await read(portable)), entry.name).toBe(0);
    }

    const sheet = [...mine.entries.values()].find((e) => e.name === 'xl/worksheets/sheet1.xml')!;
    const broken = file.slice();
    const start = await mine.dataOffset(sheet);
    broken.fill(0xff, start + 10, start + Math.min(60, sheet.compressedSize));
    const zip = await ZipArchive.fromBytes(broken, browserCodec);
    const reading = (async () => {
      for await (const chunk of zip.inflated(zip.entries.get(sheet.name)!)) expect(chunk).toBeDefined();
    })();
    await expect(reading).rejects.toThrow(ZipError);
    await expect(reading).rejects.toThrow(/sheet1\.xml/);
  });
});
