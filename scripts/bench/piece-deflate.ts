/**
 * The pieces of a large sheet deflated as the CLI prepares them (docs/BENCHMARKS.md, "Pieces"): a zlib
 * one-shot deflate per piece (a context made for each) against the codec's deflatePiece (one stream kept
 * from piece to piece, a full flush after each), alternated, on the workbook's largest sheet cut as
 * cutSheet cuts it. Prints wall time, CPU time of every thread, and the bytes out (the same for both).
 *
 *   npx tsx scripts/bench/piece-deflate.ts bench-data/members-1048575-seed1-flaws100.xlsx
 */
import { promisify } from 'node:util';
import { constants, deflateRaw } from 'node:zlib';
import { ZipReader, nodeCodec } from '../../src/adapters/xlsx-package/zip';
import { pieceBytesOf } from '../../src/adapters/xlsx-package/sheet-pieces';

const zip = await ZipReader.open(process.argv[2]!);
const largest = [...zip.entries.values()].filter((e) => e.name.startsWith('xl/worksheets/')).sort((a, b) => b.size - a.size)[0]!;
const chunks: Uint8Array[] = [];
for await (const chunk of zip.inflated(largest, 1 << 20)) chunks.push(chunk);
await zip.close();
const xml = Buffer.concat(chunks);
const pieceBytes = pieceBytesOf(xml.length);
const pieces: Uint8Array[] = [];
for (let at = 0; at < xml.length; at += pieceBytes) pieces.push(xml.subarray(at, at + pieceBytes));

const oneShot = promisify(deflateRaw);
const ways: Record<string, (piece: Uint8Array) => Promise<Uint8Array>> = {
  'a context per piece': (piece) => oneShot(piece, { level: 1, finishFlush: constants.Z_SYNC_FLUSH }),
  'one stream, full flushes': (piece) => nodeCodec.pieces!.deflatePiece(piece, 1),
};
console.log(`${largest.name}: ${(xml.length / 2 ** 20).toFixed(1)} MiB in ${pieces.length} pieces of ${pieceBytes} bytes`);
for (let rep = 0; rep < 3; rep++) {
  for (const [name, deflate] of Object.entries(ways)) {
    const since = performance.now();
    const cpu = process.cpuUsage();
    let out = 0;
    for (const piece of pieces) out += (await deflate(piece)).length;
    const used = process.cpuUsage(cpu);
    console.log(`${name}: ${(performance.now() - since).toFixed(0)} ms, CPU ${((used.user + used.system) / 1000).toFixed(0)} ms, ${out} bytes`);
  }
}
