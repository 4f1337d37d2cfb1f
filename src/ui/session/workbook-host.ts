/**
 * What the pane needs from the workbook it checks: the two ports of the core, plus where the
 * user's column corrections live. Inside Excel it is the open workbook (Office.js adapters); on the
 * standalone page it is the file the user chose, held in memory by exceljs.
 */
import type { MappingOverride } from '../../core/extract/extract';
import type { Finding } from '../../core/findings';
import type { Lang } from '../../core/i18n/lang';
import type { FlagSink, SnapshotSource } from '../../core/ports';
import type { SpecialReport } from '../../core/report/special-report-types';
import type { WorkbookSnapshot } from '../../core/snapshot';

export interface WorkbookHost {
  kind: 'excel' | 'standalone';
  /** The file name (standalone) or the workbook's name in Excel; names the downloads. */
  name: string;
  source: SnapshotSource;
  sink: FlagSink;
  /** Column corrections saved earlier: in the workbook (Excel) or for this session (standalone). */
  loadMapping(): Promise<MappingOverride>;
  saveMapping(mapping: MappingOverride): Promise<void>;
  /** SHA-256 of the input, for the report header: of the file's bytes, or of the cell values read. */
  sha256(snapshot: WorkbookSnapshot): Promise<string>;
  /** Standalone only: a copy of the file with flags, notes and the summary sheet. */
  checkedCopy?(findings: readonly Finding[], report: SpecialReport, lang: Lang): Promise<Blob>;
}

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export async function sha256Hex(data: BufferSource): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', data);
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
