/**
 * The checker's side of checker-thread.ts, in its worker thread (checker-worker.ts) or, for a small
 * workbook, in the CLI's own thread: reads the workbook it is given into an extractor (or replays
 * the rows posted to it), then checks the model and posts the result back: the findings rendered
 * for the JSON report and in chunks, each let go once posted, the model let go before.
 */
import { check, createExtractor, jsonFindingOf, CONDITIONS, type Extractor, type Finding, type Model, type RowSink, type CellValue } from '../core';
import type { CheckerMessage, CheckerReply, CheckerSettings } from './checker-thread';
import { readFailureOf } from './checker-thread';
import { readWorkbookRows } from '../adapters/xlsx/read-workbook';
import { XlsxPackage } from '../adapters/xlsx-package/package';

/** What the checker posts through and listens on: the worker's parent port, or its stand-in in the CLI's thread. */
export interface CheckerPort {
  postMessage(reply: CheckerReply): void;
  on(event: 'message', listener: (message: CheckerMessage) => void): void;
}

/**
 * A sheet with merged ranges over its rows is read again, once they are known (read-parts.ts): the
 * sheets read in the worker are kept inflated up to this many bytes in all, the rest inflated again.
 */
const KEPT_FOR_MERGED_RANGES_BYTES = 48 << 20;

/** Findings per message: a few megabytes to clone, each chunk let go by the worker once posted rather than all at the end. */
const FINDINGS_PER_MESSAGE = 10_000;

export function serveChecker(settings: CheckerSettings, port: CheckerPort, opened?: XlsxPackage): void {
  // Made once the workbook's date system is known (read-workbook.ts); posted rows come in the 1900 system.
  let extractor: Extractor | undefined;
  const extractorOf = (dates?: { date1904: boolean }) => (extractor ??= createExtractor(settings.mapping, dates));
  let sheet: RowSink | undefined;

  /** The model, no longer held here: it goes once checked, before the findings are posted. */
  function finishedModel(): Model {
    const ended = extractorOf();
    extractor = undefined;
    sheet = undefined;
    return ended.finish();
  }

  function checkAndPost(): void {
    const { findings, ...result } = check(finishedModel(), { parameterOverrides: settings.parameterOverrides, justifications: settings.justifications });
    const conditions = new Map(CONDITIONS.map((c) => [c.id, c]));
    for (let from = 0; from < findings.length; from += FINDINGS_PER_MESSAGE) {
      const to = Math.min(from + FINDINGS_PER_MESSAGE, findings.length);
      // Rendered here, the messages come over as flat strings, and the main thread renders none.
      const chunk = findings.slice(from, to).map((f) => jsonFindingOf(f, conditions.get(f.conditionId), settings.lang));
      port.postMessage({ type: 'findings', findings: chunk } satisfies CheckerReply);
      // Posted (cloned by a thread, rendered anew in any case): the findings themselves can go.
      findings.fill(undefined as unknown as Finding, from, to);
    }
    port.postMessage({ type: 'result', result } satisfies CheckerReply);
  }

  /** Reads the workbook straight into the extractor, reporting progress every PROGRESS_EVERY rows. */
  async function readWorkbook(path: string): Promise<void> {
    let pkg = opened;
    if (!pkg) {
      pkg = await XlsxPackage.open(path);
      pkg.keepInflated(KEPT_FOR_MERGED_RANGES_BYTES);
    }
    try {
      const { hasData, state } = await readWorkbookRows(pkg, extractorOf, (progress) =>
        port.postMessage({ type: 'progress', progress } satisfies CheckerReply),
      );
      port.postMessage({ type: 'read', hasData, state } satisfies CheckerReply);
    } finally {
      if (!opened) await pkg.close();
    }
  }

  if (settings.workbook !== undefined) {
    readWorkbook(settings.workbook).catch((error: unknown) => {
      port.postMessage({
        type: 'error',
        message: error instanceof Error ? error.message : String(error),
        failure: readFailureOf(error),
      } satisfies CheckerReply);
    });
  }

  port.on('message', (message: CheckerMessage) => {
    try {
      if (message.type === 'sheet') sheet = extractorOf().beginSheet(message.name);
      else if (message.type === 'rows') {
        const { rows } = message;
        for (let i = 0; i < rows.length; i += 2) sheet!.row(rows[i] as number, rows[i + 1] as readonly CellValue[]);
      } else if (message.type === 'end') sheet!.end();
      else checkAndPost();
    } catch (error) {
      port.postMessage({ type: 'error', message: error instanceof Error ? error.message : String(error) } satisfies CheckerReply);
    }
  });
}
