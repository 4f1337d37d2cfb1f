/**
 * The pane's side of the worker: one request at a time from each caller, answered by a promise, with
 * progress on the way. `cancel()` terminates the worker (every request under way rejects with a
 * CancelledError) and the next request starts a fresh one, which holds nothing: the session then
 * reads the file or the workbook again.
 */
import type { Finding, CheckResult } from '../../core';
import type { WorkerAnswer, WorkerRequest, WorkerValues, WorkProgress } from './protocol';

/** Every request that was under way when the user cancelled rejects with this. */
export class CancelledError extends Error {
  constructor() {
    super('cancelled');
    this.name = 'CancelledError';
  }
}

/** An error raised in the worker, with its name and reason kept (UnreadableWorkbookError's reason). */
export class WorkerError extends Error {
  constructor(
    name: string,
    message: string,
    readonly reason?: string,
  ) {
    super(message);
    this.name = name;
  }
}

type Distribute<T> = T extends unknown ? Omit<T, 'id'> : never;
export type Request = Distribute<WorkerRequest>;

interface Pending {
  kind: Request['kind'];
  resolve(value: unknown): void;
  reject(error: unknown): void;
  onProgress?: (progress: WorkProgress) => void;
  findings: Finding[];
}

export class CheckWorker {
  private worker?: Worker;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  /** Whether the worker holds the workbook (false after a cancel, until it is read again). */
  holdsWorkbook = false;

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL(/* webpackChunkName: "check-worker" */ './check-worker.ts', import.meta.url));
    worker.onmessage = (event: MessageEvent<WorkerAnswer>) => this.answer(event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      this.failAll(new Error(event.message || 'The worker stopped.'));
    };
    this.worker = worker;
    return worker;
  }

  private answer(answer: WorkerAnswer): void {
    const pending = this.pending.get(answer.id);
    if (!pending) return;
    switch (answer.kind) {
      case 'progress':
        pending.onProgress?.(answer.progress);
        break;
      case 'findings':
        for (const finding of answer.findings) pending.findings.push(finding);
        break;
      case 'done': {
        this.pending.delete(answer.id);
        const value = answer.value as { result?: CheckResult } | null;
        // A check's findings came before it, in chunks.
        if (value && typeof value === 'object' && value.result) value.result.findings = pending.findings;
        pending.resolve(value);
        break;
      }
      case 'failed':
        this.pending.delete(answer.id);
        pending.reject(new WorkerError(answer.error.name, answer.error.message, answer.error.reason));
        break;
    }
  }

  private failAll(error: unknown): void {
    for (const pending of this.pending.values()) pending.reject(error);
    this.pending.clear();
  }

  request<K extends Request['kind']>(
    request: Extract<Request, { kind: K }>,
    onProgress?: (progress: WorkProgress) => void,
    transfer: Transferable[] = [],
  ): Promise<WorkerValues[K]> {
    const worker = this.start();
    const id = this.nextId++;
    return new Promise<WorkerValues[K]>((resolve, reject) => {
      this.pending.set(id, { kind: request.kind, resolve: resolve as (value: unknown) => void, reject, onProgress, findings: [] });
      worker.postMessage({ ...request, id } as WorkerRequest, transfer);
    });
  }

  /** Whether a request is under way, other than `prepare` (which gives way to any other). */
  get busy(): boolean {
    for (const pending of this.pending.values()) if (pending.kind !== 'prepare') return true;
    return false;
  }

  /**
   * Makes way for a new file: stops the work under way, if any. A worker that is idle or only
   * preparing is kept, its code loaded (a new one would load it again); `open` replaces what it holds.
   */
  makeWay(): void {
    if (this.busy) this.cancel();
    this.holdsWorkbook = false;
  }

  /** Stops whatever the worker is doing; the requests under way reject with CancelledError. */
  cancel(): void {
    this.worker?.terminate();
    this.worker = undefined;
    this.holdsWorkbook = false;
    this.failAll(new CancelledError());
  }
}
