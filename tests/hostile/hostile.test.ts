/**
 * The hostile packages of ./generate.ts that take seconds (issue 16), all given to one run of the
 * CLI as a child process under `ulimit -n 1024` (one process, so that the suite takes seconds, not a
 * Node start per case): each ends in a valid copy that keeps every part, or in one line naming the
 * file and the part; no stack trace, every input unchanged, the process's peak memory under 1 GB.
 * The slow ones (a 3 GB sheet, 500,000 findings, the corpus, LibreOffice) are `npm run test:hostile`.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CASES, cooperativeParts, entriesOf, writeZip } from './generate';
import { buildCli, copyOf, expectOutcome, expectValidCopy, MAX_RSS_MIB, partText, runCli, sha256, type CliRun } from './harness';

const FAST = CASES.filter((c) => !c.slow);
let cli: string;
let dir: string;
let run: CliRun;
const hashes = new Map<string, string>();

beforeAll(async () => {
  cli = buildCli();
  dir = mkdtempSync(join(tmpdir(), 'coopcheck-hostile-'));
  for (const hostile of FAST) {
    const input = join(dir, `${hostile.name}.xlsx`);
    await hostile.write(input);
    hashes.set(hostile.name, sha256(input));
  }
  run = runCli(cli, [...FAST.map((c) => `${c.name}.xlsx`), '--out', 'out', '--lang', 'en', '--jobs', '2'], dir, { timeoutSeconds: 300 });
  console.info(`${FAST.length} hostile packages: exit ${run.exit} in ${run.seconds.toFixed(0)} s, peak ${run.rssMiB.toFixed(0)} MiB`);
}, 600_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('hostile packages through the CLI, in one run', () => {
  it('ends in exit 2 (some inputs refused), with no stack trace and a peak memory under 1 GB', () => {
    expect(run.exit).toBe(2);
    expect(run.stderr).not.toMatch(/\n\s+at |node:internal/);
    expect(run.rssMiB).toBeLessThan(MAX_RSS_MIB);
    // One line per refused input, none for the others.
    expect(run.stderr.split('\n').filter(Boolean)).toHaveLength(FAST.filter((c) => 'part' in c.expect).length);
  });

  for (const hostile of FAST) {
    const expected = 'part' in hostile.expect ? `one line naming ${hostile.expect.part}` : 'a valid copy';
    it(`${hostile.name}: ${expected}`, async () => {
      const lines = run.stderr.split('\n').filter((line) => line.startsWith(`coopcheck: ${hostile.name}.xlsx: `));
      // This input's share of the run: its own line (or none), the run's memory, no stack trace.
      const own: CliRun = {
        ...run,
        stderr: lines.map((line) => `${line}\n`).join(''),
        exit: lines.length ? 2 : existsSync(copyOf(join(dir, 'out'), hostile.name)) ? 1 : null,
      };
      await expectOutcome(own, join(dir, `${hostile.name}.xlsx`), hostile.name, join(dir, 'out'), hashes.get(hostile.name)!, hostile.expect);
    });
  }

  it('a checked copy checked again: as many notes, a valid copy', async () => {
    writeZip(join(dir, 'again.xlsx'), entriesOf(await cooperativeParts()));
    const first = runCli(cli, ['again.xlsx', '--out', 'first', '--lang', 'en'], dir);
    expect(first.exit).toBe(1);
    const copy = copyOf(join(dir, 'first'), 'again');
    const second = runCli(cli, [copy, '--out', 'second', '--lang', 'en'], dir);
    expect(second.stderr).toBe('');
    expect(second.exit).toBe(1);
    const recopy = copyOf(join(dir, 'second'), 'again.checked');
    await expectValidCopy(copy, recopy);
    const notes = (path: string) => [...partText(path, 'xl/comments1.xml').matchAll(/<comment /g)].length;
    expect(notes(copy)).toBeGreaterThan(0);
    expect(notes(recopy)).toBe(notes(copy));
  });
});
