import { describe, expect, it } from 'vitest';
import { check } from '../engine';
import { extractWorkbook } from '../extract/extract';
import { LANGS } from '../i18n/lang';
import { COMPARE_TEXTS, figureLabel, formatFigure, refusalText } from '../i18n/compare-texts';
import { buildJsonReport, type JsonFinding, type JsonReport } from './json-report';
import { compareReports, comparisonRefusal, jsonReportProblem, normaliseCompanyNumber } from './compare';

/** A real report of a small cooperative, so that the figures have every key the engine writes. */
function baseReport(year: number): JsonReport {
  const register = [
    ['N° sociétaire', 'Catégorie', "Date d'adhésion"],
    ['M1', 'A', '01/01/2020'],
    ['M2', 'B', '01/03/2020'],
  ];
  const result = check(extractWorkbook({ sheets: [{ name: 'Registre', rows: register }] }), { parameterOverrides: { fiscalYear: year } });
  return buildJsonReport(result, { fileName: `coop-${year}.xlsx`, sha256: String(year).repeat(16), toolVersion: '1.0.0' }, 'en');
}

function finding(
  conditionId: string,
  subject: string,
  messageId: string,
  severity: JsonFinding['severity'] = 'breach',
  cell = 'A2',
  justification?: JsonFinding['justification'],
): JsonFinding {
  return {
    conditionId,
    severity,
    messageId,
    message: `${conditionId} ${subject}`,
    sheet: 'S',
    cell,
    subject,
    params: {},
    fingerprint: `${conditionId}|${subject}|${messageId}`,
    ...(justification && { justification }),
  };
}

function report(
  year: number,
  changes: {
    company?: string;
    findings?: JsonFinding[];
    outcomes?: Record<string, string>;
    figures?: (f: JsonReport['figures']) => void;
    parameters?: Record<string, unknown>;
  } = {},
): JsonReport {
  const r = baseReport(year);
  if (changes.company !== undefined) r.parameters.companyNumber = changes.company;
  r.findings = changes.findings ?? [];
  for (const c of r.conditions) if (changes.outcomes?.[c.id]) c.outcome = changes.outcomes[c.id] as typeof c.outcome;
  changes.figures?.(r.figures);
  Object.assign(r.parameters, changes.parameters);
  return r;
}

describe('comparisonRefusal', () => {
  it('refuses two different company numbers, however written, naming both', () => {
    expect(comparisonRefusal(report(2024, { company: 'BE 0123.456.789' }), report(2025, { company: 'BE 0987.654.321' }))).toEqual({
      reason: 'differentCompanies',
      last: 'BE 0123.456.789',
      this: 'BE 0987.654.321',
    });
    // The same number written three ways is one company.
    expect(comparisonRefusal(report(2024, { company: 'BE 0123.456.789' }), report(2025, { company: '0123456789' }))).toBeUndefined();
    expect(comparisonRefusal(report(2024, { company: '123.456.789' }), report(2025, { company: 'BE0123456789' }))).toBeUndefined();
    expect(normaliseCompanyNumber('BE 0123.456.789')).toBe('0123456789');
  });

  it('refuses the same fiscal year twice, and the later year first; accepts a gap of years', () => {
    expect(comparisonRefusal(report(2025), report(2025))).toEqual({ reason: 'sameYear', year: 2025 });
    expect(comparisonRefusal(report(2025), report(2024))).toEqual({ reason: 'notLater', last: 2025, this: 2024 });
    expect(comparisonRefusal(report(2024), report(2025))).toBeUndefined();
    expect(comparisonRefusal(report(2022), report(2025))).toBeUndefined();
  });

  it('checks the company first: two cooperatives of the same year are two cooperatives', () => {
    expect(comparisonRefusal(report(2025, { company: '0123456789' }), report(2025, { company: '0987654321' }))?.reason).toBe('differentCompanies');
  });

  it('says in each language which refusal it is', () => {
    expect(refusalText({ reason: 'differentCompanies', last: 'A', this: 'B' }, 'en')).toMatch(/^two different cooperatives \(company numbers A and B\)/);
    expect(refusalText({ reason: 'sameYear', year: 2025 }, 'fr')).toMatch(/même exercice 2025/);
    expect(refusalText({ reason: 'notLater', last: 2025, this: 2024 }, 'nl')).toMatch(/2025.*2024/);
  });
});

describe('compareReports', () => {
  it('notes when a company number is missing on one side', () => {
    expect(compareReports(report(2024), report(2025, { company: '0123456789' })).sameCompanyChecked).toBe(false);
    expect(compareReports(report(2024, { company: '0123456789' }), report(2025, { company: '0123456789' })).sameCompanyChecked).toBe(true);
  });

  it('sets the figures side by side with their change, the categories of both years included', () => {
    const last = report(2024, {
      figures: (f) => {
        f.members.start = 100;
        f.members.admitted = 10;
        f.members.end = 105;
        f.members.endByCategory = { A: 100, C: 5 };
        f.allocation.dividends = 1_000_00;
        f.training.days = 2.5;
      },
    });
    const current = report(2025, {
      figures: (f) => {
        f.members.start = 105;
        f.members.admitted = 7;
        f.members.end = 110;
        f.members.endByCategory = { A: 102, B: 8 };
        f.allocation.objectReserve = 500_00;
        f.training.days = 4.25;
      },
    });
    const figures = new Map(compareReports(last, current).figures.map((f) => [f.key, f]));
    expect(figures.get('members.start')).toEqual({ table: 'T1', key: 'members.start', unit: 'count', last: 100, this: 105, delta: 5 });
    expect(figures.get('members.admitted')).toMatchObject({ last: 10, this: 7, delta: -3 });
    expect(figures.get('members.endByCategory.A')).toMatchObject({ last: 100, this: 102, delta: 2 });
    // A category of one year only is 0 in the other.
    expect(figures.get('members.endByCategory.B')).toMatchObject({ last: 0, this: 8, delta: 8 });
    expect(figures.get('members.endByCategory.C')).toMatchObject({ last: 5, this: 0, delta: -5 });
    // An allocation line of one year only has no change: the other year did not say.
    expect(figures.get('allocation.dividends')).toMatchObject({ unit: 'money', last: 100_000, this: null, delta: null });
    expect(figures.get('allocation.objectReserve')).toMatchObject({ last: null, this: 50_000, delta: null });
    // An item neither year has is not listed.
    expect(figures.has('allocation.ristournes')).toBe(false);
    expect(figures.get('training.days')).toMatchObject({ unit: 'days', delta: 1.75 });
    // T1 … T6 in order, the categories right after the members at the end.
    const keys = [...figures.keys()];
    expect(keys.indexOf('members.endByCategory.A')).toBe(keys.indexOf('members.end') + 1);
    expect([...new Set(compareReports(last, current).figures.map((f) => f.table))]).toEqual(['T1', 'T2', 'T3', 'T4', 'T5', 'T6']);
  });

  it('lists only the conditions whose outcome changed, with a condition new or gone as null', () => {
    const last = report(2024, { outcomes: { 'ES-7': 'failed', 'CNC-3': 'review' } });
    const current = report(2025, { outcomes: { 'ES-7': 'justified', 'CNC-3': 'review' } });
    current.conditions.push({ id: 'ES-10', outcome: 'passed', findings: 0 });
    last.conditions.push({ id: 'OLD-1', outcome: 'passed', findings: 0 });
    expect(compareReports(last, current).outcomeChanges).toEqual([
      { id: 'ES-7', last: 'failed', this: 'justified' },
      { id: 'ES-10', last: null, this: 'passed' },
      { id: 'OLD-1', last: 'passed', this: null },
    ]);
  });

  it('finds the findings new, resolved and recurring by fingerprint, wherever their cell moved; info findings are not followed', () => {
    const last = report(2024, {
      findings: [
        finding('ES-7', 'M001', 'voterAboveTenth', 'breach', 'E2'),
        finding('DATA-2', 'M009', 'cellUnparsable'),
        finding('DATA-1', 'members', 'matched', 'info'),
      ],
    });
    const current = report(2025, {
      findings: [
        finding('ES-7', 'M001', 'voterAboveTenth', 'breach', 'E40'),
        finding('CNC-4', 'Anne', 'mandateTooLong', 'warning'),
        finding('DATA-1', 'members', 'matched', 'info'),
      ],
    });
    const { findings, counts } = compareReports(last, current);
    expect(findings.new.map((f) => f.fingerprint)).toEqual(['CNC-4|Anne|mandateTooLong']);
    expect(findings.resolved.map((f) => f.fingerprint)).toEqual(['DATA-2|M009|cellUnparsable']);
    expect(findings.recurring).toHaveLength(1);
    expect(findings.recurring[0]).toMatchObject({ fingerprint: 'ES-7|M001|voterAboveTenth', last: { cell: 'E2' }, this: { cell: 'E40' } });
    expect(counts).toEqual({ last: { breaches: 2, warnings: 0, justified: 0 }, this: { breaches: 1, warnings: 1, justified: 0 } });
  });

  it('says which justifications were carried over, which lapsed and which are new', () => {
    const why = (reason: string) => ({ reason, by: 'auditor', date: '2025-03-01' });
    const last = report(2024, {
      findings: [
        finding('ES-7', 'M001', 'voterAboveTenth', 'breach', 'E2', why('statutes allow')),
        finding('ES-6', 'Bob', 'fixedPay', 'breach', 'F3', why('one-off')),
        finding('CNC-8', 'training', 'staffOnly', 'warning', 'B2', why('gone')),
      ],
    });
    const current = report(2025, {
      findings: [
        finding('ES-7', 'M001', 'voterAboveTenth', 'breach', 'E2', why('statutes allow, confirmed')),
        finding('ES-6', 'Bob', 'fixedPay', 'breach', 'F3'),
        finding('CNC-4', 'Anne', 'mandateTooLong', 'warning', 'C4', why('new decision')),
      ],
    });
    const { justifications, counts } = compareReports(last, current);
    expect(justifications.carriedOver.map((r) => [r.fingerprint, r.last.justification?.reason, r.this.justification?.reason])).toEqual([
      ['ES-7|M001|voterAboveTenth', 'statutes allow', 'statutes allow, confirmed'],
    ]);
    expect(justifications.lapsed.map((r) => r.fingerprint)).toEqual(['ES-6|Bob|fixedPay']);
    expect(justifications.added.map((f) => f.fingerprint)).toEqual(['CNC-4|Anne|mandateTooLong']);
    expect(counts.this.justified).toBe(2);
  });

  it('lists the parameters whose value changed, not the fiscal year', () => {
    const { parameterChanges } = compareReports(report(2024), report(2025, { parameters: { votingMode: 'capped', mandateYears: 4 } }));
    expect(parameterChanges).toEqual([
      { name: 'votingMode', last: 'one-member-one-vote', this: 'capped' },
      { name: 'mandateYears', last: 6, this: 4 },
    ]);
  });

  it('compares two reports of the same figures as no change at all', () => {
    const comparison = compareReports(report(2024), report(2025));
    expect(comparison.figures.every((f) => f.delta === 0 || f.delta === null)).toBe(true);
    expect(comparison.outcomeChanges).toEqual([]);
  });
});

describe('jsonReportProblem', () => {
  it('accepts a report and names what is wrong with anything else', () => {
    expect(jsonReportProblem(report(2025))).toBeUndefined();
    expect(jsonReportProblem([report(2025)])).toMatch(/several reports/);
    expect(jsonReportProblem({ hello: 1 })).toMatch(/not a CoopCheck JSON report/);
    expect(jsonReportProblem({ ...report(2025), schemaVersion: 2 })).toMatch(/schemaVersion 2/);
    expect(jsonReportProblem({ ...report(2025), fiscalYear: undefined })).toMatch(/fiscalYear/);
  });
});

describe('comparison texts', () => {
  it('names every figure in every language, never by its key', () => {
    const last = report(2024, {
      figures: (f) => {
        f.allocation.dividends = 1;
        f.boardSummary.vacancies = 1;
        f.allocation.highestDividendRatePpm = 1;
      },
    });
    for (const change of compareReports(last, report(2025)).figures) {
      for (const lang of LANGS) expect(figureLabel(change.key, lang), `${change.key} ${lang}`).not.toBe(change.key);
    }
    for (const lang of LANGS) for (const key of ['title', 'figures', 'outcomes', 'findings'] as const) expect(COMPARE_TEXTS[key][lang]).toBeTruthy();
  });

  it('formats figures by unit, a change with its sign', () => {
    expect(formatFigure({ unit: 'money' }, 70_000, 'en', true)).toBe('+€700.00');
    expect(formatFigure({ unit: 'count' }, -3, 'en', true)).toBe('-3');
    expect(formatFigure({ unit: 'rate' }, 60_000, 'en')).toBe('6%');
    expect(formatFigure({ unit: 'count' }, null, 'en')).toBe('—');
  });
});
