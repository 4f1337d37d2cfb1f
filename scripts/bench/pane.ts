/**
 * The standalone page on a large workbook, as a finance user meets it: builds the pane for
 * production, serves it on 127.0.0.1, drives Debian's Chromium (playwright-core) at task-pane width,
 * chooses the workbook, waits for the results, then downloads the checked copy. Prints, per width
 * of the pane, moment of choosing and repetition:
 *
 * - when the file is chosen: `idle`, as a user does, once the page has been idle a moment after it
 *   loaded (the worker reported itself prepared, the `coopcheck:prepared` mark, or 2 s after the
 *   load event, whichever comes first: a human needs longer than that to pick a file in a dialog);
 *   or `at-once`, as soon as the page has loaded (the worst case: nothing done ahead);
 * - time from the load event to the worker prepared (blank when not within the 2 s);
 * - time from the file chosen (the input's change event) to the first condition on screen;
 * - the longest task on the page's main thread meanwhile (PerformanceObserver "longtask": tasks of
 *   50 ms and more; none means none that long), and their total;
 * - the JS heap of the page and of its worker once the results show (CDP Runtime.getHeapUsage), and
 *   the highest of the worker's heap sampled every 200 ms from the file chosen to the results (a
 *   lower bound: a long synchronous step answers no sample), and the renderer process's peak
 *   resident memory then (Linux VmHWM: page and worker together, an upper bound);
 * - time from the click on "Download the checked copy" to the download, and the longest main-thread
 *   task meanwhile.
 *
 *   npx tsx scripts/bench/pane.ts [--members 45000] [--reps 3] [--widths 350,1280] [--choose idle,at-once] [--profile DIR]
 *   PANE_DIST=/tmp/dist npx tsx scripts/bench/pane.ts      (a build made beforehand)
 *   PANE_DIST=/tmp/before,/tmp/after npx tsx scripts/bench/pane.ts      (two builds, interleaved)
 *
 * The workbook is made once by scripts/generate-workbook.ts (seed 1, 100 deliberate errors, text in
 * a shared-strings table as Excel saves it) into bench-data/ (gitignored). docs/BENCHMARKS.md, "The
 * task pane at 45,000 members", records a run.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { cpus, tmpdir, totalmem } from 'node:os';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { generateWorkbook } from '../generate-workbook';
import { ROOT, buildPane, launchChromium, serveFolder } from '../../tests/browser/harness';

const { values: args } = parseArgs({
  options: {
    members: { type: 'string', default: '45000' },
    reps: { type: 'string', default: '3' },
    widths: { type: 'string', default: '350,1280' },
    choose: { type: 'string', default: 'idle,at-once' },
    profile: { type: 'string' },
  },
});
/** `--profile DIR`: the worker's and the page's CPU profiles from the file chosen to the results, a .cpuprofile each a run (open them in Chrome's DevTools). */
const PROFILE_DIR = args.profile;
if (PROFILE_DIR) await mkdir(PROFILE_DIR, { recursive: true });
const MEMBERS = Number(args.members);
const REPS = Number(args.reps);
const WIDTHS = args.widths!.split(',').map(Number);
type Choose = 'idle' | 'at-once';
const CHOOSE = args.choose!.split(',') as Choose[];
/** How long a user takes at least to choose a file once the page is there. */
const IDLE_MS = 2_000;

interface Sample {
  build: string;
  width: number;
  choose: Choose;
  /** From the load event to the worker prepared; NaN when not within IDLE_MS (or not waited for). */
  preparedMs: number;
  toResultsMs: number;
  longestTaskMs: number;
  longTasksTotalMs: number;
  pageHeapMb: number;
  workerHeapMb: number;
  /** The highest of the worker's heap sampled every 200 ms from the file chosen to the results. */
  workerPeakHeapMb: number;
  /** The renderer's peak resident memory once the results show (rendererPeakRssMb). */
  rendererPeakRssMb: number;
  copyMs: number;
  copyLongestTaskMs: number;
}

/** Installed before the page's own scripts: long tasks, and when the file was chosen and the results came. */
function instrument(): void {
  const w = window as unknown as { benchLongTasks: { start: number; duration: number }[]; benchChosenAt?: number; benchResultsAt?: number };
  w.benchLongTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) w.benchLongTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  document.addEventListener(
    'change',
    (event) => {
      if ((event.target as HTMLInputElement).type === 'file') w.benchChosenAt = performance.now();
    },
    true,
  );
  new MutationObserver(() => {
    if (w.benchResultsAt === undefined && document.querySelector('[data-condition-id]')) w.benchResultsAt = performance.now();
  }).observe(document, { subtree: true, childList: true });
}

async function heapMb(session: CDPSession): Promise<number> {
  return (await session.send('Runtime.getHeapUsage')).usedSize / 1024 / 1024;
}

/**
 * A CDP session on the page's worker, through the browser's connection (playwright opens sessions on
 * pages only): the worker target attached, commands sent with Target.sendMessageToTarget.
 */
async function workerSession(browser: Browser): Promise<{ send(method: string, params?: object): Promise<unknown>; close(): Promise<void> } | undefined> {
  const session = await browser.newBrowserCDPSession();
  const { targetInfos } = await session.send('Target.getTargets');
  // The check worker, not the worker it inflates with.
  const target = targetInfos.find((t) => t.type === 'worker' && t.url.includes('check-worker')) ?? targetInfos.find((t) => t.type === 'worker');
  if (!target) {
    await session.detach();
    return undefined;
  }
  const { sessionId } = await session.send('Target.attachToTarget', { targetId: target.targetId, flatten: false });
  let next = 1;
  const waiting = new Map<number, (result: unknown) => void>();
  session.on('Target.receivedMessageFromTarget', (event) => {
    const message = JSON.parse(event.message) as { id?: number; result?: unknown; error?: unknown };
    if (event.sessionId === sessionId && message.id !== undefined) waiting.get(message.id)?.(message.result ?? Number.NaN);
  });
  return {
    async send(method, params = {}) {
      const id = next++;
      const answer = new Promise((resolve) => {
        waiting.set(id, resolve);
        setTimeout(() => resolve(undefined), 30_000);
      });
      await session.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) });
      return answer;
    },
    async close() {
      await session.send('Target.detachFromTarget', { sessionId }).catch(() => undefined);
      await session.detach().catch(() => undefined);
    },
  };
}

/**
 * The highest resident memory of the page's renderer processes (Linux's VmHWM: the page, its
 * worker, their heaps and the rest), MB: a bound of the worker's heap at its peak that sampling
 * cannot miss. NaN where /proc cannot be read.
 */
async function rendererPeakRssMb(browser: Browser): Promise<number> {
  const session = await browser.newBrowserCDPSession();
  try {
    const { processInfo } = (await session.send('SystemInfo.getProcessInfo')) as { processInfo: { type: string; id: number }[] };
    let peak = Number.NaN;
    for (const { id } of processInfo.filter((p) => p.type === 'renderer')) {
      const status = await readFile(`/proc/${id}/status`, 'utf8').catch(() => '');
      const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1]);
      if (kb) peak = Number.isNaN(peak) ? kb / 1024 : Math.max(peak, kb / 1024);
    }
    return peak;
  } catch {
    return Number.NaN;
  } finally {
    await session.detach();
  }
}

/** The worker's JS heap now (CDP Runtime.getHeapUsage). */
async function workerHeapMb(browser: Browser): Promise<number> {
  try {
    const worker = await workerSession(browser);
    if (!worker) return Number.NaN;
    try {
      const usage = (await worker.send('Runtime.getHeapUsage')) as { usedSize?: number } | undefined;
      return (usage?.usedSize ?? Number.NaN) / 1024 / 1024;
    } finally {
      await worker.close();
    }
  } catch {
    return Number.NaN;
  }
}

async function longTasksBetween(page: Page, from: number, to: number): Promise<{ longest: number; total: number }> {
  const tasks = await page.evaluate(() => (window as unknown as { benchLongTasks: { start: number; duration: number }[] }).benchLongTasks);
  const inside = tasks.filter((t) => t.start >= from && t.start <= to);
  return { longest: Math.max(0, ...inside.map((t) => t.duration)), total: inside.reduce((sum, t) => sum + t.duration, 0) };
}

/** Waits, after the load event, until the worker is prepared or IDLE_MS have passed; returns when it was prepared. */
async function idle(page: Page): Promise<number> {
  await page.waitForFunction(
    (idleMs) => {
      const loaded = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      return performance.getEntriesByName('coopcheck:prepared').length > 0 || (!!loaded?.loadEventEnd && performance.now() - loaded.loadEventEnd >= idleMs);
    },
    IDLE_MS,
    { polling: 20, timeout: 10_000 },
  );
  return page.evaluate(() => {
    const loaded = (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd;
    const prepared = performance.getEntriesByName('coopcheck:prepared')[0]?.startTime;
    return prepared === undefined ? Number.NaN : prepared - loaded;
  });
}

async function once(
  browser: Browser,
  build: { name: string; origin: string },
  width: number,
  choose: Choose,
  path: string,
  downloads: string,
): Promise<Sample> {
  const context = await browser.newContext({ viewport: { width, height: 900 }, locale: 'fr-BE', acceptDownloads: true });
  await context.addInitScript(instrument);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto(`${build.origin}/index.html`);
  await page.locator('input[type=file]').waitFor({ state: 'attached' });
  const preparedMs = choose === 'idle' ? await idle(page) : Number.NaN;
  // By path, as a user's file: DevTools hands the file to the input. (With a buffer, playwright builds the File in the
  // page's own thread from base64, a long task of its own that a user never causes.)
  const worker = await workerSession(browser);
  if (PROFILE_DIR) {
    await worker?.send('Profiler.enable');
    await worker?.send('Profiler.setSamplingInterval', { interval: 500 });
    await worker?.send('Profiler.start');
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
    await cdp.send('Profiler.start');
  }
  // The worker's heap every 200 ms while it reads and checks: the highest sample (a lower bound of the peak).
  let workerPeakHeap = 0;
  let sampling = true;
  const sampler = (async () => {
    while (sampling && worker) {
      const usage = (await worker.send('Runtime.getHeapUsage')) as { usedSize?: number } | undefined;
      if (usage?.usedSize) workerPeakHeap = Math.max(workerPeakHeap, usage.usedSize / 1024 / 1024);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  })();
  await page.setInputFiles('input[type=file]', path);
  await page.locator('[data-condition-id]').first().waitFor({ timeout: 300_000 });
  sampling = false;
  await sampler;
  if (PROFILE_DIR && worker) {
    const { profile } = (await worker.send('Profiler.stop')) as { profile: unknown };
    const stamp = `${build.name}-${width}-${choose}-${Date.now()}`;
    await writeFile(join(PROFILE_DIR, `worker-${stamp}.cpuprofile`), JSON.stringify(profile));
    await writeFile(join(PROFILE_DIR, `page-${stamp}.cpuprofile`), JSON.stringify((await cdp.send('Profiler.stop')).profile));
  }
  await worker?.close();
  const { chosen, results } = await page.evaluate(() => {
    const w = window as unknown as { benchChosenAt: number; benchResultsAt: number };
    return { chosen: w.benchChosenAt, results: w.benchResultsAt };
  });
  // Let the last long tasks (the results' first paint) be reported.
  await page.waitForTimeout(300);
  const reading = await longTasksBetween(page, chosen, results + 250);
  const pageHeap = await heapMb(cdp);
  const workerHeap = await workerHeapMb(browser);
  const rendererPeak = await rendererPeakRssMb(browser);

  const copyStart = await page.evaluate(() => performance.now());
  const started = Date.now();
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 300_000 }), page.click('[data-download="checked-copy"]')]);
  const copyMs = Date.now() - started;
  const copyEnd = await page.evaluate(() => performance.now());
  await download.saveAs(join(downloads, `${width}-${Date.now()}.xlsx`));
  const copying = await longTasksBetween(page, copyStart, copyEnd);
  await context.close();
  return {
    build: build.name,
    width,
    choose,
    preparedMs,
    toResultsMs: results - chosen,
    longestTaskMs: reading.longest,
    longTasksTotalMs: reading.total,
    pageHeapMb: pageHeap,
    workerHeapMb: workerHeap,
    workerPeakHeapMb: workerPeakHeap || Number.NaN,
    rendererPeakRssMb: rendererPeak,
    copyMs,
    copyLongestTaskMs: copying.longest,
  };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function main(): Promise<void> {
  const path = join(ROOT, `bench-data/members-${MEMBERS}-seed1-flaws100-ss.xlsx`);
  if (!existsSync(path)) await generateWorkbook({ members: MEMBERS, voters: 2_000, year: 2025, seed: 1, flaws: 100, sharedStrings: true, out: path });
  const size = (await stat(path)).size;
  const work = await mkdtemp(join(tmpdir(), 'coopcheck-bench-pane-'));
  // PANE_DIST: production builds made beforehand (webpack --mode production --env outputPath=…), comma-separated.
  const dists = process.env.PANE_DIST?.split(',') ?? [join(work, 'dist')];
  if (!process.env.PANE_DIST) {
    console.log(`Building the pane into ${dists[0]}…`);
    await buildPane(dists[0]!);
  }
  const servers = await Promise.all(dists.map((dist) => serveFolder(dist)));
  const builds = dists.map((dist, i) => ({ name: basename(dist), origin: servers[i]!.origin }));
  const browser = await launchChromium();
  const samples: Sample[] = [];
  try {
    // Interleaved, so that a machine busy with something else slows every build, width and moment alike.
    for (let rep = 0; rep < REPS; rep++) {
      for (const build of builds) {
        for (const width of WIDTHS) {
          for (const choose of CHOOSE) {
            const sample = await once(browser, build, width, choose, path, work);
            samples.push(sample);
            console.log(JSON.stringify(sample));
          }
        }
      }
    }
  } finally {
    await browser.close();
    await Promise.all(servers.map((server) => server.close()));
    await rm(work, { recursive: true, force: true });
  }
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  console.log(
    `\n${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, ${cpus()[0]?.model ?? '?'}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}, Debian Chromium`,
  );
  console.log(`Workbook: ${MEMBERS.toLocaleString('en')} members, ${(size / 1e6).toFixed(1)} MB; medians of ${REPS} repetitions, interleaved.\n`);
  const several = builds.length > 1;
  console.log(
    `| ${several ? 'Build | ' : ''}Pane width | File chosen | Prepared after load | File chosen → results | Longest main-thread task | Long tasks in all | Page heap | Worker heap at results | Worker heap, highest sample while reading and checking | Renderer's peak RSS (page and worker) | Checked copy | Longest task while copying |`,
  );
  console.log(`|${several ? '---|' : ''}---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|`);
  for (const build of builds) {
    for (const width of WIDTHS) {
      for (const choose of CHOOSE) {
        const mine = samples.filter((x) => x.build === build.name && x.width === width && x.choose === choose);
        const m = (key: keyof Sample) => median(mine.map((x) => x[key] as number));
        const prepared = mine.some((x) => Number.isNaN(x.preparedMs)) ? '–' : s(m('preparedMs'));
        console.log(
          `| ${several ? `${build.name} | ` : ''}${width} px | ${choose} | ${prepared} | ${s(m('toResultsMs'))} | ${Math.round(m('longestTaskMs'))} ms | ${Math.round(m('longTasksTotalMs'))} ms | ${m('pageHeapMb').toFixed(0)} MB | ${m('workerHeapMb').toFixed(0)} MB | ${m('workerPeakHeapMb').toFixed(0)} MB | ${m('rendererPeakRssMb').toFixed(0)} MB | ${s(m('copyMs'))} | ${Math.round(m('copyLongestTaskMs'))} ms |`,
        );
      }
    }
  }
}

await main();
