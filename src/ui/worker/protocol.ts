/**
 * The messages between the pane and its Web Worker (check-worker.ts). The worker runs one function,
 * "read + check (+ write the checked copy)", on data it keeps between requests; the pane's thread
 * only sends requests, shows progress and renders the result. Cancelling is the pane terminating
 * the worker (client.ts): nothing in the worker has to poll for it, and no half-done work survives.
 *
 * Every request has an id; the worker answers it with progress messages, then exactly one `done` or
 * `failed`. Findings travel in chunks before `done`, so that no single message takes the pane's
 * thread long to decode, whatever their number.
 */
import type { CheckResult, Comparison, MappingOverride, Finding, JustificationInput, Lang, Model, ReportInput, SpecialReport, CellValue } from '../../core';

/** What the worker is doing, for the progress bar: `done` of `total` rows (total 0 when not known). */
export interface WorkProgress {
  phase: 'unzipping' | 'reading' | 'checking' | 'writing';
  sheet?: string;
  done: number;
  total: number;
}

/** A sheet's name and its first rows: what the data step shows to correct a column. */
export interface SheetHead {
  name: string;
  rows: readonly (readonly CellValue[])[];
}

/** What the pane keeps of the model: how the sheets were found, and what the settings step reads. */
export type ModelSummary = Pick<Model, 'mappings' | 'unrecognisedSheets' | 'parameters'>;

/** One check, as the pane shows it. */
export interface CheckView {
  sheets: readonly SheetHead[];
  model: ModelSummary;
  result: CheckResult;
  /** SHA-256 of the file's bytes (standalone), or of the cell values read (Excel). */
  sha256: string;
  /** The column corrections saved in the workbook's state sheet (standalone, on open). */
  savedMapping?: MappingOverride;
}

export interface CheckSettings {
  mapping: MappingOverride;
  overrides: Readonly<Record<string, CellValue>>;
  /** Standalone: justifications made in the page, which never writes the user's file; merged with the file's own sheet. */
  justifications?: readonly JustificationInput[];
}

/** The report's header, minus what the worker knows (the SHA-256). */
export type ReportMeta = Omit<ReportInput, 'sha256'>;

export type WorkerRequest =
  /** Load the code that reads a file, while the user is still choosing one: the first file then starts reading at once. */
  | { id: number; kind: 'prepare' }
  /** A file's bytes: read them, then check with the corrections saved in the file unless `settings.mapping` is given. */
  | { id: number; kind: 'open'; bytes: ArrayBuffer; settings: CheckSettings & { useSavedMapping: boolean } }
  /** Rows read elsewhere (Excel, through Office.js): kept for the next `check`. `first` starts a new snapshot. */
  | { id: number; kind: 'rows'; sheet: string; start: number; rows: CellValue[][]; first: boolean }
  /** Check again what was opened or sent, with these corrections and settings. */
  | { id: number; kind: 'check'; settings: CheckSettings }
  /** The special report, built from the last check. */
  | { id: number; kind: 'report'; lang: Lang; meta: ReportMeta }
  /** A copy of the opened file with flags, notes, the summary sheet and the corrections. */
  | { id: number; kind: 'checkedCopy'; lang: Lang; meta: ReportMeta; mapping: MappingOverride }
  /** The special report alone as an .xlsx (no links: it holds none of the cells they would point to). */
  | { id: number; kind: 'reportWorkbook'; lang: Lang; meta: ReportMeta }
  /** The draft special report (.docx) for the board to finish, built from the last check. */
  | { id: number; kind: 'draftReport'; lang: Lang; meta: ReportMeta }
  /**
   * Last year's file (a workbook, a checked copy or the CLI's JSON report) compared with the last
   * check; kept for `comparisonWorkbook`. Refused two cooperatives or years out of order (ComparisonRefusedError).
   */
  | { id: number; kind: 'compare'; bytes: ArrayBuffer; fileName: string; lang: Lang; meta: ReportMeta }
  /** The last comparison as a workbook of four sheets. */
  | { id: number; kind: 'comparisonWorkbook'; lang: Lang };

export type WorkerAnswer =
  | { id: number; kind: 'progress'; progress: WorkProgress }
  | { id: number; kind: 'findings'; findings: Finding[] }
  | { id: number; kind: 'done'; value: unknown }
  | { id: number; kind: 'failed'; error: { name: string; message: string; reason?: string } };

/** Values of `done`, per request kind. */
export interface WorkerValues {
  prepare: null;
  open: CheckView;
  rows: null;
  check: CheckView;
  report: SpecialReport;
  checkedCopy: ArrayBuffer;
  reportWorkbook: ArrayBuffer;
  draftReport: ArrayBuffer;
  compare: Comparison;
  comparisonWorkbook: ArrayBuffer;
}

/** The name of the error a refused comparison fails with; its message is the one line saying why. */
export const COMPARISON_REFUSED = 'ComparisonRefusedError';
/** Last year's file is JSON but not a CoopCheck report: the pane says so in its language. */
export const NOT_A_REPORT = 'NotAReportError';

/** Findings per message: a few milliseconds of decoding each on the pane's thread. */
export const FINDINGS_PER_MESSAGE = 2_000;
