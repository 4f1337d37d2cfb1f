/**
 * The draft special report's .docx is packed in a thread of its own, started once the workbook is
 * read so that the docx library is loaded while the model is checked. docx builds the document's
 * XML synchronously (a third of a second at 50,000 members): in the main thread it held up the
 * checked copy, whose sheets wait on this thread to be patched and handed to zlib (docs/BENCHMARKS.md).
 */
import type { DraftReport } from '../core';
import { startWorker } from './worker-script';

export type DraftReply = { bytes: Uint8Array } | { error: string };

export interface DraftWriter {
  /** The draft as the bytes of a .docx. */
  docx(draft: DraftReport): Promise<Uint8Array>;
  /** Ends the thread, whether or not a draft was packed. */
  stop(): Promise<void>;
}

export function startDraftWriter(): DraftWriter {
  const worker = startWorker('draft-worker', {});
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
