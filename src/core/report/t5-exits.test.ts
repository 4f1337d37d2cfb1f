import { describe, expect, it } from 'vitest';
import { check } from '../engine';
import { extractWorkbook } from '../extract/extract';
import { EXCEPTIONS_SHOWN, buildSpecialReport } from './special-report';

const INPUT = { fileName: 'coop.xlsx', sha256: 'f'.repeat(64), checkedAt: '2026-01-15T09:30:00Z', toolVersion: '1.2.3' };

describe('T5 on the report page', () => {
  it('shows the totals and at most EXCEPTIONS_SHOWN exceptions of a kind, every exit going to the annex', () => {
    const rows: (string | number | null)[][] = [['N° sociétaire', "Date d'adhésion", 'Date de sortie', 'Motif de sortie', 'Nombre de parts']];
    for (let i = 1; i <= 25; i++) rows.push([`M${i}`, '01/01/2020', '30/06/2025', 'démission', 1]);
    rows.push(['M99', '01/01/2020', null, null, 1]);
    const result = check(
      extractWorkbook({
        sheets: [
          { name: 'Registre', rows },
          {
            name: 'Paramètres',
            rows: [
              ['Paramètre', 'Valeur'],
              ['Exercice', 2025],
            ],
          },
        ],
      }),
    );
    const report = buildSpecialReport(result, INPUT, 'en');
    const totals = report.tables.find((t) => t.id === 'T5')!;
    expect(totals.rows[0]).toEqual(['Exits of the year', 25, null]);
    expect(totals.annex!.rows).toHaveLength(25);
    expect(totals.annex!.sheetName).toBe('Annex T5');
    const exceptions = report.tables.find((t) => t.id === 'T5-exceptions')!;
    const withoutRefund = result.figures.exitTotals.withoutRefund;
    expect(exceptions.rows).toHaveLength(Math.min(withoutRefund, EXCEPTIONS_SHOWN));
    if (withoutRefund > EXCEPTIONS_SHOWN) expect(exceptions.note).toBe(`10 of the ${withoutRefund} exceptions are listed; all are in the sheet ‘Annex T5’.`);
  });

  it('says there is no exception, and lists no exit, in a year without exits', () => {
    const rows = [
      ['N° sociétaire', "Date d'adhésion"],
      ['M1', '01/01/2020'],
    ];
    const result = check(extractWorkbook({ sheets: [{ name: 'Registre', rows }] }));
    const report = buildSpecialReport(result, INPUT, 'fr');
    const totals = report.tables.find((t) => t.id === 'T5')!;
    expect(totals.annex).toBeUndefined();
    expect(totals.note).toBe("Aucune sortie pendant l'exercice.");
    expect(report.tables.find((t) => t.id === 'T5-exceptions')!.rows).toEqual([]);
  });
});
