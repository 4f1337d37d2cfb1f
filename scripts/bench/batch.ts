/**
 * Many workbooks at once (issue 15): generates COUNT workbooks of MEMBERS members into
 * bench-data/batch-MEMBERS/ (once; seeds 1…COUNT, 10 deliberate errors each, a company number each),
 * then times the built CLI on all of them with --summary, once per --jobs value, each run a fresh
 * process. Prints a Markdown table for docs/BENCHMARKS.md ("Many workbooks").
 *
 *   npm run build:cli && npx tsx scripts/bench/batch.ts [--count 200] [--members 5000] [--jobs 1,2] [--reps 1] [--cli PATH]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateWorkbook } from '../generate-workbook';

const ROOT = resolve(import.meta.dirname, '../..');
const GNU_TIME = '/usr/bin/time';
const loadAverage = () => loadavg()[0]!.toFixed(1);
const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '200' },
    members: { type: 'string', default: '5000' },
    jobs: { type: 'string', default: '1,2' },
    reps: { type: 'string', default: '1' },
    cli: { type: 'string' },
  },
});
// A private build of the CLI (--cli bench-data/.batch-cli/bin/coopcheck.js) keeps a rebuild of dist/ by someone else out of the measurement.
const CLI = values.cli ? resolve(values.cli) : join(ROOT, 'bin/coopcheck.js');
const count = Number(values.count);
const members = Number(values.members);
const dir = join(ROOT, 'bench-data', `batch-${members}`);
mkdirSync(dir, { recursive: true });
const files = Array.from({ length: count }, (_, i) => join(dir, `coop-${String(i + 1).padStart(3, '0')}.xlsx`));
const generateStart = performance.now();
for (const [i, file] of files.entries()) {
  if (existsSync(file)) continue;
  await generateWorkbook({
    members,
    voters: 500,
    year: 2025,
    seed: i + 1,
    flaws: 10,
    out: file,
    companyNumber: `BE 0${String(400_000_000 + i * 1_013)
      .padStart(9, '0')
      .replace(/(\d{3})(\d{3})(\d{3})/, '$1.$2.$3')}`,
  });
}
process.stderr.write(`workbooks ready in ${((performance.now() - generateStart) / 1000).toFixed(1)} s\n`);
const bytes = files.reduce((sum, f) => sum + statSync(f).size, 0);

const rows: string[] = [];
for (const jobs of values.jobs.split(',').map(Number)) {
  const times: number[] = [];
  const cpu: { seconds: number; rssMB: number }[] = [];
  for (let rep = 0; rep < Number(values.reps); rep++) {
    const out = mkdtempSync(join(tmpdir(), 'coopcheck-batch-'));
    const begin = performance.now();
    // GNU time gives the process's CPU time (all its threads) and peak RSS: on a machine shared with
    // other work, CPU seconds per workbook say more than the wall time does.
    const command = [CLI, ...files, '--summary', join(out, 'summary.csv'), '--out', out, '--jobs', String(jobs), '--fail-on', 'never'];
    const child = existsSync(GNU_TIME)
      ? spawnSync(GNU_TIME, ['-f', 'TIME %U %S %M', process.execPath, ...command], { encoding: 'utf8', maxBuffer: 1 << 28 })
      : spawnSync(process.execPath, command, { encoding: 'utf8', maxBuffer: 1 << 28 });
    const ms = performance.now() - begin;
    if (child.status !== 0) throw new Error(`exit ${child.status}: ${child.stderr.slice(-2000)}`);
    const usage = /TIME ([\d.]+) ([\d.]+) (\d+)/.exec(child.stderr);
    if (usage) cpu.push({ seconds: Number(usage[1]) + Number(usage[2]), rssMB: Number(usage[3]) / 1024 });
    const csv = readFileSync(join(out, 'summary.csv'), 'utf8').trim().split('\r\n');
    if (csv.length !== count + 1) throw new Error(`summary has ${csv.length - 1} rows`);
    const checked = readdirSync(out).filter((f) => f.endsWith('.checked.xlsx')).length;
    if (checked !== count) throw new Error(`${checked} checked copies`);
    rmSync(out, { recursive: true, force: true });
    times.push(ms);
    process.stderr.write(`--jobs ${jobs}: ${(ms / 1000).toFixed(1)} s\n`);
  }
  const ms = times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
  const perSecond = count / (ms / 1000);
  const cpuSeconds = cpu.length ? cpu.map((c) => c.seconds).sort((a, b) => a - b)[Math.floor(cpu.length / 2)]! : undefined;
  const rss = cpu.length ? Math.max(...cpu.map((c) => c.rssMB)) : undefined;
  rows.push(
    `| ${jobs} | ${count} | ${(ms / 1000).toFixed(1)} s | ${perSecond.toFixed(2)} | ${(perSecond / jobs).toFixed(2)} | ${(ms / count).toFixed(0)} ms | ` +
      `${cpuSeconds === undefined ? '?' : `${cpuSeconds.toFixed(0)} s (${((cpuSeconds * 1000) / count).toFixed(0)} ms a workbook)`} | ${rss === undefined ? '?' : `${rss.toFixed(0)} MB`} | ${loadAverage()} |`,
  );
}
console.log(
  `Machine: ${cpus()[0]?.model ?? '?'}, availableParallelism() = ${availableParallelism()}, Node ${process.version}. ` +
    `${count} workbooks of ${members.toLocaleString('en')} members, ${(bytes / 1e6).toFixed(1)} MB in all.\n`,
);
console.log(
  '| --jobs | Workbooks | Wall time | Workbooks / s | Workbooks / s per job | Wall time per workbook | CPU time (user + sys) | Peak RSS | Load average after (1 min) |',
);
console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const row of rows) console.log(row);
