import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readState as readStateWithExcelJs } from '../../src/adapters/exceljs/state';
import { OfficeJsSink } from '../../src/adapters/officejs/sink';
import { readMapping, saveMapping } from '../../src/adapters/officejs/state';
import { STATE_CHUNK_CHARS, STATE_SHEET_NAME } from '../../src/adapters/workbook-state';
import type { MappingOverride } from '../../src/core/extract/extract';
import { addRegister, fakeExcel, finding } from './helpers';

describe('Office.js state sheet', () => {
  it('is very hidden and survives from one run to the next, with the flags and the confirmed mapping', async () => {
    const book = fakeExcel();
    addRegister(book, 10);
    const pristine = book.snapshot();
    const mapping: MappingOverride = { members: { sheet: 'Registre', columns: { memberId: 'N° membre' } } };

    await saveMapping(mapping);
    await new OfficeJsSink().applyFlags([finding('Registre', 'B5')], 'fr');
    expect(book.sheet(STATE_SHEET_NAME).visibility).toBe('VeryHidden');

    // Another pane session: nothing but the workbook carries the state over.
    expect(await readMapping()).toEqual(mapping);
    await new OfficeJsSink().clearFlags();
    expect(book.sheet('Registre').snapshot()).toEqual((pristine as { sheets: object[] }).sheets[0]);
    expect(await readMapping()).toEqual(mapping);

    // With nothing left to keep, the sheet goes and the workbook is the one it was.
    await saveMapping(undefined);
    expect(book.snapshot()).toEqual(pristine);
  });

  it('splits a long state over cells and reads back a chunk Excel would otherwise take for a formula', async () => {
    const book = fakeExcel();
    book.addSheet('Registre');
    const prefix = JSON.stringify({ version: 1, flags: [], mapping: { members: { sheet: '' } } }).indexOf('""') + 1;
    // The second chunk starts with "=1+1".
    const sheet = `${'a'.repeat(STATE_CHUNK_CHARS - prefix)}=1+1${'b'.repeat(STATE_CHUNK_CHARS - 4)}`;
    const mapping: MappingOverride = { members: { sheet } };

    await saveMapping(mapping);
    const state = book.sheet(STATE_SHEET_NAME);
    expect(state.cell(1, 0)?.value).toMatch(/^=1\+1/);
    expect(state.cell(2, 0)?.value).toBe('"}}}');
    expect(await readMapping()).toEqual(mapping);
  });

  it('is written in the format the exceljs adapter reads, so a saved workbook keeps its flags for the CLI', async () => {
    const book = fakeExcel();
    book.addSheet('Registre').setFill('B5', '#FFFF00');
    await new OfficeJsSink().applyFlags([finding('Registre', 'B5'), finding('Registre', 'C9', 'warning')], 'fr');

    const copy = new ExcelJS.Workbook();
    const state = copy.addWorksheet(STATE_SHEET_NAME, { state: 'veryHidden' });
    for (const [row, column, cell] of book.sheet(STATE_SHEET_NAME).entries()) state.getCell(row + 1, column + 1).value = cell.value ?? null;
    const flags = readStateWithExcelJs(copy).flags;
    expect(flags).toMatchObject([
      { sheet: 'Registre', cell: 'B5', fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } }, note: null },
      { sheet: 'Registre', cell: 'C9', fill: null, note: null },
    ]);
    // Besides the shared fields, the Office.js adapter keeps the sheet's id and a check of the row (issue 12).
    expect(flags[0]).toMatchObject({ sheetId: book.sheet('Registre').id, check: expect.any(String) });
  });
});
