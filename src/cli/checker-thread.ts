/**
 * The CLI builds the model and checks it in a worker thread while the main thread parses the
 * workbook: rows cross over in batches (structured clone is cheap next to parsing), the model of a
 * million members lives and is collected in the worker's heap, and only the CheckResult comes back.
 * On a 2-core machine this takes the extraction off the parsing thread (docs/BENCHMARKS.md).
 */
import { Worker } from 'node:worker_threads';
import type { CheckResult } from '../core/engine';
import type { Extractor, MappingOverride, RowSink } from '../core/extract/extract';
import type { CellValue } from '../core/snapshot';

export interface CheckerSettings {
  mapping?: MappingOverride;
  parameterOverrides: Readonly<Record<string, CellValue>>;
}

export type CheckerMessage =
  | { type: 'sheet'; name: string }
  /** Row number, values, row number, values… */
  | { type: 'rows'; rows: (number | readonly CellValue[])[] }
  | { type: 'end' }
  | { type: 'finish' };

export type CheckerReply = { type: 'result'; result: CheckResult } | { type: 'error'; message: string };

/** Values per message: a few thousand rows, so that posting stays a small part of parsing. */
const BATCH = 4_000;

function spawn(settings: CheckerSettings): Worker {
  const fromSources = import.meta.url.endsWith('.ts');
  const url = new URL(fromSources ? './checker-worker.ts' : './checker-worker.js', import.meta.url);
  if (!fromSources) return new Worker(url, { workerData: settings });
  // Run from the TypeScript sources (tests, scripts under tsx), the worker registers tsx first.
  return new Worker(`import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(url.href)}); });`, { eval: true, workerData: settings });
}

export interface Checker extends Pick<Extractor, 'beginSheet'> {
  /** Once every sheet has ended: the check of the model the rows made. */
  result(): Promise<CheckResult>;
  /** Ends the worker, whether or not a result came. */
  stop(): Promise<void>;
}

export function startChecker(settings: CheckerSettings): Checker {
  const worker = spawn(settings);
  let failure: Error | undefined;
  const reply = new Promise<CheckResult>((resolve, reject) => {
    worker.once('message', (message: CheckerReply) => (message.type === 'result' ? resolve(message.result) : reject(new Error(message.message))));
    worker.once('error', (error) => { failure = error; reject(error); });
    worker.once('exit', (code) => reject(new Error(`the checker stopped (exit code ${code})`)));
  });
  reply.catch(() => undefined);
  const post = (message: CheckerMessage) => {
    if (failure) throw failure;
    worker.postMessage(message);
  };
  return {
    beginSheet(name: string): RowSink {
      post({ type: 'sheet', name });
      let rows: (number | readonly CellValue[])[] = [];
      return {
        row(rowNumber, values) {
          rows.push(rowNumber, values);
          if (rows.length >= BATCH) { post({ type: 'rows', rows }); rows = []; }
        },
        end() {
          if (rows.length) post({ type: 'rows', rows });
          post({ type: 'end' });
        },
      };
    },
    result() {
      post({ type: 'finish' });
      // The model goes with the worker as soon as its result is in.
      return reply.finally(() => worker.terminate());
    },
    async stop() {
      await worker.terminate();
    },
  };
}
