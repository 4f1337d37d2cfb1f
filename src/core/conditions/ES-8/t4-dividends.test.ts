/**
 * "T4's dividends vs ES-8's": one definition of the year's dividends (shared/allocation.ts
 * dividendsOfYear) feeds both, and T4 keeps the workbook's own wording of each line.
 */
import { describe, expect, it } from 'vitest';
import { check } from '../../engine';
import { extractWorkbook } from '../../extract/extract';
import { buildSpecialReport } from '../../report/special-report';
import type { CellValue } from '../../snapshot';
import condition from '.';

const INPUT = { fileName: 'coop.xlsx', sha256: 'f'.repeat(64), checkedAt: '2025-05-15', toolVersion: '0' };

function run(sheets: Record<string, CellValue[][]>) {
  const result = check(extractWorkbook({ sheets: Object.entries(sheets).map(([name, rows]) => ({ name, rows })) }), {
    parameterOverrides: { fiscalYear: 2024 },
    conditions: [condition],
  });
  return { result, es8: result.conditions.find((c) => c.id === 'ES-8')!, finding: result.findings.find((f) => f.conditionId === 'ES-8') };
}
const t4 = (result: ReturnType<typeof run>['result'], lang: 'fr' | 'nl' | 'en') =>
  buildSpecialReport(result, INPUT, lang, [condition]).tables.find((t) => t.id === 'T4')!;

describe('the year’s dividends, as ES-8 and T4 read them', () => {
  it('are the allocation’s line under its own wording ("Rémunération du capital")', () => {
    const { result, finding } = run({
      Affectation: [
        ['Poste', 'Montant'],
        ['Résultat à affecter', 10000],
        ['Rémunération du capital', 2500],
        ['Information et formation', 300],
      ],
    });
    expect(finding?.params).toMatchObject({ dividendsCents: 250_000, dividendLabel: 'Rémunération du capital' });
    expect(result.figures.allocation).toMatchObject({ dividends: 250_000, dividendsAllocated: 250_000, labels: { dividends: 'Rémunération du capital' } });
    expect(t4(result, 'fr').rows).toEqual([
      ['Résultat à affecter', 1_000_000],
      ['Rémunération du capital', 250_000],
      ['Information et formation (montant affecté)', 30_000],
    ]);
  });

  it('are the amount paid when the distributions sheet shows more than the allocation, in both', () => {
    const { result, finding } = run({
      Affectation: [
        ['Poste', 'Montant'],
        ['Réserve pour projets', 0],
        ['Dividendes', 10],
      ],
      Dividendes: [
        ['N° sociétaire', 'Exercice', 'Nature', 'Montant brut'],
        ['M001', 2024, 'dividende', 12.5],
        ['M002', 2024, 'intérêt', 0.01],
      ],
    });
    expect(finding?.params).toMatchObject({ dividendsCents: 1251, fromPayments: true });
    expect(result.figures.allocation).toMatchObject({ dividends: 1251, dividendsAllocated: 1000, dividendsPaid: 1251 });
    const table = t4(result, 'en');
    expect(table.rows).toContainEqual(['Dividendes', 1251]);
    expect(table.note).toBe(
      'Dividends and interest paid for the year according to the distributions sheet: €12.51, more than the allocation (€10.00); the higher amount is used, as for ES-8.',
    );
  });

  it('without an allocation line, T4 names the dividends as paid', () => {
    const { result, es8 } = run({
      Affectation: [
        ['Poste', 'Montant'],
        ['Réserve pour projets', 100],
      ],
      Dividendes: [
        ['N° sociétaire', 'Exercice', 'Nature', 'Montant brut'],
        ['M001', 2024, 'dividende', 12.5],
      ],
    });
    expect(es8.note?.params).toMatchObject({ dividendsCents: 1250 });
    expect(t4(result, 'nl').rows).toContainEqual(['Dividenden (uitbetaald volgens het blad met de uitkeringen)', 1250]);
  });

  it('nothing distributed: no dividends line in T4, and ES-8 passed on that evidence', () => {
    const { result, es8 } = run({
      Affectation: [
        ['Poste', 'Montant'],
        ['Résultat à affecter', 10000],
        ['Report à nouveau', 10000],
      ],
    });
    expect(es8).toMatchObject({ outcome: 'passed', note: { messageId: 'nothingDistributed' } });
    expect(result.figures.allocation.dividends).toBeUndefined();
  });
});
