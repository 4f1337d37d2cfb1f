/**
 * One workbook, two adapters, one snapshot. The fixture is written once; the .xlsx gets it as
 * exceljs stores it (dates as Date, errors as {error}, formulas with their result) and the fake
 * Excel as Office holds it (dates as serial numbers, errors as their text, formulas with their value).
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { excelJsSource, loadWorkbook } from '../oracles/exceljs/source';
import { OfficeSnapshotSource } from '../../src/adapters/officejs/source';
import type { Scalar } from '../fake-excel/workbook';
import { fakeExcel } from './helpers';

type Fixture =
  | string
  | number
  | boolean
  | null
  | { date: string }
  | { error: '#N/A' | '#DIV/0!' }
  | { formula: string; result: number }
  /** Formatted but empty: a used cell for Excel's formats, none for values. */
  | { fillOnly: string };

const date = (iso: string) => ({ date: iso });

/** A merged range, by its first and last row and column inside the sheet's block (0-based). */
type Merge = [firstRow: number, firstColumn: number, lastRow: number, lastColumn: number];

const SHEETS: Record<string, { topLeft: [row: number, column: number]; rows: Fixture[][]; merges?: Merge[] }> = {
  Registre: {
    topLeft: [1, 1],
    rows: [
      ['Registre des sociétaires — 2025'],
      [],
      ['N°', 'Nom', "Date d'adhésion", 'Parts', 'Montant libéré', 'Fondateur', 'Remarque'],
      ['M001', 'Dupont', date('2019-03-14'), 4, 100, true, null],
      ['M002', 'Peeters', date('2024-02-29'), 1, { formula: 'D5*25', result: 25 }, false, 'à relancer'],
      ['M003', '', date('1999-12-31'), 2.5, { error: '#N/A' }, null, '  '],
      [null, null, null, null, null, null, null],
      ['M004', 'Lambert', '31/12/2025', { error: '#DIV/0!' }, -12.5, 'oui', null],
      [{ fillOnly: '#FFFF00' }, null, null, null, null, null, { fillOnly: '#FFFF00' }],
      ['   ', null, null, null, null, null, null],
    ],
  },
  // Data that starts away from A1, as a pasted block often does.
  AG: {
    topLeft: [4, 3],
    rows: [
      ['Date', 'Membre', 'Présent'],
      [date('2025-06-17'), 'M001', 'x'],
      [date('2025-06-17'), 'M002', null],
    ],
  },
  // A category merged over the members of a block: Excel keeps it in the top-left cell only.
  Fusion: {
    topLeft: [1, 1],
    rows: [
      ['Catégorie', 'N°'],
      ['A', 'M1'],
      [null, 'M2'],
      ['B', 'M3'],
    ],
    merges: [[1, 0, 2, 0]],
  },
  Vide: { topLeft: [1, 1], rows: [] },
};

const serialOf = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000 + 25_569;

async function xlsxBytes(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  for (const [
    name,
    {
      topLeft: [top, left],
      rows,
      merges = [],
    },
  ] of Object.entries(SHEETS)) {
    const sheet = workbook.addWorksheet(name);
    for (const [r1, c1, r2, c2] of merges) sheet.mergeCells(top + r1, left + c1, top + r2, left + c2);
    rows.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value === null) return;
        const cell = sheet.getCell(top + r, left + c);
        if (typeof value !== 'object') cell.value = value;
        else if ('date' in value) {
          cell.value = new Date(`${value.date}T00:00:00Z`);
          cell.numFmt = 'dd/mm/yyyy';
        } else if ('error' in value) cell.value = { error: value.error } as ExcelJS.CellErrorValue;
        else if ('formula' in value) cell.value = { formula: value.formula, result: value.result } as ExcelJS.CellFormulaValue;
        else cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${value.fillOnly.slice(1)}` } };
      }),
    );
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

function loadFake(): void {
  const book = fakeExcel();
  for (const [
    name,
    {
      topLeft: [top, left],
      rows,
      merges = [],
    },
  ] of Object.entries(SHEETS)) {
    const sheet = book.addSheet(name);
    for (const [r1, c1, r2, c2] of merges) sheet.merged.push({ row: top + r1 - 1, column: left + c1 - 1, rows: r2 - r1 + 1, columns: c2 - c1 + 1 });
    rows.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value === null || value === '') return;
        sheet.update(top + r - 1, left + c - 1, (cell) => {
          if (typeof value !== 'object') cell.value = value as Scalar;
          else if ('date' in value) {
            cell.value = serialOf(value.date);
            cell.numberFormat = 'dd/mm/yyyy';
          } else if ('error' in value) cell.value = value.error;
          else if ('formula' in value) {
            cell.formula = `=${value.formula}`;
            cell.value = value.result;
          } else cell.fill = value.fillOnly;
        });
      }),
    );
  }
}

describe('the Office.js and exceljs adapters', () => {
  it('give the same snapshot of the same workbook', async () => {
    const fromFile = await excelJsSource(await loadWorkbook(await xlsxBytes())).read();
    loadFake();
    const fromExcel = await new OfficeSnapshotSource().read();

    expect(fromExcel).toEqual(fromFile);
    // And the snapshot is what the core expects: rows from row 1, columns from A, serial dates.
    expect(fromExcel.sheets[0]!.rows[3]).toEqual(['M001', 'Dupont', serialOf('2019-03-14'), 4, 100, true]);
    expect(fromExcel.sheets[0]!.rows).toHaveLength(8);
    expect(fromExcel.sheets[1]!.rows[3]).toEqual([null, null, 'Date', 'Membre', 'Présent']);
    expect(fromExcel.sheets[2]!.rows.map((r) => r[0])).toEqual(['Catégorie', 'A', 'A', 'B']);
  });
});
