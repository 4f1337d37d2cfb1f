/**
 * Writes the checked copy with exceljs: a fill and a note on each flagged cell (never a value), and
 * the summary sheet laid out from the SpecialReport for reading and printing. What is flagged and
 * what the report says are decided by the core; this file only lays them out.
 */
import type ExcelJS from 'exceljs';
import type { Cell, Comment, Fill, Style, Workbook, Worksheet } from 'exceljs';
import { type CellRef, type Finding, type FlagSink, type FlagSummary, type ProgressListener, type Lang, type Condition, CONDITIONS, type SpecialReport } from '../../core';
import { FLAG_COLOURS, NOTE_PREFIX, cellSeverity, flagNote, isFlagged } from '../flag-style';
import { HEADER_FILL, layOutReport, type LaidRow, type LaidValue, type SheetLayout } from '../report-layout';
import { readState, writeState, type FlagRecord } from './state';

/** Beyond this many notes a workbook gets slow to open; the rest stay reachable from the summary sheet. */
const MAX_NOTES = 5_000;

/** An OOXML ARGB colour from the shared '#RRGGBB'. */
const solid = (hex: string): Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${hex.slice(1)}` } });

function clone<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

/**
 * exceljs shares one style object between all cells of the same style, so a cell's style is replaced
 * by a copy, never changed in place.
 */
function setFill(cell: Cell, fill: Fill | null): void {
  const style: Partial<Style> = { ...cell.style };
  if (fill) style.fill = fill;
  else delete style.fill;
  cell.style = style;
}

function noteText(note: string | Comment): string {
  return typeof note === 'string' ? note : (note.texts ?? []).map((run) => run.text).join('');
}

function setNote(cell: Cell, note: string | Comment | null): void {
  if (note !== null) { cell.note = note; return; }
  // exceljs has no call to remove a note: assigning undefined would write an empty one, and a cell
  // that was loaded or saved keeps a copy of its note in its value's model, so both are dropped.
  (cell as unknown as { _comment?: unknown })._comment = undefined;
  delete (cell.model as { comment?: unknown }).comment;
}

export class ExcelJsSink implements FlagSink {
  constructor(private readonly workbook: Workbook, private readonly conditions: readonly Condition[] = CONDITIONS) {}

  async applyFlags(findings: readonly Finding[], lang: Lang, onProgress?: ProgressListener): Promise<FlagSummary> {
    await this.clearFlags();
    const state = readState(this.workbook);
    const byId = new Map(this.conditions.map((c) => [c.id, c]));
    const byCell = new Map<string, Finding[]>();
    for (const finding of findings) {
      if (!isFlagged(finding)) continue;
      const key = `${finding.sheet}\u0000${finding.cell}`;
      const group = byCell.get(key);
      if (group) group.push(finding);
      else byCell.set(key, [finding]);
    }
    let noted = 0;
    let done = 0;
    for (const group of byCell.values()) {
      const { sheet: sheetName, cell: address } = group[0]!;
      const sheet = this.workbook.getWorksheet(sheetName);
      if (!sheet) continue;
      const cell = sheet.getCell(address);
      const before: FlagRecord = { sheet: sheetName, cell: address, fill: clone(cell.style.fill) ?? null, note: clone(cell.note) ?? null };
      state.flags.push(before);
      setFill(cell, solid(FLAG_COLOURS[cellSeverity(group)]));
      if (noted < MAX_NOTES) {
        // A user's note is kept above CoopCheck's, and given back as it was when the flags are cleared.
        cell.note = [...(before.note ? [noteText(before.note)] : []), flagNote(group, lang, byId)].join('\n\n');
        noted += 1;
      }
      done += 1;
      onProgress?.({ phase: 'flagging', done, total: byCell.size, sheet: sheetName });
    }
    writeState(this.workbook, state);
    return { flagged: state.flags.length, noted };
  }

  async clearFlags(): Promise<void> {
    const state = readState(this.workbook);
    if (!state.flags.length) return;
    for (const record of state.flags) {
      const sheet = this.workbook.getWorksheet(record.sheet);
      if (!sheet) continue;
      const cell = sheet.getCell(record.cell);
      setFill(cell, record.fill);
      // Only a note CoopCheck wrote is given back: a note without its prefix is the user's own
      // (written after the check, or unseen by an Excel without the Notes API when it flagged).
      if (cell.note !== undefined && noteText(cell.note).includes(NOTE_PREFIX)) setNote(cell, record.note);
    }
    writeState(this.workbook, { ...state, flags: [] });
  }

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
    for (const other of this.workbook.worksheets) other.views = (other.views?.length ? other.views : [{}]).map((view) => ({ ...view, tabSelected: other === sheet }));
    const views = this.workbook.views?.length ? this.workbook.views : [{ x: 0, y: 0, width: 10000, height: 20000, visibility: 'visible' } as ExcelJS.WorkbookView];
    this.workbook.views = views.map((view) => ({ ...view, activeTab: this.workbook.worksheets.indexOf(sheet), firstSheet: 0 }));
    // Excel's id of the summary sheet is unknown here; the Office adapter recognises the sheet by its name alone then.
    const next = { ...state, summarySheet: name, summarySheetId: undefined, annexSheets: annexSheets.length ? annexSheets : undefined };
    writeState(this.workbook, next);
    return name;
  }

  async selectCell(ref: CellRef): Promise<void> {
    const sheet = this.workbook.getWorksheet(ref.sheet);
    if (sheet) sheet.views = [{ ...(sheet.views[0] ?? {}), activeCell: ref.cell }];
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
  else if (value.kind === 'number') { cell.value = value.value; cell.numFmt = value.numberFormat; }
  else {
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
    ...sheet.pageSetup, paperSize, orientation, scale, fitToPage: false, margins,
    ...(layout.printTitleRows ? { printTitlesRow: `${layout.printTitleRows[0]}:${layout.printTitleRows[1]}` } : {}),
  };
  sheet.headerFooter = { ...sheet.headerFooter, oddFooter: footer };
  sheet.views = [layout.frozenRows ? { state: 'frozen', ySplit: layout.frozenRows } : {}];
  layout.columnWidths.forEach((width, index) => { sheet.getColumn(index + 1).width = width; });
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
