/**
 * The pane's Web Worker: reads the workbook, checks it, builds the report and writes the checked
 * copy, off the pane's thread (protocol.ts says what it answers). It keeps the last workbook read
 * and the last check, so that a correction or a setting re-checks without reading again, and the
 * copy and the report are made from what the pane shows. Requests run one at a time, in order.
 */
/// <reference lib="webworker" />
import {
  buildDraftReport,
  buildJsonReport,
  buildSpecialReport,
  check,
  compareReports,
  comparisonRefusal,
  jsonReportProblem,
  recordWithOrigin,
  refusalText,
  type CheckResult,
  type Comparison,
  type JsonReport,
  type Lang,
  type SheetSnapshot,
  type SpecialReport,
} from '../../core';
import {
  COMPARISON_REFUSED,
  FINDINGS_PER_MESSAGE,
  NOT_A_REPORT,
  type CheckSettings,
  type CheckView,
  type ReportMeta,
  type WorkerAnswer,
  type WorkerRequest,
  type WorkProgress,
} from './protocol';
import { DEFAULT_READER, READERS, snapshotWorkbook, type HeldWorkbook } from './readers';
import { reportWithoutLinks } from './report-alone';
import { warmUp } from './warm-up';

declare const self: DedicatedWorkerGlobalScope;

let held: HeldWorkbook | undefined;
let sha256 = '';
let last: CheckResult | undefined;
/** Sheets sent by the pane in Excel, until the next check takes them. */
let incoming: SheetSnapshot[] | undefined;
/** The last comparison with last year's file, for its workbook. */
let comparison: Comparison | undefined;
/** Set when a request other than `prepare` arrives: the warm-up then stops at its next step and leaves the worker to it. */
let wanted = false;

const post = (answer: WorkerAnswer, transfer: Transferable[] = []) => self.postMessage(answer, transfer);

async function sha256Hex(data: BufferSource): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', data);
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

async function runCheck(id: number, settings: CheckSettings, progress: (p: WorkProgress) => void): Promise<CheckView> {
  if (!held) throw new Error('No workbook has been read.');
  const model = await held.extract(settings.mapping, progress);
  progress({ phase: 'checking', done: 0, total: 0 });
  const result = check(model, { parameterOverrides: settings.overrides, justifications: settings.justifications });
  last = result;
  comparison = undefined;
  // The findings go first, in chunks; the view carries none.
  for (let at = 0; at < result.findings.length; at += FINDINGS_PER_MESSAGE) {
    post({ id, kind: 'findings', findings: result.findings.slice(at, at + FINDINGS_PER_MESSAGE) });
  }
  return {
    sheets: held.heads,
    model: { mappings: model.mappings, unrecognisedSheets: model.unrecognisedSheets, parameters: model.parameters.map(recordWithOrigin) },
    result: { ...result, findings: [] },
    sha256,
  };
}

function report(lang: Lang, meta: ReportMeta): SpecialReport {
  if (!last) throw new Error('The workbook has not been checked.');
  return buildSpecialReport(last, { ...meta, sha256 }, lang);
}

async function handle(request: WorkerRequest): Promise<{ value: unknown; transfer?: Transferable[] }> {
  const { id } = request;
  const progress = (p: WorkProgress) => post({ id, kind: 'progress', progress: p });
  switch (request.kind) {
    case 'prepare': {
      await READERS[DEFAULT_READER].prepare();
      await warmUp(() => wanted);
      return { value: null };
    }
    case 'open': {
      const bytes = new Uint8Array(request.bytes);
      // A worker kept from the last file (client.ts, makeWay) drops all of it.
      held = undefined;
      last = undefined;
      comparison = undefined;
      sha256 = await sha256Hex(bytes);
      const reader = READERS[DEFAULT_READER];
      held = await reader.open(bytes, progress);
      const mapping = request.settings.useSavedMapping ? held.savedMapping : request.settings.mapping;
      const view = await runCheck(id, { mapping, overrides: request.settings.overrides, justifications: request.settings.justifications }, progress);
      return { value: { ...view, savedMapping: held.savedMapping } };
    }
    case 'rows': {
      if (request.first || !incoming) incoming = [];
      let sheet = incoming.find((s) => s.name === request.sheet);
      if (!sheet) incoming.push((sheet = { name: request.sheet, rows: [] }));
      const rows = sheet.rows as SheetSnapshot['rows'][number][];
      request.rows.forEach((row, i) => {
        rows[request.start + i] = row;
      });
      return { value: null };
    }
    case 'check': {
      if (incoming) {
        const snapshot = { sheets: incoming.map((s) => ({ name: s.name, rows: Array.from(s.rows, (r) => r ?? []) })) };
        incoming = undefined;
        // In Excel there are no file bytes: the digest is of the cell values read, which is what the report describes.
        sha256 = await sha256Hex(new TextEncoder().encode(JSON.stringify(snapshot.sheets)));
        held = snapshotWorkbook(snapshot);
      }
      return { value: await runCheck(id, request.settings, progress) };
    }
    case 'report':
      return { value: report(request.lang, request.meta) };
    case 'checkedCopy': {
      if (!held?.checkedCopy) throw new Error('There is no file to copy.');
      const bytes = await held.checkedCopy(last?.findings ?? [], report(request.lang, request.meta), request.lang, request.mapping, progress);
      const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
      return { value: buffer, transfer: [buffer] };
    }
    case 'draftReport': {
      if (!last) throw new Error('There is no check to report on.');
      progress({ phase: 'writing', done: 0, total: 0 });
      // The docx writer is a chunk of its own, loaded when a draft is first asked for.
      const { draftReportDocx } = await import(/* webpackChunkName: "docx" */ '../../adapters/docx');
      const bytes = await draftReportDocx(buildDraftReport(last, { ...request.meta, sha256 }, request.lang));
      const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
      return { value: buffer, transfer: [buffer] };
    }
    case 'compare':
      return { value: await compareWithLastYear(request, progress) };
    case 'comparisonWorkbook': {
      if (!comparison) throw new Error('Nothing has been compared.');
      progress({ phase: 'writing', done: 0, total: 0 });
      const { comparisonWorkbook } = await import(/* webpackChunkName: "exceljs" */ '../../adapters/exceljs/comparison-workbook');
      const bytes = new Uint8Array(await comparisonWorkbook(comparison, request.lang).xlsx.writeBuffer());
      const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
      return { value: buffer, transfer: [buffer] };
    }
    case 'reportWorkbook': {
      progress({ phase: 'writing', done: 0, total: 0 });
      const [{ default: ExcelJS }, { ExcelJsSink }] = await Promise.all([
        import(/* webpackChunkName: "exceljs" */ 'exceljs'),
        import(/* webpackChunkName: "exceljs" */ '../../adapters/exceljs/sink'),
      ]);
      const workbook = new ExcelJS.Workbook();
      await new ExcelJsSink(workbook).writeSummary(reportWithoutLinks(report(request.lang, request.meta)));
      // exceljs's browser build gives a Buffer polyfill: its bytes, as an ArrayBuffer of their own, travel.
      const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
      const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
      return { value: buffer, transfer: [buffer] };
    }
  }
}

/**
 * Last year's report as `coopcheck compare` reads it: the CLI's JSON as it is, or a workbook (or
 * checked copy) checked now with its own parameters and saved corrections, the workbook held for
 * this year untouched.
 */
async function lastYearReport(
  bytes: Uint8Array<ArrayBuffer>,
  fileName: string,
  lang: Lang,
  toolVersion: string,
  progress: (p: WorkProgress) => void,
): Promise<JsonReport> {
  const head = new TextDecoder().decode(bytes.subarray(0, 64)).replace(/^\uFEFF/, '');
  if (/\.json$/i.test(fileName) || /^\s*[[{]/.test(head)) {
    let value: unknown;
    try {
      value = JSON.parse(new TextDecoder().decode(bytes).replace(/^\uFEFF/, ''));
    } catch {
      value = undefined;
    }
    // The core's reason is the CLI's English; the pane gives its own sentence.
    const problem = jsonReportProblem(value);
    if (problem) throw Object.assign(new Error(`${fileName}: ${problem}`), { name: NOT_A_REPORT });
    return value as JsonReport;
  }
  const digest = await sha256Hex(bytes);
  const other = await READERS[DEFAULT_READER].open(bytes, progress);
  const result = check(await other.extract(other.savedMapping, progress));
  return buildJsonReport(result, { fileName, sha256: digest, toolVersion }, lang);
}

async function compareWithLastYear(request: Extract<WorkerRequest, { kind: 'compare' }>, progress: (p: WorkProgress) => void): Promise<Comparison> {
  if (!last) throw new Error('The workbook has not been checked.');
  const current = buildJsonReport(last, { fileName: request.meta.fileName, sha256, toolVersion: request.meta.toolVersion }, request.lang);
  const previous = await lastYearReport(new Uint8Array(request.bytes), request.fileName, request.lang, request.meta.toolVersion, progress);
  const refusal = comparisonRefusal(previous, current);
  if (refusal) throw Object.assign(new Error(refusalText(refusal, request.lang)), { name: COMPARISON_REFUSED });
  comparison = compareReports(previous, current);
  return comparison;
}

function describe(error: unknown): { name: string; message: string; reason?: string } {
  if (error instanceof Error) {
    const reason = (error as Error & { reason?: unknown }).reason;
    return { name: error.name, message: error.message, ...(typeof reason === 'string' && { reason }) };
  }
  return { name: 'Error', message: String(error) };
}

let queue: Promise<void> = Promise.resolve();

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  if (request.kind !== 'prepare') wanted = true;
  queue = queue.then(async () => {
    try {
      const { value, transfer } = await handle(request);
      post({ id: request.id, kind: 'done', value }, transfer);
    } catch (error) {
      post({ id: request.id, kind: 'failed', error: describe(error) });
    }
  });
};
