/**
 * The parts of exceljs 4.4 (pinned in package.json) that are not in its typings but that the
 * streaming oracle (./stream-source.ts) uses: the streaming WorkbookReader's one-part parsers and its
 * style manager. Node only; tests and benchmarks only. A change of exceljs version must pass
 * ./stream-source.test.ts.
 */
import type { Readable } from 'node:stream';
import ExcelJS, { type Row, type Style } from 'exceljs';

export interface WorksheetRows extends AsyncIterable<Row> {
  name: string;
}

/** lib/stream/xlsx/workbook-reader.js: each method parses one part, given as a stream. */
export interface PartParsers {
  _parseWorkbook(part: Readable): Promise<void>;
  _parseSharedStrings(part: Readable): AsyncGenerator<unknown>;
  _parseStyles(part: Readable): Promise<void>;
  _parseWorksheet(part: Readable, sheetNo: string): Generator<{ value: WorksheetRows }>;
  /** After _parseWorkbook: the workbookPr attributes. */
  properties?: { model?: { date1904?: boolean } };
  /** After _parseStyles: lib/xlsx/xform/style/styles-xform.js. */
  styles: { getStyleModel(xf: number): Partial<Style> | null };
}

/**
 * Shared strings and styles are kept (a cell's text and its date format), hyperlinks are not: a
 * link's text is its value. scripts/bench/read-floor.mjs measures the reader with the same options.
 */
export const STREAM_READER_OPTIONS = { sharedStrings: 'cache', hyperlinks: 'ignore', styles: 'cache', worksheets: 'emit' } as const;

export function partParsers(path: string): PartParsers {
  return new ExcelJS.stream.xlsx.WorkbookReader(path, STREAM_READER_OPTIONS) as unknown as PartParsers;
}
