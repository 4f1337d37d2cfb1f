/**
 * The draft special report's .docx is packed in a thread of its own, started once the checker thread
 * has ended (at once for a small workbook, read in the CLI's own thread), while the checked copy is written. docx builds the document's XML synchronously (a
 * third of a second at 50,000 members): in the main thread it held up the copy, whose sheets wait on
 * that thread to be patched and handed to zlib (docs/BENCHMARKS.md).
 */
import type { DraftReport } from '../core';
import { startWorker } from './worker-script';

/**
 * A small heap: the draft is a few pages (its annex of findings is capped), and the thread runs
 * beside the copy when memory is highest. With V8's default young generation the thread added about
 * 50 MB to the peak of the 500,000-findings workbook (1,008 MB against 959 MB without it); with 4 MB,
 * 939 MB (tests/hostile, /usr/bin/time).
 */
const DRAFT_HEAP = { maxYoungGenerationSizeMb: 4, maxOldGenerationSizeMb: 128 };

export type DraftReply = { bytes: Uint8Array } | { error: string };

export interface DraftWriter {
  /** The draft as the bytes of a .docx. */
  docx(draft: DraftReport): Promise<Uint8Array>;
  /** Ends the thread, whether or not a draft was packed. */
  stop(): Promise<void>;
}

export function startDraftWriter(): DraftWriter {
  const worker = startWorker('draft-worker', { resourceLimits: DRAFT_HEAP });
  const reply = new Promise<Uint8Array>((resolve, reject) => {
    worker.once('message', (message: DraftReply) => ('bytes' in message ? resolve(message.bytes) : reject(new Error(message.error))));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the draft report's thread stopped (exit code ${code})`)));
  });
  reply.catch(() => undefined);
  return {
    docx(draft) {
      worker.postMessage(draft);
      return reply;
    },
    async stop() {
      await worker.terminate();
    },
  };
}
