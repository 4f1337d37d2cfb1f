/**
 * The CLI builds the model and checks it in a worker thread (in its own thread for a small workbook,
 * IN_THIS_THREAD_BYTES, by the same session, checker-session.ts). Given the workbook's path, the worker
 * reads it itself with the byte-level sheet reader (src/adapters/xlsx/read-workbook.ts) straight
 * into the extractor: no row crosses between threads, the model of a million members lives and is
 * collected in the worker's heap, and only the read's outcome, progress and the CheckResult come
 * back (docs/BENCHMARKS.md). Without a path, rows posted in batches are replayed into the extractor.
 * The findings come back rendered for the JSON report and in chunks, the worker letting each go once
 * posted: half a million of them are never whole in both heaps at once, nor rendered twice.
 */
import { EventEmitter } from 'node:events';
import type {
  CheckResult,
  Extractor,
  JsonFinding,
  Lang,
  MappingOverride,
  RenderedCheckResult,
  RowSink,
  JustificationInput,
  CellValue,
  Progress,
  ProgressListener,
} from '../core';
import type { CoopCheckState } from '../adapters/workbook-state';
import { UnreadableWorkbookError, type UnreadableReason } from '../adapters/xlsx-package/unreadable';
import { XmlPartError } from '../adapters/xlsx-package/xml';
import { ZipError } from '../adapters/xlsx-package/zip-archive';
import { serveChecker } from './checker-session';
import type { XlsxPackage } from '../adapters/xlsx-package/package';
import { startWorker } from './worker-script';

export interface CheckerSettings {
  mapping?: MappingOverride;
  parameterOverrides: Readonly<Record<string, CellValue>>;
  /** `--justifications FILE`: merged by the engine with the workbook's own sheet. */
  justifications?: readonly JustificationInput[];
  /** The workbook's path: the worker reads it (and no rows are posted to it). */
  workbook?: string;
  /** The language the findings' messages are rendered in. */
  lang: Lang;
}

export type CheckerMessage =
  | { type: 'sheet'; name: string }
  /** Row number, values, row number, values… */
  | { type: 'rows'; rows: (number | readonly CellValue[])[] }
  | { type: 'end' }
  | { type: 'finish' };

export type CheckerReply =
  /** The next findings, in order, rendered; the result without them follows the last. */
  | { type: 'findings'; findings: JsonFinding[] }
  | { type: 'result'; result: Omit<CheckResult, 'findings'> }
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

/**
 * The worker's old generation, in MB. Left to itself V8 lets a heap grow to several times what it
 * holds before collecting (its limit is 4 GB on a machine with 16 GB or more): reading and checking
 * the workbook of 500,000 findings took 930 MB of heap, the process 1.3 GB. Within this limit it
 * collects sooner; a million-member register (docs/BENCHMARKS.md) fits, not in 480 MB. A workbook
 * that needs more is read again by a worker without the limit.
 */
const WORKER_HEAP_MB = 640;
/**
 * The worker's old generation is first collected when it holds half its limit (withInitialHeap): the
 * model is kept to the end of the check, and from V8's small start a million members' model was marked
 * in full 17 times while it was read, twice from here (`node --trace-gc`); the read 7.1–7.4 s → 6.3–6.4 s
 * (scripts/bench/read-and-check.ts), peak RSS unchanged (docs/BENCHMARKS.md).
 */
const WORKER_INITIAL_HEAP_MB = WORKER_HEAP_MB / 2;

/** What startChecker asks of the checker's thread: a Worker, or its stand-in in the CLI's own thread. */
interface CheckerThread {
  postMessage(message: CheckerMessage): void;
  on(event: 'message', listener: (reply: CheckerReply) => void): void;
  once(event: 'error', listener: (error: Error) => void): void;
  once(event: 'exit', listener: (code: number) => void): void;
  removeAllListeners(): void;
  terminate(): Promise<number>;
}

function spawn(settings: CheckerSettings, heapMb: number | undefined): CheckerThread {
  return startWorker(
    'checker-worker',
    { workerData: settings, ...(heapMb !== undefined && { resourceLimits: { maxOldGenerationSizeMb: heapMb } }) },
    WORKER_INITIAL_HEAP_MB,
  );
}

/**
 * A workbook this small is checked in the CLI's own thread: a thread takes about 0.2 s to start and
 * load its modules (50,000 members, 3.9 MB: 2.07 s → 1.82 s; docs/BENCHMARKS.md). 8 MB is a register
 * of about 100,000 members. Larger files keep the worker's heap limit, which holds many findings
 * down: 100,000 findings from a 9.6 MB file peaked at 494 MB in this thread, 405 MB in the worker.
 */
export const IN_THIS_THREAD_BYTES = 8 << 20;

/**
 * The sheets of a workbook checked in this thread are kept inflated, up to this many bytes in all, from
 * the read to the copy (50,000 members' register and journal are 25 MB): a sheet with merged ranges is
 * read again from memory, a flagged one patched from memory (docs/BENCHMARKS.md).
 */
export const KEPT_INFLATED_BYTES = 128 << 20;

/**
 * The checker's session in this thread, behind the messages a worker would pass: the same code, the
 * same replies in the same order, each a turn of the event loop later (passed as they are, not cloned).
 */
function inThisThread(settings: CheckerSettings, workbook?: XlsxPackage): CheckerThread {
  const toChecker = new EventEmitter();
  const fromChecker = new EventEmitter();
  let ended = false;
  const later = (emitter: EventEmitter, message: CheckerMessage | CheckerReply) =>
    setImmediate(() => {
      if (!ended) emitter.emit('message', message);
    });
  serveChecker(settings, { postMessage: (reply) => later(fromChecker, reply), on: (event, listener) => toChecker.on(event, listener) }, workbook);
  return {
    postMessage: (message) => later(toChecker, message),
    on: (event, listener) => fromChecker.on(event, listener),
    // A thread's own error or exit: none here, a failure of the session comes as an 'error' reply.
    once: () => undefined,
    removeAllListeners: () => fromChecker.removeAllListeners(),
    async terminate() {
      ended = true;
      return 0;
    },
  };
}

export interface Checker extends Pick<Extractor, 'beginSheet'> {
  /** With `workbook` set: once the worker has read it, whether it holds data and CoopCheck's state in it. */
  read(): Promise<{ hasData: boolean; state: CoopCheckState }>;
  /** Once every sheet has ended: the check of the model the rows made, its findings rendered. */
  result(): Promise<RenderedCheckResult>;
  /** Ends the worker, whether or not a result came. */
  stop(): Promise<void>;
}

/** Params values this short are shared (field names, kinds, ids); longer ones are mostly a finding's own text. */
const SHARED_PARAM_CHARS = 16;

/**
 * A structured clone gives every finding its own copy of strings many findings share (condition,
 * severity, message id, sheet, short values of its params such as a column's field or a member's
 * id): one copy of each is kept instead, 160 bytes a finding with 500,000 findings.
 */
function interning(): (finding: JsonFinding) => JsonFinding {
  const strings = new Map<string, string>();
  const one = (text: string) => {
    const known = strings.get(text);
    if (known !== undefined) return known;
    strings.set(text, text);
    return text;
  };
  return (finding) => {
    finding.conditionId = one(finding.conditionId);
    finding.severity = one(finding.severity) as JsonFinding['severity'];
    finding.messageId = one(finding.messageId);
    finding.sheet = one(finding.sheet);
    const params = finding.params as Record<string, unknown>;
    for (const key in params) {
      const value = params[key];
      if (typeof value === 'string' && value.length <= SHARED_PARAM_CHARS) params[key] = one(value);
    }
    return finding;
  };
}

/**
 * `heapMb`: the first worker's heap limit (tests give a small one to see the workbook read again);
 * `inThisThread`: the checker runs in this thread, not a worker (IN_THIS_THREAD_BYTES).
 */
export function startChecker(
  settings: CheckerSettings,
  onProgress?: ProgressListener,
  { heapMb = WORKER_HEAP_MB, inThisThread: here = false, workbook }: { heapMb?: number; inThisThread?: boolean; workbook?: XlsxPackage } = {},
): Checker {
  let failure: Error | undefined;
  let readDone: (read: { hasData: boolean; state: CoopCheckState }) => void = () => undefined;
  let readFailed: (error: Error) => void = () => undefined;
  const read = new Promise<{ hasData: boolean; state: CoopCheckState }>((resolve, reject) => {
    readDone = resolve;
    readFailed = reject;
  });
  read.catch(() => undefined);
  let findings: JsonFinding[] = [];
  const intern = interning();
  /** Whether the result was asked for, and whether the worker may be asked now: one started again, once it has read the workbook. */
  let finishing = false;
  let askable = true;
  let worker: CheckerThread;
  const reply = new Promise<RenderedCheckResult>((resolve, reject) => {
    const fail = (error: Error) => {
      readFailed(error);
      reject(error);
    };
    const start = (limited: boolean) => {
      worker = here ? inThisThread(settings, workbook) : spawn(settings, limited ? heapMb : undefined);
      worker.on('message', (message: CheckerReply) => {
        if (message.type === 'progress') onProgress?.(message.progress);
        else if (message.type === 'read') {
          readDone({ hasData: message.hasData, state: message.state });
          if (!askable && finishing) worker.postMessage({ type: 'finish' } satisfies CheckerMessage);
          askable = true;
        } else if (message.type === 'findings') {
          for (const finding of message.findings) findings.push(intern(finding));
        } else if (message.type === 'result') resolve({ ...message.result, findings });
        else fail(errorOf(message.message, message.failure));
      });
      worker.once('error', (error) => {
        // Only a worker that reads the workbook itself can start again: posted rows are gone.
        if (limited && settings.workbook !== undefined && (error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY') {
          worker.removeAllListeners();
          findings = [];
          askable = false;
          start(false);
          return;
        }
        failure = error;
        fail(error);
      });
      worker.once('exit', (code) => fail(new Error(`the checker stopped (exit code ${code})`)));
    };
    start(true);
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
      finishing = true;
      if (askable) post({ type: 'finish' });
      // The model goes with the worker as soon as its result is in.
      return reply.finally(() => worker.terminate());
    },
    async stop() {
      await worker.terminate();
    },
  };
}
