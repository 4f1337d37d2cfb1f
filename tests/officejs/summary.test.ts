import { describe, expect, it } from 'vitest';
import { OfficeJsSink } from '../../src/adapters/officejs/sink';
import { OfficeSnapshotSource } from '../../src/adapters/officejs/source';
import { HEADER_FILL, NUMBER_FORMATS } from '../../src/adapters/report-layout';
import type { SpecialReport } from '../../src/core/report/special-report-types';
import type { FakeSheet } from '../fake-excel/workbook';
import { addRegister, fakeExcel } from './helpers';

const report: SpecialReport = {
  lang: 'fr',
  sheetName: 'Rapport spécial',
  title: 'Rapport spécial — exercice 2025',
  header: [['Coopérative', 'Les Tisserands'], ['Numéro d’entreprise', '0123.456.789']],
  tables: [
    {
      id: 'compliance',
      title: 'Conformité',
      columns: [{ header: 'Condition', kind: 'text', width: 10 }, { header: 'Résultat', kind: 'text', width: 30 }],
      rows: [['ES-7', 'Respectée'], ['0012', '=1+1']],
    },
    {
      id: 'T1',
      title: 'Membres',
      columns: [
        { header: 'Membres', kind: 'integer' }, { header: 'Capital', kind: 'money' },
        { header: 'Clôture', kind: 'date' }, { header: 'Dividende', kind: 'percent' },
      ],
      rows: [[120, 1_234_567, '2025-12-31', 60_000]],
    },
    { id: 'T6', title: 'Formation', columns: [{ header: 'Sessions', kind: 'integer' }], rows: [], note: 'Aucune formation cette année.' },
    {
      id: 'findings',
      title: 'Constats',
      columns: [{ header: 'N°', kind: 'integer' }, { header: 'Cellule', kind: 'text' }],
      rows: [[1, { link: { sheet: "Registre d'Anne", cell: 'C7' }, text: "Registre d'Anne!C7" }]],
    },
  ],
};

/** The cell at an A1 address of a fake sheet. */
function at(sheet: FakeSheet, address: string) {
  const column = address.charCodeAt(0) - 65;
  return sheet.cell(Number(address.slice(1)) - 1, column);
}

describe('OfficeJsSink.writeSummary', () => {
  it('lays the report out with bold headers, number formats and links to the cells', async () => {
    const book = fakeExcel();
    addRegister(book, 5);
    const name = await new OfficeJsSink().writeSummary(report);
    expect(name).toBe('Rapport spécial');
    const sheet = book.sheet(name);

    expect(at(sheet, 'A1')).toEqual({ value: report.title, numberFormat: '@', bold: true, size: 16 });
    expect(at(sheet, 'A3')).toMatchObject({ value: 'Coopérative', bold: true });
    expect(at(sheet, 'B4')).toEqual({ value: '0123.456.789', numberFormat: '@' });
    expect(at(sheet, 'A6')).toMatchObject({ value: 'Conformité', bold: true, size: 13 });
    expect(at(sheet, 'B7')).toMatchObject({ value: 'Résultat', bold: true, fill: HEADER_FILL });
    // Text stays text: no number from "0012", no formula from "=1+1".
    expect([at(sheet, 'A9')?.value, at(sheet, 'B9')?.value]).toEqual(['0012', '=1+1']);
    expect(at(sheet, 'A13')).toEqual({ value: 120, numberFormat: NUMBER_FORMATS.integer });
    expect(at(sheet, 'B13')).toEqual({ value: 12_345.67, numberFormat: NUMBER_FORMATS.money });
    expect(at(sheet, 'C13')).toEqual({ value: 46_022, numberFormat: NUMBER_FORMATS.date });
    expect(at(sheet, 'D13')).toEqual({ value: 0.06, numberFormat: NUMBER_FORMATS.percent });
    expect(at(sheet, 'A16')).toMatchObject({ value: 'Aucune formation cette année.', italic: true });
    expect(at(sheet, 'B21')).toEqual({ formula: `=HYPERLINK("#'Registre d''Anne'!C7","Registre d'Anne!C7")`, value: "Registre d'Anne!C7" });
    expect(sheet.columnWidths.get(1)).toBeGreaterThan(sheet.columnWidths.get(0)!);
  });

  it('never touches a user sheet of the same name: the report takes a free name', async () => {
    const book = fakeExcel();
    const mine = book.addSheet('rapport SPÉCIAL').setValues('A1', [['Mes notes']]).setFill('A1', '#FFFF00');
    const before = mine.snapshot();
    const name = await new OfficeJsSink().writeSummary(report);
    expect(name).toBe('Rapport spécial (2)');
    expect(mine.snapshot()).toEqual(before);
  });

  it('refreshes its own sheet on the next run, and does not read it as data', async () => {
    const book = fakeExcel();
    addRegister(book, 5);
    const sink = new OfficeJsSink();
    await sink.writeSummary(report);
    const shorter: SpecialReport = { ...report, sheetName: 'Special report', title: 'Special report 2025', tables: [] };
    expect(await sink.writeSummary(shorter)).toBe('Special report');

    // The state sheet is created first, in a run of its own (its visibility cannot join an undo group on Windows and Mac).
    expect(book.sheets.map((s) => s.name)).toEqual(['Registre', 'CoopCheck state', 'Special report']);
    const sheet = book.sheet('Special report');
    expect(at(sheet, 'A1')?.value).toBe('Special report 2025');
    expect(sheet.usedValuesRect()).toEqual({ row: 0, column: 0, rows: 4, columns: 2 });
    expect((await new OfficeSnapshotSource().read()).sheets.map((s) => s.name)).toEqual(['Registre']);
  });

  it('does not take a sheet the user made after deleting the summary for its own', async () => {
    const book = fakeExcel();
    const sink = new OfficeJsSink();
    addRegister(book, 5);
    await sink.writeSummary(report);
    book.sheets.splice(book.sheets.indexOf(book.sheet('Rapport spécial')), 1);
    const users = book.addSheet('Rapport spécial').setValues('A1', [['Brouillon du rapport, à ne pas perdre']]);
    const before = users.snapshot();

    expect(await sink.writeSummary(report)).toBe('Rapport spécial (2)');
    expect(users.snapshot()).toEqual(before);
  });
});
