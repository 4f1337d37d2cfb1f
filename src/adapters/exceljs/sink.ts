/**
 * Writes the summary sheet with exceljs, laid out from the SpecialReport for reading and printing,
 * into a workbook exceljs holds: the special report downloaded alone (../../ui/worker/report-alone.ts).
 * The checked copy is the package writer's in every face (../xlsx-package/checked-copy.ts).
 */
import type ExcelJS from 'exceljs';
import type { Cell, Fill, Workbook, Worksheet } from 'exceljs';
import type { SpecialReport } from '../../core';
import { HEADER_FILL, layOutReport, type LaidRow, type LaidValue, type SheetLayout } from '../report-layout';
import { readState, writeState } from './state';

/** An OOXML ARGB colour from the shared '#RRGGBB'. */
const solid = (hex: string): Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${hex.slice(1)}` } });

export class ExcelJsSink {
  constructor(private readonly workbook: Workbook) {}

  async writeSummary(report: SpecialReport): Promise<string> {
    const state = readState(this.workbook);
    const previous = state.summarySheet && this.workbook.getWorksheet(state.summarySheet);
    if (previous) this.workbook.removeWorksheet(previous.id);
    for (const annex of state.annexSheets ?? []) {
      const sheet = this.workbook.getWorksheet(annex);
      if (sheet) this.workbook.removeWorksheet(sheet.id);
    }
    const name = this.freeSheetName(report.sheetName);
    const layout = layOutReport({ ...report, sheetName: name });
    const sheet = this.workbook.addWorksheet(name);
    writeLaidSheet(sheet, layout);
    const annexSheets = layout.annexes.map((annex) => {
      const annexName = this.freeSheetName(annex.name);
      writeLaidSheet(this.workbook.addWorksheet(annexName), annex);
      return annexName;
    });
    // The copy opens on the summary sheet alone: a sheet left selected with it would be grouped with it.
    for (const other of this.workbook.worksheets)
      other.views = (other.views?.length ? other.views : [{}]).map((view) => ({ ...view, tabSelected: other === sheet }));
    const views = this.workbook.views?.length
      ? this.workbook.views
      : [{ x: 0, y: 0, width: 10000, height: 20000, visibility: 'visible' } as ExcelJS.WorkbookView];
    this.workbook.views = views.map((view) => ({ ...view, activeTab: this.workbook.worksheets.indexOf(sheet), firstSheet: 0 }));
    // Excel's id of the summary sheet is unknown here; the Office adapter recognises the sheet by its name alone then.
    const next = { ...state, summarySheet: name, summarySheetId: undefined, annexSheets: annexSheets.length ? annexSheets : undefined };
    writeState(this.workbook, next);
    return name;
  }

  /** The report's sheet name, or "Name (2)", "Name (3)"… when the user's workbook already has one (Excel compares names case-blind). */
  private freeSheetName(base: string): string {
    const taken = new Set(this.workbook.worksheets.map((s) => s.name.toLowerCase()));
    let name = base;
    for (let n = 2; taken.has(name.toLowerCase()); n += 1) name = `${base} (${n})`;
    return name;
  }
}

const ROLE_FONTS: Readonly<Record<LaidRow['role'], Partial<Cell['font']> | undefined>> = {
  title: { bold: true, size: 16 },
  headerLine: undefined,
  tableTitle: { bold: true, size: 13 },
  tableNote: { italic: true },
  columnHeaders: { bold: true },
  data: undefined,
  spacer: undefined,
};

function writeLaidValue(cell: Cell, value: LaidValue): void {
  if (value.kind === 'text') cell.value = value.text;
  else if (value.kind === 'number') {
    cell.value = value.value;
    cell.numFmt = value.numberFormat;
  } else {
    cell.value = { formula: value.formula, result: value.text };
    cell.font = { color: { argb: 'FF0563C1' }, underline: true };
  }
}

/**
 * Writes a sheet of the shared layout (report-layout.ts) with exceljs: fonts by role, header fills,
 * the grid's widths, merged spans, row heights, page setup, page breaks and print titles.
 */
function writeLaidSheet(sheet: Worksheet, layout: SheetLayout): void {
  const { margins, paperSize, orientation, scale, footer } = layout.pageSetup;
  sheet.pageSetup = {
    ...sheet.pageSetup,
    paperSize,
    orientation,
    scale,
    fitToPage: false,
    margins,
    ...(layout.printTitleRows ? { printTitlesRow: `${layout.printTitleRows[0]}:${layout.printTitleRows[1]}` } : {}),
  };
  sheet.headerFooter = { ...sheet.headerFooter, oddFooter: footer };
  sheet.views = [layout.frozenRows ? { state: 'frozen', ySplit: layout.frozenRows } : {}];
  layout.columnWidths.forEach((width, index) => {
    sheet.getColumn(index + 1).width = width;
  });
  for (const { row, role, cells, height } of layout.rows) {
    sheet.getRow(row).height = height;
    for (const laid of cells) {
      const cell = sheet.getCell(row, laid.column + 1);
      if (laid.value) writeLaidValue(cell, laid.value);
      const font = ROLE_FONTS[role] ?? (role === 'headerLine' && laid.column === 0 ? { bold: true } : undefined);
      if (font && laid.value?.kind !== 'link') cell.font = font;
      cell.alignment = { vertical: 'top', ...(laid.wrap || role === 'columnHeaders' ? { wrapText: true } : {}) };
      if (role === 'columnHeaders') {
        // Every cell of the span, so that the merged cell shows the fill and border whole.
        for (let c = laid.column; c < laid.column + laid.span; c++) {
          const part = sheet.getCell(row, c + 1);
          part.fill = solid(HEADER_FILL);
          part.border = { bottom: { style: 'thin' } };
        }
      }
      if (laid.span > 1) sheet.mergeCells(row, laid.column + 1, row, laid.column + laid.span);
    }
  }
  for (const row of layout.pageBreaks) sheet.getRow(row - 1).addPageBreak();
}
