/** The worker side of draft-thread.ts: packs each draft report it is given into a .docx and posts the bytes back. */
import { parentPort } from 'node:worker_threads';
import type { DraftReport } from '../core';
import { draftReportDocx } from '../adapters/docx';
import type { DraftReply } from './draft-thread';

const port = parentPort!;

port.on('message', (draft: DraftReport) => {
  draftReportDocx(draft).then(
    (bytes) => port.postMessage({ bytes } satisfies DraftReply, [bytes.buffer as ArrayBuffer]),
    (error: unknown) => port.postMessage({ error: error instanceof Error ? error.message : String(error) } satisfies DraftReply),
  );
});
