/**
 * The worker side of checker-thread.ts: reads the workbook it is given into an extractor (or
 * replays the rows posted to it), then checks the model and posts the result back.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { check, createExtractor, type Extractor, type RowSink, type CellValue } from '../core';
import type { CheckerMessage, CheckerReply, CheckerSettings } from './checker-thread';
import { readFailureOf } from './checker-thread';
import { readWorkbookRows } from '../adapters/xlsx/read-workbook';
import { XlsxPackage } from '../adapters/xlsx-package/package';

const settings = workerData as CheckerSettings;
const port = parentPort!;
// Made once the workbook's date system is known (read-workbook.ts); posted rows come in the 1900 system.
let extractor: Extractor | undefined;
const extractorOf = (dates?: { date1904: boolean }) => (extractor ??= createExtractor(settings.mapping, dates));
let sheet: RowSink | undefined;

/** Reads the workbook straight into the extractor, reporting progress every PROGRESS_EVERY rows. */
async function readWorkbook(path: string): Promise<void> {
  const pkg = await XlsxPackage.open(path);
  try {
    const { hasData, state } = await readWorkbookRows(pkg, extractorOf, (progress) => port.postMessage({ type: 'progress', progress } satisfies CheckerReply));
    port.postMessage({ type: 'read', hasData, state } satisfies CheckerReply);
  } finally {
    await pkg.close();
  }
}

if (settings.workbook !== undefined) {
  readWorkbook(settings.workbook).catch((error: unknown) => {
    port.postMessage({ type: 'error', message: error instanceof Error ? error.message : String(error), failure: readFailureOf(error) } satisfies CheckerReply);
  });
}

port.on('message', (message: CheckerMessage) => {
  try {
    if (message.type === 'sheet') sheet = extractorOf().beginSheet(message.name);
    else if (message.type === 'rows') {
      const { rows } = message;
      for (let i = 0; i < rows.length; i += 2) sheet!.row(rows[i] as number, rows[i + 1] as readonly CellValue[]);
    } else if (message.type === 'end') sheet!.end();
    else {
      const result = check(extractorOf().finish(), { parameterOverrides: settings.parameterOverrides, justifications: settings.justifications });
      port.postMessage({ type: 'result', result } satisfies CheckerReply);
    }
  } catch (error) {
    port.postMessage({ type: 'error', message: error instanceof Error ? error.message : String(error) } satisfies CheckerReply);
  }
});
