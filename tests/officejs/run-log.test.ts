/**
 * Issue 15, the run log in Excel: each check the pane makes goes into the state sheet's `runLog`
 * (the last 100), in one undo step, alongside the flags; the summary sheet then shows the short
 * history as the CLI's checked copy does. A workbook CoopCheck may not write keeps no log and the
 * check still stands.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { OfficeJsSink } from '../../src/adapters/officejs/sink';
import { OfficeSnapshotSource } from '../../src/adapters/officejs/source';
import { appendRunLogEntry } from '../../src/adapters/officejs/state';
import { STATE_SHEET_NAME, parseState, stateChunks } from '../../src/adapters/workbook-state';
import { type CellValue, type CheckResult, type RunLogEntry, RUN_LOG_KEPT, buildSpecialReport, check, extractWorkbook, runLogEntry } from '../../src/core';
import { connectExcelWorkbook } from '../../src/ui/session/excel-host';
import type { FakeSheet, FakeWorkbook, Scalar } from '../fake-excel/workbook';
import { cooperativeSheets } from '../helpers/xlsx';
import { fakeExcel } from './helpers';

function seed(book: FakeWorkbook): void {
  for (const [name, rows] of Object.entries(cooperativeSheets())) {
    const sheet = book.addSheet(name);
    rows.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value === null || value === undefined) return;
        sheet.update(r, c, (cell) => {
          if (value instanceof Date) {
            cell.value = value.getTime() / 86_400_000 + 25_569;
            cell.numberFormat = 'dd/mm/yyyy';
          } else cell.value = value as Scalar;
        });
      }),
    );
  }
}

/** A check as the pane makes it in Excel: the cells read through Office.js, the digest of the values read. */
async function checkInExcel(overrides: Readonly<Record<string, CellValue>> = {}): Promise<{ result: CheckResult; sha256: string }> {
  const snapshot = await new OfficeSnapshotSource().read();
  return {
    result: check(extractWorkbook(snapshot), { parameterOverrides: overrides }),
    sha256: createHash('sha256').update(JSON.stringify(snapshot.sheets)).digest('hex'),
  };
}

const entryOf = ({ result, sha256 }: { result: CheckResult; sha256: string }, checkedAt: string): RunLogEntry =>
  runLogEntry(result, { checkedAt, toolVersion: '0.1.0', sha256 });

const storedLog = (book: FakeWorkbook) => {
  const sheet = book.sheet(STATE_SHEET_NAME);
  let json = '';
  for (let row = 0; sheet.cell(row, 0); row += 1) json += String(sheet.cell(row, 0)!.value ?? '');
  return parseState(json).runLog;
};

/** The rows of a fake sheet as text, for finding a table by its cells. */
const textRows = (sheet: FakeSheet) => {
  const rows: string[][] = [];
  for (const [row, column, cell] of sheet.entries()) (rows[row] ??= [])[column] = String(cell.value ?? '');
  return Array.from(rows, (row) => Array.from(row ?? [], (v) => v ?? ''));
};

describe('the run log in Excel', () => {
  it('adds each check to the state sheet, one undo step each, and the summary sheet shows the short history', async () => {
    const book = fakeExcel('1.20');
    seed(book);

    const first = await checkInExcel();
    const firstEntry = entryOf(first, '2026-03-01T09:15:00.000Z');
    expect(await appendRunLogEntry(firstEntry)).toEqual([firstEntry]);
    expect(book.sheet(STATE_SHEET_NAME).visibility).toBe('VeryHidden');

    const second = await checkInExcel({ votingMode: 'capped' });
    const secondEntry = entryOf(second, '2026-03-02T14:40:00.000Z');
    const steps = book.undoStack.length;
    const log = await appendRunLogEntry(secondEntry);
    expect(book.undoStack).toHaveLength(steps + 1);
    expect(log).toEqual([firstEntry, secondEntry]);
    expect(storedLog(book)).toEqual(log);
    // What an auditor reads in it: the year, the setting changed, the outcomes counted.
    expect(secondEntry).toMatchObject({ fiscalYear: 2025, parameters: { votingMode: 'capped' }, breaches: 2, justified: 0, sha256: first.sha256 });
    expect(firstEntry.parameters).toEqual({});
    expect(secondEntry.outcomes.failed).toBe((firstEntry.outcomes.failed ?? 0) + 1);

    // Flags and the summary keep the log.
    const sink = new OfficeJsSink();
    await sink.applyFlags(second.result.findings, 'fr');
    const name = await sink.writeSummary(
      buildSpecialReport(
        second.result,
        {
          fileName: 'coop.xlsx',
          sha256: second.sha256,
          checkedAt: secondEntry.checkedAt,
          toolVersion: '0.1.0',
          history: log,
        },
        'fr',
      ),
    );
    expect(storedLog(book)).toEqual(log);

    const rows = textRows(book.sheet(name));
    const title = rows.findIndex((r) => r.includes('Historique des vérifications'));
    expect(title).toBeGreaterThan(0);
    const shown = rows.slice(title).filter((r) => r.includes(`${first.sha256.slice(0, 16)}…`));
    // Most recent first, in the pane's language, dates dd/mm/yyyy.
    expect(shown.map((r) => r.filter(Boolean).slice(0, 4))).toEqual([
      ['02/03/2026 14:40 UTC', '0.1.0', '2025', `${first.sha256.slice(0, 16)}…`],
      ['01/03/2026 09:15 UTC', '0.1.0', '2025', `${first.sha256.slice(0, 16)}…`],
    ]);
    expect(shown[0]!.join(' ')).toMatch(/Plafond d'un dixième des voix/);
    expect(shown[1]!.join(' ')).toMatch(/aucun/);
  });

  it('keeps the last 100 checks', async () => {
    const book = fakeExcel('1.20');
    seed(book);
    const { result, sha256 } = await checkInExcel();
    const old = Array.from({ length: RUN_LOG_KEPT }, (_, i) => entryOf({ result, sha256 }, new Date(Date.UTC(2025, 0, 1 + i)).toISOString()));
    const state = book.addSheet(STATE_SHEET_NAME);
    state.visibility = 'VeryHidden';
    stateChunks({ version: 1, flags: [], runLog: old }).forEach((chunk, row) =>
      state.update(row, 0, (cell) => {
        cell.value = chunk;
        cell.numberFormat = '@';
      }),
    );

    const latest = entryOf({ result, sha256 }, '2026-03-01T09:15:00.000Z');
    const log = await appendRunLogEntry(latest);
    expect(log).toHaveLength(RUN_LOG_KEPT);
    expect(log[0]).toEqual(old[1]);
    expect(log.at(-1)).toEqual(latest);
    expect(storedLog(book)).toEqual(log);
  });

  it("is written by the pane's Excel host after a check, and skipped in a read-only workbook without failing the check", async () => {
    const book = fakeExcel('1.20');
    seed(book);
    const host = await connectExcelWorkbook();
    const entry = entryOf(await checkInExcel(), '2026-03-01T09:15:00.000Z');
    expect(await host.logRun!(entry)).toEqual([entry]);

    const readOnly = fakeExcel('1.20');
    seed(readOnly);
    readOnly.readOnly = true;
    const before = readOnly.snapshot();
    const otherHost = await connectExcelWorkbook();
    expect(await otherHost.logRun!(entryOf(await checkInExcel(), '2026-03-01T09:15:00.000Z'))).toBeUndefined();
    expect(readOnly.snapshot()).toEqual(before);
  });
});
