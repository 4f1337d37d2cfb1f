import { describe, expect, it } from 'vitest';
import { check } from './engine';
import { extractWorkbook } from './extract/extract';
import type { CellValue } from './snapshot';
import { appendRunLog, runLogEntry, validRunLog, type RunLogEntry } from './run-log';
import { buildSpecialReport, HISTORY_SHOWN } from './report/special-report';

/** M1 holds two proxies at the GA: an ES-7 and CNC-3 breach. */
function result(parameters: Readonly<Record<string, CellValue>> = {}, justifications: { sheet?: CellValue[][] } = {}) {
  const head = ["Date de l'AG", 'N° sociétaire', 'Présence', 'Mandataire', 'Voix'];
  const rows = [
    ...Array.from({ length: 10 }, (_, i) => ['17/06/2025', `M${i + 1}`, 'présent', '', 1]),
    ...Array.from({ length: 10 }, (_, i) => ['17/06/2025', `R${i + 1}`, 'représenté', i < 2 ? 'M1' : `M${i + 1}`, 1]),
  ];
  const sheets: { name: string; rows: CellValue[][] }[] = [{ name: 'AG', rows: [head, ...rows] }];
  if (justifications.sheet) sheets.push({ name: 'Justifications', rows: justifications.sheet });
  return check(extractWorkbook({ sheets }), { parameterOverrides: { fiscalYear: 2025, ...parameters } });
}

const INPUT = { checkedAt: '2026-11-30T10:15:00.000Z', toolVersion: '0.1.0', sha256: 'ab'.repeat(32) };

describe('runLogEntry', () => {
  it('records the date-time, version, SHA-256, fiscal year, outcome counts and findings of a check', () => {
    const entry = runLogEntry(result(), INPUT);
    expect(entry).toMatchObject({ ...INPUT, fiscalYear: 2025, parameters: {}, breaches: 2, warnings: 0, justified: 0 });
    expect(Object.values(entry.outcomes).reduce((a, b) => a + b!, 0)).toBe(result().conditions.length);
    expect(entry.outcomes.failed).toBe(2);
    // No outcome with nothing in it.
    expect(Object.values(entry.outcomes)).not.toContain(0);
  });

  it('records only the parameters that differ from the defaults, valued as the JSON report values them', () => {
    const entry = runLogEntry(
      result({ voteCapScope: 'shareholder', maxDividendRate: '5%', accreditations: 'ES', reportDate: '15/03/2026', cooperativeName: 'X' }),
      INPUT,
    );
    expect(entry.parameters).toEqual({ accreditations: ['ES'], maxDividendRate: 50_000, voteCapScope: 'shareholder', reportDate: '2026-03-15' });
    // A value given but equal to the default is not a difference.
    expect(runLogEntry(result({ mandateYears: 6, accreditations: 'ES,CNC' }), INPUT).parameters).toEqual({});
  });

  it('counts the justified breaches and warnings', () => {
    const sheet = [
      ['Condition', 'Objet', 'Motif'],
      ['ES-7', 'M1 2025-06-17', 'AG extraordinaire autorisée'],
    ];
    expect(runLogEntry(result({}, { sheet }), INPUT)).toMatchObject({ breaches: 2, justified: 1 });
  });
});

describe('appendRunLog and validRunLog', () => {
  const entry = (n: number): RunLogEntry => ({ ...runLogEntry(result(), INPUT), checkedAt: `2026-01-${String(n).padStart(2, '0')}T00:00:00Z` });

  it('adds the entry last and keeps the newest ones only', () => {
    expect(appendRunLog(undefined, entry(1))).toEqual([entry(1)]);
    const log = appendRunLog([entry(1), entry(2), entry(3)], entry(4), 3);
    expect(log.map((e) => e.checkedAt.slice(8, 10))).toEqual(['02', '03', '04']);
  });

  it('keeps the well-formed entries of a log edited by hand', () => {
    expect(validRunLog('nope')).toEqual([]);
    expect(validRunLog([entry(1), { checkedAt: 5 }, null, entry(2)])).toEqual([entry(1), entry(2)]);
  });
});

describe('the history on the summary sheet', () => {
  const log = (count: number) =>
    Array.from({ length: count }, (_, i) => ({
      ...runLogEntry(result(i === 0 ? { voteCapScope: 'shareholder' } : {}), INPUT),
      checkedAt: `2026-0${Math.min(9, i + 1)}-01T08:0${i % 10}:00.000Z`,
    }));
  const REPORT_INPUT = { fileName: 'coop.xlsx', sha256: INPUT.sha256, checkedAt: INPUT.checkedAt, toolVersion: '0.1.0' };

  it('is absent without a run log, so that the sheet is as before', () => {
    expect(buildSpecialReport(result(), REPORT_INPUT, 'en').tables.map((t) => t.id)).not.toContain('history');
    expect(buildSpecialReport(result(), { ...REPORT_INPUT, history: [] }, 'en').tables.map((t) => t.id)).not.toContain('history');
  });

  it('shows the last runs, most recent first, before the findings', () => {
    const report = buildSpecialReport(result(), { ...REPORT_INPUT, history: log(7) }, 'en');
    const ids = report.tables.map((t) => t.id);
    expect(ids.indexOf('history')).toBe(ids.indexOf('findings') - 1);
    const history = report.tables.find((t) => t.id === 'history')!;
    expect(history.rows).toHaveLength(HISTORY_SHOWN);
    expect(history.note).toBe('The last 5 checks of this workbook, most recent first.');
    expect(history.rows[0]).toEqual([
      '01/07/2026 08:06 UTC',
      '0.1.0',
      '2025',
      `${'ab'.repeat(8)}…`,
      'none',
      'Passed 2, Failed 2, To review 2, Not evaluated 18',
      2,
      0,
      0,
    ]);
    expect(history.rows[HISTORY_SHOWN - 1]![0]).toBe('01/03/2026 08:02 UTC');
  });

  it('names the parameters not at their default in words of the language', () => {
    const report = buildSpecialReport(result(), { ...REPORT_INPUT, history: log(1) }, 'fr');
    const row = report.tables.find((t) => t.id === 'history')!.rows[0]!;
    expect(row[4]).not.toMatch(/voteCapScope|shareholder/);
    expect(row[4]).toMatch(/:/);
    expect(report.tables.find((t) => t.id === 'history')!.title).toBe('Historique des vérifications');
  });
});
