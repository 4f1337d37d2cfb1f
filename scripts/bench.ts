/**
 * `npm run bench`: the CLI on synthetic workbooks (scripts/generate-workbook.ts) of 10,000, 100,000
 * and 1,048,575 members, measured in the same run against exceljs's streaming reader going through
 * the same file and doing nothing else. Each measurement is a fresh process (its peak RSS written
 * by scripts/bench/rss-probe.mjs); repetitions are interleaved, so that a busy machine slows every
 * kind alike, and the medians are reported. Writes the table into docs/BENCHMARKS.md between its
 * markers, with the machine and the date.
 *
 *   npm run bench -- [--sizes 10000,100000,1048575] [--reps 3] [--flaws 100] [--seed 1] [--budget-minutes 40] [--without-exceljs]
 *
 * --without-exceljs leaves out exceljs's readers (columns a and a′), which take a minute a run at a
 * million members: the ratios to the parse floor are then had in a quarter of the time.
 *
 * Workbooks are cached in bench-data/ (gitignored). When the whole run would pass the budget, the
 * largest sizes get fewer repetitions, and the table says so.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, release, tmpdir, totalmem, type } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { generateWorkbook } from './generate-workbook';

const ROOT = resolve(import.meta.dirname, '..');
const DATA = join(ROOT, 'bench-data');
const BUNDLES = join(DATA, '.bin');
const REPORT = join(ROOT, 'docs', 'BENCHMARKS.md');
const BEGIN = '<!-- bench:begin -->';
const END = '<!-- bench:end -->';
/** The packages the CLI's bundle leaves in node_modules (package.json, build:cli), so that the scripts are bundled alike. */
const CLI_EXTERNALS = [...(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts['build:cli'] as string).matchAll(/--external:(\S+)/g)].map(
  ([, name]) => name!,
);

const { values: args } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10000,100000,1048575' },
    reps: { type: 'string', default: '3' },
    flaws: { type: 'string', default: '100' },
    seed: { type: 'string', default: '1' },
    'budget-minutes': { type: 'string', default: '40' },
    'without-exceljs': { type: 'boolean', default: false },
  },
});
const sizes = args.sizes.split(',').map(Number);
const reps = Number(args.reps);
const flaws = Number(args.flaws);
const seed = Number(args.seed);
const budgetMs = Number(args['budget-minutes']) * 60_000;
const withExceljs = !args['without-exceljs'];
const started = Date.now();
const log = (text: string) => process.stderr.write(`${text}\n`);

type Kind = 'floor' | 'partsFloor' | 'parseFloor' | 'cli' | 'cliClean' | 'engine';
interface Measurement {
  ms: number;
  rssKiB: number;
  output: string;
}

/** A fresh `node` process with the RSS probe; its wall time, peak RSS and standard output. */
async function measure(script: string, scriptArgs: string[], okExits: readonly number[] = [0], nodeFlags: string[] = []): Promise<Measurement> {
  const rssFile = join(tmpdir(), `coopcheck-bench-rss-${process.pid}`);
  rmSync(rssFile, { force: true });
  const begin = performance.now();
  const child = spawn(process.execPath, [...nodeFlags, '--import', join(ROOT, 'scripts/bench/rss-probe.mjs'), script, ...scriptArgs], {
    env: { ...process.env, BENCH_RSS_FILE: rssFile },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let errors = '';
  child.stdout.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr.on('data', (chunk) => {
    errors += chunk;
  });
  const code = await new Promise<number>((done) => child.on('close', (exit) => done(exit ?? -1)));
  const ms = performance.now() - begin;
  if (!okExits.includes(code)) throw new Error(`${script} ${scriptArgs.join(' ')} exited ${code}: ${errors.trim()}`);
  return { ms, rssKiB: Number(readFileSync(rssFile, 'utf8')), output };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/** The workbook of a size, generated once and kept in bench-data/. */
async function workbook(members: number, withFlaws: number): Promise<string> {
  const file = join(DATA, `members-${members}-seed${seed}-flaws${withFlaws}.xlsx`);
  if (!existsSync(file)) {
    log(`generating ${file}`);
    await generateWorkbook({ members, voters: 2_000, year: 2025, seed, flaws: withFlaws, out: file });
  }
  return file;
}

async function bundle(entry: string): Promise<string> {
  const outfile = join(BUNDLES, entry.replace(/\.ts$/, '.mjs'));
  await build({
    entryPoints: [join(ROOT, 'scripts/bench', entry)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: CLI_EXTERNALS,
    logLevel: 'warning',
  });
  return outfile;
}

interface SizeResult {
  members: number;
  fileBytes: number;
  rows: number;
  reps: number;
  results: Record<Kind, Measurement[]>;
  engine: { rows: number; checkMs: number }[];
}

async function benchSize(members: number, partsFloor: string, parseFloor: string, engine: string): Promise<SizeResult> {
  const flawed = await workbook(members, flaws);
  const clean = await workbook(members, 0);
  // Warm the page cache, so that no kind pays the first read from disk.
  for (const file of [flawed, clean]) readFileSync(file);
  const out = mkdtempSync(join(tmpdir(), 'coopcheck-bench-out-'));
  const results: Record<Kind, Measurement[]> = { floor: [], partsFloor: [], parseFloor: [], cli: [], cliClean: [], engine: [] };
  const engineRuns: { rows: number; checkMs: number }[] = [];
  let planned = reps;
  let rows = 0;
  try {
    for (let rep = 0; rep < planned; rep++) {
      const repStart = Date.now();
      if (withExceljs) {
        results.floor.push(await measure(join(ROOT, 'scripts/bench/read-floor.mjs'), [flawed]));
        results.partsFloor.push(await measure(partsFloor, [flawed]));
      }
      const parsed = await measure(parseFloor, [flawed]);
      rows = JSON.parse(parsed.output).rows;
      results.parseFloor.push(parsed);
      // As a user runs it; exit 1 says the deliberate errors were found.
      results.cli.push(await measure(join(ROOT, 'bin/coopcheck.js'), [flawed, '--out', out], flaws ? [1] : [0]));
      results.cliClean.push(await measure(join(ROOT, 'bin/coopcheck.js'), [clean, '--out', out], [0]));
      const alone = await measure(engine, [flawed], [0], ['--expose-gc']);
      results.engine.push(alone);
      engineRuns.push(JSON.parse(alone.output));
      const repMs = Date.now() - repStart;
      const last = (kind: Kind) => (results[kind].length ? seconds(results[kind].at(-1)!.ms) : '—');
      log(
        `${members.toLocaleString('en')} members, repetition ${rep + 1}/${planned} (${(repMs / 1000).toFixed(0)} s): floor ${last('floor')}, ` +
          `parts floor ${last('partsFloor')}, parse floor ${last('parseFloor')}, CLI ${last('cli')}, CLI clean ${last('cliClean')}, check() ${seconds(engineRuns.at(-1)!.checkMs)}`,
      );
      if (rep === 0) planned = Math.max(1, Math.min(reps, 1 + Math.floor((budgetMs - (Date.now() - started)) / repMs)));
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
  return { members, fileBytes: statSync(flawed).size, rows, reps: planned, results, engine: engineRuns };
}

function machine(): string {
  const cpuinfo = existsSync('/proc/cpuinfo') ? readFileSync('/proc/cpuinfo', 'utf8') : '';
  const model = /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1] ?? cpus()[0]?.model ?? 'unknown CPU';
  return `${model}, ${availableParallelism()} cores, ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM, ${type()} ${release()}, Node ${process.version}`;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
const megabytes = (kib: number) => `${Math.round(kib / 1024)} MB`;
const cell = (runs: Measurement[]) => (runs.length ? `${seconds(median(runs.map((r) => r.ms)))} · ${megabytes(Math.max(...runs.map((r) => r.rssKiB)))}` : '—');

function table(results: SizeResult[], command: string): string {
  const lines = [
    `Run on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, ${machine()}.`,
    '',
    `Command: \`${command}\`. Workbooks: \`scripts/generate-workbook.ts\`, seed ${seed}, ${flaws} deliberate errors (half in the register, half in the journal) unless "clean".`,
    'Each cell: median wall time of the repetitions, each a fresh process · highest peak RSS of those processes.',
    '',
    '| Members | File | Rows | Reps | (f) parse floor: inflate + byte scan | (b) full CLI check | (b) / (f) | (b) on the clean workbook | (b clean) / (f) | (a) exceljs WorkbookReader | (a′) exceljs parts floor | (b) / (a) | (c) engine alone: check() | (c) per row |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const r of results) {
    const floorMs = r.results.floor.length ? median(r.results.floor.map((m) => m.ms)) : Number.NaN;
    const parseMs = median(r.results.parseFloor.map((m) => m.ms));
    const cliMs = median(r.results.cli.map((m) => m.ms));
    const cleanMs = median(r.results.cliClean.map((m) => m.ms));
    const checkMs = median(r.engine.map((e) => e.checkMs));
    const perRow = (checkMs * 1000) / r.engine[0]!.rows;
    lines.push(
      `| ${r.members.toLocaleString('en')} | ${(r.fileBytes / 1e6).toFixed(1)} MB | ${r.rows.toLocaleString('en')} | ${r.reps}${r.reps < reps ? ' (budget)' : ''} ` +
        `| ${cell(r.results.parseFloor)} | ${cell(r.results.cli)} | ${(cliMs / parseMs).toFixed(2)}× | ${cell(r.results.cliClean)} | ${(cleanMs / parseMs).toFixed(2)}× ` +
        `| ${cell(r.results.floor)} | ${cell(r.results.partsFloor)} | ${Number.isNaN(floorMs) ? '—' : `${(cliMs / floorMs).toFixed(2)}×`} ` +
        `| ${seconds(checkMs)} (process ${megabytes(Math.max(...r.results.engine.map((m) => m.rssKiB)))}) | ${perRow.toFixed(2)} µs |`,
    );
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  mkdirSync(DATA, { recursive: true });
  log('building the CLI');
  const built = spawnSync('npm', ['run', '--silent', 'build:cli'], { cwd: ROOT, stdio: 'inherit' });
  if (built.status !== 0) throw new Error('npm run build:cli failed');
  const partsFloor = await bundle('read-parts-floor.ts');
  const parseFloor = await bundle('parse-floor.ts');
  const engine = await bundle('engine-alone.ts');
  const results: SizeResult[] = [];
  for (const members of [...sizes].sort((a, b) => a - b)) results.push(await benchSize(members, partsFloor, parseFloor, engine));

  const command = ['npm run bench', ...(process.argv.length > 2 ? ['--', ...process.argv.slice(2)] : [])].join(' ');
  const generated = `${BEGIN}\n${table(results, command)}\n${END}`;
  const previous = existsSync(REPORT) ? readFileSync(REPORT, 'utf8') : `# Benchmarks\n\n${BEGIN}\n${END}\n`;
  const at = previous.indexOf(BEGIN);
  const end = previous.indexOf(END);
  writeFileSync(REPORT, at >= 0 && end > at ? previous.slice(0, at) + generated + previous.slice(end + END.length) : `${previous}\n${generated}\n`);
  log(`wrote ${REPORT} in ${((Date.now() - started) / 60_000).toFixed(1)} min`);
}

await main();
