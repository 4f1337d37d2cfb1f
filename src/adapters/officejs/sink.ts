/**
 * The sink port over the workbook open in Excel: reversible inline flags (./flags.ts), the summary
 * sheet (./summary.ts) and navigation to a cell. Syncs are counted in row blocks and payload
 * budgets, never per finding.
 *
 * Each operation checks first that Excel will let it write (read-only mode, workbook and sheet
 * protection) and says why not in an ExcelRefusalError. Its cell changes are one Excel.run in an
 * undo group (ExcelApi 1.20: one Ctrl+Z takes a flagging pass back); what has no undo support
 * (creating the very hidden state sheet, deleting it) runs apart, before or after.
 */
import {
  type Condition,
  CONDITIONS,
  type CellRef,
  type Finding,
  type Lang,
  type FlagSink,
  type FlagSummary,
  type ProgressListener,
  type SpecialReport,
} from '../../core';
import { isFlagged } from '../flag-style';
import { isCoopCheckSheet, isEmptyState } from '../workbook-state';
import { ExcelRefusalError, assertWritable, explained } from './access';
import { WriteMeter, isExcelApiSupported, runBatch } from './batches';
import type { ClearResult, OfficeFlagRecord } from './flags';
import { planPass, queueFlags, queueRestores } from './flags';
import type { LoadedSheet } from './sheets';
import { loadWorkbook } from './sheets';
import { ensureStateSheet, queueState, readState, removeStateSheetIfEmpty } from './state';
import { writeSummarySheet } from './summary';

export interface OfficeFlagSummary extends FlagSummary {
  /** Flagged cells that keep the user's own note; their message is on the summary sheet. */
  userNotesKept: number;
  /** Flagged cells left without a note: past the plan's MAX_NOTES, or in an Excel without notes (before ExcelApi 1.18). */
  withoutNote: number;
  /** Findings whose sheet or cell is not in the workbook. */
  unplaced: number;
  /** Cells of the previous flags that could not be put back (their rows moved): left as they are. */
  notRestored: CellRef[];
}

export interface OfficeSinkOptions {
  conditions?: readonly Condition[];
  /**
   * Sheet names → Excel ids as the source last read them (OfficeSnapshotSource), so that a finding
   * still reaches its sheet after the user renamed it.
   */
  sheetIds?: ReadonlyMap<string, string>;
}

/** Notes (Worksheet.notes) arrived with ExcelApi 1.18: Excel on the web, Windows 2501+, Mac 16.93+. */
const notesSupported = () => isExcelApiSupported('1.18');

export class OfficeJsSink implements FlagSink {
  private readonly conditions: ReadonlyMap<string, Condition>;
  private readonly sheetIds: ReadonlyMap<string, string>;

  constructor(options: OfficeSinkOptions = {}) {
    this.conditions = new Map((options.conditions ?? CONDITIONS).map((c) => [c.id, c]));
    this.sheetIds = options.sheetIds ?? new Map();
  }

  /** The sheet a finding names: by the id it had when read, else by its name. */
  private sheetOf(sheets: readonly LoadedSheet[], name: string): LoadedSheet | undefined {
    const id = this.sheetIds.get(name);
    return (id ? sheets.find((s) => s.id === id) : undefined) ?? sheets.find((s) => s.name === name);
  }

  applyFlags(findings: readonly Finding[], lang: Lang, onProgress?: ProgressListener): Promise<OfficeFlagSummary> {
    return explained(async () => {
      // Created apart: a sheet's visibility cannot be part of an undo group on Windows and Mac.
      if (findings.some(isFlagged)) await ensureStateSheet();
      const result = await runBatch(
        async (context) => {
          const meter = new WriteMeter(context);
          const workbook = await loadWorkbook(context);
          const { sheets } = workbook;
          const stored = await readState(context, sheets);
          const earlier = stored.state.flags as OfficeFlagRecord[];
          const userSheets = sheets.filter((s) => !isCoopCheckSheet(s.name, stored.state));
          const pass = await planPass(context, sheets, {
            findings,
            earlier,
            sheetOf: (name) => this.sheetOf(userSheets, name),
            withNotes: notesSupported(),
            lang,
            conditions: this.conditions,
          });
          const summary = { flagged: pass.records.length, ...pass.counts, unplaced: pass.unplaced, notRestored: pass.cleared.notRestored };
          if (!pass.records.length && !earlier.length) return { ...summary, empty: true };
          assertWritable(workbook, { sheets: [...pass.sheets, ...this.recordSheets(sheets, earlier)] });
          onProgress?.({ phase: 'flagging', done: 0, total: pass.records.length });
          // Restores first, then the records, then the flags: should Excel refuse a write half-way, the
          // state still holds a record of every flag in the workbook, and clearing can put it back.
          await queueRestores(meter, pass);
          const state = { ...stored.state, flags: pass.records };
          await queueState(meter, stored, state);
          await queueFlags(meter, pass);
          await meter.sync();
          onProgress?.({ phase: 'flagging', done: pass.records.length, total: pass.records.length });
          return { ...summary, empty: isEmptyState(state) };
        },
        { undoGroup: true },
      ).catch(async (error: unknown) => {
        // Refused before any flag (a protected sheet): the state sheet just created goes again.
        await removeStateSheetIfEmpty().catch(() => undefined);
        throw error;
      });
      const { empty, ...summary } = result;
      if (empty) await removeStateSheetIfEmpty();
      return summary;
    });
  }

  /**
   * Puts back what the flagged cells had. Cells whose rows moved since are left as they are and
   * listed (`notRestored`): restoring by address would change the wrong cells.
   */
  clearFlags(): Promise<void> {
    return this.clearFlagsReporting().then(() => undefined);
  }

  clearFlagsReporting(): Promise<ClearResult> {
    return explained(async () => {
      const result = await runBatch(
        async (context): Promise<ClearResult & { empty: boolean }> => {
          const meter = new WriteMeter(context);
          const workbook = await loadWorkbook(context);
          const stored = await readState(context, workbook.sheets);
          const earlier = stored.state.flags as OfficeFlagRecord[];
          if (!earlier.length) return { restored: 0, notRestored: [], empty: stored.sheet !== undefined && isEmptyState(stored.state) };
          // No finding: the plan only puts back, and writes no note in any language.
          const pass = await planPass(context, workbook.sheets, {
            findings: [],
            earlier,
            sheetOf: () => undefined,
            withNotes: notesSupported(),
            lang: 'en',
            conditions: this.conditions,
          });
          assertWritable(workbook, { sheets: [...this.recordSheets(workbook.sheets, earlier), ...(stored.sheet ? [stored.sheet] : [])] });
          await queueRestores(meter, pass);
          const state = { ...stored.state, flags: [] };
          await queueState(meter, stored, state);
          await meter.sync();
          return { ...pass.cleared, empty: isEmptyState(state) };
        },
        { undoGroup: true },
      );
      const { empty, ...cleared } = result;
      if (empty) await removeStateSheetIfEmpty();
      return cleared;
    });
  }

  writeSummary(report: SpecialReport): Promise<string> {
    // Refreshing the sheet after a change of language renames it, which has no undo support on
    // Windows and Mac: runBatch then writes it again without the undo group.
    return explained(async () => {
      await ensureStateSheet();
      return runBatch(
        async (context) => {
          const meter = new WriteMeter(context);
          const workbook = await loadWorkbook(context);
          const stored = await readState(context, workbook.sheets);
          const own = workbook.sheets.find(
            (s) => s.name === stored.state.summarySheet && (stored.state.summarySheetId === undefined || s.id === stored.state.summarySheetId),
          );
          assertWritable(workbook, { sheets: [...(own ? [own] : []), ...(stored.sheet ? [stored.sheet] : [])], structure: !own || !stored.sheet });
          if (!stored.sheet) throw new ExcelRefusalError('changedMeanwhile');
          const { name, id, annexSheets } = await writeSummarySheet(meter, workbook.sheets, stored.state, report);
          await queueState(meter, stored, {
            ...stored.state,
            summarySheet: name,
            summarySheetId: id,
            annexSheets: annexSheets.length ? annexSheets : undefined,
          });
          await meter.sync();
          return name;
        },
        { undoGroup: true },
      );
    });
  }

  /**
   * Shows a finding's cell. A hidden sheet cannot be activated and a sheet renamed since the check
   * is found by its id; one that is gone, or hidden, is said so (ExcelRefusalError) rather than
   * failing silently.
   */
  selectCell(ref: CellRef): Promise<void> {
    return explained(() =>
      runBatch(async (context) => {
        const worksheets = context.workbook.worksheets;
        const id = this.sheetIds.get(ref.sheet);
        const byId = id ? worksheets.getItemOrNullObject(id).load('name,visibility') : undefined;
        const byName = worksheets.getItemOrNullObject(ref.sheet).load('name,visibility');
        await context.sync();
        const sheet = byId && !byId.isNullObject ? byId : byName;
        if (sheet.isNullObject) throw new ExcelRefusalError('sheetMissing', [ref.sheet], ref);
        if (sheet.visibility !== 'Visible') throw new ExcelRefusalError('sheetHidden', [sheet.name], ref);
        sheet.activate();
        sheet.getRange(ref.cell).select();
        await context.sync();
      }),
    );
  }

  /** The sheets holding recorded cells, by id (or by name for records without one). */
  private recordSheets(sheets: readonly LoadedSheet[], records: readonly OfficeFlagRecord[]): LoadedSheet[] {
    return sheets.filter((s) => records.some((r) => (r.sheetId ? r.sheetId === s.id : r.sheet === s.name)));
  }
}
