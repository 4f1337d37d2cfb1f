/**
 * Writes the checked copy with exceljs: a fill and a note on each flagged cell (never a value), and
 * the summary sheet laid out from the SpecialReport for reading and printing. What is flagged and
 * what the report says are decided by the core; this file only lays them out.
 */
import type { Cell, Comment, Fill, Style, Workbook, Worksheet } from 'exceljs';
import type { CellRef, Finding, Severity } from '../../core/findings';
import type { FlagSink, FlagSummary, ProgressListener } from '../../core/ports';
import type { Lang } from '../../core/i18n/lang';
import type { Condition } from '../../core/conditions/condition';
import { CONDITIONS } from '../../core/conditions/registry';
import { renderMessage } from '../../core/i18n/render';
import { dayFromIso, excelSerialOfDay } from '../../core/dates';
import type { ColumnKind, ReportTable, ReportValue, SpecialReport } from '../../core/report/special-report-types';
import { readState, writeState, type FlagRecord } from './state';

const NOTE_PREFIX = 'CoopCheck:';
/** Beyond this many notes a workbook gets slow to open; the rest stay reachable from the summary sheet. */
const MAX_NOTES = 5_000;

const solid = (argb: string): Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb } });
/** Excel's own "light red" and "neutral" fills, so flags read like conditional formatting users know. */
const FLAG_FILLS: Readonly<Record<Exclude<Severity, 'info'>, Fill>> = {
  breach: solid('FFFFC7CE'),
  warning: solid('FFFFEB9C'),
};

const NUMBER_FORMATS: Readonly<Partial<Record<ColumnKind, string>>> = {
  integer: '#,##0',
  number: 'General',
  money: '#,##0.00 "€"',
  date: 'dd/mm/yyyy',
  percent: '0.00%',
};

const MAX_COLUMN_WIDTH = 60;
/** Text columns at least this wide wrap, so that long titles and messages stay readable when printed. */
const WRAP_FROM_WIDTH = 30;

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
      if (finding.severity === 'info') continue;
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
      setFill(cell, FLAG_FILLS[group.some((f) => f.severity === 'breach') ? 'breach' : 'warning']);
      if (noted < MAX_NOTES) {
        const messages = group.map((f) => {
          const condition = byId.get(f.conditionId);
          return `${NOTE_PREFIX} ${f.conditionId} ${condition ? renderMessage(f, condition, lang) : f.messageId}`;
        });
        cell.note = [...(before.note ? [noteText(before.note)] : []), ...messages].join('\n\n');
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
      setNote(cell, record.note);
    }
    writeState(this.workbook, { ...state, flags: [] });
  }

  async writeSummary(report: SpecialReport): Promise<string> {
    const state = readState(this.workbook);
    const previous = state.summarySheet && this.workbook.getWorksheet(state.summarySheet);
    if (previous) this.workbook.removeWorksheet(previous.id);
    const name = this.freeSheetName(report.sheetName);
    const sheet = this.workbook.addWorksheet(name, {
      views: [{ state: 'frozen', ySplit: 1 }],
      pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
      headerFooter: { oddFooter: '&L&A&R&P / &N' },
    });
    layOutReport(sheet, report);
    writeState(this.workbook, { ...state, summarySheet: name });
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

/** The text of an Excel string literal inside a formula. */
const formulaString = (text: string) => `"${text.replace(/"/g, '""')}"`;

function writeValue(cell: Cell, value: ReportValue, kind: ColumnKind): void {
  if (value === null) return;
  if (typeof value === 'object') {
    const target = `#'${value.link.sheet.replace(/'/g, "''")}'!${value.link.cell}`;
    cell.value = { formula: `HYPERLINK(${formulaString(target)},${formulaString(value.text)})`, result: value.text };
    cell.font = { color: { argb: 'FF0563C1' }, underline: true };
    return;
  }
  const format = NUMBER_FORMATS[kind];
  if (typeof value === 'number' && kind === 'money') cell.value = value / 100;
  else if (typeof value === 'number' && kind === 'percent') cell.value = value / 1_000_000;
  else if (typeof value === 'string' && kind === 'date') {
    const day = dayFromIso(value);
    // An Excel serial number rather than a Date: no time zone can move it by a day.
    cell.value = day === undefined ? value : excelSerialOfDay(day);
  } else cell.value = value;
  if (format && typeof cell.value === 'number') cell.numFmt = format;
}

function layOutReport(sheet: Worksheet, report: SpecialReport): void {
  const widths: number[] = [];
  const widen = (index: number, width: number) => { widths[index] = Math.min(MAX_COLUMN_WIDTH, Math.max(widths[index] ?? 10, width)); };

  const title = sheet.getCell(1, 1);
  title.value = report.title;
  title.font = { bold: true, size: 16 };
  let row = 3;
  // Labels span the first two columns, so that the tables below set the column widths alone.
  for (const [label, value] of report.header) {
    sheet.mergeCells(row, 1, row, 2);
    sheet.getCell(row, 1).value = label;
    sheet.getCell(row, 1).font = { bold: true };
    sheet.getCell(row, 3).value = value;
    row += 1;
  }
  for (const table of report.tables) row = layOutTable(sheet, table, row + 1, widen);
  widths.forEach((width, index) => { sheet.getColumn(index + 1).width = width; });
}

/** Writes one table from `row` on; returns the row after it. */
function layOutTable(sheet: Worksheet, table: ReportTable, row: number, widen: (index: number, width: number) => void): number {
  const title = sheet.getCell(row, 1);
  title.value = table.title;
  title.font = { bold: true, size: 13 };
  row += 1;
  if (table.note) {
    sheet.getCell(row, 1).value = table.note;
    sheet.getCell(row, 1).font = { italic: true };
    row += 1;
  }
  table.columns.forEach((column, index) => {
    const cell = sheet.getCell(row, index + 1);
    cell.value = column.header;
    cell.font = { bold: true };
    cell.fill = solid('FFD9E1F2');
    cell.border = { bottom: { style: 'thin' } };
    cell.alignment = { wrapText: true, vertical: 'top' };
    widen(index, column.width ?? column.header.length + 2);
  });
  row += 1;
  const wraps = table.columns.map((c) => c.kind === 'text' && (c.width ?? 0) >= WRAP_FROM_WIDTH);
  for (const values of table.rows) {
    values.forEach((value, index) => {
      const cell = sheet.getCell(row, index + 1);
      writeValue(cell, value, table.columns[index]?.kind ?? 'text');
      cell.alignment = { vertical: 'top', ...(wraps[index] ? { wrapText: true } : {}) };
    });
    row += 1;
  }
  return row;
}
