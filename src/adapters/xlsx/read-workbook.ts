/**
 * The xlsx source (DESIGN.md, adapters): a workbook package read with the byte-level sheet reader
 * (../xlsx-package/sheet-reader.ts) straight into the extractor, row by row, in Node (the CLI's
 * checker thread) and in the browser (the page's Web Worker) alike. It gives the core the values
 * exceljs's readers give (tests/package/reader-conformance.test.ts compares them with the oracles in
 * tests/oracles/exceljs on every workbook the project has), skips CoopCheck's own sheets (the state
 * sheet, read first, names the summary sheet) and says whether any sheet holds data. No Node import.
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

/** A sheet may be begun twice (merged ranges over its rows: read-parts.ts); the first sink is then dropped, never ended. */
export type RowsTarget = Pick<Extractor, 'beginSheet'>;

/**
 * Where the rows go: a target that takes the values as read, or, for an extractor, a function that
 * makes it once the workbook's date system is known (date cells are serials of that system, and an
 * unformatted number in a date column too: only the extractor knows the columns, so it moves both).
 */
export type RowsInto = RowsTarget | ((dates: { date1904: boolean }) => RowsTarget);

/** Pushes the rows of every sheet but CoopCheck's own into `into`. */
export async function readWorkbookRows(pkg: WorkbookPackage, into: RowsInto, onProgress?: ProgressListener): Promise<ReadWorkbook> {
  const decoding = await cellDecodingOf(pkg);
  const target = typeof into === 'function' ? into({ date1904: decoding.date1904 }) : into;
  const stateSheet = pkg.sheets.find((s) => s.name === STATE_SHEET_NAME);
  let json = '';
  if (stateSheet) {
    await readSheetRows(pkg, stateSheet.part, decoding, () => {
      json = '';
      return {
        row: (_, values) => {
          json += cellText(values[0]);
        },
      };
    });
  }
  const state = stateSheet ? parseState(json) : emptyState();

  let hasData = false;
  for (const { name, part } of pkg.sheets) {
    if (isCoopCheckSheet(name, state)) continue;
    let sheet: ReturnType<Extractor['beginSheet']> | undefined;
    await readSheetRows(
      pkg,
      part,
      decoding,
      () => {
        sheet = target.beginSheet(name);
        const rows = sheet;
        return {
          row(rowNumber, values) {
            if (!hasData)
              for (const value of values)
                if (!isBlankValue(value)) {
                  hasData = true;
                  break;
                }
            rows.row(rowNumber, values);
          },
        };
      },
      onProgress &&
        ((rowNumber) => {
          if (rowNumber % PROGRESS_EVERY === 0) onProgress({ phase: 'reading', done: rowNumber, total: 0, sheet: name });
        }),
    );
    sheet?.end();
  }
  return { hasData, state };
}

/** The model of a workbook package, built in this thread. */
export async function extractWorkbookPackage(pkg: WorkbookPackage, mapping?: MappingOverride): Promise<ReadWorkbook & { model: Model }> {
  let extractor: Extractor | undefined;
  const read = await readWorkbookRows(pkg, (dates) => (extractor = createExtractor(mapping, dates)));
  return { ...read, model: extractor!.finish() };
}
