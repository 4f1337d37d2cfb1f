import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check, createExtractor, jsonFindingOf, CONDITIONS, type Extractor } from '../core';
import { readWorkbookRows } from '../adapters/xlsx/read-workbook';
import { XlsxPackage } from '../adapters/xlsx-package/package';
import { startChecker } from './checker-thread';

const WORKBOOK = join(__dirname, '../../examples/les-tisserands.xlsx');

async function checkOf(options: Parameters<typeof startChecker>[2] = {}) {
  const checker = startChecker({ workbook: WORKBOOK, parameterOverrides: {}, lang: 'nl' }, undefined, options);
  try {
    const { hasData } = await checker.read();
    return { hasData, result: await checker.result() };
  } finally {
    await checker.stop();
  }
}

describe('the checker thread', () => {
  it('gives back the result of the check in this thread, its findings in order and rendered', async () => {
    const pkg = await XlsxPackage.open(WORKBOOK);
    let extractor: Extractor | undefined;
    try {
      await readWorkbookRows(pkg, (dates) => (extractor ??= createExtractor(undefined, dates)));
    } finally {
      await pkg.close();
    }
    const here = check(extractor!.finish());
    const { hasData, result } = await checkOf();
    expect(hasData).toBe(true);
    expect(result.findings.length).toBe(here.findings.length);
    expect(result.findings.length).toBeGreaterThan(10);
    const conditions = new Map(CONDITIONS.map((c) => [c.id, c]));
    expect(result).toEqual({ ...here, findings: here.findings.map((f) => jsonFindingOf(f, conditions.get(f.conditionId), 'nl')) });
    expect(result.findings[0]!.message).not.toBe(result.findings[0]!.messageId);
  });

  it("gives the same result in the CLI's own thread (a small workbook), and the same error for a damaged one", async () => {
    const [thread, here] = await Promise.all([checkOf(), checkOf({ inThisThread: true })]);
    expect(here.hasData).toBe(true);
    expect(here.result.findings.length).toBeGreaterThan(10);
    expect(here.result).toEqual(thread.result);
    const failed = async (inThisThread: boolean) => {
      const checker = startChecker({ workbook: join(__dirname, '../../package.json'), parameterOverrides: {}, lang: 'en' }, undefined, { inThisThread });
      try {
        return await checker.read().then(
          () => 'read',
          (error: Error) => `${error.name}: ${error.message}`,
        );
      } finally {
        await checker.stop();
      }
    };
    const [threadError, hereError] = await Promise.all([failed(false), failed(true)]);
    expect(hereError).toBe(threadError);
    expect(hereError).not.toBe('read');
  });

  it('reads the workbook again without a heap limit when the worker runs out of its heap', async () => {
    const unlimited = await checkOf();
    // 8 MB is less than the worker's code takes: it runs out before reading a row.
    const again = await checkOf({ heapMb: 8 });
    expect(again.hasData).toBe(true);
    expect(again.result.findings).toEqual(unlimited.result.findings);
    expect(again.result.findings.length).toBe(unlimited.result.findings.length);
  }, 60_000);
});
