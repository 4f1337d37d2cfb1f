/**
 * The standalone page's workbook: the chosen file, loaded in memory by exceljs. This module is only
 * ever imported lazily (chunk "exceljs"), so the first load of the pane carries no exceljs; it also
 * builds the report-only .xlsx that Excel's pane offers for download.
 */
import ExcelJS from 'exceljs';
import type { MappingOverride } from '../../core/extract/extract';
import type { SpecialReport } from '../../core/report/special-report-types';
import { ExcelJsSink } from '../../adapters/exceljs/sink';
import { excelJsSource, loadWorkbook } from '../../adapters/exceljs/source';
import { readState, writeState } from '../../adapters/exceljs/state';
import type { WorkbookHost } from '../session/workbook-host';
import { XLSX_MIME, sha256Hex } from '../session/workbook-host';

async function xlsxBlob(workbook: ExcelJS.Workbook): Promise<Blob> {
  return new Blob([await workbook.xlsx.writeBuffer()], { type: XLSX_MIME });
}

export async function openWorkbookFile(file: File): Promise<WorkbookHost> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const sha256 = await sha256Hex(bytes);
  const workbook = await loadWorkbook(bytes);
  const sink = new ExcelJsSink(workbook);
  // A mapping confirmed earlier (in Excel or here) is read from the state sheet; corrections go into the
  // in-memory copy's state sheet, so the checked copy carries them. The user's file is never written back.
  let mapping: MappingOverride = readState(workbook).mapping ?? {};
  return {
    kind: 'standalone',
    name: file.name,
    source: excelJsSource(workbook),
    sink,
    loadMapping: async () => mapping,
    saveMapping: async (next) => {
      mapping = next;
      writeState(workbook, { ...readState(workbook), mapping: next });
    },
    sha256: async () => sha256,
    async checkedCopy(findings, report, lang) {
      // The in-memory copy is the one flagged and given the summary; the chosen file stays as it was.
      await sink.applyFlags(findings, lang);
      await sink.writeSummary(report);
      return xlsxBlob(workbook);
    },
  };
}

/** A workbook holding only the summary sheet. */
export async function reportWorkbook(report: SpecialReport): Promise<Blob> {
  const workbook = new ExcelJS.Workbook();
  await new ExcelJsSink(workbook).writeSummary(report);
  return xlsxBlob(workbook);
}
