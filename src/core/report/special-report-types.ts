/**
 * The special report as plain, already-translated data: a header, then tables. Both sinks (exceljs
 * for the CLI and the standalone page, the Office add-in in Excel) lay the same data out on a sheet; neither
 * decides what the report says.
 */
import type { CellRef } from '../findings';
import type { Lang } from '../i18n/lang';

/** How a column's values are typed and formatted on the sheet. */
export type ColumnKind = 'text' | 'integer' | 'number' | 'money' | 'date' | 'percent';

export interface ReportColumn {
  header: string;
  kind: ColumnKind;
  /** Width in characters, a hint for the sheet layout. */
  width?: number;
}

/**
 * A cell of a report table: money in integer cents, dates as ISO strings, percentages in ppm,
 * a link to a workbook cell (written as =HYPERLINK("#'Sheet'!C12", text)).
 */
export type ReportValue = string | number | null | { link: CellRef; text: string };

export interface ReportTable {
  /** Stable id: compliance, T1…T6, findings. */
  id: string;
  title: string;
  columns: readonly ReportColumn[];
  rows: readonly (readonly ReportValue[])[];
  /** Shown under the title when the table has no rows, or to qualify it. */
  note?: string;
  /**
   * A list too long for the report page (T5's every exit): written on a sheet of its own after the
   * report, the table keeping only its totals and exceptions.
   */
  annex?: ReportAnnex;
}

/** A table on a sheet of its own, named in the report's language ("Annexe T5"). */
export interface ReportAnnex extends Omit<ReportTable, 'annex'> {
  sheetName: string;
}

export interface SpecialReport {
  lang: Lang;
  /** Rapport spécial / Bijzonder verslag / Special report. */
  sheetName: string;
  title: string;
  /** Label → value lines of the header (cooperative, company number, fiscal year, SHA-256…). */
  header: readonly (readonly [string, string])[];
  tables: readonly ReportTable[];
}
