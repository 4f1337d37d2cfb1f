/**
 * The draft special report packed into a .docx: once, in a fresh process whose
 * code is not yet compiled (docs/BENCHMARKS.md, "The checker's heap, pieces as views,
 * the draft's tables"). Reads and checks the workbook, builds its draft, then times
 * `draftReportDocx` alone in `--reps` fresh processes and prints the time and the size of document.xml;
 * `--zlib` deflates with Node's zlib, as the CLI does, instead of fflate, as the page does.
 *
 *   npx tsx scripts/bench/draft-docx.ts bench-data/members-50000-seed1-flaws100.xlsx --reps 3
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { strFromU8, unzipSync } from 'fflate';
import { draftReportDocx } from '../../src/adapters/docx';
import { nodeCodec } from '../../src/adapters/xlsx-package/zip';
import { readWorkbookRows } from '../../src/adapters/xlsx/read-workbook';
import { XlsxPackage } from '../../src/adapters/xlsx-package/package';
import { buildDraftReport, check, createExtractor, type DraftReport, type Extractor } from '../../src/core';

const { values, positionals } = parseArgs({
  options: { reps: { type: 'string', default: '3' }, pack: { type: 'string' }, zlib: { type: 'boolean', default: false } },
  allowPositionals: true,
});

if (values.pack) {
  // The child: one draft, packed once.
  const draft = JSON.parse(readFileSync(values.pack, 'utf8')) as DraftReport;
  const start = performance.now();
  const bytes = await draftReportDocx(draft, values.zlib ? { codec: nodeCodec } : {});
  const ms = performance.now() - start;
  console.log(JSON.stringify({ ms, documentXml: strFromU8(unzipSync(bytes)['word/document.xml']!).length }));
} else {
  const pkg = await XlsxPackage.open(positionals[0]!);
  let extractor: Extractor | undefined;
  await readWorkbookRows(pkg, (dates) => (extractor = createExtractor({}, dates)));
  await pkg.close();
  const input = { fileName: 'bench.xlsx', sha256: '0'.repeat(64), toolVersion: 'bench', checkedAt: '2026-12-01T00:00:00Z' };
  const draft = buildDraftReport(check(extractor!.finish()), input, 'fr');
  const dir = mkdtempSync(join(tmpdir(), 'coopcheck-draft-bench-'));
  try {
    const file = join(dir, 'draft.json');
    writeFileSync(file, JSON.stringify(draft));
    for (let rep = 0; rep < Number(values.reps); rep++) {
      const out = execFileSync(process.execPath, [...process.execArgv, process.argv[1]!, '--pack', file, ...(values.zlib ? ['--zlib'] : [])], {
        encoding: 'utf8',
      });
      const { ms, documentXml } = JSON.parse(out) as { ms: number; documentXml: number };
      console.log(`packed in ${ms.toFixed(0)} ms, document.xml ${(documentXml / 1024).toFixed(0)} KB`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
