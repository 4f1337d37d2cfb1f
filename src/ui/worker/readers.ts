/**
 * How the worker reads a workbook and writes its checked copy: the byte-level sheet reader
 * (src/adapters/xlsx, ../xlsx-package) streams each sheet's rows straight into the extractor, and
 * the package writer (../xlsx-package/checked-copy.ts, the CLI's) writes the copy from the file's
 * bytes, so that the page's copy keeps every part of the workbook and is the CLI's, part for part.
 * Neither loads exceljs. A snapshot (Excel's cells) is held as it is and re-extracted at each check.
 */
import {
  type MappingOverride,
  createExtractor,
  type Extractor,
  extractWorkbook,
  HEADER_SEARCH_ROWS,
  type Finding,
  type Lang,
  type Model,
  type SpecialReport,
  type CellValue,
  type WorkbookSnapshot,
} from '../../core';
import { emptyState, type CoopCheckState } from '../../adapters/workbook-state';
import type { SheetHead, WorkProgress } from './protocol';

export type ReaderName = 'package';

/** The reader the pane uses. */
export const DEFAULT_READER: ReaderName = 'package';

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
  /** Loads the reader's code ahead of the first file. */
  prepare(): Promise<unknown>;
  open(bytes: Uint8Array, onProgress: OnProgress): Promise<HeldWorkbook>;
}

const headOf = (name: string, rows: readonly (readonly CellValue[] | undefined)[]): SheetHead => ({
  name,
  rows: Array.from(rows.slice(0, HEADER_SEARCH_ROWS), (row) => (row ? [...row] : [])),
});

/** A snapshot already read (Excel's cells, sent by the pane): re-extracted at each check. */
export function snapshotWorkbook(snapshot: WorkbookSnapshot): HeldWorkbook {
  return {
    heads: snapshot.sheets.map((sheet) => headOf(sheet.name, sheet.rows)),
    savedMapping: {},
    extract: async (mapping, onProgress) => {
      onProgress({ phase: 'checking', done: 0, total: 0 });
      return extractWorkbook(snapshot, mapping);
    },
  };
}

/** The byte-level reader: each sheet streamed into the extractor, the file's bytes kept to read again and to copy. */
let packageModules:
  | Promise<
      [
        typeof import('../../adapters/xlsx-package/zip-archive'),
        typeof import('../../adapters/xlsx-package/parts'),
        typeof import('../../adapters/xlsx/read-workbook'),
        typeof import('./browser-codec'),
      ]
    >
  | undefined;

const loadPackageModules = () =>
  (packageModules ??= Promise.all([
    import(/* webpackChunkName: "package" */ '../../adapters/xlsx-package/zip-archive'),
    import(/* webpackChunkName: "package" */ '../../adapters/xlsx-package/parts'),
    import(/* webpackChunkName: "package" */ '../../adapters/xlsx/read-workbook'),
    import(/* webpackChunkName: "package" */ './browser-codec'),
  ]));

/** A register of 100,000 members and its journal (docs/BENCHMARKS.md); larger sheets are inflated at each check. */
const KEPT_INFLATED_BYTES = 64 << 20;

export const packageReader: WorkbookReader = {
  prepare: loadPackageModules,
  async open(bytes, onProgress) {
    const [{ ZipArchive }, { WorkbookPackage }, { readWorkbookRows }, { browserCodec }] = await loadPackageModules();
    onProgress({ phase: 'unzipping', done: 0, total: bytes.byteLength });
    const pkg = await WorkbookPackage.fromArchive(await ZipArchive.fromBytes(bytes, browserCodec));
    // The model is built again at each check: the sheets are inflated once, kept up to this many bytes in all.
    pkg.keepInflated(KEPT_INFLATED_BYTES);
    let heads: SheetHead[] = [];
    let savedState: CoopCheckState = emptyState();
    const extract = async (mapping: MappingOverride, progress: OnProgress): Promise<Model> => {
      let extractor: Extractor | undefined;
      const seen: SheetHead[] = [];
      // Made for the workbook's date system; the first rows of each sheet are kept on the way, for the data step.
      const into = (dates: { date1904: boolean }) => {
        const made = (extractor = createExtractor(mapping, dates));
        return {
          beginSheet(name: string) {
            const sink = made.beginSheet(name);
            const rows: CellValue[][] = [];
            // A sheet begun again (merged ranges over its rows, read-parts.ts) is kept as its second reading gives it.
            const again = seen.findIndex((head) => head.name === name);
            if (again >= 0) seen[again] = { name, rows };
            else seen.push({ name, rows });
            return {
              row(rowNumber: number, values: readonly CellValue[]) {
                if (rowNumber <= HEADER_SEARCH_ROWS) rows[rowNumber - 1] = [...values];
                sink.row(rowNumber, values);
              },
              end: () => sink.end(),
            };
          },
        };
      };
      const read = await readWorkbookRows(pkg, into, (p) => progress({ phase: 'reading', sheet: p.sheet, done: p.done, total: 0 }));
      heads = seen.map((s) =>
        headOf(
          s.name,
          Array.from(s.rows, (r) => r ?? []),
        ),
      );
      savedState = read.state;
      progress({ phase: 'checking', done: 0, total: 0 });
      return extractor!.finish();
    };
    // Read once now, for the sheets' heads and the saved corrections; the model is built again at each check.
    let first: Model | undefined = await extract({}, onProgress);
    return {
      get heads() {
        return heads;
      },
      get savedMapping() {
        return savedState.mapping ?? {};
      },
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
        progress({ phase: 'writing', done: 0, total: 0 });
        const [{ writeCheckedCopy }, { ZipArchiveWriter, memorySink }] = await Promise.all([
          import(/* webpackChunkName: "package" */ '../../adapters/xlsx-package/checked-copy'),
          import(/* webpackChunkName: "package" */ '../../adapters/xlsx-package/zip-archive'),
        ]);
        const sink = memorySink();
        await writeCheckedCopy(pkg, new ZipArchiveWriter(sink), { findings, lang, report, state: { ...savedState, mapping } });
        return sink.bytes();
      },
    };
  },
};

export const READERS: Readonly<Record<ReaderName, WorkbookReader>> = { package: packageReader };
