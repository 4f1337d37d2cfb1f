/**
 * Measures the ZIP libraries on one workbook's largest part (docs/BENCHMARKS.md, "The ZIP and XML
 * layers"): inflating it with its CRC-32 checked, deflating it again at level 1, and copying every
 * entry of the archive raw. Node's zlib and fflate are in package.json; @zip.js/zip.js is measured
 * when ZIPJS names its module (installed outside the project: it is not a dependency).
 *
 *   npx tsx scripts/bench/zip-libs.ts bench-data/members-1048575-seed1-flaws100.xlsx
 *   ZIPJS=/tmp/ziplab/node_modules/@zip.js/zip.js/index.js npx tsx scripts/bench/zip-libs.ts FILE
 */
import { openAsBlob, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32 as zlibCrc32 } from 'node:zlib';
import { deflateSync } from 'fflate';
import { ZipArchive, crc32 as jsCrc32, portableCodec } from '../../src/adapters/xlsx-package/zip-archive';
import { ZipReader, ZipWriter, deflateEntry, fileSource } from '../../src/adapters/xlsx-package/zip';

const file = process.argv[2]!;
const results: Record<string, string> = {};
async function time<T>(label: string, run: () => Promise<T>): Promise<T> {
  const start = performance.now();
  const value = await run();
  results[label] = `${((performance.now() - start) / 1000).toFixed(2)} s`;
  process.stderr.write(`${label}: ${results[label]}\n`);
  return value;
}

const reader = await ZipReader.open(file);
const largest = [...reader.entries.values()].sort((a, b) => b.size - a.size)[0]!;
process.stderr.write(
  `${file}: largest part ${largest.name}, ${(largest.size / 1e6).toFixed(0)} MB inflated, ${(largest.compressedSize / 1e6).toFixed(0)} MB stored\n`,
);

const chunks: Uint8Array[] = [];
await time('inflate + CRC, zlib (native)', async () => {
  for await (const chunk of reader.inflated(largest)) chunks.push(chunk);
});
const portable = await ZipArchive.fromSource(await fileSource(file), portableCodec);
await time('inflate + CRC, fflate + JS CRC', async () => {
  for await (const _ of portable.inflated(largest)) {
    /* drain */
  }
});
await portable.close();
const whole = Buffer.concat(chunks);
await time('CRC-32 alone, zlib', async () => zlibCrc32(whole));
await time('CRC-32 alone, JS slicing-by-8', async () => jsCrc32(whole));
await time('deflate level 1, zlib on the thread pool (8 MiB pieces)', async () =>
  deflateEntry(
    (async function* () {
      yield* chunks;
    })(),
    1,
  ),
);
await time('deflate level 1, fflate', async () => deflateSync(whole, { level: 1 }));

const copy = join(tmpdir(), `zip-libs-${process.pid}.zip`);
await time('copy every entry raw, zip-archive.ts', async () => {
  const writer = await ZipWriter.create(copy);
  for (const entry of reader.entries.values()) await writer.copy(reader, entry);
  await writer.close();
});
await reader.close();

if (process.env.ZIPJS) {
  const zipjs = await import(process.env.ZIPJS);
  zipjs.configure({ useWebWorkers: false });
  const zipReader = new zipjs.ZipReader(new zipjs.BlobReader(await openAsBlob(file)));
  const entries = await zipReader.getEntries();
  const entry = entries.find((e: { filename: string }) => e.filename === largest.name);
  await time('inflate + CRC, @zip.js/zip.js (checkSignature)', async () => {
    let size = 0;
    await entry.getData(
      new WritableStream({
        write(chunk: Uint8Array) {
          size += chunk.length;
        },
      }),
      { checkSignature: true },
    );
    return size;
  });
  await time('deflate level 1, @zip.js/zip.js', async () => {
    const writer = new zipjs.ZipWriter(
      new WritableStream({
        write() {
          /* drop */
        },
      }),
    );
    await writer.add('sheet.xml', new zipjs.Uint8ArrayReader(whole), { level: 1 });
    await writer.close();
  });
  await time('copy every entry raw, @zip.js/zip.js (passThrough)', async () => {
    const writer = new zipjs.ZipWriter(
      new WritableStream({
        write() {
          /* drop */
        },
      }),
    );
    for (const e of entries) {
      const raw = new TransformStream();
      const done = e.getData(raw.writable, { passThrough: true });
      await writer.add(e.filename, raw.readable, {
        passThrough: true,
        uncompressedSize: e.uncompressedSize,
        signature: e.signature,
        compressionMethod: e.compressionMethod,
      });
      await done;
    }
    await writer.close();
  });
  await zipReader.close();
}
rmSync(copy, { force: true });
process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
