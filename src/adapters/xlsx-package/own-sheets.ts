/**
 * The two sheets CoopCheck writes into the checked copy, as worksheet parts: the summary sheet, laid
 * out by ../report-layout.ts like the Office.js adapter lays it out, and the state sheet, the JSON
 * of ../workbook-state.ts down column A. Text is stored inline, so the shared strings stay as they were.
 */
import { columnLetters } from '../../core';
import { HEADER_FILL, type LaidCell, type LaidValue, type RowRole, type SheetLayout } from '../report-layout';
import { STATE_CHUNK_CHARS, type CoopCheckState } from '../workbook-state';
import type { StylesEditor, SummaryStyle } from './styles';
import { byteString, concatBytes, indexOfBytes, needleOf, stringBytes } from './bytes';
import { encodeXml } from './xml';

const WORKSHEET_START =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">';

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

/** Rows and merges of a laid-out sheet go out in pieces of this many: a summary listing 500,000 findings is far above V8's longest string. */
const PIECE = 2_000;

/**
 * A CoopCheck sheet laid out by report-layout.ts: cells, merges, row heights, page setup and breaks,
 * as pieces of XML text, so that its size is bounded by the rows, not by the longest string.
 */
export function* laidSheetXml(layout: SheetLayout, styles: StylesEditor, selected: boolean): Generator<string> {
  const lastRow = layout.rows.reduce((last, r) => Math.max(last, r.row), 1);
  const cols = layout.columnWidths.map((width, i) => `<col min="${i + 1}" max="${i + 1}" width="${width}" customWidth="1"/>`).join('');
  const frozen = layout.frozenRows
    ? `<pane ySplit="${layout.frozenRows}" topLeftCell="A${layout.frozenRows + 1}" activePane="bottomLeft" state="frozen"/>`
    : '';
  yield (
    `${WORKSHEET_START}` +
    `<dimension ref="A1:${columnLetters(Math.max(layout.columnCount, 1) - 1)}${lastRow}"/>` +
    `<sheetViews><sheetView${selected ? ' tabSelected="1"' : ''} workbookViewId="0">${frozen}</sheetView></sheetViews>` +
    `<sheetFormatPr defaultRowHeight="15"/>${cols ? `<cols>${cols}</cols>` : ''}<sheetData>`
  );
  for (let at = 0; at < layout.rows.length; at += PIECE) {
    yield layout.rows
      .slice(at, at + PIECE)
      .map(({ row, role, cells, height }) => {
        const xml = cells
          .map((cell) => {
            const style = styles.summaryStyle(cellStyle(role, cell));
            const first = cell.value
              ? cellXml(`${columnLetters(cell.column)}${row}`, cell.value, style)
              : `<c r="${columnLetters(cell.column)}${row}" s="${style}"/>`;
            // The other cells of a header's span carry its fill and border, so that the whole span shows them.
            const rest =
              role === 'columnHeaders'
                ? Array.from({ length: cell.span - 1 }, (_, i) => `<c r="${columnLetters(cell.column + i + 1)}${row}" s="${style}"/>`).join('')
                : '';
            return first + rest;
          })
          .join('');
        return `<row r="${row}" ht="${height}" customHeight="1">${xml}</row>`;
      })
      .join('');
  }
  yield '</sheetData>';
  if (layout.merges.length) {
    yield `<mergeCells count="${layout.merges.length}">`;
    for (let at = 0; at < layout.merges.length; at += PIECE)
      yield layout.merges
        .slice(at, at + PIECE)
        .map((ref) => `<mergeCell ref="${ref}"/>`)
        .join('');
    yield '</mergeCells>';
  }
  const { margins, paperSize, orientation, scale, footer } = layout.pageSetup;
  const breaks = layout.pageBreaks.length
    ? `<rowBreaks count="${layout.pageBreaks.length}" manualBreakCount="${layout.pageBreaks.length}">${layout.pageBreaks.map((row) => `<brk id="${row - 1}" max="16383" man="1"/>`).join('')}</rowBreaks>`
    : '';
  yield (
    `<pageMargins left="${margins.left}" right="${margins.right}" top="${margins.top}" bottom="${margins.bottom}" header="${margins.header}" footer="${margins.footer}"/>` +
    `<pageSetup paperSize="${paperSize}" scale="${scale}" orientation="${orientation}"/>` +
    `<headerFooter><oddFooter>${encodeXml(footer)}</oddFooter></headerFooter>${breaks}</worksheet>`
  );
}

/**
 * Flag records serialised at a time: the state of half a million flagged cells is never one string,
 * and a piece (some 20 KB) stays under V8's large-object size, collected young.
 */
const RECORDS_PER_PIECE = 200;

/** The state's JSON (JSON.stringify's text), its flags a block of records at a time. */
function* stateJson(state: CoopCheckState): Generator<string> {
  const { flags } = state;
  // NUL never occurs in the state's own JSON text (JSON.stringify escapes it).
  const hole = JSON.stringify('\u0000flags\u0000');
  const text = JSON.stringify({ ...state, flags: '\u0000flags\u0000' });
  const at = text.indexOf(hole);
  yield text.slice(0, at);
  yield '[';
  for (let from = 0; from < flags.length; from += RECORDS_PER_PIECE) {
    yield (
      (from ? ',' : '') +
      flags
        .slice(from, from + RECORDS_PER_PIECE)
        .map((record) => JSON.stringify(record))
        .join(',')
    );
  }
  yield ']';
  yield text.slice(at + hole.length);
}

/** The state sheet, a row at a time: column A holds the state's JSON in cells of STATE_CHUNK_CHARS characters, as stateChunks cuts it. */
export function* stateSheetXml(state: CoopCheckState): Generator<string> {
  yield `${WORKSHEET_START}<sheetData>`;
  let row = 0;
  const cell = (chunk: string) => {
    row += 1;
    return `<row r="${row}"><c r="A${row}" t="inlineStr">${inlineText(chunk)}</c></row>`;
  };
  let pending = '';
  for (const piece of stateJson(state)) {
    pending += piece;
    let at = 0;
    for (; pending.length - at >= STATE_CHUNK_CHARS; at += STATE_CHUNK_CHARS) yield cell(pending.slice(at, at + STATE_CHUNK_CHARS));
    pending = pending.slice(at);
  }
  if (pending) yield cell(pending);
  yield '</sheetData></worksheet>';
}

/** A sheet view's tabSelected, in the head of a worksheet part (before its cells). */
const TAB_SELECTED = /(<(?:[A-Za-z_][\w.-]*:)?sheetView\b[^>]*?)\s+tabSelected\s*=\s*(?:"(?:1|true)"|'(?:1|true)')/g;
const SHEET_DATA = needleOf('sheetData');
/** The head of a worksheet (sheetPr, dimension, sheetViews) is read at most this far. */
const HEAD_BYTES = 1 << 20;

/** Where the head ends in what was read of a worksheet part (at its sheetData, or past HEAD_BYTES); -1 while it goes on. */
function headEnd(bytes: Uint8Array): number {
  // The element's name, "<sheetData" or "<x:sheetData", not the word in an attribute's value.
  for (let at = indexOfBytes(bytes, SHEET_DATA); at >= 0; at = indexOfBytes(bytes, SHEET_DATA, at + 1)) {
    if (bytes[at - 1] === 0x3c || bytes[at - 1] === 0x3a) return at;
  }
  return bytes.length > HEAD_BYTES ? bytes.length : -1;
}

/** Whether a worksheet part's head shows the sheet selected (tabSelected="1"). */
export async function isSelectedSheet(chunks: AsyncIterable<Uint8Array>): Promise<boolean> {
  const read: Uint8Array[] = [];
  let head: Uint8Array = new Uint8Array(0);
  for await (const chunk of chunks) {
    read.push(chunk);
    head = concatBytes(read);
    if (headEnd(head) >= 0) break;
  }
  const end = headEnd(head);
  return new RegExp(TAB_SELECTED.source).test(byteString(head.subarray(0, end < 0 ? head.length : end)));
}

/** The head with its sheet view unselected, byte for byte otherwise (the text goes through byteString, not a decoder). */
const unselectedHead = (head: Uint8Array) => stringBytes(byteString(head).replace(TAB_SELECTED, '$1'));

/**
 * A worksheet part with its sheet view no longer selected, every other byte as it came: the copy opens
 * on the summary sheet alone (a sheet left selected with it would group the two, and print both).
 */
export async function* unselectedSheet(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  let read: Uint8Array[] | undefined = [];
  for await (const chunk of chunks) {
    if (!read) {
      yield chunk;
      continue;
    }
    read.push(chunk);
    const bytes = concatBytes(read);
    const end = headEnd(bytes);
    if (end < 0) continue;
    yield unselectedHead(bytes.subarray(0, end));
    yield bytes.subarray(end);
    read = undefined;
  }
  if (read?.length) yield unselectedHead(concatBytes(read));
}
