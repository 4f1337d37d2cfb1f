/**
 * A reviewer's justification written from the pane into the open workbook (DATA-CONTRACT.md, the
 * `justifications` sheet): one row appended to the sheet the core's header recognition takes for
 * justifications, or to a new sheet headed in the pane's language when there is none. The row names
 * its finding by fingerprint, never by cell, so it holds when rows move and in next year's copy.
 *
 * One Excel.run in an undo group: one Ctrl+Z takes the row (and a sheet just added) back. No other
 * sheet is touched.
 */
import {
  type CellValue,
  type Day,
  type Lang,
  type MappingOverride,
  type SheetMapping,
  HEADER_SEARCH_ROWS,
  SHEET_SPECS,
  a1,
  extractWorkbook,
  ymdOfDay,
} from '../../core';
import { isCoopCheckSheet } from '../workbook-state';
import { assertWritable, explained } from './access';
import { runBatch } from './batches';
import type { LoadedSheet } from './sheets';
import { loadWorkbook } from './sheets';
import { readState } from './state';
import { freeSheetName } from './summary';

export interface NewJustification {
  fingerprint: string;
  conditionId: string;
  subject: string;
  reason: string;
  by?: string;
  date?: Day;
}

export interface WrittenJustification {
  sheet: string;
  /** A1 address of the row's first cell. */
  cell: string;
  /** Whether the sheet was added for it. */
  created: boolean;
}

type Field = 'fingerprint' | 'conditionId' | 'subject' | 'reason' | 'by' | 'date';
/** The order of a new sheet's columns: the finding, then the decision. */
const FIELDS: readonly Field[] = ['fingerprint', 'conditionId', 'subject', 'reason', 'by', 'date'];
const SPEC = SHEET_SPECS.justifications;
/** Column widths of a new sheet, in points (the reason is the widest). */
const WIDTHS: Readonly<Record<Field, number>> = { fingerprint: 220, conditionId: 60, subject: 120, reason: 280, by: 100, date: 70 };

const headerOf = (field: Field, lang: Lang) => SPEC.fields.find((f) => f.field === field)!.headers[lang][0]!;

function cellValue(value: unknown): CellValue {
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  return typeof value === 'string' && value !== '' ? value : null;
}

/**
 * The justifications sheet as the core finds it: every data sheet's first rows (where headers may
 * be) run through the same extractor as a check, with the user's column corrections.
 */
async function findSheet(context: Excel.RequestContext, sheets: readonly LoadedSheet[], mapping: MappingOverride): Promise<SheetMapping | undefined> {
  const heads = sheets
    .filter((s) => s.area)
    .map((s) => {
      const area = s.area!;
      const rows = Math.min(HEADER_SEARCH_ROWS, area.rowIndex + area.rowCount);
      return { name: s.name, range: s.sheet.getRangeByIndexes(0, 0, rows, area.columnIndex + area.columnCount).load('values') };
    });
  if (!heads.length) return undefined;
  await context.sync();
  const snapshot = { sheets: heads.map((h) => ({ name: h.name, rows: (h.range.values as unknown[][]).map((row) => row.map(cellValue)) })) };
  return extractWorkbook(snapshot, mapping).mappings.justifications;
}

/** Appends the justification; refuses (ExcelRefusalError) a read-only workbook, a protected sheet or structure. */
export function appendJustification(justification: NewJustification, lang: Lang, mapping: MappingOverride = {}): Promise<WrittenJustification> {
  return explained(() =>
    runBatch(
      async (context) => {
        const workbook = await loadWorkbook(context);
        const { state } = await readState(context, workbook.sheets);
        const dataSheets = workbook.sheets.filter((s) => !isCoopCheckSheet(s.name, state));
        const found = await findSheet(context, dataSheets, mapping);
        const existing = found && dataSheets.find((s) => s.name === found.sheet);

        let sheet: Excel.Worksheet;
        let name: string;
        let row: number;
        const columns = new Map<Field, number>();
        if (existing && found) {
          assertWritable(workbook, { sheets: [existing] });
          ({ sheet, name } = existing);
          for (const field of FIELDS) if (found.columns[field] !== undefined) columns.set(field, found.columns[field]);
          // A column the sheet lacks is added after its last one, headed in the pane's language.
          let next = Math.max(existing.area!.columnIndex + existing.area!.columnCount, ...[...columns.values()].map((c) => c + 1));
          for (const field of FIELDS) {
            if (columns.has(field)) continue;
            columns.set(field, next);
            const header = sheet.getRangeByIndexes(found.headerRow - 1, next, 1, 1);
            header.numberFormat = [['@']];
            header.values = [[headerOf(field, lang)]];
            next += 1;
          }
          row = Math.max(found.headerRow, existing.area!.rowIndex + existing.area!.rowCount);
        } else {
          assertWritable(workbook, { structure: true });
          name = freeSheetName(SPEC.name[lang], workbook.sheets);
          sheet = context.workbook.worksheets.add(name);
          FIELDS.forEach((field, i) => columns.set(field, i));
          const header = sheet.getRangeByIndexes(0, 0, 1, FIELDS.length);
          header.numberFormat = [FIELDS.map(() => '@')];
          header.values = [FIELDS.map((field) => headerOf(field, lang))];
          header.format.font.bold = true;
          FIELDS.forEach((field, i) => {
            sheet.getRangeByIndexes(0, i, 1, 1).format.columnWidth = WIDTHS[field];
          });
          row = 1;
        }

        const text = (field: Field, value: string | undefined) => {
          if (!value) return;
          const cell = sheet.getRangeByIndexes(row, columns.get(field)!, 1, 1);
          // Text format first: a reason starting with "=" or a subject like "2025" stays as typed.
          cell.numberFormat = [['@']];
          cell.values = [[value]];
        };
        text('fingerprint', justification.fingerprint);
        text('conditionId', justification.conditionId);
        text('subject', justification.subject);
        text('reason', justification.reason);
        text('by', justification.by);
        if (justification.date !== undefined) {
          // Excel's own serial for the day, in the workbook's date system (1900 or 1904).
          const { year, month, day } = ymdOfDay(justification.date);
          const serial = context.workbook.functions.date(year, month, day).load('value');
          await context.sync();
          const cell = sheet.getRangeByIndexes(row, columns.get('date')!, 1, 1);
          cell.numberFormat = [['dd/mm/yyyy']];
          cell.values = [[serial.value]];
        }
        await context.sync();
        return { sheet: name, cell: a1(Math.min(...columns.values()), row + 1), created: !existing };
      },
      { undoGroup: true },
    ),
  );
}
