/** Outputs never replace one another silently (issue: two inputs with the same file name). */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { outputStem, run } from '../../src/cli/main';
import { XlsxPackage } from '../../src/adapters/xlsx-package/package';
import { cooperativeSheets, xlsxOf } from '../helpers/xlsx';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the names of the outputs', () => {
  it('are the workbook’s own name when it is the only one of that name', () => {
    expect(outputStem('/a/2025/coop.xlsx', ['/a/2025/coop.xlsx', '/a/2025/other.xlsx'])).toBe('coop');
  });
  it('take the folder’s name when two inputs share a name, and a number when even that is the same', () => {
    const files = ['/a/2024/coop.xlsx', '/a/2025/coop.xlsx'];
    expect(files.map((f) => outputStem(f, files))).toEqual(['2024-coop', '2025-coop']);
    const twice = ['/a/2025/coop.xlsx', '/a/2025/coop.xlsx'];
    // The same file given twice is checked twice under one name: the run says so by writing it once.
    expect(twice.map((f) => outputStem(f, twice))).toEqual(['2025-coop-1', '2025-coop-1']);
  });

  it('keep both checked copies of 2024/coop.xlsx and 2025/coop.xlsx checked in one run', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'coopcheck-outputs-'));
    dirs.push(dir);
    for (const year of ['2024', '2025']) {
      mkdirSync(join(dir, year));
      writeFileSync(join(dir, year, 'coop.xlsx'), await xlsxOf(cooperativeSheets()));
    }
    let stdout = '';
    const exit = await run([join(dir, '2024/coop.xlsx'), join(dir, '2025/coop.xlsx'), '--out', join(dir, 'out')], {
      stdout: {
        write: (text: string) => {
          stdout += text;
        },
      },
      stderr: { write: () => undefined },
      env: {},
      cwd: dir,
    });
    expect(exit).toBe(1);
    expect(readdirSync(join(dir, 'out')).sort()).toEqual([
      '2024-coop.checked.xlsx',
      '2024-coop.report.docx',
      '2025-coop.checked.xlsx',
      '2025-coop.report.docx',
    ]);
    expect(stdout).toContain(join(dir, 'out', '2025-coop.checked.xlsx'));
  });

  it('re-checking a checked copy replaces CoopCheck’s notes, never adds to them, and keeps a user’s note', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'coopcheck-outputs-'));
    dirs.push(dir);
    writeFileSync(
      join(dir, 'coop.xlsx'),
      await xlsxOf(cooperativeSheets(), (workbook) => {
        workbook.getWorksheet('Registre')!.getCell('B2').note = 'Note de la trésorière';
      }),
    );
    const silent = { write: () => undefined };
    const io = { stdout: silent, stderr: silent, env: {}, cwd: dir };
    await run([join(dir, 'coop.xlsx'), '--out', join(dir, 'first')], io);
    await run([join(dir, 'first', 'coop.checked.xlsx'), '--out', join(dir, 'second')], io);
    const notesOf = async (file: string) => {
      const pkg = await XlsxPackage.open(file);
      try {
        const refs: string[] = [];
        for (const part of [...pkg.zip.entries.keys()].filter((p) => /comments\d*\.xml$/.test(p)).sort()) {
          for (const m of (await pkg.text(part)).matchAll(/<comment ref="([A-Z]+\d+)"/g)) refs.push(m[1]!);
        }
        return refs.sort();
      } finally {
        await pkg.close();
      }
    };
    const first = await notesOf(join(dir, 'first', 'coop.checked.xlsx'));
    expect(first).toEqual(['B2', 'E2']);
    expect(await notesOf(join(dir, 'second', 'coop.checked.checked.xlsx'))).toEqual(first);
  });
});
