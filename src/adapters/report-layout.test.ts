import { describe, expect, it } from 'vitest';
import type { ReportTable, SpecialReport } from '../core';
import {
  GRID_COLUMNS,
  GRID_COLUMN_WIDTH,
  LINE_HEIGHT,
  PAGE_HEIGHT_PT,
  columnSpans,
  layOutReport,
  linesOf,
  tableParts,
  type LaidRow,
  type SheetLayout,
} from './report-layout';

const report = (tables: ReportTable[], header: [string, string][] = []): SpecialReport => ({
  lang: 'fr',
  sheetName: 'Rapport spécial',
  title: 'Rapport spécial — exercice 2025',
  header,
  tables,
});

const text = (role: LaidRow['role'], layout: SheetLayout) => layout.rows.filter((r) => r.role === role);
const spansOf = (row: LaidRow) => row.cells.map((c) => c.span);

const compliance: ReportTable = {
  id: 'compliance',
  title: 'Conformité',
  columns: [
    { header: 'Id', kind: 'text', width: 8 },
    { header: 'Condition', kind: 'text', width: 50 },
    { header: 'Base légale', kind: 'text', width: 30 },
    { header: 'Résultat', kind: 'text', width: 18 },
    { header: 'Justification', kind: 'text', width: 50 },
    { header: 'Constats', kind: 'integer', width: 10 },
  ],
  rows: [['ES-1', 'But principal : générer, dans l’intérêt général, un impact sociétal positif', 'CSA art. 8:5 §1', 'Conforme', 'Statuts art. 3', 0]],
};
const t1: ReportTable = {
  id: 'T1',
  title: 'T1 Mouvements des membres',
  columns: [
    { header: 'Catégorie', kind: 'text', width: 16 },
    { header: 'Démissions', kind: 'integer', width: 14 },
    { header: 'Fin', kind: 'integer', width: 14 },
  ],
  rows: [['A', 213, 45_473]],
};

describe('the summary sheet layout', () => {
  it('fits A4 portrait at 100 %: a grid of equal narrow columns within the printable width', () => {
    const layout = layOutReport(report([compliance]));
    expect(layout.pageSetup).toMatchObject({ paperSize: 9, orientation: 'portrait', scale: 100 });
    expect(layout.columnWidths).toEqual(Array(GRID_COLUMNS).fill(GRID_COLUMN_WIDTH));
    // In Excel a width w is w × 7 px at 0.75 pt; LibreOffice draws it with a 7.4 px digit.
    const printable = 595 - 72 * (layout.pageSetup.margins.left + layout.pageSetup.margins.right);
    expect(GRID_COLUMNS * GRID_COLUMN_WIDTH * 7.4 * 0.75).toBeLessThanOrEqual(printable);
  });

  it('gives each table its own columns: spans of the grid, merged, summing to the grid', () => {
    const layout = layOutReport(report([compliance, t1]));
    const [complianceHeader, t1Header] = text('columnHeaders', layout);
    for (const row of [complianceHeader!, t1Header!]) expect(spansOf(row).reduce((a, b) => a + b, 0)).toBe(GRID_COLUMNS);
    // T1's "Démissions" does not sit in the compliance table's wide condition column.
    expect(t1Header!.cells[1]!.column).not.toBe(complianceHeader!.cells[1]!.column);
    expect(spansOf(t1Header!)).not.toEqual(spansOf(complianceHeader!).slice(0, 3));
    // Every cell wider than one grid column is merged.
    const merged = layout.rows.flatMap((r) => r.cells.filter((c) => c.span > 1)).length;
    expect(layout.merges).toHaveLength(merged);
    expect(layout.merges[0]).toBe('A1:AD1');
  });

  it('sets a wrapped row as tall as its lines', () => {
    const message = 'Le sociétaire M031, sorti le 30/06/2025, a été remboursé de 1 010,00 € pour 10 parts : 10,00 € de trop. '.repeat(3);
    const findings: ReportTable = {
      id: 'findings',
      title: 'Constats',
      columns: [
        { header: 'N°', kind: 'integer', width: 6 },
        { header: 'Constat', kind: 'text', width: 70 },
        { header: 'Cellule', kind: 'text', width: 18 },
      ],
      rows: [
        [1, message, { link: { sheet: 'Registre', cell: 'D4' }, text: 'Registre!D4' }],
        [2, 'Court.', null],
      ],
    };
    const layout = layOutReport(report([findings]));
    const [long, short] = text('data', layout);
    const span = long!.cells[1]!.span;
    const lines = linesOf(message, span);
    // At least the characters over a line's width, words not broken.
    expect(lines).toBeGreaterThanOrEqual(Math.ceil(message.trim().length / Math.floor((span * GRID_COLUMN_WIDTH * 7 - 8) / 6.2)));
    expect(long!.height).toBe(lines * LINE_HEIGHT.body);
    expect(long!.cells[1]!.wrap).toBe(true);
    expect(short!.height).toBe(LINE_HEIGHT.body);
    // A header line whose label wraps is two lines tall.
    const header = layOutReport(report([], [['Empreinte SHA-256 du fichier vérifié', 'ab'.repeat(32)]]));
    expect(text('headerLine', header)[0]!.height).toBe(2 * LINE_HEIGHT.body);
  });

  it('starts a table on a new page when it does not fit, and repeats its header row after a page break', () => {
    const long: ReportTable = { ...compliance, rows: Array.from({ length: 120 }, (_, i) => [`C-${i}`, 'Une condition', 'CSA', 'Conforme', 'Vu.', i]) };
    const layout = layOutReport(report([t1, long]));
    expect(layout.pageBreaks.length).toBeGreaterThan(1);
    const byRow = new Map(layout.rows.map((r) => [r.row, r]));
    for (const start of layout.pageBreaks) expect(['columnHeaders', 'tableTitle']).toContain(byRow.get(start)!.role);
    // Each page holds no more than a page's height.
    const pages = [1, ...layout.pageBreaks, Infinity];
    for (let p = 0; p + 1 < pages.length; p++) {
      const height = layout.rows.filter((r) => r.row >= pages[p]! && r.row < pages[p + 1]!).reduce((sum, r) => sum + r.height, 0);
      expect(height).toBeLessThanOrEqual(PAGE_HEIGHT_PT);
    }
    // T1's header row, the long table's, and one after each break.
    expect(text('columnHeaders', layout).length).toBe(2 + layout.pageBreaks.length);
  });

  it('prints a table too wide for the page in parts, each repeating its first column', () => {
    const minimums = [6, 4, 4, 5, 5, 5, 5, 5, 3];
    const parts = tableParts(minimums);
    expect(parts.length).toBe(2);
    for (const part of parts) {
      expect(part[0]).toBe(0);
      expect(part.reduce((sum, i) => sum + minimums[i]!, 0)).toBeLessThanOrEqual(GRID_COLUMNS);
    }
    expect(parts.flatMap((p) => p.slice(1))).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(
      columnSpans(
        [
          { header: 'a', kind: 'text', width: 10 },
          { header: 'b', kind: 'money', width: 10 },
        ],
        [3, 9],
      ),
    ).toEqual([15, 15]);
  });

  it('puts an annex table on its own sheet, its header row the print titles', () => {
    const t5: ReportTable = {
      id: 'T5',
      title: 'T5 Sorties et remboursements',
      columns: [
        { header: 'Poste', kind: 'text' },
        { header: 'Nombre', kind: 'integer' },
      ],
      rows: [["Sorties de l'exercice", 222]],
      annex: {
        id: 'T5-annex',
        sheetName: 'Annexe T5',
        title: 'Annexe — T5',
        columns: [
          { header: 'N° de sociétaire', kind: 'text' },
          { header: 'Date de sortie', kind: 'date' },
        ],
        rows: Array.from({ length: 222 }, (_, i) => [`S${i}`, '2025-06-30']),
      },
    };
    const layout = layOutReport(report([t5]));
    expect(text('data', layout)).toHaveLength(1);
    const [annex] = layout.annexes;
    expect(annex!.name).toBe('Annexe T5');
    expect(annex!.rows.filter((r) => r.role === 'data')).toHaveLength(222);
    const header = annex!.rows.find((r) => r.role === 'columnHeaders')!.row;
    expect(annex!.printTitleRows).toEqual([header, header]);
    expect(annex!.frozenRows).toBe(header);
    // Print titles repeat the header: no header row by hand, no break.
    expect(annex!.pageBreaks).toEqual([]);
    expect(annex!.pageSetup.orientation).toBe('portrait');
  });
});
