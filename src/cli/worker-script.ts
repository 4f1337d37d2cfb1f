/**
 * A worker thread of the CLI: the bundled script beside this one (dist/), or, run from the
 * TypeScript sources (tests, scripts under tsx), the source file with tsx registered first.
 */
import { Worker, type WorkerOptions } from 'node:worker_threads';

export function startWorker(name: 'checker-worker' | 'draft-worker', options: WorkerOptions): Worker {
  const fromSources = import.meta.url.endsWith('.ts');
  const url = new URL(fromSources ? `./${name}.ts` : `./${name}.js`, import.meta.url);
  if (!fromSources) return new Worker(url, options);
  return new Worker(`import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(url.href)}); });`, {
    eval: true,
    ...options,
  });
}
