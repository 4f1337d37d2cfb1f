/**
 * Issue 15, a finding justified in the pane. In Excel (the fake): a row appended to the workbook's
 * justifications sheet, found as the core finds it or added with the pane's language's headers, in
 * one undo step, no other sheet touched. The saved workbook is then read back by the CLI and by the
 * standalone page's worker path; the page's own justifications leave as the JSON the CLI reads.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { appendJustification } from '../../src/adapters/officejs/justifications';
import { OfficeSnapshotSource } from '../../src/adapters/officejs/source';
import { run } from '../../src/cli/main';
import { type CheckResult, type JustificationInput, check, dayFromYmd, extractWorkbook } from '../../src/core';
import { justificationsJson } from '../../src/ui/report/justifications-json';
import { READERS } from '../../src/ui/worker/readers';
import type { FakeWorkbook, Scalar } from '../fake-excel/workbook';
import { cooperativeSheets, type Rows } from '../helpers/xlsx';
import { fakeExcel } from './helpers';

const ES7 = 'ES-7|M001 2025-06-17|voterAboveTenth';
const REASON = 'AG extraordinaire du 17/06/2025 : procurations admises par l’art. 23';
const MARCH_1 = dayFromYmd(2026, 3, 1)!;
/** Excel's serial of 1 March 2026 in the 1900 date system. */
const MARCH_1_SERIAL = 46_082;

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** The cooperative's sheets typed into the fake Excel: dates as the serials Excel holds, shown dd/mm/yyyy. */
function seed(book: FakeWorkbook, sheets: Readonly<Record<string, Rows>>): void {
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = book.addSheet(name);
    rows.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value === null || value === undefined || value === '') return;
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

/** What Excel would save: every sheet's cells with their number formats, very hidden sheets included. */
async function savedXlsx(book: FakeWorkbook): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const fake of book.sheets) {
    const state = fake.visibility === 'VeryHidden' ? 'veryHidden' : fake.visibility === 'Hidden' ? 'hidden' : 'visible';
    const sheet = workbook.addWorksheet(fake.name, { state });
    for (const [row, column, cell] of fake.entries()) {
      if (cell.value === undefined) continue;
      const target = sheet.getCell(row + 1, column + 1);
      target.value = cell.value;
      if (cell.numberFormat) target.numFmt = cell.numberFormat;
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function checkInExcel(): Promise<CheckResult> {
  return check(extractWorkbook(await new OfficeSnapshotSource().read()));
}

/** The standalone page's path: the worker's package reader, then the check as the worker calls it. */
async function checkOnPage(bytes: Uint8Array, justifications: readonly JustificationInput[] = []): Promise<CheckResult> {
  const held = await READERS.package.open(bytes, () => undefined);
  return check(await held.extract({}, () => undefined), { parameterOverrides: {}, justifications });
}

async function cli(argv: string[], dir: string): Promise<{ exit: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const exit = await run(argv, {
    stdout: {
      write: (text: string) => {
        stdout += text;
      },
    },
    stderr: {
      write: (text: string) => {
        stderr += text;
      },
    },
    env: {},
    cwd: dir,
  });
  return { exit, stdout, stderr };
}

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'coopcheck-pane-'));
  dirs.push(dir);
  return dir;
}

const rowsOf = (book: FakeWorkbook, name: string) => {
  const rows: (Scalar | undefined)[][] = [];
  for (const [row, column, cell] of book.sheet(name).entries()) (rows[row] ??= [])[column] = cell.value;
  return Array.from(rows, (row) => Array.from(row ?? [], (v) => v ?? null));
};
const outcome = (result: { conditions: readonly { id: string; outcome: string }[] }, id: string) => result.conditions.find((c) => c.id === id)!.outcome;
const es7Of = (result: CheckResult) => result.findings.find((f) => f.fingerprint === ES7)!;

describe('a finding justified in the pane', () => {
  it('a justification made in the pane (fake Excel) is read back by the CLI from the saved workbook and by the page', async () => {
    const book = fakeExcel('1.20');
    seed(book, cooperativeSheets());
    const before = book.sheets.map((s) => s.snapshot());

    const first = await checkInExcel();
    expect(outcome(first, 'ES-7')).toBe('failed');
    const finding = es7Of(first);
    expect(finding).toMatchObject({ severity: 'breach', sheet: 'AG', subject: 'M001 2025-06-17' });

    const written = await appendJustification(
      { fingerprint: finding.fingerprint, conditionId: finding.conditionId, subject: finding.subject, reason: REASON, by: 'Réviseur A', date: MARCH_1 },
      'fr',
    );
    expect(written).toEqual({ sheet: 'Justifications', cell: 'A2', created: true });
    // A new sheet headed with the data contract's French words, the row keyed by the fingerprint.
    expect(rowsOf(book, 'Justifications')).toEqual([
      ['Empreinte', 'Condition', 'Objet', 'Motif', 'Par', 'Date'],
      [ES7, 'ES-7', 'M001 2025-06-17', REASON, 'Réviseur A', MARCH_1_SERIAL],
    ]);
    expect(book.sheet('Justifications').cell(1, 5)?.numberFormat).toBe('dd/mm/yyyy');
    // One undo step, and every other sheet exactly as it was.
    expect(book.undoStack).toHaveLength(1);
    expect(book.sheets.filter((s) => s.name !== 'Justifications').map((s) => s.snapshot())).toEqual(before);

    // Checked again in Excel: still listed, still a breach, now justified.
    const again = await checkInExcel();
    expect(outcome(again, 'ES-7')).toBe('justified');
    expect(es7Of(again)).toMatchObject({ severity: 'breach', justification: { reason: REASON, by: 'Réviseur A', date: '2026-03-01' } });

    // Saved, then read by the CLI…
    const dir = tempDir();
    const bytes = await savedXlsx(book);
    writeFileSync(join(dir, 'coop.xlsx'), bytes);
    const { stdout, stderr } = await cli(['coop.xlsx', '--json', '-', '--out', 'out'], dir);
    const json = JSON.parse(stdout);
    // Nothing said against the row: well-formed, naming a finding, once (DATA-4 would say otherwise).
    expect(stderr).not.toMatch(/^coopcheck: .*justif/im);
    expect(json.findings.filter((f: { conditionId: string }) => f.conditionId === 'DATA-4')).toEqual([]);
    expect(outcome(json, 'ES-7')).toBe('justified');
    expect(json.findings.find((f: { fingerprint: string }) => f.fingerprint === ES7)).toMatchObject({
      severity: 'breach',
      justification: { reason: REASON, by: 'Réviseur A', date: '2026-03-01' },
    });

    // …and by the standalone page.
    const page = await checkOnPage(new Uint8Array(bytes));
    expect(outcome(page, 'ES-7')).toBe('justified');
    expect(es7Of(page).justification).toEqual({ reason: REASON, by: 'Réviseur A', date: '2026-03-01' });
  });

  it("appends to the sheet the core recognises, under its last row, adding the columns it lacks in the pane's language", async () => {
    const book = fakeExcel('1.20');
    seed(book, {
      ...cooperativeSheets(),
      Beslissingen: [
        ['Beslissingen van de revisor'],
        [],
        ['Vingerafdruk', 'Reden'],
        ['CNC-3|M001 2025-06-17|voterAboveTenth', 'Zie AV'],
        [],
        ['', 'nota onderaan'],
      ],
    });
    const others = book.sheets.filter((s) => s.name !== 'Beslissingen').map((s) => s.snapshot());

    const written = await appendJustification({ fingerprint: ES7, conditionId: 'ES-7', subject: 'M001 2025-06-17', reason: 'Buitengewone AV' }, 'nl');
    expect(written).toEqual({ sheet: 'Beslissingen', cell: 'A7', created: false });
    expect(rowsOf(book, 'Beslissingen')).toEqual([
      ['Beslissingen van de revisor'],
      [],
      ['Vingerafdruk', 'Reden', 'Voorwaarde', 'Onderwerp', 'Door', 'Datum'],
      ['CNC-3|M001 2025-06-17|voterAboveTenth', 'Zie AV'],
      [],
      [null, 'nota onderaan'],
      [ES7, 'Buitengewone AV', 'ES-7', 'M001 2025-06-17'],
    ]);
    expect(book.sheets.filter((s) => s.name !== 'Beslissingen').map((s) => s.snapshot())).toEqual(others);
    expect(book.undoStack).toHaveLength(1);
    expect(es7Of(await checkInExcel()).justification).toEqual({ reason: 'Buitengewone AV' });
  });

  it("writes the date in the workbook's own date system", async () => {
    const book = fakeExcel('1.20');
    book.date1904 = true;
    seed(book, cooperativeSheets());
    await appendJustification({ fingerprint: ES7, conditionId: 'ES-7', subject: 'M001 2025-06-17', reason: 'ok', date: MARCH_1 }, 'en');
    expect(rowsOf(book, 'Justifications')[0]).toEqual(['Fingerprint', 'Condition', 'Subject', 'Reason', 'By', 'Date']);
    expect(book.sheet('Justifications').cell(1, 5)?.value).toBe(MARCH_1_SERIAL - 1_462);
  });

  it.each([
    [
      'a protected justifications sheet',
      'sheetProtected',
      (book: FakeWorkbook) => {
        book.addSheet('Justifications').setValues('A1', [['Fingerprint', 'Reason']]).protected = true;
      },
    ],
    [
      'a read-only workbook',
      'readOnly',
      (book: FakeWorkbook) => {
        book.readOnly = true;
      },
    ],
    [
      'a protected structure where the sheet must be added',
      'workbookProtected',
      (book: FakeWorkbook) => {
        book.structureProtected = true;
      },
    ],
  ])('refuses %s before writing anything', async (_, reason, setUp) => {
    const book = fakeExcel('1.20');
    seed(book, cooperativeSheets());
    setUp(book);
    const before = book.snapshot();
    await expect(appendJustification({ fingerprint: ES7, conditionId: 'ES-7', subject: 'x', reason: 'ok' }, 'fr')).rejects.toMatchObject({
      name: 'ExcelRefusalError',
      reason,
    });
    expect(book.snapshot()).toEqual(before);
    expect(book.undoStack).toEqual([]);
  });

  it('on the standalone page, keeps the justification in the session and downloads it as the file the CLI reads', async () => {
    const dir = tempDir();
    const bytes = await savedXlsx(
      (() => {
        const book = fakeExcel();
        seed(book, cooperativeSheets());
        return book;
      })(),
    );
    writeFileSync(join(dir, 'coop.xlsx'), bytes);
    const made: JustificationInput[] = [{ fingerprint: ES7, reason: REASON, by: 'Réviseur A', date: MARCH_1 }];

    // The check the worker runs with the session's justifications.
    const page = await checkOnPage(new Uint8Array(bytes), made);
    expect(outcome(page, 'ES-7')).toBe('justified');
    expect(es7Of(page).justification).toEqual({ reason: REASON, by: 'Réviseur A', date: '2026-03-01' });

    const file = justificationsJson(made);
    expect(JSON.parse(file)).toEqual([{ fingerprint: ES7, reason: REASON, by: 'Réviseur A', date: '2026-03-01' }]);
    writeFileSync(join(dir, 'coop.justifications.json'), file);
    const { stdout, stderr } = await cli(['coop.xlsx', '--justifications', 'coop.justifications.json', '--json', '-', '--out', 'out'], dir);
    expect(stderr).not.toMatch(/^coopcheck: .*justif/im);
    const json = JSON.parse(stdout);
    expect(outcome(json, 'ES-7')).toBe('justified');
    expect(json.findings.find((f: { fingerprint: string }) => f.fingerprint === ES7).justification).toEqual({
      reason: REASON,
      by: 'Réviseur A',
      date: '2026-03-01',
    });
  });
});
