/**
 * The workbook open in Excel, through the Office.js adapters. Loaded lazily (chunk "excel"), and only
 * when Office hosts the pane.
 *
 * What Excel refuses for a reason the user can act on (read-only, protection, a hidden or renamed
 * sheet, a co-author's change) reaches the pane as one sentence in the pane's language saying what
 * to do; so does a clearing that had to leave cells whose rows moved.
 */
import { isExcelRefusal } from '../../adapters/officejs/access';
import { OfficeJsSink } from '../../adapters/officejs/sink';
import { OfficeSnapshotSource } from '../../adapters/officejs/source';
import { appendJustification } from '../../adapters/officejs/justifications';
import { appendRunLogEntry, readMapping, saveMapping } from '../../adapters/officejs/state';
import type { CellRef, FlagSink, RunLogEntry } from '../../core';
import { i18nFor, langOfTag } from '../i18n/i18n';
import type { WorkbookHost } from './workbook-host';

async function workbookName(): Promise<string> {
  try {
    return await Excel.run(async (context) => {
      const workbook = context.workbook.load('name');
      await context.sync();
      return workbook.name;
    });
  } catch {
    // Workbook.name needs ExcelApi 1.7; without it the downloads get a generic name.
    return 'workbook.xlsx';
  }
}

/** The pane's language, as App keeps it on <html lang>. */
function translate() {
  return i18nFor(langOfTag(typeof document === 'undefined' ? undefined : document.documentElement.lang) ?? 'en').t;
}

const MAX_CELLS_LISTED = 10;
const listCells = (cells: readonly CellRef[]) =>
  cells
    .slice(0, MAX_CELLS_LISTED)
    .map((c) => `${c.sheet}!${c.cell}`)
    .join(', ') + (cells.length > MAX_CELLS_LISTED ? ', …' : '');

/** An error whose message says, in the pane's language, what the user can do. */
export function plainExcelError(error: unknown): unknown {
  if (!isExcelRefusal(error)) return error;
  const t = translate();
  const sheet = error.sheets[0] ?? error.cell?.sheet ?? '';
  switch (error.reason) {
    case 'readOnly':
      return new Error(t('excel.readOnly'), { cause: error });
    case 'workbookProtected':
      return new Error(t('excel.workbookProtected'), { cause: error });
    case 'sheetProtected':
      return new Error(t('excel.sheetProtected', { sheets: error.sheets.join(', ') }), { cause: error });
    case 'sheetHidden':
      return new Error(t('excel.sheetHidden', { sheet, cell: error.cell?.cell ?? '' }), { cause: error });
    case 'sheetMissing':
      return new Error(t('excel.sheetMissing', { sheet }), { cause: error });
    case 'changedMeanwhile':
      return new Error(t('excel.changedMeanwhile'), { cause: error });
    case 'accessDenied':
      return new Error(t('excel.accessDenied'), { cause: error });
  }
}

async function plainly<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw plainExcelError(error);
  }
}

/** The sink as the pane uses it: plain errors, and a clearing that says which cells it had to leave. */
export function plainSink(sink: OfficeJsSink): FlagSink {
  return {
    applyFlags: (findings, lang, onProgress) => plainly(() => sink.applyFlags(findings, lang, onProgress)),
    clearFlags: () =>
      plainly(async () => {
        const { notRestored } = await sink.clearFlagsReporting();
        if (notRestored.length) throw new Error(translate()('excel.notRestored', { count: notRestored.length, cells: listCells(notRestored) }));
      }),
    writeSummary: (report) => plainly(() => sink.writeSummary(report)),
    selectCell: (ref) => plainly(() => sink.selectCell(ref)),
  };
}

export async function connectExcelWorkbook(): Promise<WorkbookHost> {
  // Filled by each read, so that flags and selections still find a sheet the user renamed since.
  const sheetIds = new Map<string, string>();
  return {
    kind: 'excel',
    name: await workbookName(),
    source: new OfficeSnapshotSource(sheetIds),
    sink: plainSink(new OfficeJsSink({ sheetIds })),
    loadMapping: async () => (await readMapping()) ?? {},
    saveMapping: (mapping) => plainly(() => saveMapping(mapping)),
    addJustification: (justification, lang, mapping) =>
      plainly(async () => {
        await appendJustification(justification, lang, mapping);
      }),
    logRun: async (entry: RunLogEntry) => {
      try {
        return await appendRunLogEntry(entry);
      } catch (error) {
        // A workbook CoopCheck may not write (read-only, a protected structure without the state sheet) keeps
        // no log; the check still stands, and saying so after every check would only be noise.
        if (isExcelRefusal(error) && (error.reason === 'readOnly' || error.reason === 'workbookProtected')) return undefined;
        throw plainExcelError(error);
      }
    },
  };
}
