/**
 * Runs a workbook through the CLI as a user does (a child process, the bundle `npm run build:cli`
 * makes, built here into node_modules/.cache so that a build of the tree's dist/ by someone else
 * cannot change it mid-run) and checks what the issue asks of every run: exit 0 or 1 with a valid
 * copy that keeps every part, or exit 2 with one line naming the file and the part; never a stack
 * trace, a hang, a peak resident set of 1 GB or more, or a changed input.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, existsSync, openSync, readFileSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { createExtractor } from '../../src/core';
import { readWorkbookRows } from '../../src/adapters/xlsx/read-workbook';
import { XlsxPackage } from '../../src/adapters/xlsx-package/package';
import { ZipReader } from '../../src/adapters/xlsx-package/zip';
import { openXlsx } from '../helpers/xlsx';
import type { Expectation } from './generate';

export const ROOT = join(__dirname, '../..');
const BUNDLE = join(ROOT, 'node_modules/.cache/coopcheck-hostile');
/** The issue's bound on the CLI's memory. */
export const MAX_RSS_MIB = 1024;
/** Parts the copy drops on purpose: the calculation chain, which Excel rebuilds (the copy adds cells). */
const DROPPED = new Set(['xl/calcChain.xml']);
/** exceljs (JSZip) opens copies up to this size inflated; a larger one is read back with the project's own reader. */
const EXCELJS_MAX_BYTES = 64 << 20;

export function buildCli(): string {
  // The package's own build command (its entries: the CLI and its threads), into this folder.
  const script = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts['build:cli']!;
  if (!script.includes('--outdir=dist ')) throw new Error(`build:cli no longer writes --outdir=dist: ${script}`);
  const built = spawnSync('sh', ['-c', `npx ${script.replace('--outdir=dist ', `--outdir='${BUNDLE}' `)}`], { cwd: ROOT, encoding: 'utf8' });
  if (built.status !== 0) throw new Error(`esbuild failed: ${built.stderr}`);
  return join(BUNDLE, 'cli.js');
}

export interface CliRun {
  exit: number | null;
  stdout: string;
  stderr: string;
  rssMiB: number;
  seconds: number;
}

/** `node run-cli.mjs ARGS` in `cwd` under `ulimit -n` (1,024 unless told), killed after `timeoutSeconds`. */
export function runCli(cli: string, args: readonly string[], cwd: string, { timeoutSeconds = 120, openFiles = 1024 } = {}): CliRun {
  const rssFile = join(cwd, `.rss-${process.pid}-${Date.now()}`);
  const started = performance.now();
  const child = spawnSync('bash', ['-c', `ulimit -n ${openFiles} && exec "$0" "$@"`, process.execPath, join(__dirname, 'run-cli.mjs'), ...args], {
    cwd,
    encoding: 'utf8',
    timeout: timeoutSeconds * 1000,
    maxBuffer: 64 << 20,
    env: { ...process.env, COOPCHECK_CLI: cli, COOPCHECK_RSS_FILE: rssFile, NO_COLOR: '1', LANG: 'en' },
  });
  const seconds = (performance.now() - started) / 1000;
  if (child.error) throw new Error(`the CLI did not end within ${timeoutSeconds} s (${child.error.message})`);
  const rssMiB = existsSync(rssFile) ? Number(readFileSync(rssFile, 'utf8')) / 1024 : Number.NaN;
  return { exit: child.status, stdout: child.stdout, stderr: child.stderr, rssMiB, seconds };
}

/** The SHA-256 of a file, read in pieces (an input can be hundreds of MB). */
export function sha256(path: string): string {
  const hash = createHash('sha256');
  const buffer = Buffer.allocUnsafe(1 << 20);
  const fd = openSync(path, 'r');
  try {
    for (let read; (read = readSync(fd, buffer, 0, buffer.length, null)) > 0;) hash.update(buffer.subarray(0, read));
  } finally {
    closeSync(fd);
  }
  return hash.digest('hex');
}

/** The copy of `name`.xlsx the CLI writes in `out`. */
export const copyOf = (out: string, name: string) => join(out, `${name}.checked.xlsx`);

/**
 * Checks one CLI run of `input` (named `name`.xlsx) against what the case expects; returns the
 * copy's path when one is expected.
 */
export async function expectOutcome(
  run: CliRun,
  input: string,
  name: string,
  out: string,
  inputHash: string,
  expected: Expectation,
): Promise<string | undefined> {
  expect(run.stderr).not.toMatch(/\n\s+at |Error:|node:internal/);
  expect(sha256(input)).toBe(inputHash);
  expect(run.rssMiB).toBeLessThan(MAX_RSS_MIB);
  const copy = copyOf(out, name);
  if ('part' in expected) {
    expect(run.exit).toBe(2);
    const lines = run.stderr.split('\n');
    expect(lines.length, run.stderr).toBe(2);
    expect(lines[1]).toBe('');
    expect(lines[0]).toMatch(new RegExp(`^coopcheck: ${escape(name)}\\.xlsx: .*${escape(expected.part)}: `));
    expect(lines[0]).toMatch(expected.reason);
    expect(existsSync(copy)).toBe(false);
    return undefined;
  }
  expect(run.stderr).toBe('');
  expect([0, 1]).toContain(run.exit);
  await expectValidCopy(input, copy);
  return copy;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A copy Excel opens without repair as far as can be told here: every part of the input kept, every
 * part typed in [Content_Types].xml, no row twice in a sheet the copy rewrote; opened by exceljs, or
 * read whole by the project's reader when too large for exceljs.
 */
export async function expectValidCopy(input: string, copy: string): Promise<void> {
  const [from, to] = [await ZipReader.open(input), await ZipReader.open(copy)];
  let inflated: number;
  try {
    const lost = [...from.entries.keys()].filter((name) => !to.entries.has(name) && !DROPPED.has(name));
    expect(lost, 'parts of the input missing from the copy').toEqual([]);

    const types = strFromU8(await to.read(to.entries.get('[Content_Types].xml')!));
    const defaults = new Set([...types.matchAll(/<Default [^>]*Extension="([^"]+)"/g)].map((m) => m[1]!.toLowerCase()));
    const overrides = new Set([...types.matchAll(/<Override [^>]*PartName="([^"]+)"/g)].map((m) => decodeURI(m[1]!).toLowerCase()));
    const untyped = [...to.entries.keys()].filter(
      (name) =>
        name !== '[Content_Types].xml' &&
        !name.endsWith('/') &&
        !overrides.has(`/${name}`.toLowerCase()) &&
        !defaults.has(name.slice(name.lastIndexOf('.') + 1).toLowerCase()),
    );
    expect(untyped, 'parts of the copy without a content type').toEqual([]);

    inflated = [...to.entries.values()].reduce((sum, entry) => sum + entry.size, 0);
    for (const [name, entry] of to.entries) {
      const before = from.entries.get(name);
      if (!/^xl\/worksheets\/[^/]+\.xml$/.test(name) || (before && before.crc === entry.crc) || entry.size > 64 << 20) continue;
      const rows = [...strFromU8(await to.read(entry)).matchAll(/<row [^>]*?\br="(\d+)"/g)].map((m) => m[1]);
      expect(rows.length - new Set(rows).size, `rows written twice in ${name}`).toBe(0);
    }
  } finally {
    await from.close();
    await to.close();
  }
  if (inflated <= EXCELJS_MAX_BYTES) {
    const workbook = await openXlsx(readFileSync(copy));
    expect(workbook.worksheets.length).toBeGreaterThan(0);
  } else {
    const pkg = await XlsxPackage.open(copy);
    try {
      await readWorkbookRows(pkg, createExtractor());
    } finally {
      await pkg.close();
    }
  }
}

/** The text of one part of an .xlsx. */
export function partText(path: string, part: string): string {
  const files = unzipSync(readFileSync(path), { filter: (file) => file.name === part });
  return files[part] ? strFromU8(files[part]) : '';
}
