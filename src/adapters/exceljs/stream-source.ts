/**
 * Reads an .xlsx with exceljs's streaming reader (Node only) and pushes each row into the extractor
 * as it is parsed, so that a register at Excel's row limit is checked holding the model, never the
 * rows. Values are normalised by source.ts's rowValues, as for a workbook loaded whole.
 */
import type { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { createExtractor, type MappingOverride } from '../../core/extract/extract';
import type { Model } from '../../core/model';
import type { ProgressListener } from '../../core/ports';
import { PROGRESS_EVERY, rowValues } from './source';

/**
 * Shared strings and styles are kept (a cell's text and its date format), hyperlinks are not: a
 * link's text is its value. scripts/bench/read-floor.mjs measures the reader with the same options.
 */
export const STREAM_READER_OPTIONS = {
  sharedStrings: 'cache', hyperlinks: 'ignore', styles: 'cache', worksheets: 'emit', entries: 'ignore',
} as const;

export interface StreamedModel {
  model: Model;
  /** Whether a sheet read holds any value that is not blank. */
  hasData: boolean;
}

export interface StreamOptions {
  mapping?: MappingOverride;
  /** CoopCheck's own sheets (state, an earlier summary), which are not data. */
  skipSheet: (name: string) => boolean;
  onProgress?: ProgressListener;
}

export async function extractStream(input: Readable, { mapping, skipSheet, onProgress }: StreamOptions): Promise<StreamedModel> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, STREAM_READER_OPTIONS);
  const extractor = createExtractor(mapping);
  let hasData = false;
  for await (const worksheet of reader) {
    // exceljs sets the name from workbook.xml; its typings leave it out.
    const { name } = worksheet as unknown as { name: string };
    const sheet = skipSheet(name) ? undefined : extractor.beginSheet(name);
    // A skipped sheet is still read through: exceljs may have parked it in a temporary file.
    for await (const row of worksheet) {
      if (!sheet) continue;
      const { values, hasData: filled } = rowValues(row);
      hasData ||= filled;
      sheet.row(row.number, values);
      if (onProgress && row.number % PROGRESS_EVERY === 0) onProgress({ phase: 'reading', done: row.number, total: 0, sheet: name });
    }
    sheet?.end();
  }
  return { model: extractor.finish(), hasData };
}
