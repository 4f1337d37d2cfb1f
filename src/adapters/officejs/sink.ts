/**
 * The sink port over the workbook open in Excel: reversible inline flags (./flags.ts), the summary
 * sheet (./summary.ts) and navigation to a cell. Each operation is one Excel.run whose syncs are
 * counted in row blocks and payload budgets, never per finding.
 */
import type { Condition } from '../../core/conditions/condition';
import { CONDITIONS } from '../../core/conditions/registry';
import type { CellRef, Finding } from '../../core/findings';
import type { Lang } from '../../core/i18n/lang';
import type { FlagSink, FlagSummary, ProgressListener } from '../../core/ports';
import type { SpecialReport } from '../../core/report/special-report-types';
import { cellSeverity, flagNote, isFlagged } from '../flag-style';
import { isCoopCheckSheet } from '../workbook-state';
import { WriteMeter, isExcelApiSupported, runBatch } from './batches';
import type { FlagTarget, PlacedCell } from './flags';
import { placeCell, queueClear, queueFlags, recordTargets } from './flags';
import type { LoadedSheet } from './sheets';
import { loadSheets } from './sheets';
import { queueState, readState } from './state';
import { writeSummarySheet } from './summary';

export interface OfficeFlagSummary extends FlagSummary {
  /** Flagged cells that keep the user's own note; their message is on the summary sheet. */
  userNotesKept: number;
  /** Flagged cells left without a note: past the cap, or in an Excel without notes (before ExcelApi 1.18). */
  withoutNote: number;
  /** Findings whose sheet or cell is not in the workbook. */
  unplaced: number;
}

export interface OfficeSinkOptions {
  /** Notes are one call each and slow a workbook down; past this many, the summary sheet explains. */
  maxNotes?: number;
  conditions?: readonly Condition[];
}

export const DEFAULT_MAX_NOTES = 500;

/** Notes (Worksheet.notes) arrived with ExcelApi 1.18: Excel on the web, Windows 2501+, Mac 16.93+. */
const notesSupported = () => isExcelApiSupported('1.18');

function sheetsByName(sheets: readonly LoadedSheet[]): Map<string, LoadedSheet> {
  return new Map(sheets.map((s) => [s.name, s]));
}

export class OfficeJsSink implements FlagSink {
  private readonly maxNotes: number;
  private readonly conditions: ReadonlyMap<string, Condition>;

  constructor(options: OfficeSinkOptions = {}) {
    this.maxNotes = options.maxNotes ?? DEFAULT_MAX_NOTES;
    this.conditions = new Map((options.conditions ?? CONDITIONS).map((c) => [c.id, c]));
  }

  applyFlags(findings: readonly Finding[], lang: Lang, onProgress?: ProgressListener): Promise<OfficeFlagSummary> {
    return runBatch(async (context) => {
      const meter = new WriteMeter(context);
      const sheets = await loadSheets(context);
      const stored = await readState(context, sheets);
      const withNotes = notesSupported();
      await queueClear(meter, sheetsByName(sheets), stored.state.flags, withNotes);

      const { targets, unplaced } = this.targets(findings, sheets.filter((s) => !isCoopCheckSheet(s.name, stored.state)));
      onProgress?.({ phase: 'flagging', done: 0, total: targets.length });
      const records = await recordTargets(context, targets, withNotes);
      // The records go first: should Excel refuse a fill half-way, every flag already placed can be cleared.
      await queueState(meter, stored, { ...stored.state, flags: records });
      const notes = await queueFlags(meter, targets, records, {
        enabled: withNotes,
        max: this.maxNotes,
        text: (target) => flagNote(target.findings, lang, this.conditions),
      });
      await meter.sync();
      onProgress?.({ phase: 'flagging', done: targets.length, total: targets.length });
      return { flagged: targets.length, ...notes, unplaced };
    });
  }

  clearFlags(): Promise<void> {
    return runBatch(async (context) => {
      const meter = new WriteMeter(context);
      const sheets = await loadSheets(context);
      const stored = await readState(context, sheets);
      if (!stored.state.flags.length) return;
      await queueClear(meter, sheetsByName(sheets), stored.state.flags, notesSupported());
      await queueState(meter, stored, { ...stored.state, flags: [] });
      await meter.sync();
    });
  }

  writeSummary(report: SpecialReport): Promise<string> {
    return runBatch(async (context) => {
      const meter = new WriteMeter(context);
      const sheets = await loadSheets(context);
      const stored = await readState(context, sheets);
      const { name, id } = await writeSummarySheet(meter, sheets, stored.state, report);
      await queueState(meter, stored, { ...stored.state, summarySheet: name, summarySheetId: id });
      await meter.sync();
      return name;
    });
  }

  selectCell(ref: CellRef): Promise<void> {
    return runBatch(async (context) => {
      const sheet = context.workbook.worksheets.getItem(ref.sheet);
      sheet.activate();
      sheet.getRange(ref.cell).select();
      await context.sync();
    });
  }

  /** One target per flagged cell, carrying all its findings, in the order of the findings. */
  private targets(findings: readonly Finding[], sheets: readonly LoadedSheet[]): { targets: FlagTarget[]; unplaced: number } {
    const byName = sheetsByName(sheets);
    const groups = new Map<string, { cell: PlacedCell; findings: Finding[] }>();
    let unplaced = 0;
    for (const finding of findings.filter(isFlagged)) {
      const cell = placeCell(byName, finding.sheet, finding.cell);
      if (!cell) { unplaced += 1; continue; }
      const key = `${cell.sheet.name}\u0000${cell.address}`;
      const group = groups.get(key);
      if (group) group.findings.push(finding);
      else groups.set(key, { cell, findings: [finding] });
    }
    const targets = [...groups.values()].map(({ cell, findings: cellFindings }) => ({ ...cell, findings: cellFindings, severity: cellSeverity(cellFindings) }));
    return { targets, unplaced };
  }
}
