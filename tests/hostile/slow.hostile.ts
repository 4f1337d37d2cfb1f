/**
 * The hostile cases that take minutes (`npm run test:hostile`, run by .ci/run after `npm test`):
 * a sheet that inflates to 3 GB read in bounded memory, 500,000 findings, the exceljs corpus
 * through the CLI, every copy opened by LibreOffice, and the same input giving the same styles part
 * under load. Each run as ./hostile.test.ts runs them: a child process under `ulimit -n 1024`, its
 * peak memory under 1 GB, its input unchanged.
 */
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createExtractor } from '../../src/core';
import { readWorkbookRows } from '../../src/adapters/xlsx/read-workbook';
import { XlsxPackage } from '../../src/adapters/xlsx-package/package';
import { ZipReader } from '../../src/adapters/xlsx-package/zip';
import { CASES, cooperativeParts, entriesOf, writeZip } from './generate';
import { buildCli, copyOf, expectOutcome, expectValidCopy, partText, ROOT, runCli, sha256 } from './harness';

const CORPUS = join(ROOT, 'tests/fixtures/corpus/exceljs-spec');
const SOFFICE = spawnSync('sh', ['-c', 'command -v soffice']).status === 0;
if (!SOFFICE) console.warn('slow.hostile: soffice (LibreOffice) not found, the copies are not opened by LibreOffice.');

/** Excel-side cap on CoopCheck's notes (src/adapters/flag-plan.ts): the cells past it are flagged without one. */
const MAX_NOTES = 5_000;

let cli: string;
let dir: string;
/** Copies small enough for LibreOffice to open in seconds, gathered from every test. */
const copies: string[] = [];
beforeAll(() => {
  cli = buildCli();
  dir = mkdtempSync(join(tmpdir(), 'coopcheck-hostile-slow-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const LIBREOFFICE_MAX_BYTES = 4 << 20;
const keepForLibreOffice = (copy: string | undefined) => {
  if (copy && statSync(copy).size <= LIBREOFFICE_MAX_BYTES) copies.push(copy);
};

describe('hostile packages that take minutes', () => {
  for (const hostile of CASES.filter((c) => c.slow && c.name !== 'findings-500k')) {
    it(`${hostile.name}: a valid copy`, async () => {
      const input = join(dir, `${hostile.name}.xlsx`);
      await hostile.write(input);
      const hash = sha256(input);
      const run = runCli(cli, [`${hostile.name}.xlsx`, '--out', 'out', '--lang', 'en', '--json', `${hostile.name}.json`], dir, { timeoutSeconds: 600 });
      console.info(`${hostile.name}: exit ${run.exit} in ${run.seconds.toFixed(0)} s, peak ${run.rssMiB.toFixed(0)} MiB`);
      await expectOutcome(run, input, hostile.name, join(dir, 'out'), hash, hostile.expect);
      rmSync(input);
      rmSync(copyOf(join(dir, 'out'), hostile.name));
    });
  }

  const halfAMillion = CASES.find((c) => c.name === 'findings-500k')!;
  it(`500,000 findings: exit 1, every flagged cell in the copy's state, ${MAX_NOTES} notes and the others counted`, async () => {
    const input = join(dir, 'findings-500k.xlsx');
    await halfAMillion.write(input);
    const hash = sha256(input);
    const run = runCli(cli, ['findings-500k.xlsx', '--out', 'out', '--lang', 'en', '--json', 'findings-500k.json'], dir, { timeoutSeconds: 900 });
    console.info(`findings-500k: exit ${run.exit} in ${run.seconds.toFixed(0)} s, peak ${run.rssMiB.toFixed(0)} MiB`);
    const copy = (await expectOutcome(run, input, 'findings-500k', join(dir, 'out'), hash, halfAMillion.expect))!;
    expect(run.exit).toBe(1);
    const report = JSON.parse(readFileSync(join(dir, 'findings-500k.json'), 'utf8')) as { findings: { severity: string; sheet: string; cell: string }[] };
    const flagged = new Set(report.findings.filter((f) => f.severity !== 'info' && f.cell).map((f) => `${f.sheet}!${f.cell}`));
    expect(report.findings.length).toBeGreaterThanOrEqual(500_000);
    const pkg = await XlsxPackage.open(copy);
    try {
      const { state } = await readWorkbookRows(pkg, createExtractor());
      expect(new Set(state.flags.map((f) => `${f.sheet}!${f.cell}`))).toEqual(flagged);
      const notes = [...pkg.zip.entries.keys()].filter((name) => /^xl\/comments\d*\.xml$/.test(name));
      let count = 0;
      for (const part of notes) count += [...(await pkg.text(part)).matchAll(/<comment /g)].length;
      expect(count).toBe(MAX_NOTES);
      // How many flagged cells have no note is said: in the run's output, or on a sheet the copy adds.
      const original = await ZipReader.open(input);
      const inputParts = new Set(original.entries.keys());
      await original.close();
      let said = run.stdout;
      for (const name of pkg.zip.entries.keys()) if (!inputParts.has(name) && name.startsWith('xl/worksheets/')) said += await pkg.text(name);
      expect(said).toMatch(new RegExp(`${flagged.size - MAX_NOTES}|${(flagged.size - MAX_NOTES).toLocaleString('en')}`));
    } finally {
      await pkg.close();
    }
  });

  it('the same input gives the same styles part, run after run, two at a time on two cores', async () => {
    writeZip(join(dir, 'same.xlsx'), entriesOf(await cooperativeParts()));
    const runOnce = (i: number) =>
      new Promise<string>((resolve, reject) => {
        const child = spawn(process.execPath, [join(__dirname, 'run-cli.mjs'), 'same.xlsx', '--out', `same-${i}`, '--lang', 'en'], {
          cwd: dir,
          stdio: 'ignore',
          env: { ...process.env, COOPCHECK_CLI: cli, COOPCHECK_RSS_FILE: join(dir, `.rss-same-${i}`) },
        });
        child.on('error', reject);
        child.on('exit', (code) =>
          code === 1 ? resolve(partText(copyOf(join(dir, `same-${i}`), 'same'), 'xl/styles.xml')) : reject(new Error(`exit ${code}`)),
        );
      });
    const styles: string[] = [];
    for (let i = 0; i < 12; i += 2) styles.push(...(await Promise.all([runOnce(i), runOnce(i + 1)])));
    expect(styles[0]).toContain('<cellXfs');
    expect(new Set(styles).size).toBe(1);
  });
});

describe('the copies of the fast cases, for LibreOffice', () => {
  it('are written again in one run', async () => {
    // Not the 1,000 sheets: LibreOffice takes minutes and 6 GB to save them, from the input as from its copy.
    const cases = CASES.filter((c) => !c.slow && !('part' in c.expect) && c.name !== 'sheets-1000');
    const work = join(dir, 'fast');
    mkdirSync(work, { recursive: true });
    for (const hostile of cases) await hostile.write(join(work, `${hostile.name}.xlsx`));
    const run = runCli(cli, [...cases.map((c) => `${c.name}.xlsx`), '--out', 'out', '--lang', 'en', '--jobs', '1'], work, { timeoutSeconds: 300 });
    expect(run.stderr).toBe('');
    for (const hostile of cases) keepForLibreOffice(copyOf(join(work, 'out'), hostile.name));
  });
});

describe('the exceljs corpus through the CLI', () => {
  const files = existsSync(CORPUS)
    ? readdirSync(CORPUS)
        .filter((f) => f.endsWith('.xlsx'))
        .sort()
    : [];
  it.each(files)('%s: a valid copy, or exit 2 with one line naming the file', async (file) => {
    const work = join(dir, 'corpus');
    mkdirSync(work, { recursive: true });
    const input = join(work, file);
    copyFileSync(join(CORPUS, file), input);
    const hash = sha256(input);
    const run = runCli(cli, [file, '--out', 'out', '--lang', 'en', '--fail-on', 'never'], work);
    expect(run.stderr).not.toMatch(/\n\s+at |node:internal/);
    expect(sha256(input)).toBe(hash);
    expect(run.rssMiB).toBeLessThan(1024);
    if (run.exit === 2) {
      expect(run.stderr).toMatch(new RegExp(`^coopcheck: ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: [^\\n]+\\n$`));
      return;
    }
    expect(run.stderr).toBe('');
    expect(run.exit).toBe(0);
    const copy = copyOf(join(work, 'out'), basename(file, '.xlsx'));
    await expectValidCopy(input, copy);
    keepForLibreOffice(copy);
  });
});

describe.skipIf(!SOFFICE)('the copies opened by LibreOffice', () => {
  it('converts every copy (the corpus, the fast cases) to OpenDocument', () => {
    expect(copies.length).toBeGreaterThan(0);
    const out = join(dir, 'lo');
    const converted = spawnSync(
      'soffice',
      [`-env:UserInstallation=file://${join(dir, 'lo-profile')}`, '--headless', '--convert-to', 'ods', '--outdir', out, ...copies],
      { encoding: 'utf8', timeout: 600_000 },
    );
    expect(converted.status, converted.stderr).toBe(0);
    const missing = copies.filter((copy) => {
      const ods = join(out, `${basename(copy, '.xlsx')}.ods`);
      return !existsSync(ods) || statSync(ods).size === 0;
    });
    expect(missing, 'copies LibreOffice could not open').toEqual([]);
  });
});
