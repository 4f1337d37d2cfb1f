/**
 * The special report downloaded alone holds none of the workbook's sheets, so a link to a finding's
 * cell would lead nowhere: there it is the cell's address as text ("Registre!D4"), which the reader
 * finds in their own workbook.
 */
import type { ReportValue, SpecialReport } from '../../core';

const plain = (value: ReportValue): ReportValue => (value !== null && typeof value === 'object' ? `${value.link.sheet}!${value.link.cell}` : value);

export function reportWithoutLinks(report: SpecialReport): SpecialReport {
  return { ...report, tables: report.tables.map((table) => ({ ...table, rows: table.rows.map((row) => row.map(plain)) })) };
}
