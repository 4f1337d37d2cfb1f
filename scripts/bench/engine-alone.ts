/**
 * The engine alone: the workbook is read into the model in this thread (not measured), the garbage
 * of the reading is collected (run with --expose-gc), then only check() is timed. Prints the time
 * and the model's row count. Bundled and run by scripts/bench.ts.
 */
import { extractWorkbookPackage } from '../../src/adapters/xlsx/read-workbook';
import { XlsxPackage } from '../../src/adapters/xlsx-package/package';
import { check } from '../../src/core/engine';
import { SHEET_KINDS } from '../../src/core/model';

const pkg = await XlsxPackage.open(process.argv[2]!);
const { model } = await extractWorkbookPackage(pkg);
await pkg.close();
const rows = SHEET_KINDS.reduce((sum, kind) => sum + model[kind].length, 0);
(globalThis as { gc?: () => void }).gc?.();
const start = performance.now();
const result = check(model);
const checkMs = performance.now() - start;
console.log(JSON.stringify({ rows, checkMs, findings: result.findings.length }));
