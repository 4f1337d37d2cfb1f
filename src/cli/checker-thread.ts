/**
 * The CLI builds the model and checks it in a worker thread. Given the workbook's path, the worker
 * reads it itself with the byte-level sheet reader (src/adapters/xlsx/read-workbook.ts) straight
 * into the extractor: no row crosses between threads, the model of a million members lives and is
 * collected in the worker's heap, and only the read's outcome, progress and the CheckResult come
 * back (docs/BENCHMARKS.md). Without a path, rows posted in batches are replayed into the extractor.
 */
import { Worker } from 'node:worker_threads';
import type { CheckResult, Extractor, MappingOverride, RowSink, JustificationInput, CellValue, Progress, ProgressListener } from '../core';
import type { CoopCheckState } from '../adapters/workbook-state';
import { UnreadableWorkbookError, type UnreadableReason } from '../adapters/xlsx-package/unreadable';
import { XmlPartError } from '../adapters/xlsx-package/xml';
import { ZipError } from '../adapters/xlsx-package/zip-archive';

export interface CheckerSettings {
  mapping?: MappingOverride;
  parameterOverrides: Readonly<Record<string, CellValue>>;
  /** `--justifications FILE`: merged by the engine with the workbook's own sheet. */
  justifications?: readonly JustificationInput[];
  /** The workbook's path: the worker reads it (and no rows are posted to it). */
  workbook?: string;
}

export type CheckerMessage =
  | { type: 'sheet'; name: string }
  /** Row number, values, row number, values… */
  | { type: 'rows'; rows: (number | readonly CellValue[])[] }
  | { type: 'end' }
  | { type: 'finish' };

export type CheckerReply =
  | { type: 'result'; result: CheckResult }
  | { type: 'error'; message: string; failure?: ReadFailure }
  /** The worker has read the workbook it was given. */
  | { type: 'read'; hasData: boolean; state: CoopCheckState }
  | { type: 'progress'; progress: Progress };

/** Why the worker could not read the workbook, so that the main thread rebuilds the error it knows. */
export type ReadFailure =
  | { kind: 'unreadable'; reason: UnreadableReason; detail: string }
  | { kind: 'zip'; reason: string; part?: string }
  | { kind: 'xml'; part: string; reason: string };

export function readFailureOf(error: unknown): ReadFailure | undefined {
  if (error instanceof UnreadableWorkbookError) return { kind: 'unreadable', reason: error.reason, detail: error.message };
  if (error instanceof ZipError) return { kind: 'zip', reason: error.reason, ...(error.part !== undefined && { part: error.part }) };
  if (error instanceof XmlPartError) return { kind: 'xml', part: error.part, reason: error.reason };
  return undefined;
}

function errorOf(message: string, failure?: ReadFailure): Error {
  if (failure?.kind === 'unreadable') return new UnreadableWorkbookError(failure.reason, failure.detail);
  if (failure?.kind === 'zip') return new ZipError(failure.reason, failure.part);
  if (failure?.kind === 'xml') return new XmlPartError(failure.part, failure.reason);
  return new Error(message);
}

/** Values per message: a few thousand rows, so that posting stays a small part of parsing. */
const BATCH = 4_000;

function spawn(settings: CheckerSettings): Worker {
  const fromSources = import.meta.url.endsWith('.ts');
  const url = new URL(fromSources ? './checker-worker.ts' : './checker-worker.js', import.meta.url);
  if (!fromSources) return new Worker(url, { workerData: settings });
  // Run from the TypeScript sources (tests, scripts under tsx), the worker registers tsx first.
  return new Worker(`import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(url.href)}); });`, {
    eval: true,
    workerData: settings,
  });
}

export interface Checker extends Pick<Extractor, 'beginSheet'> {
  /** With `workbook` set: once the worker has read it, whether it holds data and CoopCheck's state in it. */
  read(): Promise<{ hasData: boolean; state: CoopCheckState }>;
  /** Once every sheet has ended: the check of the model the rows made. */
  result(): Promise<CheckResult>;
  /** Ends the worker, whether or not a result came. */
  stop(): Promise<void>;
}

export function startChecker(settings: CheckerSettings, onProgress?: ProgressListener): Checker {
  const worker = spawn(settings);
  let failure: Error | undefined;
  let readDone: (read: { hasData: boolean; state: CoopCheckState }) => void = () => undefined;
  let readFailed: (error: Error) => void = () => undefined;
  const read = new Promise<{ hasData: boolean; state: CoopCheckState }>((resolve, reject) => {
    readDone = resolve;
    readFailed = reject;
  });
  read.catch(() => undefined);
  const reply = new Promise<CheckResult>((resolve, reject) => {
    const fail = (error: Error) => {
      readFailed(error);
      reject(error);
    };
    worker.on('message', (message: CheckerReply) => {
      if (message.type === 'progress') onProgress?.(message.progress);
      else if (message.type === 'read') readDone({ hasData: message.hasData, state: message.state });
      else if (message.type === 'result') resolve(message.result);
      else fail(errorOf(message.message, message.failure));
    });
    worker.once('error', (error) => {
      failure = error;
      fail(error);
    });
    worker.once('exit', (code) => fail(new Error(`the checker stopped (exit code ${code})`)));
  });
  reply.catch(() => undefined);
  const post = (message: CheckerMessage) => {
    if (failure) throw failure;
    worker.postMessage(message);
  };
  return {
    read: () => read,
    beginSheet(name: string): RowSink {
      post({ type: 'sheet', name });
      let rows: (number | readonly CellValue[])[] = [];
      return {
        row(rowNumber, values) {
          rows.push(rowNumber, values);
          if (rows.length >= BATCH) {
            post({ type: 'rows', rows });
            rows = [];
          }
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
