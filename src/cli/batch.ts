/**
 * Many workbooks at once (issue 15, "many cooperatives"): each workbook is checked whole (read,
 * check, checked copy, draft report) in one of `jobs` worker threads, `os.availableParallelism()` by
 * default, so that a federation's hundreds of workbooks use every core. Reading a workbook is
 * parsing on the thread that reads it: workers, not promises on the main thread, are what spread
 * it over the cores (docs/BENCHMARKS.md "Many workbooks").
 *
 * One workbook that cannot be read, or a worker that dies on one (out of memory), settles that
 * workbook with its one-line reason and never stops the others: the pool starts a new worker.
 * With one job, or one workbook, the check runs in this thread, exactly as before.
 */
import { parentPort, Worker, workerData } from 'node:worker_threads';

export type Settled<T> = { ok: true; value: T } | { ok: false; message: string };

export interface BatchWorkerSpec {
  /** URL of the module whose export `exportName` runs `serveBatchJobs` in the worker. */
  moduleUrl: string;
  exportName: string;
  /** What that export needs to check a file: the parsed options, the working directory… (structured-cloneable). */
  data: unknown;
}

export interface BatchRun<T> {
  files: readonly string[];
  jobs: number;
  /** Checks one file in this thread (one job, or one file). */
  local: (file: string) => Promise<T>;
  /** The one line naming the file and what went wrong, from whatever `local` (or the worker) threw. */
  describe: (error: unknown, file: string) => string;
  worker: BatchWorkerSpec;
  /** Called as each file settles, in the order they settle (progress). */
  onSettled?: (index: number, file: string, result: Settled<T>) => void;
  /** Called for each file in the order given, as soon as it and all before it have settled (tables). */
  onInOrder?: (index: number, file: string, result: Settled<T>) => void;
}

type JobMessage = { index: number; file: string };
type ReplyMessage<T> = { index: number; result: Settled<T> };

export async function runBatch<T>(run: BatchRun<T>): Promise<Settled<T>[]> {
  const { files } = run;
  const results: (Settled<T> | undefined)[] = new Array(files.length);
  let flushed = 0;
  const settle = (index: number, result: Settled<T>) => {
    results[index] = result;
    run.onSettled?.(index, files[index]!, result);
    while (flushed < files.length && results[flushed]) {
      run.onInOrder?.(flushed, files[flushed]!, results[flushed]!);
      flushed += 1;
    }
  };
  const jobs = Math.max(1, Math.min(run.jobs, files.length));
  if (jobs === 1) {
    for (let index = 0; index < files.length; index++) {
      const file = files[index]!;
      try {
        settle(index, { ok: true, value: await run.local(file) });
      } catch (error) {
        settle(index, { ok: false, message: run.describe(error, file) });
      }
    }
  } else {
    await runPool(run, jobs, settle);
  }
  return results as Settled<T>[];
}

function spawnWorker(spec: BatchWorkerSpec): Worker {
  const load = `import(${JSON.stringify(spec.moduleUrl)}).then((m) => m[${JSON.stringify(spec.exportName)}]())`;
  // Run from the TypeScript sources (tests, scripts under tsx), the worker registers tsx first, as checker-thread.ts does.
  const code = spec.moduleUrl.endsWith('.ts') ? `import('tsx/esm/api').then(({ register }) => { register(); return ${load}; })` : load;
  return new Worker(code, { eval: true, workerData: spec.data });
}

function runPool<T>(run: BatchRun<T>, jobs: number, settle: (index: number, result: Settled<T>) => void): Promise<void> {
  const { files } = run;
  let next = 0;
  let done = 0;
  return new Promise<void>((resolve) => {
    const finishIfDone = () => {
      if (done === files.length) resolve();
    };
    const startWorker = () => {
      if (next >= files.length) return;
      const worker = spawnWorker(run.worker);
      let current: JobMessage | undefined;
      let stopped = false;
      const give = () => {
        if (next >= files.length) {
          current = undefined;
          stopped = true;
          void worker.terminate();
          return;
        }
        current = { index: next, file: files[next]! };
        next += 1;
        worker.postMessage(current);
      };
      const lost = (reason: string) => {
        if (stopped) return;
        stopped = true;
        const job = current;
        current = undefined;
        void worker.terminate();
        if (job) {
          done += 1;
          settle(job.index, { ok: false, message: `${job.file}: the check stopped (${reason})` });
        }
        // The others go on: a new worker takes the next file.
        startWorker();
        finishIfDone();
      };
      worker.on('message', (reply: ReplyMessage<T>) => {
        if (!current || reply.index !== current.index) return;
        done += 1;
        settle(reply.index, reply.result);
        give();
        finishIfDone();
      });
      worker.on('error', (error) => lost(error.message));
      worker.on('exit', (code) => lost(`worker exit code ${code}`));
      give();
    };
    for (let i = 0; i < jobs; i++) startWorker();
  });
}

/** The worker's side: checks each file it is given with `check` and replies with what came of it. */
export function serveBatchJobs<T>(check: (file: string) => Promise<T>, describe: (error: unknown, file: string) => string): void {
  const port = parentPort;
  if (!port) throw new Error('serveBatchJobs runs in a worker thread');
  port.on('message', async ({ index, file }: JobMessage) => {
    let result: Settled<T>;
    try {
      result = { ok: true, value: await check(file) };
    } catch (error) {
      result = { ok: false, message: describe(error, file) };
    }
    port.postMessage({ index, result } satisfies ReplyMessage<T>);
  });
}

/** The data given to the worker by `BatchWorkerSpec.data`. */
export function batchWorkerData<D>(): D {
  return workerData as D;
}
