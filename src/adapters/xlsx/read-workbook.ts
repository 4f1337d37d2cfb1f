/**
 * The xlsx source (DESIGN.md, adapters): a workbook package read with the byte-level sheet reader
 * (../xlsx-package/sheet-reader.ts) straight into the extractor, row by row, in Node (the CLI's
 * checker thread) and in the browser (the page's Web Worker) alike. It gives the core the values the
 * exceljs sources gave (tests/package/reader-conformance.test.ts compares them on every workbook the
 * project has), skips CoopCheck's own sheets (the state sheet, read first, names the summary sheet)
 * and says whether any sheet holds data. No Node import.
 */
import { createExtractor, type Extractor, type MappingOverride, cellText, type Model, type ProgressListener, type CellValue } from '../../core';
import type { WorkbookPackage } from '../xlsx-package/parts';
import { cellDecodingOf, readSheetRows } from '../xlsx-package/read-parts';
import { emptyState, isCoopCheckSheet, parseState, STATE_SHEET_NAME, type CoopCheckState } from '../workbook-state';

export interface ReadWorkbook {
  /** Whether a sheet read holds any value that is not blank. */
  hasData: boolean;
  /** CoopCheck's state left in the workbook by an earlier check (flags to clear, the summary sheet). */
  state: CoopCheckState;
}

/** Rows between progress reports. */
export const PROGRESS_EVERY = 10_000;

const isBlankValue = (value: CellValue) => value === null || (typeof value === 'string' && value.trim() === '');

/** Pushes the rows of every sheet but CoopCheck's own into `into` (an extractor). */
export async function readWorkbookRows(pkg: WorkbookPackage, into: Pick<Extractor, 'beginSheet'>, onProgress?: ProgressListener): Promise<ReadWorkbook> {
  const decoding = await cellDecodingOf(pkg);
  const stateSheet = pkg.sheets.find((s) => s.name === STATE_SHEET_NAME);
  let json = '';
  if (stateSheet) {
    await readSheetRows(pkg, stateSheet.part, decoding, () => {
      json = '';
      return { row: (_, values) => { json += cellText(values[0]); } };
    });
  }
  const state = stateSheet ? parseState(json) : emptyState();

  let hasData = false;
  for (const { name, part } of pkg.sheets) {
    if (isCoopCheckSheet(name, state)) continue;
    let sheet: ReturnType<Extractor['beginSheet']> | undefined;
    await readSheetRows(pkg, part, decoding, () => {
      sheet = into.beginSheet(name);
      const target = sheet;
      return {
        row(rowNumber, values) {
          if (!hasData) for (const value of values) if (!isBlankValue(value)) { hasData = true; break; }
          target.row(rowNumber, values);
        },
      };
    }, onProgress && ((rowNumber) => { if (rowNumber % PROGRESS_EVERY === 0) onProgress({ phase: 'reading', done: rowNumber, total: 0, sheet: name }); }));
    sheet?.end();
  }
  return { hasData, state };
}

/** The model of a workbook package, built in this thread. */
export async function extractWorkbookPackage(pkg: WorkbookPackage, mapping?: MappingOverride): Promise<ReadWorkbook & { model: Model }> {
  const extractor = createExtractor(mapping);
  const read = await readWorkbookRows(pkg, extractor);
  return { ...read, model: extractor.finish() };
}
