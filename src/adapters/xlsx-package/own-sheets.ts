/**
 * The two sheets CoopCheck writes into the checked copy, as worksheet parts: the summary sheet, laid
 * out by ../report-layout.ts like the Office.js adapter lays it out, and the state sheet, the JSON
 * of ../workbook-state.ts down column A. Text is stored inline, so the shared strings stay as they were.
 */
import { columnLetters, type SpecialReport } from '../../core';
import { HEADER_FILL, layOutReport, type LaidCell, type LaidValue, type RowRole, type SheetLayout } from '../report-layout';
import { stateChunks, type CoopCheckState } from '../workbook-state';
import type { StylesEditor, SummaryStyle } from './styles';
import { encodeXml } from './xml';

const WORKSHEET_START = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
  + '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">';

const ROLE_STYLES: Readonly<Record<Exclude<RowRole, 'data' | 'headerLine' | 'spacer'>, SummaryStyle>> = {
  title: { font: 'title', wrap: true },
  tableTitle: { font: 'tableTitle', wrap: true },
  tableNote: { font: 'italic', wrap: true },
  columnHeaders: { font: 'bold', headerFill: HEADER_FILL, bottomBorder: true, wrap: true },
};

function cellStyle(role: RowRole, cell: LaidCell): SummaryStyle {
  if (role === 'headerLine') return cell.column === 0 ? { font: 'bold', wrap: true } : { wrap: true };
  if (role === 'spacer') return {};
  if (role !== 'data') return ROLE_STYLES[role];
  if (cell.value?.kind === 'link') return { font: 'link' };
  if (cell.value?.kind === 'number') return { numberFormat: cell.value.numberFormat };
  // The row is as tall as the text needs (report-layout.ts), so that messages stay readable when printed.
  return cell.wrap ? { wrap: true } : {};
}

const inlineText = (text: string) => `<is><t xml:space="preserve">${encodeXml(text)}</t></is>`;

function cellXml(ref: string, value: LaidValue, style: number): string {
  if (value.kind === 'text') return `<c r="${ref}" s="${style}" t="inlineStr">${inlineText(value.text)}</c>`;
  if (value.kind === 'number') return `<c r="${ref}" s="${style}"><v>${value.value}</v></c>`;
  return `<c r="${ref}" s="${style}" t="str"><f>${encodeXml(value.formula)}</f><v>${encodeXml(value.text)}</v></c>`;
}

/** A CoopCheck sheet laid out by report-layout.ts: cells, merges, row heights, page setup and breaks. */
export function laidSheetXml(layout: SheetLayout, styles: StylesEditor, selected: boolean): string {
  const rows = layout.rows.map(({ row, role, cells, height }) => {
    const xml = cells.map((cell) => {
      const style = styles.summaryStyle(cellStyle(role, cell));
      const first = cell.value ? cellXml(`${columnLetters(cell.column)}${row}`, cell.value, style) : `<c r="${columnLetters(cell.column)}${row}" s="${style}"/>`;
      // The other cells of a header's span carry its fill and border, so that the whole span shows them.
      const rest = role === 'columnHeaders' ? Array.from({ length: cell.span - 1 }, (_, i) => `<c r="${columnLetters(cell.column + i + 1)}${row}" s="${style}"/>`).join('') : '';
      return first + rest;
    }).join('');
    return `<row r="${row}" ht="${height}" customHeight="1">${xml}</row>`;
  }).join('');
  const lastRow = layout.rows.reduce((last, r) => Math.max(last, r.row), 1);
  const cols = layout.columnWidths.map((width, i) => `<col min="${i + 1}" max="${i + 1}" width="${width}" customWidth="1"/>`).join('');
  const frozen = layout.frozenRows
    ? `<pane ySplit="${layout.frozenRows}" topLeftCell="A${layout.frozenRows + 1}" activePane="bottomLeft" state="frozen"/>` : '';
  const merges = layout.merges.length ? `<mergeCells count="${layout.merges.length}">${layout.merges.map((ref) => `<mergeCell ref="${ref}"/>`).join('')}</mergeCells>` : '';
  const { margins, paperSize, orientation, scale, footer } = layout.pageSetup;
  const breaks = layout.pageBreaks.length
    ? `<rowBreaks count="${layout.pageBreaks.length}" manualBreakCount="${layout.pageBreaks.length}">${layout.pageBreaks.map((row) => `<brk id="${row - 1}" max="16383" man="1"/>`).join('')}</rowBreaks>` : '';
  return `${WORKSHEET_START}`
    + `<dimension ref="A1:${columnLetters(Math.max(layout.columnCount, 1) - 1)}${lastRow}"/>`
    + `<sheetViews><sheetView${selected ? ' tabSelected="1"' : ''} workbookViewId="0">${frozen}</sheetView></sheetViews>`
    + `<sheetFormatPr defaultRowHeight="15"/>${cols ? `<cols>${cols}</cols>` : ''}<sheetData>${rows}</sheetData>${merges}`
    + `<pageMargins left="${margins.left}" right="${margins.right}" top="${margins.top}" bottom="${margins.bottom}" header="${margins.header}" footer="${margins.footer}"/>`
    + `<pageSetup paperSize="${paperSize}" scale="${scale}" orientation="${orientation}"/>`
    + `<headerFooter><oddFooter>${encodeXml(footer)}</oddFooter></headerFooter>${breaks}</worksheet>`;
}

/** The summary sheet, selected: the copy opens on it. */
export function summarySheetXml(report: SpecialReport, styles: StylesEditor): string {
  return laidSheetXml(layOutReport(report), styles, true);
}

export function stateSheetXml(state: CoopCheckState): string {
  const rows = stateChunks(state).map((chunk, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="inlineStr">${inlineText(chunk)}</c></row>`).join('');
  return `${WORKSHEET_START}<sheetData>${rows}</sheetData></worksheet>`;
}

/** A sheet view's tabSelected, in the head of a worksheet part (before its cells). */
const TAB_SELECTED = /(<(?:[A-Za-z_][\w.-]*:)?sheetView\b[^>]*?)\s+tabSelected\s*=\s*(?:"(?:1|true)"|'(?:1|true)')/g;
const HEAD_END = /<(?:[A-Za-z_][\w.-]*:)?sheetData\b/;
/** The head of a worksheet (sheetPr, dimension, sheetViews) is read at most this far. */
const HEAD_BYTES = 1 << 20;

/** Whether a worksheet part's head shows the sheet selected (tabSelected="1"). */
export async function isSelectedSheet(chunks: AsyncIterable<Buffer>): Promise<boolean> {
  let head = '';
  for await (const chunk of chunks) {
    head += chunk.toString('latin1');
    if (HEAD_END.test(head) || head.length > HEAD_BYTES) break;
  }
  const end = head.search(HEAD_END);
  return new RegExp(TAB_SELECTED.source).test(end < 0 ? head : head.slice(0, end));
}

/**
 * A worksheet part with its sheet view no longer selected, every other byte as it came: the copy opens
 * on the summary sheet alone (a sheet left selected with it would group the two, and print both).
 */
export async function* unselectedSheet(chunks: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  let head: Buffer | undefined = Buffer.alloc(0);
  for await (const chunk of chunks) {
    if (!head) { yield chunk; continue; }
    head = Buffer.concat([head, chunk]);
    const text = head.toString('latin1');
    const end = text.search(HEAD_END);
    if (end < 0 && head.length <= HEAD_BYTES) continue;
    const cut = end < 0 ? text.length : end;
    yield Buffer.from(text.slice(0, cut).replace(TAB_SELECTED, '$1') + text.slice(cut), 'latin1');
    head = undefined;
  }
  if (head?.length) yield Buffer.from(head.toString('latin1').replace(TAB_SELECTED, '$1'), 'latin1');
}
