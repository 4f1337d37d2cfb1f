/**
 * The two sheets CoopCheck writes into the checked copy, as worksheet parts: the summary sheet, laid
 * out by ../report-layout.ts like the Office.js adapter lays it out, and the state sheet, the JSON
 * of ../workbook-state.ts down column A. Text is stored inline, so the shared strings stay as they were.
 */
import { columnLetters } from '../../core/snapshot';
import type { SpecialReport } from '../../core/report/special-report-types';
import { HEADER_FILL, layOutReport, type LaidValue, type RowRole } from '../report-layout';
import { stateChunks, type CoopCheckState } from '../workbook-state';
import type { StylesEditor, SummaryStyle } from './styles';
import { encodeXml } from './xml';

const WORKSHEET_START = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
  + '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">';

const ROLE_STYLES: Readonly<Record<Exclude<RowRole, 'data' | 'headerLine'>, SummaryStyle>> = {
  title: { font: 'title' },
  tableTitle: { font: 'tableTitle' },
  tableNote: { font: 'italic' },
  columnHeaders: { font: 'bold', headerFill: HEADER_FILL, bottomBorder: true, wrap: true },
};

function cellStyle(role: RowRole, column: number, value: LaidValue, width: number): SummaryStyle {
  if (role === 'headerLine') return column === 0 ? { font: 'bold' } : {};
  if (role !== 'data') return ROLE_STYLES[role];
  if (value.kind === 'link') return { font: 'link' };
  if (value.kind === 'number') return { numberFormat: value.numberFormat };
  // Text wider than its column wraps, so that messages stay readable when printed.
  return value.text.length > width ? { wrap: true } : {};
}

const inlineText = (text: string) => `<is><t xml:space="preserve">${encodeXml(text)}</t></is>`;

function cellXml(ref: string, value: LaidValue, style: number): string {
  if (value.kind === 'text') return `<c r="${ref}" s="${style}" t="inlineStr">${inlineText(value.text)}</c>`;
  if (value.kind === 'number') return `<c r="${ref}" s="${style}"><v>${value.value}</v></c>`;
  return `<c r="${ref}" s="${style}" t="str"><f>${encodeXml(value.formula)}</f><v>${encodeXml(value.text)}</v></c>`;
}

export function summarySheetXml(report: SpecialReport, styles: StylesEditor): string {
  const layout = layOutReport(report);
  const widths = layout.columnWidths;
  const rows = layout.rows.map(({ row, role, cells }) => {
    const xml = cells.map((value, column) => {
      if (!value) return '';
      const style = styles.summaryStyle(cellStyle(role, column, value, widths[column] ?? 10));
      return cellXml(`${columnLetters(column)}${row}`, value, style);
    }).join('');
    return `<row r="${row}">${xml}</row>`;
  }).join('');
  const lastRow = layout.rows.reduce((last, r) => Math.max(last, r.row), 1);
  const cols = widths.map((width, i) => `<col min="${i + 1}" max="${i + 1}" width="${width}" customWidth="1"/>`).join('');
  return `${WORKSHEET_START}<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>`
    + `<dimension ref="A1:${columnLetters(Math.max(layout.columnCount, 1) - 1)}${lastRow}"/>`
    + '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>'
    + `<sheetFormatPr defaultRowHeight="15"/>${cols ? `<cols>${cols}</cols>` : ''}<sheetData>${rows}</sheetData>`
    + '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>'
    + '<pageSetup paperSize="9" orientation="landscape" fitToHeight="0"/>'
    + '<headerFooter><oddFooter>&amp;L&amp;A&amp;R&amp;P / &amp;N</oddFooter></headerFooter></worksheet>';
}

export function stateSheetXml(state: CoopCheckState): string {
  const rows = stateChunks(state).map((chunk, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="inlineStr">${inlineText(chunk)}</c></row>`).join('');
  return `${WORKSHEET_START}<sheetData>${rows}</sheetData></worksheet>`;
}
