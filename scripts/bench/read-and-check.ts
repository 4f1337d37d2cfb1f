/**
 * The checker's two phases in one thread, as the CLI's checker thread runs them: the workbook read
 * into the model (byte-level sheet reader, extractor), then check(). Prints each phase's time and the
 * process's RSS at the end; compare builds by running it on each (docs/BENCHMARKS.md, "Memory per row").
 *
 *   npx tsx --max-old-space-size=640 --initial-old-space-size=320 scripts/bench/read-and-check.ts bench-data/members-1048575-seed1-flaws100.xlsx
 */
import { readWorkbookRows } from '../../src/adapters/xlsx/read-workbook';
import { XlsxPackage } from '../../src/adapters/xlsx-package/package';
import { check, createExtractor, type Extractor } from '../../src/core';

const start = performance.now();
const pkg = await XlsxPackage.open(process.argv[2]!);
let extractor: Extractor | undefined;
await readWorkbookRows(pkg, (dates) => (extractor = createExtractor({}, dates)));
await pkg.close();
const read = performance.now();
const result = check(extractor!.finish());
const checked = performance.now();
console.log(
  `read ${(read - start).toFixed(0)} ms, check ${(checked - read).toFixed(0)} ms, ${result.findings.length} findings, RSS ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MB`,
);
