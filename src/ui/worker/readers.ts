/**
 * How the worker reads a workbook and writes its checked copy. Two readers share one shape:
 *
 * - `excelJsReader`: today's path, exceljs loading the whole file in memory (src/adapters/exceljs),
 *   its cells kept as a snapshot so that a correction re-checks without reading again;
 * - `packageReader`: the byte-level sheet reader (src/adapters/xlsx, ../xlsx-package), which streams
 *   each sheet's rows straight into the extractor. Until the package layer writes a checked copy in
 *   the browser, its copy is written by exceljs.
 *
 * THE ONE LINE that chooses the reader is `DEFAULT_READER` below. The page may ask for the other one
 * with `?reader=package` or `?reader=exceljs` (the benchmark compares them).
 */
import { type MappingOverride, createExtractor, extractWorkbook, HEADER_SEARCH_ROWS, type Finding, type Lang, type Model, type SpecialReport, type CellValue, type WorkbookSnapshot } from '../../core';
import type { SheetHead, WorkProgress } from './protocol';

export type ReaderName = 'exceljs' | 'package';

/** The reader the pane uses: swap to 'package' once the byte-level reader is the project's reader. */
export const DEFAULT_READER: ReaderName = 'exceljs';

type OnProgress = (progress: WorkProgress) => void;

/** A workbook the worker holds between requests. */
export interface HeldWorkbook {
  heads: readonly SheetHead[];
  /** The column corrections saved in the file's state sheet. */
  savedMapping: MappingOverride;
  extract(mapping: MappingOverride, onProgress: OnProgress): Promise<Model>;
  /** Undefined where there is no file to copy (Excel: the flags go into the open workbook). */
  checkedCopy?(findings: readonly Finding[], report: SpecialReport, lang: Lang, mapping: MappingOverride, onProgress: OnProgress): Promise<Uint8Array>;
}

export interface WorkbookReader {
  open(bytes: Uint8Array, onProgress: OnProgress): Promise<HeldWorkbook>;
}

const headOf = (name: string, rows: readonly (readonly CellValue[] | undefined)[]): SheetHead =>
  ({ name, rows: Array.from(rows.slice(0, HEADER_SEARCH_ROWS), (row) => (row ? [...row] : [])) });

/** A snapshot already read (Excel's cells, or exceljs's): re-extracted at each check. */
export function snapshotWorkbook(snapshot: WorkbookSnapshot, savedMapping: MappingOverride = {}): HeldWorkbook {
  return {
    heads: snapshot.sheets.map((sheet) => headOf(sheet.name, sheet.rows)),
    savedMapping,
    extract: async (mapping, onProgress) => {
      onProgress({ phase: 'checking', done: 0, total: 0 });
      return extractWorkbook(snapshot, mapping);
    },
  };
}

/** exceljs, loaded whole: the copy is the same in-memory workbook with flags, notes and the summary. */
export const excelJsReader: WorkbookReader = {
  async open(bytes, onProgress) {
    const [{ loadWorkbook, readSnapshot }, { readState, writeState }, { ExcelJsSink }] = await Promise.all([
      import(/* webpackChunkName: "exceljs" */ '../../adapters/exceljs/source'),
      import(/* webpackChunkName: "exceljs" */ '../../adapters/exceljs/state'),
      import(/* webpackChunkName: "exceljs" */ '../../adapters/exceljs/sink'),
    ]);
    onProgress({ phase: 'unzipping', done: 0, total: bytes.byteLength });
    const workbook = await loadWorkbook(bytes);
    const snapshot = readSnapshot(workbook, (p) => onProgress({ phase: 'reading', sheet: p.sheet, done: p.done, total: p.total }));
    const held = snapshotWorkbook(snapshot, readState(workbook).mapping ?? {});
    const sink = new ExcelJsSink(workbook);
    return {
      ...held,
      async checkedCopy(findings, report, lang, mapping, progress) {
        progress({ phase: 'writing', done: 0, total: 0 });
        writeState(workbook, { ...readState(workbook), mapping });
        await sink.applyFlags(findings, lang);
        await sink.writeSummary(report);
        return new Uint8Array(await workbook.xlsx.writeBuffer());
      },
    };
  },
};

/** The byte-level reader: each sheet streamed into the extractor, the file's bytes kept to read again. */
export const packageReader: WorkbookReader = {
  async open(bytes, onProgress) {
    const [{ ZipArchive }, { WorkbookPackage }, { readWorkbookRows }] = await Promise.all([
      import(/* webpackChunkName: "package" */ '../../adapters/xlsx-package/zip-archive'),
      import(/* webpackChunkName: "package" */ '../../adapters/xlsx-package/parts'),
      import(/* webpackChunkName: "package" */ '../../adapters/xlsx/read-workbook'),
    ]);
    onProgress({ phase: 'unzipping', done: 0, total: bytes.byteLength });
    const pkg = await WorkbookPackage.fromArchive(await ZipArchive.fromBytes(bytes));
    let heads: SheetHead[] = [];
    let savedMapping: MappingOverride = {};
    const extract = async (mapping: MappingOverride, progress: OnProgress): Promise<Model> => {
      const extractor = createExtractor(mapping);
      const seen: SheetHead[] = [];
      // The first rows of each sheet are kept on the way, for the data step.
      const into = {
        beginSheet(name: string) {
          const sink = extractor.beginSheet(name);
          const rows: CellValue[][] = [];
          seen.push({ name, rows });
          return {
            row(rowNumber: number, values: readonly CellValue[]) {
              if (rowNumber <= HEADER_SEARCH_ROWS) rows[rowNumber - 1] = [...values];
              sink.row(rowNumber, values);
            },
            end: () => sink.end(),
          };
        },
      };
      const read = await readWorkbookRows(pkg, into, (p) => progress({ phase: 'reading', sheet: p.sheet, done: p.done, total: 0 }));
      heads = seen.map((s) => headOf(s.name, Array.from(s.rows, (r) => r ?? [])));
      savedMapping = read.state.mapping ?? {};
      progress({ phase: 'checking', done: 0, total: 0 });
      return extractor.finish();
    };
    // Read once now, for the sheets' heads and the saved corrections; the model is built again at each check.
    let first: Model | undefined = await extract({}, onProgress);
    return {
      get heads() { return heads; },
      get savedMapping() { return savedMapping; },
      async extract(mapping, progress) {
        if (first && Object.keys(mapping).length === 0) {
          const model = first;
          first = undefined;
          return model;
        }
        first = undefined;
        return extract(mapping, progress);
      },
      async checkedCopy(findings, report, lang, mapping, progress) {
        // Until the package layer writes a copy in the browser, exceljs writes it.
        const opened = await excelJsReader.open(bytes, progress);
        return opened.checkedCopy!(findings, report, lang, mapping, progress);
      },
    };
  },
};

export const READERS: Readonly<Record<ReaderName, WorkbookReader>> = { exceljs: excelJsReader, package: packageReader };
