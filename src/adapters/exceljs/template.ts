/**
 * The empty workbook of `coopcheck template`: one sheet per kind of DATA-CONTRACT.md, named and
 * headed in the chosen language, ready for a cooperative to fill in. Everything comes from the
 * contract's table (extract/fields.ts), so a template is always read back by the extractor.
 */
import ExcelJS from 'exceljs';
import {
  ALLOCATION_ITEMS,
  SHEET_SPECS,
  type FieldSpec,
  type Lang,
  type AllocationItem,
  type SheetKind,
  type ValueType,
  PARAMETER_SPECS,
  type ParameterName,
} from '../../core';
import { NUMBER_FORMATS } from '../report-layout';
import { FLAG_COLOURS } from '../flag-style';

const COLUMN_FORMATS: Partial<Record<ValueType, string>> = {
  date: NUMBER_FORMATS.date,
  amount: NUMBER_FORMATS.money,
};

/** Excel refuses sheet names with : \ / ? * [ ] or longer than 31 characters. */
function sheetNameOf(name: string): string {
  return name.replace(/\s*[:\\/?*[\]]\s*/g, ' - ').slice(0, 31);
}

/** The parameter's label in the language when the contract lists one per language (FR, NL, EN), else its canonical name. */
function parameterLabel(name: ParameterName, lang: Lang): string {
  const { labels } = PARAMETER_SPECS[name];
  return labels.length === 3 ? labels[['fr', 'nl', 'en'].indexOf(lang)]! : name;
}

/**
 * Rows a cooperative only has to complete: the allocation items (at 0, since every allocation line
 * needs an amount), the statutes conditions, the parameters (a blank value keeps the default).
 */
function prefilledRows(kind: SheetKind, lang: Lang): (string | number)[][] {
  if (kind === 'allocation') return (Object.keys(ALLOCATION_ITEMS) as AllocationItem[]).map((item) => [ALLOCATION_ITEMS[item][lang][0]!, 0]);
  if (kind === 'statutes') return [['ES-1'], ['ES-2'], ['ES-4']];
  if (kind === 'parameters') {
    const names: ParameterName[] = ['cooperativeName', 'companyNumber', 'fiscalYear', 'accreditations', 'reportDate', 'boardApprovalDate'];
    return names.map((name) => [parameterLabel(name, lang)]);
  }
  return [];
}

function headerOf(field: FieldSpec, lang: Lang): string {
  return field.headers[lang][0] ?? field.field;
}

export function buildTemplate(lang: Lang): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'CoopCheck';
  for (const spec of Object.values(SHEET_SPECS)) {
    const sheet = workbook.addWorksheet(sheetNameOf(spec.name[lang]), { views: [{ state: 'frozen', ySplit: 1 }] });
    spec.fields.forEach((field, index) => {
      const header = headerOf(field, lang);
      const cell = sheet.getCell(1, index + 1);
      cell.value = header;
      cell.font = { bold: true };
      // Required columns are marked with the warning colour, so a user sees what a first run needs.
      if (field.required) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${FLAG_COLOURS.warning.slice(1)}` } };
      const column = sheet.getColumn(index + 1);
      column.width = Math.max(14, header.length + 4);
      const format = COLUMN_FORMATS[field.type];
      if (format) column.numFmt = format;
    });
    prefilledRows(spec.kind, lang).forEach((row, index) => {
      sheet.getRow(index + 2).values = row;
    });
  }
  return workbook;
}
