// Two builds of the CLI on the same workbooks, interleaved (A B, B A, …), each run a fresh process
// with scripts/bench/usage-probe.mjs: median wall time, median CPU time (all threads) and highest peak RSS of each (docs/BENCHMARKS.md,
// "The ZIP and XML layers"). A build is a directory holding bin/coopcheck.js and its dist/.
//
//   node scripts/bench/compare-cli.mjs --a /tmp/cc-old --b /tmp/cc-new --reps 5 FILE…
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({
  options: { a: { type: 'string' }, b: { type: 'string' }, reps: { type: 'string', default: '3' } },
  allowPositionals: true,
});
const probe = resolve(import.meta.dirname, 'usage-probe.mjs');
const builds = { A: resolve(values.a), B: resolve(values.b) };

function measure(build, file, out) {
  const usageFile = join(tmpdir(), `coopcheck-compare-usage-${process.pid}`);
  const begin = performance.now();
  const child = spawn(process.execPath, ['--import', probe, join(build, 'bin/coopcheck.js'), file, '--out', out], {
    env: { ...process.env, BENCH_USAGE_FILE: usageFile },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let errors = '';
  child.stderr.on('data', (chunk) => {
    errors += chunk;
  });
  return new Promise((done, fail) =>
    child.on('close', (code) => {
      const ms = performance.now() - begin;
      if (code !== 0 && code !== 1) fail(new Error(`${build} on ${file} exited ${code}: ${errors}`));
      else {
        const usage = JSON.parse(readFileSync(usageFile, 'utf8'));
        done({ ms, cpuMs: usage.cpuMs, rssKiB: usage.maxRSS, code });
      }
    }),
  );
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const rows = [];
for (const file of positionals) {
  const out = mkdtempSync(join(tmpdir(), 'coopcheck-compare-'));
  const runs = { A: [], B: [] };
  for (let rep = 0; rep < Number(values.reps); rep++) {
    for (const key of rep % 2 ? ['B', 'A'] : ['A', 'B']) {
      const m = await measure(builds[key], file, out);
      runs[key].push(m);
      process.stderr.write(
        `${basename(file)} ${key} rep ${rep + 1}: ${(m.ms / 1000).toFixed(2)} s, CPU ${(m.cpuMs / 1000).toFixed(2)} s, ${Math.round(m.rssKiB / 1024)} MB, exit ${m.code}\n`,
      );
    }
  }
  rmSync(out, { recursive: true, force: true });
  const cell = (list) =>
    `${(median(list.map((m) => m.ms)) / 1000).toFixed(2)} s · CPU ${(median(list.map((m) => m.cpuMs)) / 1000).toFixed(2)} s · ${Math.round(Math.max(...list.map((m) => m.rssKiB)) / 1024)} MB`;
  const range = (list) => `${(Math.min(...list.map((m) => m.ms)) / 1000).toFixed(1)}–${(Math.max(...list.map((m) => m.ms)) / 1000).toFixed(1)} s`;
  const ratio = (key) => (median(runs.B.map((m) => m[key])) / median(runs.A.map((m) => m[key]))).toFixed(2);
  rows.push(
    `| ${basename(file)} | ${(statSync(file).size / 1e6).toFixed(1)} MB | ${values.reps} | ${cell(runs.A)} (${range(runs.A)}) | ${cell(runs.B)} (${range(runs.B)}) | ${ratio('ms')}× | ${ratio('cpuMs')}× |`,
  );
}
process.stdout.write(
  [
    '| Workbook | File | Reps | A: wall · CPU · peak RSS | B: wall · CPU · peak RSS | B / A wall | B / A CPU |',
    '|---|---:|---:|---:|---:|---:|---:|',
    ...rows,
  ].join('\n') + '\n',
);
