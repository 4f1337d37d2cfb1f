import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { withInitialHeap } from './worker-script';

/** A thread that builds 160 MB kept to its end, as the checker builds its model, and says how many full collections it took. */
const GROWING = `
const { PerformanceObserver, constants } = require('node:perf_hooks');
const { parentPort } = require('node:worker_threads');
let full = 0;
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) if (entry.detail.kind === constants.NODE_PERFORMANCE_GC_MAJOR) full++;
}).observe({ entryTypes: ['gc'] });
const kept = [];
for (let i = 0; i < 160; i++) kept.push(new Array(128 * 1024).fill(i + 0.5));
setTimeout(() => parentPort.postMessage({ full, kept: kept.length }), 100);
`;

function fullCollections(start: () => Worker): Promise<number> {
  return new Promise((resolve, reject) => {
    const worker = start();
    worker.once('message', (message: { full: number }) => {
      resolve(message.full);
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}

// The checker's heap limit: within it V8 collects in full as the heap grows.
const plain = () => new Worker(GROWING, { eval: true, resourceLimits: { maxOldGenerationSizeMb: 640 } });

describe('a worker started with an initial heap', () => {
  it('is not fully collected while it grows to 160 MB; a worker started before or after is, twice or more', async () => {
    const before = await fullCollections(plain);
    const withHeap = await fullCollections(() => withInitialHeap(320, plain));
    const after = await fullCollections(plain);
    expect(withHeap).toBe(0);
    expect(before).toBeGreaterThanOrEqual(2);
    // The flag was set back once the worker was online.
    expect(after).toBeGreaterThanOrEqual(2);
  });

  it('sets the flag back only when every worker started with it is online', async () => {
    const [a, b] = await Promise.all([fullCollections(() => withInitialHeap(320, plain)), fullCollections(() => withInitialHeap(320, plain))]);
    expect([a, b]).toEqual([0, 0]);
    expect(await fullCollections(plain)).toBeGreaterThanOrEqual(2);
  });
});
