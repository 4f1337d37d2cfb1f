import { describe, expect, it } from 'vitest';
import { defineCondition } from './conditions/condition';
import { defineMessages } from './findings';
import { check, resolveFiscalYear } from './engine';
import { extractWorkbook } from './extract/extract';
import { dayFromYmd, isoOfDay } from './dates';
import type { CellValue } from './snapshot';
import { emptyModel } from './model';

const messages = defineMessages({
  bad: { severity: 'breach', text: { fr: () => 'x', nl: () => 'x', en: () => 'x' } },
});
const title = { fr: 't', nl: 't', en: 't' };

/** A condition that reads the register and, to pass, the applications: it breaches on a member named "BAD". */
const halfEvidence = defineCondition({
  id: 'TEST-1',
  group: 'DATA',
  kind: 'data',
  title,
  legalBasis: title,
  messages,
  requires: [
    { sheet: 'members', columns: ['memberId'] },
    { sheet: 'applications', columns: ['applicant', 'decision'], neededToPass: true },
  ],
  evaluate({ model }, report) {
    for (const m of model.members) if (m.memberId.startsWith('BAD')) report('bad', { origin: m.origin, field: 'memberId' }, m.memberId, {});
  },
});

const REGISTER = ['N° sociétaire', "Date d'adhésion"];
const APPLICATIONS = ['Candidat', 'Date de la demande', 'Décision'];
const run = (sheets: Record<string, CellValue[][]>, condition = halfEvidence) =>
  check(extractWorkbook({ sheets: Object.entries(sheets).map(([name, rows]) => ({ name, rows })) }), {
    conditions: [condition],
    parameterOverrides: { fiscalYear: 2025 },
  }).conditions[0]!;

describe('never pass on half the evidence (CONDITIONS.md "Outcomes")', () => {
  it('is not-evaluated, naming the missing sheet, when what it could check is clean', () => {
    expect(run({ Registre: [REGISTER, ['M1', '01/01/2020']] })).toMatchObject({ outcome: 'not-evaluated', missing: [{ sheet: 'applications' }] });
  });
  it('is failed, still naming the missing sheet, when what it could check shows a breach', () => {
    expect(run({ Registre: [REGISTER, ['BAD', '01/01/2020']] })).toMatchObject({ outcome: 'failed', findings: 1, missing: [{ sheet: 'applications' }] });
  });
  it('passes with every input present', () => {
    const result = run({ Registre: [REGISTER, ['M1', '01/01/2020']], Demandes: [APPLICATIONS, ['X', '01/02/2025', 'acceptée']] });
    expect(result.outcome).toBe('passed');
    expect(result.missing).toBeUndefined();
  });
  it('names a missing column of a sheet that is there', () => {
    const result = run({
      Registre: [REGISTER, ['M1', '01/01/2020']],
      Demandes: [
        ['Candidat', 'Date de la demande'],
        ['X', '01/02/2025'],
      ],
    });
    expect(result).toMatchObject({ outcome: 'not-evaluated', missing: [{ sheet: 'applications', columns: ['decision'] }] });
  });
  it('treats what evaluate finds missing the same way', () => {
    const dynamic = defineCondition({
      ...halfEvidence,
      id: 'TEST-2',
      requires: [{ sheet: 'members', columns: ['memberId'] }],
      evaluate: () => ({ missing: [{ sheet: 'meetings', columns: ['votes'] }] }),
    });
    expect(run({ Registre: [REGISTER, ['M1', '01/01/2020']] }, dynamic)).toMatchObject({
      outcome: 'not-evaluated',
      missing: [{ sheet: 'meetings', columns: ['votes'] }],
    });
  });
});

describe('a statutes article is read for any condition', () => {
  it('is attached to a data condition from the statutes sheet', () => {
    const result = run({
      Registre: [REGISTER, ['M1', '01/01/2020']],
      Demandes: [APPLICATIONS, ['X', '01/02/2025', 'acceptée']],
      Statuts: [
        ['Condition', 'Article', 'Extrait'],
        ['test 1', 'art. 23', 'Les motifs du refus…'],
        ['TEST-1', 'art. 24', ''],
      ],
    });
    expect(result).toMatchObject({ outcome: 'passed', statutes: { article: 'art. 23; art. 24', excerpt: 'Les motifs du refus…' } });
  });
});

describe('fiscal year inference (CONDITIONS.md `fiscalYear`)', () => {
  const model = (admissions: string[], movements: string[] = [], meetings: string[] = []) => {
    const sheets = [{ name: 'Registre', rows: [REGISTER, ...admissions.map((d, i) => [`M${i}`, d])] as CellValue[][] }];
    if (movements.length)
      sheets.push({ name: 'Mouvements', rows: [['Date', 'N° sociétaire', 'Type', 'Montant'], ...movements.map((d) => [d, 'M0', 'souscription', 25])] });
    if (meetings.length) sheets.push({ name: 'AG', rows: [["Date de l'AG", 'N° sociétaire', 'Présence'], ...meetings.map((d) => [d, 'M0', 'présent'])] });
    return extractWorkbook({ sheets });
  };
  const year = (m: ReturnType<typeof model>, start = '01-01') => resolveFiscalYear(m, undefined, start, dayFromYmd(2026, 11, 30));

  it('follows the year holding most movement and admission dates, not the latest date', () => {
    const fy = year(model(['03/02/2025', '05/05/2025', '07/09/2025'], ['10/10/2025', '15/01/2026']));
    expect(fy).toMatchObject({ year: 2025, inferred: true });
  });
  it('is never moved by a general meeting held in the next year', () => {
    expect(year(model(['03/02/2025', '05/05/2025'], [], ['17/06/2026'])).year).toBe(2025);
  });
  it('counts only the last 24 months of records', () => {
    // Ten admissions in 2021 are older than 24 months before the latest record (2025): they do not count.
    const old = Array.from({ length: 10 }, () => '01/03/2021');
    expect(year(model([...old, '01/02/2024', '01/03/2025', '01/04/2025'])).year).toBe(2025);
  });
  it('gives a tie to the later year', () => {
    expect(year(model(['01/03/2024', '01/03/2025'])).year).toBe(2025);
  });
  it('places dates in fiscal years that start on 1 July', () => {
    const fy = year(model(['15/08/2024', '10/10/2024', '01/03/2025']), '07-01');
    expect({ year: fy.year, start: isoOfDay(fy.start), end: isoOfDay(fy.end) }).toEqual({ year: 2025, start: '2024-07-01', end: '2025-06-30' });
  });
  it('without any date, is the last fiscal year closed before today', () => {
    expect(year(emptyModel())).toMatchObject({ year: 2025, inferred: true });
  });
  it('is not inferred when given', () => {
    expect(resolveFiscalYear(emptyModel(), 2024, '01-01').inferred).toBeUndefined();
  });
});

describe('justified findings (CONDITIONS.md outcome `justified`)', () => {
  const JUSTIFICATIONS = ['Empreinte', 'Condition', 'Objet', 'Motif', 'Par', 'Date'];
  const apps = { Demandes: [APPLICATIONS, ['X', '01/02/2025', 'acceptée']] };
  const checkWith = (rows: CellValue[][], extra: Record<string, CellValue[][]> = apps, justifications = {}) =>
    check(
      extractWorkbook({
        sheets: Object.entries({ Registre: [REGISTER, ['BAD', '01/01/2020'], ['M1', '01/01/2020']], ...extra, Justifications: [JUSTIFICATIONS, ...rows] }).map(
          ([name, r]) => ({ name, rows: r }),
        ),
      }),
      { conditions: [halfEvidence], parameterOverrides: { fiscalYear: 2025 }, ...justifications },
    );

  it('a breach justified by its fingerprint keeps its severity and makes the condition justified, never passed', () => {
    const result = checkWith([['TEST-1|BAD|bad', null, null, 'Membre historique, décision de l’AG du 17/06/2025', 'J. Dupont', '10/03/2026']]);
    expect(result.conditions[0]).toMatchObject({ outcome: 'justified', findings: 1, justified: 1 });
    expect(result.findings[0]).toMatchObject({
      severity: 'breach',
      justification: { reason: 'Membre historique, décision de l’AG du 17/06/2025', by: 'J. Dupont', date: '2026-03-10' },
    });
    expect(result.justificationProblems).toEqual([]);
  });
  it('condition + subject justifies every breach and warning of that subject', () => {
    const result = checkWith([[null, 'test 1', 'BAD', 'Accepté', 'J. Dupont', null]]);
    expect(result.conditions[0]).toMatchObject({ outcome: 'justified', justified: 1 });
  });
  it('stays failed while one breach is not justified', () => {
    const result = checkWith([['TEST-1|BAD|bad', null, null, 'Accepté', null, null]], {
      ...apps,
      Registre: [REGISTER, ['BAD', '01/01/2020'], ['BAD2', '01/01/2020']],
    });
    expect(result.conditions[0]).toMatchObject({ outcome: 'failed', findings: 2, justified: 1 });
  });
  it('a fingerprint names every finding it matches', () => {
    const two = check(
      extractWorkbook({
        sheets: [
          { name: 'Registre', rows: [REGISTER, ['BAD', '01/01/2020'], ['BAD', '02/01/2020']] },
          { name: 'Demandes', rows: apps.Demandes },
          { name: 'Justifications', rows: [JUSTIFICATIONS, ['TEST-1|BAD|bad', null, null, 'Accepté', null, null]] },
        ],
      }),
      { conditions: [halfEvidence], parameterOverrides: { fiscalYear: 2025 } },
    );
    // The same fingerprint twice (two rows of one subject): both are justified by the one row.
    expect(two.conditions[0]).toMatchObject({ outcome: 'justified', justified: 2 });
  });
  it('never turns a condition missing an input into justified', () => {
    const result = checkWith([['TEST-1|BAD|bad', null, null, 'Accepté', null, null]], {});
    expect(result.conditions[0]).toMatchObject({ outcome: 'failed', justified: 1, missing: [{ sheet: 'applications' }] });
  });
  it('takes justifications given besides the workbook (CLI --justifications), and lists stale ones', () => {
    const result = checkWith([], apps, {
      justifications: [
        { fingerprint: 'TEST-1|BAD|bad', reason: 'Accepté' },
        { fingerprint: 'TEST-1|GONE|bad', reason: 'Ancien' },
      ],
    });
    expect(result.conditions[0]!.outcome).toBe('justified');
    expect(result.justificationProblems).toEqual([{ kind: 'stale', input: { fingerprint: 'TEST-1|GONE|bad', reason: 'Ancien' }, names: 'TEST-1|GONE|bad' }]);
  });
});

describe('a result posted to another thread', () => {
  it('keeps the narrative rows’ origins through a structured clone, as the CLI and the page post it', () => {
    const model = extractWorkbook({
      sheets: [
        { name: 'Registre', rows: [REGISTER, ['M1', '01/01/2020']] },
        { name: 'Texte du rapport', rows: [['Section', 'Texte'], [], ['ES-7', 'Un membre, une voix.']] },
      ],
    });
    const posted = structuredClone(check(model, { conditions: [halfEvidence], parameterOverrides: { fiscalYear: 2025 } }));
    expect(posted.narrative).toEqual([
      { section: 'ES-7', text: 'Un membre, une voix.', sheetRow: 3, origin: { sheet: 'Texte du rapport', row: 3, columns: { section: 0, text: 1 } } },
    ]);
  });
});
