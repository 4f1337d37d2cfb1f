import { describe, expect, it } from 'vitest';
import { OfficeJsSink } from '../../src/adapters/officejs/sink';
import { FLAG_COLOURS, NOTE_PREFIX } from '../../src/adapters/flag-style';
import type { OfficeFlagRecord } from '../../src/adapters/officejs/flags';
import { STATE_SHEET_NAME, parseState, stateChunks } from '../../src/adapters/workbook-state';
import type { FakeWorkbook } from '../fake-excel/workbook';
import { addRegister, fakeExcel, finding, spreadFindings, syncsOf } from './helpers';

const sink = () => new OfficeJsSink({ conditions: [] });

/** Every cell of a sheet that carries a fill, by address. */
function fills(book: FakeWorkbook, sheet: string): Record<string, string> {
  return Object.fromEntries(
    [...book.sheet(sheet).entries()].filter(([, , cell]) => cell.fill).map(([row, column, cell]) => [`${'ABCDEFGHIJKL'[column]}${row + 1}`, cell.fill!]),
  );
}

/** The records the state sheet holds. */
function recordsOf(book: FakeWorkbook): OfficeFlagRecord[] {
  const column = [...book.sheet(STATE_SHEET_NAME).entries()].filter(([, c]) => c === 0).sort(([a], [b]) => a - b);
  return parseState(column.map(([, , cell]) => String(cell.value)).join('')).flags;
}

describe('OfficeJsSink flags', () => {
  it('flags 5,000 findings and clears them back to the identical workbook', async () => {
    const book = fakeExcel();
    const register = addRegister(book, 10_000);
    register.setFill('A3:L3', '#D9E1F2').setFill('F100:F120', '#00B050').setNote('B200', 'Membre décédé, voir PV du 3 mars.');
    const before = book.snapshot();
    const findings = spreadFindings('Registre', 5_000, 10_000);

    const { result: summary, syncs } = await syncsOf(book, () => sink().applyFlags(findings, 'fr'));
    console.log(`[officejs] flagging 5,000 findings (${summary.flagged} cells, ${summary.noted} notes): ${syncs} syncs`);
    expect(summary.flagged).toBe(new Set(findings.map((f) => f.cell)).size);
    // Every flagged cell gets a note, below the plan's MAX_NOTES (the add-in's own cap of 500 is gone), but B200's own.
    expect(summary).toMatchObject({ noted: summary.flagged - summary.userNotesKept, withoutNote: 0 });
    expect(summary.userNotesKept).toBe(findings.some((f) => f.cell === 'B200') ? 1 : 0);
    expect(Object.values(fills(book, 'Registre')).filter((colour) => colour === FLAG_COLOURS.breach).length).toBeGreaterThan(3_000);
    expect(book.find(STATE_SHEET_NAME)?.visibility).toBe('VeryHidden');

    await sink().clearFlags();
    expect(book.snapshot()).toEqual(before);
  });

  it('never changes a value, keeps user notes and restores user fills', async () => {
    const book = fakeExcel();
    const register = addRegister(book, 20);
    register.setFill('B5', '#FFFF00').setNote('C6', 'À vérifier avec le notaire.');
    const before = book.snapshot();

    const summary = await sink().applyFlags([finding('Registre', 'B5'), finding('Registre', 'C6', 'warning'), finding('Registre', 'D7')], 'fr');
    const sheet = book.sheet('Registre');
    expect(summary).toMatchObject({ flagged: 3, noted: 2, userNotesKept: 1, withoutNote: 0, unplaced: 0 });
    expect(fills(book, 'Registre')).toMatchObject({ B5: FLAG_COLOURS.breach, C6: FLAG_COLOURS.warning, D7: FLAG_COLOURS.breach });
    expect(sheet.notes.get('C6')).toBe('À vérifier avec le notaire.');
    expect(sheet.notes.get('B5')).toBe(`${NOTE_PREFIX} TEST-1 shareNotPaid`);
    expect(sheet.cell(4, 1)?.value).toBe('Nom2');

    await sink().clearFlags();
    expect(book.snapshot()).toEqual(before);
  });

  it('replaces the flags of an earlier run after the user edited the data, never stacks them', async () => {
    const book = fakeExcel();
    const register = addRegister(book, 50);
    register.setFill('E10', '#C6EFCE');
    const pristine = book.snapshot();

    await sink().applyFlags([finding('Registre', 'E10'), finding('Registre', 'E11'), finding('Registre', 'G20', 'warning')], 'fr');
    // The user corrects E11 and moves on; the next check finds E10 and H30 only.
    register.setValues('E11', [['+32 470 999999']]);
    const summary = await sink().applyFlags([finding('Registre', 'E10', 'warning'), finding('Registre', 'H30')], 'fr');

    expect(summary.flagged).toBe(2);
    expect(fills(book, 'Registre')).toEqual({ E10: FLAG_COLOURS.warning, H30: FLAG_COLOURS.breach });
    expect([...register.notes.keys()].sort()).toEqual(['E10', 'H30']);

    await sink().clearFlags();
    register.setValues('E11', [['+32 470 000008']]);
    expect(book.snapshot()).toEqual(pristine);
  });

  it("re-flags a cell with its new note and keeps its first record, refreshing where it is and its row's check", async () => {
    const book = fakeExcel();
    const register = addRegister(book, 10);
    register.setFill('C5', '#FFFF00');
    const pristine = register.snapshot();
    await sink().applyFlags([finding('Registre', 'C5')], 'fr');
    const [first] = recordsOf(book);
    // The user adds a column of remarks, and renames the sheet; the next check finds a warning on C5.
    register.setValues('M3', [['Remarques'], [null], ['à revoir']]);
    register.name = 'Membres';
    const summary = await sink().applyFlags([finding('Membres', 'C5', 'warning', 'otherMessage')], 'fr');

    expect(summary).toMatchObject({ flagged: 1, noted: 1, notRestored: [] });
    expect(fills(book, 'Membres')).toEqual({ C5: FLAG_COLOURS.warning });
    expect(register.notes.get('C5')).toBe(`${NOTE_PREFIX} TEST-1 otherMessage`);
    const [again] = recordsOf(book);
    expect(again).toMatchObject({ sheet: 'Membres', sheetId: register.id, cell: 'C5', fill: first!.fill, note: null, columns: [0, 13] });
    expect(first).toMatchObject({ sheet: 'Registre', columns: [0, 12], fill: { fgColor: { argb: 'FFFFFF00' } } });
    expect(again!.check).not.toBe(first!.check);

    await sink().clearFlags();
    register.setValues('M3', [[null], [null], [null]]);
    expect(register.snapshot()).toEqual({ ...pristine, name: 'Membres' });
  });

  it("gives a user's note back its own text when an older copy appended CoopCheck's to it, flagged again or not", async () => {
    const book = fakeExcel();
    const register = addRegister(book, 10);
    register.setNote('B5', 'Note de la secrétaire.').setNote('B6', 'Décédé.');
    const pristine = book.snapshot();
    register.setFill('B5', FLAG_COLOURS.breach).setNote('B5', `Note de la secrétaire.\n\n${NOTE_PREFIX} TEST-1 shareNotPaid`);
    register.setFill('B6', FLAG_COLOURS.breach).setNote('B6', `Décédé.\n\n${NOTE_PREFIX} TEST-1 shareNotPaid`);
    const state = book.addSheet(STATE_SHEET_NAME);
    state.visibility = 'VeryHidden';
    state.setValues(
      'A1',
      stateChunks({
        version: 1,
        flags: [
          { sheet: 'Registre', cell: 'B5', fill: null, note: 'Note de la secrétaire.' },
          { sheet: 'Registre', cell: 'B6', fill: null, note: 'Décédé.' },
        ],
      }).map((chunk) => [chunk]),
    );

    const summary = await sink().applyFlags([finding('Registre', 'B5', 'warning')], 'fr');
    expect(summary).toMatchObject({ flagged: 1, noted: 0, userNotesKept: 1 });
    expect(fills(book, 'Registre')).toEqual({ B5: FLAG_COLOURS.warning });
    expect(Object.fromEntries(register.notes)).toEqual({ B5: 'Note de la secrétaire.', B6: 'Décédé.' });
    expect(recordsOf(book)).toMatchObject([{ cell: 'B5', fill: null, note: 'Note de la secrétaire.' }]);

    await sink().clearFlags();
    expect(book.snapshot()).toEqual(pristine);
  });

  it('can still clear what it placed when Excel refuses a flagging batch half-way', async () => {
    const book = fakeExcel();
    addRegister(book, 10);
    const before = book.snapshot();
    // "B5" passes, "D5:D6" is refused: the breach fill is placed, the warning fill fails the batch.
    book.addressLimitChars = 3;
    const failing = sink().applyFlags([finding('Registre', 'B5'), finding('Registre', 'D5', 'warning'), finding('Registre', 'D6', 'warning')], 'fr');
    await expect(failing).rejects.toMatchObject({ code: 'InvalidArgument' });
    expect(fills(book, 'Registre')).toEqual({ B5: FLAG_COLOURS.breach });

    book.addressLimitChars = 8_192;
    await sink().clearFlags();
    expect(book.snapshot()).toEqual(before);
  });

  it('leaves a fill the user chose on a flagged cell when clearing', async () => {
    const book = fakeExcel();
    const register = addRegister(book, 10);
    await sink().applyFlags([finding('Registre', 'C5'), finding('Registre', 'C6')], 'fr');
    register.setFill('C5', '#92D050');
    await sink().clearFlags();
    expect(fills(book, 'Registre')).toEqual({ C5: '#92D050' });
  });

  it('syncs as often for 5,000 findings as for 500: the count follows the payload, not the findings', async () => {
    const counts: number[] = [];
    for (const count of [500, 5_000]) {
      const book = fakeExcel();
      addRegister(book, 10_000);
      const { syncs } = await syncsOf(book, () => sink().applyFlags(spreadFindings('Registre', count, 10_000), 'fr'));
      const rerun = await syncsOf(book, () => sink().applyFlags(spreadFindings('Registre', count, 10_000), 'fr'));
      const clear = await syncsOf(book, () => sink().clearFlags());
      counts.push(syncs, rerun.syncs, clear.syncs);
    }
    console.log(`[officejs] syncs for flag, rerun, clear: 500 findings ${counts.slice(0, 3).join('/')}, 5,000 findings ${counts.slice(3).join('/')}`);
    expect(counts.slice(3)).toEqual(counts.slice(0, 3));
  });

  it('clears the flags of a checked copy the CLI wrote with exceljs, once opened in Excel', async () => {
    const book = fakeExcel();
    const register = addRegister(book, 10);
    register.setFill('B5', '#FFFF00').setNote('B5', 'Note de la secrétaire.');
    const pristine = book.snapshot();
    // What the exceljs adapter leaves: its fills, its text appended to a user's note, its records.
    register.setFill('B5', FLAG_COLOURS.breach).setNote('B5', `Note de la secrétaire.\n\n${NOTE_PREFIX} TEST-1 shareNotPaid`);
    register.setFill('C6', FLAG_COLOURS.warning).setNote('C6', `${NOTE_PREFIX} TEST-1 shareNotPaid`);
    const state = book.addSheet(STATE_SHEET_NAME);
    state.visibility = 'VeryHidden';
    state.setValues(
      'A1',
      stateChunks({
        version: 1,
        flags: [
          { sheet: 'Registre', cell: 'B5', fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } }, note: 'Note de la secrétaire.' },
          { sheet: 'Registre', cell: 'C6', fill: null, note: null },
        ],
      }).map((chunk) => [chunk]),
    );

    await sink().clearFlags();
    expect(book.snapshot()).toEqual(pristine);
  });

  it('adds no note and calls no notes API in an Excel before ExcelApi 1.18', async () => {
    const book = fakeExcel('1.17');
    const register = addRegister(book, 10);
    const before = book.snapshot();
    const summary = await sink().applyFlags([finding('Registre', 'B5'), finding('Registre', 'B6')], 'fr');
    expect(summary).toMatchObject({ flagged: 2, noted: 0, withoutNote: 2 });
    expect(register.notes.size).toBe(0);
    await sink().clearFlags();
    expect(book.snapshot()).toEqual(before);
  });

  it("counts findings it cannot place and never flags CoopCheck's own sheets or info findings", async () => {
    const book = fakeExcel();
    addRegister(book, 10);
    const summary = await sink().applyFlags(
      [finding('Registre', 'B5', 'info'), finding('Absente', 'A1'), finding('Registre', 'not a cell'), finding(STATE_SHEET_NAME, 'A1')],
      'fr',
    );
    expect(summary).toMatchObject({ flagged: 0, unplaced: 3 });
    expect(fills(book, 'Registre')).toEqual({});
  });

  it('makes a flagging pass one undo step where Excel allows it (ExcelApi 1.20)', async () => {
    const book = fakeExcel('1.20');
    addRegister(book, 10);
    await sink().applyFlags([finding('Registre', 'B5')], 'fr');
    expect(book.runs.at(-1)).toEqual({ delayForCellEdit: true, mergeUndoGroup: true });
  });

  it("selects a finding's cell on its sheet", async () => {
    const book = fakeExcel();
    book.addSheet('Notes');
    addRegister(book, 10);
    await sink().selectCell({ sheet: 'Registre', cell: 'C7' });
    expect(book.activeSheetId).toBe(book.sheet('Registre').id);
    expect(book.selection).toEqual({ sheet: 'Registre', address: 'C7' });
  });
});
