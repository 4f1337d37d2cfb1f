import { describe, expect, it } from 'vitest';
import { OfficeJsSink } from '../../src/adapters/officejs/sink';
import { OfficeSnapshotSource } from '../../src/adapters/officejs/source';
import { GRID_COLUMNS, GRID_COLUMN_WIDTH, HEADER_FILL, NUMBER_FORMATS, layOutReport } from '../../src/adapters/report-layout';
import type { SpecialReport } from '../../src/core/report/special-report-types';
import type { FakeSheet } from '../fake-excel/workbook';
import { addRegister, fakeExcel } from './helpers';

const report: SpecialReport = {
  lang: 'fr',
  sheetName: 'Rapport spécial',
  title: 'Rapport spécial — exercice 2025',
  header: [
    ['Coopérative', 'Les Tisserands'],
    ['Numéro d’entreprise', '0123.456.789'],
  ],
  tables: [
    {
      id: 'compliance',
      title: 'Conformité',
      columns: [
        { header: 'Condition', kind: 'text', width: 10 },
        { header: 'Résultat', kind: 'text', width: 30 },
      ],
      rows: [
        ['ES-7', 'Respectée'],
        ['0012', '=1+1'],
      ],
    },
    {
      id: 'T1',
      title: 'Membres',
      columns: [
        { header: 'Membres', kind: 'integer' },
        { header: 'Capital', kind: 'money' },
        { header: 'Clôture', kind: 'date' },
        { header: 'Dividende', kind: 'percent' },
      ],
      rows: [[120, 1_234_567, '2025-12-31', 60_000]],
    },
    { id: 'T6', title: 'Formation', columns: [{ header: 'Sessions', kind: 'integer' }], rows: [], note: 'Aucune formation cette année.' },
    {
      id: 'findings',
      title: 'Constats',
      columns: [
        { header: 'N°', kind: 'integer' },
        { header: 'Cellule', kind: 'text' },
      ],
      rows: [[1, { link: { sheet: "Registre d'Anne", cell: 'C7' }, text: "Registre d'Anne!C7" }]],
    },
  ],
};

/** The cell at an A1 address of a fake sheet. */
function at(sheet: FakeSheet, address: string) {
  const match = /^([A-Z]+)(\d+)$/.exec(address)!;
  const column = [...match[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return sheet.cell(Number(match[2]) - 1, column);
}

/** The first cell of the fake sheet holding `value`, by rows. */
function find(sheet: FakeSheet, value: unknown) {
  const found = [...sheet.entries()].filter(([, , cell]) => cell.value === value).sort(([r1, c1], [r2, c2]) => r1 - r2 || c1 - c2)[0];
  return found && { row: found[0] + 1, column: found[1], cell: found[2] };
}

describe('OfficeJsSink.writeSummary', () => {
  it('lays the report out with bold headers, number formats and links to the cells', async () => {
    const book = fakeExcel();
    addRegister(book, 5);
    const name = await new OfficeJsSink().writeSummary(report);
    expect(name).toBe('Rapport spécial');
    const sheet = book.sheet(name);

    expect(at(sheet, 'A1')).toMatchObject({ value: report.title, numberFormat: '@', bold: true, size: 16 });
    expect(at(sheet, 'A3')).toMatchObject({ value: 'Coopérative', bold: true });
    // Header labels span A:H, their values start in I.
    expect(at(sheet, 'I4')).toMatchObject({ value: '0123.456.789', numberFormat: '@' });
    expect(find(sheet, 'Conformité')!.cell).toMatchObject({ bold: true, size: 13 });
    expect(find(sheet, 'Résultat')!.cell).toMatchObject({ bold: true, fill: HEADER_FILL });
    // Text stays text: no number from "0012", no formula from "=1+1".
    expect(find(sheet, '0012')!.row).toBe(find(sheet, '=1+1')!.row);
    expect(find(sheet, 120)!.cell).toMatchObject({ numberFormat: NUMBER_FORMATS.integer });
    expect(find(sheet, 12_345.67)!.cell).toMatchObject({ numberFormat: NUMBER_FORMATS.money });
    expect(find(sheet, 46_022)!.cell).toMatchObject({ numberFormat: NUMBER_FORMATS.date });
    expect(find(sheet, 0.06)!.cell).toMatchObject({ numberFormat: NUMBER_FORMATS.percent });
    expect(find(sheet, 'Aucune formation cette année.')!.cell).toMatchObject({ italic: true });
    expect(find(sheet, "Registre d'Anne!C7")!.cell).toMatchObject({ formula: `=HYPERLINK("#'Registre d''Anne'!C7","Registre d'Anne!C7")` });
  });

  it('carries out the layout: the grid, merged spans, row heights, A4 portrait at 100 %, and opens on the report', async () => {
    const book = fakeExcel();
    addRegister(book, 5);
    const name = await new OfficeJsSink().writeSummary(report);
    const sheet = book.sheet(name);
    const layout = layOutReport(report);
    expect([...sheet.columnWidths.values()]).toEqual(Array(GRID_COLUMNS).fill(GRID_COLUMN_WIDTH * 7 * 0.75));
    const rect = (range: string) => {
      const [first, last] = range.split(':');
      return [first, last];
    };
    expect(sheet.merged).toHaveLength(layout.merges.length);
    expect(layout.merges.map(rect)[0]).toEqual([
      'A1',
      `${String.fromCharCode((64 + GRID_COLUMNS / 26) | 0)}${String.fromCharCode(65 + ((GRID_COLUMNS - 1) % 26))}1`,
    ]);
    for (const row of layout.rows) expect(sheet.rowHeights.get(row.row - 1)).toBe(row.height);
    expect(sheet.pageLayout).toMatchObject({ orientation: 'Portrait', paperSize: 'A4', zoom: { scale: 100 }, margins: { left: 36, right: 36 } });
    expect(book.activeSheetId).toBe(sheet.id);
  });

  it('never touches a user sheet of the same name: the report takes a free name', async () => {
    const book = fakeExcel();
    const mine = book
      .addSheet('rapport SPÉCIAL')
      .setValues('A1', [['Mes notes']])
      .setFill('A1', '#FFFF00');
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
    // The shorter report's title and header lines (values from column I), the earlier report's tables gone.
    expect(sheet.usedValuesRect()).toEqual({ row: 0, column: 0, rows: 4, columns: 9 });
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
