/**
 * What the checker allocates, garbage included: V8's sampling heap profiler (objects collected by the
 * garbage collector kept in the profile) over the read of a workbook or over check() alone, then the
 * functions that allocated most, in MB (docs/BENCHMARKS.md, "Memory per row").
 *
 *   npx tsx --max-old-space-size=900 scripts/bench/allocations.ts bench-data/members-1048575-seed1-flaws100.xlsx check
 *   npx tsx --max-old-space-size=900 scripts/bench/allocations.ts bench-data/members-1048575-seed1-flaws100.xlsx read
 */
import { Session } from 'node:inspector/promises';
import { readWorkbookRows } from '../../src/adapters/xlsx/read-workbook';
import { XlsxPackage } from '../../src/adapters/xlsx-package/package';
import { check, createExtractor, type Extractor } from '../../src/core';

interface ProfileNode {
  callFrame: { functionName: string; url: string; lineNumber: number };
  selfSize: number;
  children: ProfileNode[];
}

const [file, phase = 'check'] = process.argv.slice(2);
const session = new Session();
session.connect();
const sampling = { samplingInterval: 16_384, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true };
if (phase === 'read') await session.post('HeapProfiler.startSampling', sampling);
const pkg = await XlsxPackage.open(file!);
let extractor: Extractor | undefined;
await readWorkbookRows(pkg, (dates) => (extractor = createExtractor({}, dates)));
await pkg.close();
const model = extractor!.finish();
if (phase === 'check') await session.post('HeapProfiler.startSampling', sampling);
else await session.post('HeapProfiler.stopSampling').then(report);
check(model);
if (phase === 'check') report(await session.post('HeapProfiler.stopSampling'));

function report({ profile }: { profile: { head: ProfileNode } }): void {
  const bytes = new Map<string, number>();
  let total = 0;
  const walk = (node: ProfileNode) => {
    const { functionName, url, lineNumber } = node.callFrame;
    const key = `${functionName || '(anonymous)'} ${url.split('/').slice(-2).join('/')}:${lineNumber + 1}`;
    bytes.set(key, (bytes.get(key) ?? 0) + node.selfSize);
    total += node.selfSize;
    node.children.forEach(walk);
  };
  walk(profile.head);
  console.log(`${phase}: ${(total / 2 ** 20).toFixed(0)} MB allocated`);
  for (const [key, size] of [...bytes].sort((a, b) => b[1] - a[1]).slice(0, 20)) console.log(`${(size / 2 ** 20).toFixed(1).padStart(8)} MB  ${key}`);
}
