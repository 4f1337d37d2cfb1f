/**
 * The worker side of checker-thread.ts: replays the rows into an extractor, then checks the model
 * and posts the result back.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { check } from '../core/engine';
import { createExtractor, type RowSink } from '../core/extract/extract';
import type { CellValue } from '../core/snapshot';
import type { CheckerMessage, CheckerReply, CheckerSettings } from './checker-thread';

const settings = workerData as CheckerSettings;
const port = parentPort!;
const extractor = createExtractor(settings.mapping);
let sheet: RowSink | undefined;

port.on('message', (message: CheckerMessage) => {
  try {
    if (message.type === 'sheet') sheet = extractor.beginSheet(message.name);
    else if (message.type === 'rows') {
      const { rows } = message;
      for (let i = 0; i < rows.length; i += 2) sheet!.row(rows[i] as number, rows[i + 1] as readonly CellValue[]);
    } else if (message.type === 'end') sheet!.end();
    else {
      const result = check(extractor.finish(), { parameterOverrides: settings.parameterOverrides });
      port.postMessage({ type: 'result', result } satisfies CheckerReply);
    }
  } catch (error) {
    port.postMessage({ type: 'error', message: error instanceof Error ? error.message : String(error) } satisfies CheckerReply);
  }
});
