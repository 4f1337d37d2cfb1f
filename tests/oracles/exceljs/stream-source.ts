/**
 * Test oracle (the CLI's reader until issue 11): reads an .xlsx with exceljs's streaming reader
 * (Node only) and pushes each row into the extractor as it is parsed, for the tests and benchmarks
 * that compare the byte-level reader with it. Values are normalised by source.ts's rowValues, as for
 * a workbook loaded whole, dates in the workbook's own date system as the byte-level reader gives them.
 *
 * exceljs's WorkbookReader takes the ZIP entries in file order, and Excel (and exceljs) store the
 * shared strings, styles and workbook part after the sheets: it then inflates every sheet into a
 * temporary file and parses it afterwards. Here the package's central directory gives the parts in
 * the order they are needed, and exceljs's own parsers (the WorkbookReader's for the shared strings,
 * styles and workbook, its WorksheetReader for the rows) read them straight from the ZIP:
 * docs/BENCHMARKS.md measures both ways.
 */
import {
  createExtractor,
  type Extractor,
  type MappingOverride,
  type Model,
  type ProgressListener,
  columnIndex,
  type CellValue,
  cellText,
} from '../../../src/core';
import { RELATIONSHIP, type XlsxPackage } from '../../../src/adapters/xlsx-package/package';
// One way to spread a merged range's value, shared with the byte-level reader.
import { mergeFiller, type MergedRange } from '../../../src/adapters/xlsx-package/sheet-reader';
import type { RowsInto } from '../../../src/adapters/xlsx/read-workbook';
import { emptyState, isCoopCheckSheet, parseState, STATE_SHEET_NAME, type CoopCheckState } from '../../../src/adapters/workbook-state';
import { partParsers } from './internals';
import { PROGRESS_EVERY, rowValues } from './source';

export interface StreamedWorkbook {
  /** Whether a sheet read holds any value that is not blank. */
  hasData: boolean;
  /** CoopCheck's state left in the workbook by an earlier check (flags to clear, the summary sheet). */
  state: CoopCheckState;
}

const MERGE_CELLS = Buffer.from('<mergeCells');

/**
 * A sheet's merged ranges. They are listed after its rows, so the part is inflated a second time
 * (on zlib's thread pool, beside the parse) and searched for them; exceljs's streaming reader skips them.
 */
async function mergesOf(pkg: XlsxPackage, part: string): Promise<MergedRange[]> {
  const tail: Buffer[] = [];
  let previous = Buffer.alloc(0);
  for await (const chunk of await pkg.stream(part, 1 << 20)) {
    if (tail.length) {
      tail.push(chunk);
      continue;
    }
    // The marker may be cut between two chunks.
    const joined = Buffer.concat([previous, chunk]);
    const at = joined.indexOf(MERGE_CELLS);
    if (at >= 0) tail.push(joined.subarray(at));
    previous = joined.subarray(Math.max(0, joined.length - MERGE_CELLS.length));
  }
  const text = Buffer.concat(tail).toString('utf8');
  return [...text.matchAll(/<mergeCell\b[^>]*?\sref="\$?([A-Z]+)\$?(\d+):\$?([A-Z]+)\$?(\d+)"/gi)]
    .map((m) => ({
      top: Number(m[2]),
      left: columnIndex(m[1]!) ?? 0,
      bottom: Number(m[4]),
      right: columnIndex(m[3]!) ?? 0,
    }))
    .sort((a, b) => a.top - b.top);
}

/**
 * Pushes the rows of every sheet but CoopCheck's own into `into`: an extractor, or the CLI's
 * checker thread, which feeds one.
 */
export async function streamRows(pkg: XlsxPackage, into: RowsInto, onProgress?: ProgressListener): Promise<StreamedWorkbook> {
  const parsers = partParsers(pkg.zip.path);
  const rowsOf = async function* (part: string) {
    for (const { value: rows } of parsers._parseWorksheet(await pkg.stream(part), part)) yield* rows;
  };
  // The workbook part says whether dates count from 1904; the shared strings and styles come before any sheet.
  await parsers._parseWorkbook(await pkg.stream(pkg.workbookPart));
  const date1904 = parsers.properties?.model?.date1904 === true;
  const target = typeof into === 'function' ? into({ date1904 }) : into;
  const sharedStrings = pkg.workbookPartOfType(RELATIONSHIP.sharedStrings);
  if (sharedStrings) for await (const _ of parsers._parseSharedStrings(await pkg.stream(sharedStrings)));
  const styles = pkg.workbookPartOfType(RELATIONSHIP.styles);
  if (styles) await parsers._parseStyles(await pkg.stream(styles));

  // The state sheet is read first, wherever it is, so that the summary sheet it names is skipped.
  const stateSheet = pkg.sheets.find((s) => s.name === STATE_SHEET_NAME);
  let json = '';
  if (stateSheet) for await (const row of rowsOf(stateSheet.part)) json += cellText(rowValues(row, date1904).values[0]);
  const state = stateSheet ? parseState(json) : emptyState();

  const dataSheets = pkg.sheets.filter((sheet) => !isCoopCheckSheet(sheet.name, state));
  const merges = new Map(dataSheets.map(({ part }) => [part, mergesOf(pkg, part)]));
  for (const found of merges.values()) found.catch(() => undefined);
  let hasData = false;
  for (const { name, part } of dataSheets) {
    const sheet = target.beginSheet(name);
    // Rows wait for the sheet's merged ranges, searched for on zlib's threads while exceljs parses the first rows.
    let fillMerges: ReturnType<typeof mergeFiller> | undefined;
    let found = false;
    const finding = merges.get(part)!.then((list) => {
      if (list.length) fillMerges = mergeFiller(list);
      found = true;
    });
    // Read after the sheet's rows; a damaged part must reach the caller as its error, never as an unhandled rejection.
    finding.catch(() => undefined);
    let waiting: [number, CellValue[]][] = [];
    const push = (rowNumber: number, values: CellValue[]) => {
      fillMerges?.(rowNumber, values);
      sheet.row(rowNumber, values);
    };
    for await (const row of rowsOf(part)) {
      const { values, hasData: filled } = rowValues(row, date1904);
      hasData ||= filled;
      if (!found) {
        waiting.push([row.number, values]);
        continue;
      }
      if (waiting.length) {
        for (const [n, v] of waiting) push(n, v);
        waiting = [];
      }
      push(row.number, values);
      if (onProgress && row.number % PROGRESS_EVERY === 0) onProgress({ phase: 'reading', done: row.number, total: 0, sheet: name });
    }
    await finding;
    for (const [n, v] of waiting) push(n, v);
    sheet.end();
  }
  return { hasData, state };
}

/** The model of a workbook package, built in this thread. */
export async function extractPackage(pkg: XlsxPackage, mapping?: MappingOverride): Promise<StreamedWorkbook & { model: Model }> {
  let extractor: Extractor | undefined;
  const read = await streamRows(pkg, (dates) => (extractor = createExtractor(mapping, dates)));
  return { ...read, model: extractor!.finish() };
}
