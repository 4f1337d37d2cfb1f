/**
 * The comparison of two years (core/report/compare.ts) as a workbook of four sheets: figures side by
 * side with their change, conditions whose outcome changed, findings new / resolved / recurring,
 * justifications carried over or to decide again. Written with exceljs, as the template is: a new
 * file, not a copy of the user's (DESIGN.md keeps exceljs off the read and copy path only).
 * Values stay typed (amounts in euros with the money format, rates as percentages), so that the
 * auditor can sort, filter and sum them; text from the workbooks goes in as text, never as a formula.
 */
import ExcelJS from 'exceljs';
import {
  CONDITIONS,
  type Lang,
  outcomeLabel,
  severityLabel,
  COMPARE_TEXTS as C,
  figureLabel,
  type Comparison,
  type FigureChange,
  type JsonFinding,
} from '../../core';
import { HEADER_FILL, NUMBER_FORMATS } from '../report-layout';

const FORMAT: Readonly<Record<FigureChange['unit'], string>> = {
  count: NUMBER_FORMATS.integer,
  days: '#,##0.##',
  money: NUMBER_FORMATS.money,
  rate: NUMBER_FORMATS.percent,
};

function value(change: FigureChange, v: number | null): number | null {
  if (v === null) return null;
  if (change.unit === 'money') return v / 100;
  if (change.unit === 'rate') return v / 1_000_000;
  return v;
}

/** Excel refuses sheet names with : \ / ? * [ ] or longer than 31 characters. */
const sheetName = (name: string) => name.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31);

function addSheet(workbook: ExcelJS.Workbook, name: string, headers: readonly string[], widths: readonly number[]): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(sheetName(name), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = headers.map((header, i) => ({ header, width: widths[i] ?? 14 }));
  const row = sheet.getRow(1);
  row.font = { bold: true };
  row.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${HEADER_FILL.slice(1)}` } };
  });
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: headers.length } };
  return sheet;
}

export function comparisonWorkbook(comparison: Comparison, lang: Lang): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const lastYear = String(comparison.last.fiscalYear);
  const thisYear = String(comparison.this.fiscalYear);
  const titles = new Map(CONDITIONS.map((c) => [c.id, c.title[lang]]));
  const kinds = new Map(CONDITIONS.map((c) => [c.id, c.kind]));

  const figures = addSheet(workbook, C.sheets.figures[lang], [C.table[lang], C.figure[lang], lastYear, thisYear, C.change[lang]], [8, 52, 16, 16, 16]);
  for (const change of comparison.figures) {
    const row = figures.addRow([
      change.table,
      figureLabel(change.key, lang),
      value(change, change.last),
      value(change, change.this),
      value(change, change.delta),
    ]);
    for (const column of [3, 4, 5]) row.getCell(column).numFmt = FORMAT[change.unit];
  }

  const conditions = addSheet(workbook, C.sheets.conditions[lang], ['Id', C.condition[lang], lastYear, thisYear], [9, 60, 24, 24]);
  for (const change of comparison.outcomeChanges) {
    const kind = kinds.get(change.id);
    conditions.addRow([
      change.id,
      titles.get(change.id) ?? change.id,
      change.last === null ? C.none[lang] : outcomeLabel(change.last, lang, kind),
      change.this === null ? C.none[lang] : outcomeLabel(change.this, lang, kind),
    ]);
  }

  const findings = addSheet(
    workbook,
    C.sheets.findings[lang],
    [
      C.status[lang],
      C.severity[lang],
      C.condition[lang],
      C.subject[lang],
      C.message[lang],
      `${C.cell[lang]} ${lastYear}`,
      `${C.cell[lang]} ${thisYear}`,
      C.fingerprint[lang],
    ],
    [12, 14, 10, 22, 70, 16, 16, 40],
  );
  const cell = (f: JsonFinding | undefined) => (f ? `${f.sheet}!${f.cell}` : '');
  const findingRow = (status: string, last: JsonFinding | undefined, current: JsonFinding | undefined) => {
    const f = (current ?? last)!;
    findings
      .addRow([status, severityLabel(f.severity, lang), f.conditionId, f.subject, f.message, cell(last), cell(current), f.fingerprint])
      .getCell(5).alignment = { wrapText: true };
  };
  for (const f of comparison.findings.new) findingRow(C.statuses.new[lang], undefined, f);
  for (const f of comparison.findings.resolved) findingRow(C.statuses.resolved[lang], f, undefined);
  for (const r of comparison.findings.recurring) findingRow(C.statuses.recurring[lang], r.last, r.this);

  const justifications = addSheet(
    workbook,
    C.sheets.justifications[lang],
    [C.status[lang], C.condition[lang], C.subject[lang], `${C.justification[lang]} ${lastYear}`, `${C.justification[lang]} ${thisYear}`, C.fingerprint[lang]],
    [16, 10, 22, 50, 50, 40],
  );
  const reason = (f: JsonFinding | undefined) =>
    f?.justification ? [f.justification.reason, f.justification.by, f.justification.date].filter(Boolean).join(' — ') : '';
  const S = C.justificationStatuses;
  for (const r of comparison.justifications.carriedOver)
    justifications.addRow([S.carriedOver[lang], r.this.conditionId, r.this.subject, reason(r.last), reason(r.this), r.fingerprint]);
  for (const r of comparison.justifications.lapsed)
    justifications.addRow([S.lapsed[lang], r.this.conditionId, r.this.subject, reason(r.last), '', r.fingerprint]);
  for (const f of comparison.justifications.added) justifications.addRow([S.added[lang], f.conditionId, f.subject, '', reason(f), f.fingerprint]);
  return workbook;
}
