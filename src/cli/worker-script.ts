/**
 * A worker thread of the CLI: the bundled script beside this one (dist/), or, run from the
 * TypeScript sources (tests, scripts under tsx), the source file with tsx registered first.
 */
import { setFlagsFromString } from 'node:v8';
import { Worker, type WorkerOptions } from 'node:worker_threads';

export function startWorker(name: 'checker-worker', options: WorkerOptions, initialHeapMb?: number): Worker {
  const fromSources = import.meta.url.endsWith('.ts');
  const url = new URL(fromSources ? `./${name}.ts` : `./${name}.js`, import.meta.url);
  const start = () =>
    fromSources
      ? new Worker(`import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(url.href)}); });`, {
          eval: true,
          ...options,
        })
      : new Worker(url, options);
  return initialHeapMb === undefined ? start() : withInitialHeap(initialHeapMb, start);
}

/** Workers started with an initial heap and not yet running: the flag is set back only when none is left. */
let startingWithInitialHeap = 0;

/**
 * Starts a worker whose old generation is first collected once it holds `mb` (V8's
 * `--initial-old-space-size`; V8 takes at most half the heap's limit). Unless told a size, V8 starts
 * a heap small and grows it by about a third at each full collection, each marking all it holds: a
 * thread that builds a large structure kept to its end is marked over and over as it grows. It is a
 * threshold, not memory taken. V8 reads the flag when a thread's heap is made, which is done by
 * the time the worker is online; the flag is then set back, so that threads started later are left
 * as they were.
 */
export function withInitialHeap(mb: number, start: () => Worker): Worker {
  startingWithInitialHeap++;
  setFlagsFromString(`--initial-old-space-size=${mb}`);
  let worker: Worker;
  try {
    worker = start();
  } catch (error) {
    started();
    throw error;
  }
  let pending = true;
  const onStarted = () => {
    if (!pending) return;
    pending = false;
    started();
  };
  // A worker that fails to start exits too.
  worker.once('online', onStarted);
  worker.once('exit', onStarted);
  return worker;
}

function started(): void {
  // 0 is V8's default: the heap's size is not set.
  if (--startingWithInitialHeap === 0) setFlagsFromString('--initial-old-space-size=0');
}
