/**
 * Issue 12: what real Excel would do to the add-in that the fake did not model before — undo groups
 * and UndoNotSupported per platform, protection, read-only and co-authored workbooks, rows that
 * move and sheets renamed between a flag and its clearing, hidden and renamed sheets when a cell is
 * selected. Each test here failed on the code before the issue.
 */
import { describe, expect, it } from 'vitest';
import { isExcelRefusal } from '../../src/adapters/officejs/access';
import { OfficeJsSink } from '../../src/adapters/officejs/sink';
import { OfficeSnapshotSource } from '../../src/adapters/officejs/source';
import { readMapping, saveMapping } from '../../src/adapters/officejs/state';
import { FLAG_COLOURS } from '../../src/adapters/flag-style';
import { STATE_SHEET_NAME } from '../../src/adapters/workbook-state';
import type { SpecialReport } from '../../src/core/report/special-report-types';
import { plainExcelError, plainSink } from '../../src/ui/session/excel-host';
import { UI_STRINGS } from '../../src/ui/i18n/strings';
import type { Platform } from '../fake-excel/workbook';
import { addRegister, fakeExcel, finding } from './helpers';

const PLATFORMS: Platform[] = ['web', 'windows', 'mac'];
const sink = (sheetIds?: Map<string, string>) => new OfficeJsSink({ conditions: [], ...(sheetIds ? { sheetIds } : {}) });
const reasonOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 'no error',
    (error: unknown) => (isExcelRefusal(error) ? error.reason : `raw ${(error as { code?: string }).code ?? String(error)}`),
  );
const report = (sheetName: string): SpecialReport => ({ lang: 'fr', sheetName, title: sheetName, header: [], tables: [] });

describe('undo groups (ExcelApi 1.20) in Excel on the web, Windows and Mac', () => {
  it.each(PLATFORMS)('flags and clears on %s, the flagging pass being one undo step', async (platform) => {
    const book = fakeExcel('1.20');
    book.platform = platform;
    addRegister(book, 20).setFill('B5', '#FFFF00');
    const before = book.snapshot();

    await sink().applyFlags([finding('Registre', 'B5'), finding('Registre', 'C9', 'warning')], 'fr');
    const step = book.undoStack.at(-1)!;
    expect(step).toEqual(expect.arrayContaining(['fill.color', 'notes.add', 'setValues']));
    expect(step).not.toContain('setVisibility');
    expect(book.syncs.some((s) => s.error === 'UndoNotSupported')).toBe(false);

    await sink().clearFlags();
    expect(book.snapshot()).toEqual(before);
  });

  it.each(PLATFORMS)('saves and forgets the confirmed mapping on %s', async (platform) => {
    const book = fakeExcel('1.20');
    book.platform = platform;
    addRegister(book, 5);
    const before = book.snapshot();
    await saveMapping({ members: { sheet: 'Registre' } });
    expect(await readMapping()).toEqual({ members: { sheet: 'Registre' } });
    await saveMapping(undefined);
    expect(book.snapshot()).toEqual(before);
  });

  it('writes again without the group when Excel refuses it: renaming the summary sheet on Windows', async () => {
    const book = fakeExcel('1.20');
    book.platform = 'windows';
    addRegister(book, 5);
    await sink().writeSummary(report('Rapport spécial'));
    expect(await sink().writeSummary(report('Bijzonder verslag'))).toBe('Bijzonder verslag');
    expect(book.syncs.filter((s) => s.error === 'UndoNotSupported')).toHaveLength(1);
    expect(book.runs.slice(-2)).toEqual([{ delayForCellEdit: true, mergeUndoGroup: true }, { delayForCellEdit: true }]);
  });
});

describe('protected, read-only and co-authored workbooks', () => {
  it('refuses to flag a protected sheet before writing anything, naming it', async () => {
    const book = fakeExcel();
    addRegister(book, 10).protected = true;
    book.addSheet('Assemblées').setValues('A1', [['Date']]);
    const before = book.snapshot();
    const refusal = sink().applyFlags([finding('Registre', 'B5'), finding('Assemblées', 'A1')], 'fr');
    await expect(refusal).rejects.toMatchObject({ reason: 'sheetProtected', sheets: ['Registre'] });
    expect(book.snapshot()).toEqual(before);
  });

  it('refuses every write to a read-only workbook, and changes nothing', async () => {
    const book = fakeExcel();
    addRegister(book, 10);
    await sink().applyFlags([finding('Registre', 'B5')], 'fr');
    book.readOnly = true;
    const before = book.snapshot();
    expect(await reasonOf(sink().applyFlags([finding('Registre', 'B6')], 'fr'))).toBe('readOnly');
    expect(await reasonOf(sink().clearFlags())).toBe('readOnly');
    expect(await reasonOf(sink().writeSummary(report('Rapport spécial')))).toBe('readOnly');
    expect(await reasonOf(saveMapping({ members: { sheet: 'Registre' } }))).toBe('readOnly');
    expect(book.snapshot()).toEqual(before);
  });

  it('cannot create its state sheet in a protected workbook structure, but flags and clears once it has one', async () => {
    const book = fakeExcel();
    addRegister(book, 10);
    book.structureProtected = true;
    const before = book.snapshot();
    expect(await reasonOf(sink().applyFlags([finding('Registre', 'B5')], 'fr'))).toBe('workbookProtected');
    expect(book.snapshot()).toEqual(before);

    book.structureProtected = false;
    await sink().applyFlags([finding('Registre', 'B5')], 'fr');
    book.structureProtected = true;
    await sink().applyFlags([finding('Registre', 'C6')], 'fr');
    await sink().clearFlags();
    // Only the empty state sheet stays: deleting it is what the protection forbids.
    expect(book.sheet('Registre').snapshot()).toEqual((before as { sheets: object[] }).sheets[0]);
    expect(book.sheet(STATE_SHEET_NAME).visibility).toBe('VeryHidden');
  });

  it('explains a co-author deleting a sheet while flags are written', async () => {
    const book = fakeExcel();
    addRegister(book, 10);
    book.addSheet('Brouillon').setValues('A1', [['x']]);
    let syncs = 0;
    book.beforeSync = (b) => {
      syncs += 1;
      if (syncs === 5) b.sheets.splice(b.sheets.indexOf(b.sheet('Brouillon')), 1);
    };
    expect(await reasonOf(sink().applyFlags([finding('Registre', 'B5'), finding('Brouillon', 'A1')], 'fr'))).toBe('changedMeanwhile');
  });

  it("says in the pane's language what the user can do", async () => {
    const book = fakeExcel();
    addRegister(book, 10).protected = true;
    const globals = globalThis as { document?: unknown };
    globals.document = { documentElement: { lang: 'nl-BE' } };
    try {
      const error = await plainSink(sink())
        .applyFlags([finding('Registre', 'B5')], 'nl')
        .catch((e: unknown) => e);
      expect((error as Error).message).toBe(UI_STRINGS.nl['excel.sheetProtected'].replace('{sheets}', 'Registre'));
      expect((plainExcelError(new Error('other')) as Error).message).toBe('other');
    } finally {
      delete globals.document;
    }
  });
});

describe('rows that move and sheets renamed between a flag and its clearing', () => {
  it("leaves and reports cells whose rows a sort moved, never restoring another row's cell", async () => {
    const book = fakeExcel();
    const register = addRegister(book, 10);
    register.setFill('B5', '#FFFF00');
    await sink().applyFlags([finding('Registre', 'B5'), finding('Registre', 'B6', 'warning')], 'fr');
    // Sorted by name, descending: the rows of Nom2 (row 5) and Nom3 (row 6) change places with others.
    register.sortRows(4, 13, 'B', true);
    const moved = Object.fromEntries(['B5', 'B6'].map((a) => [a, register.cell(Number(a.slice(1)) - 1, 1)]));

    const result = await sink().clearFlagsReporting();
    expect(result.notRestored).toEqual([
      { sheet: 'Registre', cell: 'B5' },
      { sheet: 'Registre', cell: 'B6' },
    ]);
    expect(result.restored).toBe(0);
    for (const [address, cell] of Object.entries(moved)) expect(register.cell(Number(address.slice(1)) - 1, 1)).toEqual(cell);
    // The flagged cells themselves, now elsewhere, still show their flag: the user sees what to clear.
    expect([...register.entries()].filter(([, , c]) => c.fill === FLAG_COLOURS.breach || c.fill === FLAG_COLOURS.warning)).toHaveLength(2);
  });

  it('restores a cell whose own value the user corrected, and reports one an inserted row pushed down', async () => {
    const book = fakeExcel();
    const register = addRegister(book, 20);
    await sink().applyFlags([finding('Registre', 'E8'), finding('Registre', 'E12')], 'fr');
    register.setValues('E8', [['+32 470 111111']]);
    register.insertRows(10);
    const result = await sink().clearFlagsReporting();
    expect(result).toEqual({ restored: 1, notRestored: [{ sheet: 'Registre', cell: 'E12' }] });
    expect(register.cell(7, 4)?.fill).toBeUndefined();
    expect(register.cell(12, 4)?.fill).toBe(FLAG_COLOURS.breach);
  });

  it('finds a renamed sheet by its id, to clear it and to flag and select on it', async () => {
    const book = fakeExcel();
    const register = addRegister(book, 10);
    const pristine = register.snapshot();
    const sheetIds = new Map<string, string>();
    await new OfficeSnapshotSource(sheetIds).read();
    await sink(sheetIds).applyFlags([finding('Registre', 'C5')], 'fr');
    register.name = 'Membres';
    await sink(sheetIds).applyFlags([finding('Registre', 'C7')], 'fr');
    await sink(sheetIds).selectCell({ sheet: 'Registre', cell: 'C7' });
    expect(book.selection).toEqual({ sheet: 'Membres', address: 'C7' });
    expect(register.cell(6, 2)?.fill).toBe(FLAG_COLOURS.breach);
    expect(register.cell(4, 2)?.fill).toBeUndefined();
    await sink(sheetIds).clearFlags();
    expect(register.snapshot()).toEqual({ ...pristine, name: 'Membres' });
    expect(book.find(STATE_SHEET_NAME)).toBeUndefined();
  });
});

describe("selecting a finding's cell", () => {
  it('says so when its sheet is hidden or gone', async () => {
    const book = fakeExcel();
    book.addSheet('Visible');
    addRegister(book, 10).visibility = 'Hidden';
    const hidden = sink().selectCell({ sheet: 'Registre', cell: 'C7' });
    await expect(hidden).rejects.toMatchObject({ reason: 'sheetHidden', sheets: ['Registre'], cell: { sheet: 'Registre', cell: 'C7' } });
    expect(await reasonOf(sink().selectCell({ sheet: 'Absente', cell: 'A1' }))).toBe('sheetMissing');
  });
});
