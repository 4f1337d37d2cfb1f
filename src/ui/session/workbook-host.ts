/**
 * What the pane needs from the workbook it checks. Inside Excel it is the open workbook: the two
 * ports of the core through the Office.js adapters (the cells read and the flags written on the
 * pane's thread, where office.js lives), and the user's column corrections saved in it. On the
 * standalone page it is the file the user chose, which the worker reads (../worker).
 */
import type { MappingOverride, FlagSink, Lang, RunLogEntry, SnapshotSource } from '../../core';
import type { NewJustification } from '../../adapters/officejs/justifications';

export interface WorkbookHost {
  kind: 'excel' | 'standalone';
  /** The file name (standalone) or the workbook's name in Excel; names the downloads. */
  name: string;
  /** Standalone: the chosen file, read again by the worker after a cancel. */
  file?: File;
  /** Excel: the open workbook's cells. */
  source?: SnapshotSource;
  /** Excel: flags, the summary sheet and the selection in the open workbook. */
  sink?: FlagSink;
  /** Excel: the column corrections saved in the workbook. */
  loadMapping?(): Promise<MappingOverride>;
  saveMapping?(mapping: MappingOverride): Promise<void>;
  /** Excel: appends a reviewer's justification to the workbook's justifications sheet (added, headed in `lang`, if none). */
  addJustification?(justification: NewJustification, lang: Lang, mapping: MappingOverride): Promise<void>;
  /** Excel: adds a check to the run log kept in the workbook; the log, or undefined where the workbook cannot keep one. */
  logRun?(entry: RunLogEntry): Promise<readonly RunLogEntry[] | undefined>;
}

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
