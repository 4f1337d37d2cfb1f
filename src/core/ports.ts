/**
 * The two ports of DESIGN.md. A source gives the core a snapshot of the sheets; a sink flags cells,
 * clears flags, writes the summary sheet and selects a cell. The exceljs and Office add-in adapters
 * implement them; neither holds business logic.
 */
import type { WorkbookSnapshot } from './snapshot';
import type { CellRef, Finding } from './findings';
import type { Lang } from './i18n/lang';
import type { SpecialReport } from './report/special-report-types';

export interface Progress {
  phase: 'reading' | 'checking' | 'flagging' | 'writing';
  /** Units done and expected (rows while reading, cells while flagging). */
  done: number;
  total: number;
  sheet?: string;
}

export type ProgressListener = (progress: Progress) => void;

export interface SnapshotSource {
  read(onProgress?: ProgressListener): Promise<WorkbookSnapshot>;
}

export interface FlagSummary {
  /** Cells that carry a flag. */
  flagged: number;
  /** Cells that were also given a note with the message. */
  noted: number;
}

export interface FlagSink {
  /** Replaces the flags of an earlier run with these; never changes a cell value. */
  applyFlags(findings: readonly Finding[], lang: Lang, onProgress?: ProgressListener): Promise<FlagSummary>;
  /** Restores exactly the fills and notes the flagged cells had before. */
  clearFlags(): Promise<void>;
  /** Writes or refreshes the summary sheet; returns the sheet's name. */
  writeSummary(report: SpecialReport): Promise<string>;
  selectCell(ref: CellRef): Promise<void>;
}
