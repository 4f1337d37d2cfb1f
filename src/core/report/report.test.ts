import { describe, expect, it } from 'vitest';
import { check, type CheckResult } from '../engine';
import { extractWorkbook } from '../extract/extract';
import type { CellValue } from '../snapshot';
import { CONDITIONS } from '../conditions/registry';
import { FINDINGS_LISTED, buildSpecialReport } from './special-report';
import { buildJsonReport } from './json-report';

const HEAD = ["Date de l'AG", 'N° sociétaire', 'Présence', 'Mandataire', 'Voix'];
const row = (id: string, attendance: string, holder = '') => ['17/06/2025', id, attendance, holder, 1];

/** Ten present and ten represented; M001 holds two proxies: 3 votes of 20 is above one tenth (AG!E2). */
function sampleResult(parameters: Readonly<Record<string, CellValue>> = {}): CheckResult {
  const present = Array.from({ length: 10 }, (_, i) => row(`M${i + 1}`, 'présent'));
  const represented = Array.from({ length: 10 }, (_, i) => row(`R${i + 1}`, 'représenté', i < 2 ? 'M1' : `M${i + 1}`));
  const register = [
    ['N° sociétaire', 'Catégorie', "Date d'adhésion", 'Date de sortie', 'Motif de sortie'],
    ['M1', 'A', '01/01/2020', '', ''],
    ['M2', 'A', '01/03/2025', '', ''],
    ['M3', 'B', '01/01/2019', '30/04/2025', 'exclusion'],
  ];
  const settings = [
    ['Paramètre', 'Valeur'],
    ['Nom de la coopérative', 'Les Tisserands'],
    ["Numéro d'entreprise", 'BE 0123.456.789'],
  ];
  const board = [
    ['Nom', 'Nommé par', 'Date de nomination', 'Fin du mandat', 'Jetons de présence'],
    ['Anne Peeters', 'AG', '15/06/2023', '15/06/2029', 300],
  ];
  const snapshot = {
    sheets: [
      { name: 'Registre', rows: register },
      { name: 'AG', rows: [HEAD, ...present, ...represented] },
      { name: 'Paramètres', rows: settings },
      { name: 'Administrateurs', rows: board },
    ],
  };
  return check(extractWorkbook(snapshot), { parameterOverrides: { fiscalYear: 2025, ...parameters } });
}

const INPUT = { fileName: 'coop.xlsx', sha256: 'f'.repeat(64), checkedAt: '2026-01-15T09:30:00Z', toolVersion: '1.2.3' };

describe('special report', () => {
  it('is named and titled in the chosen language', () => {
    expect(buildSpecialReport(sampleResult(), INPUT, 'fr')).toMatchObject({ sheetName: 'Rapport spécial', title: 'Rapport spécial — exercice 2025' });
    expect(buildSpecialReport(sampleResult(), INPUT, 'nl')).toMatchObject({ sheetName: 'Bijzonder verslag', title: 'Bijzonder verslag — boekjaar 2025' });
    expect(buildSpecialReport(sampleResult(), INPUT, 'en')).toMatchObject({ sheetName: 'Special report', title: 'Special report — fiscal year 2025' });
  });

  it('heads the report with the cooperative, the year, the check and the SHA-256 of the input', () => {
    const header = Object.fromEntries(buildSpecialReport(sampleResult(), INPUT, 'en').header);
    expect(header).toMatchObject({
      Cooperative: 'Les Tisserands',
      'Company number': 'BE 0123.456.789',
      'Fiscal year': '2025 (01/01/2025 – 31/12/2025)',
      Accreditations: 'Social enterprise (ES), Accredited cooperative (CNC)',
      'Date of the check': '15/01/2026',
      'Tool version': 'CoopCheck 1.2.3',
      'File checked': 'coop.xlsx',
      'SHA-256 of the file': 'f'.repeat(64),
    });
    expect(header).not.toHaveProperty('Parameters less strict than the law');
  });

  it('shows the value of a parameter set less strictly than the law', () => {
    const header = Object.fromEntries(buildSpecialReport(sampleResult({ maxDividendRate: '7%', voteCapScope: 'shareholder' }), INPUT, 'fr').header);
    expect(header['Paramètres moins stricts que la loi']).toBe(
      'Taux maximal du dividende\u00a0: 7\u00a0%; Plafond d’un dixième des voix\u00a0: voix comptées\u00a0: Ses propres voix seulement',
    );
  });

  it('says when the fiscal year was inferred from the data, never silently', () => {
    const register = [
      ['N° sociétaire', "Date d'adhésion"],
      ['M1', '01/03/2025'],
      ['M2', '02/04/2025'],
    ];
    const inferred = check(extractWorkbook({ sheets: [{ name: 'Registre', rows: register }] }));
    expect(inferred.fiscalYear).toMatchObject({ year: 2025, inferred: true });
    const header = Object.fromEntries(buildSpecialReport(inferred, INPUT, 'fr').header);
    expect(header.Exercice).toBe('2025 (01/01/2025 – 31/12/2025) — déduit des données (aucun exercice indiqué dans les paramètres)');
    expect(buildJsonReport(inferred, INPUT, 'fr').fiscalYearInferred).toBe(true);
    expect(buildJsonReport(sampleResult(), INPUT, 'fr').fiscalYearInferred).toBe(false);
  });

  it('lays out the tables in the order of CONDITIONS.md', () => {
    const report = buildSpecialReport(sampleResult(), INPUT, 'fr');
    expect(report.tables.map((t) => t.id)).toEqual(['compliance', 'T1', 'T2', 'T3', 'T4', 'T5', 'T5-exceptions', 'T6', 'findings']);
    for (const table of report.tables) for (const r of table.rows) expect(r).toHaveLength(table.columns.length);
  });

  it('gives one compliance row per condition with its title, basis, outcome label and evidence', () => {
    const result = sampleResult();
    const table = buildSpecialReport(result, INPUT, 'fr').tables.find((t) => t.id === 'compliance')!;
    expect(table.rows.map((r) => r[0])).toEqual(result.conditions.map((c) => c.id));
    const es7 = table.rows.find((r) => r[0] === 'ES-7')!;
    const condition = CONDITIONS.find((c) => c.id === 'ES-7')!;
    expect(es7).toEqual(['ES-7', condition.title.fr, condition.legalBasis.fr, 'Non conforme', expect.stringContaining('AG'), 1]);
  });

  it('says which sheet is missing for a condition it could not evaluate', () => {
    const result = check(
      extractWorkbook({
        sheets: [
          {
            name: 'Registre',
            rows: [
              ['N° sociétaire', "Date d'adhésion"],
              ['M1', '01/01/2020'],
            ],
          },
        ],
      }),
    );
    const es7 = buildSpecialReport(result, INPUT, 'en').tables[0]!.rows.find((r) => r[0] === 'ES-7')!;
    expect(es7[3]).toBe('Not evaluated');
    expect(es7[4]).toBe('Sheet ‘General meeting attendance’ not found.');
  });

  it('reproduces T1 per category with a total, and T2 per meeting', () => {
    const report = buildSpecialReport(sampleResult(), INPUT, 'en');
    const t1 = report.tables.find((t) => t.id === 'T1')!;
    expect(t1.columns.map((c) => c.header)).toEqual([
      'Category',
      'Members at the start',
      'Admissions',
      'Admissions refused',
      'Resignations',
      'Departures by right',
      'Exclusions',
      'Transfers',
      'Exits refused',
      'Members at the end',
    ]);
    expect(t1.rows).toEqual([
      ['A', 1, 1, null, 0, 0, 0, 0, 0, 2],
      ['B', 1, 0, null, 0, 0, 1, 0, 0, 0],
      ['Total', 2, 1, 0, 0, 0, 1, 0, 0, 2],
    ]);
    const t2 = report.tables.find((t) => t.id === 'T2')!;
    expect(t2.rows).toEqual([['2025-06-17', null, 'One member, one vote', 10, 10, 20, 20, 2, 1]]);
    expect(t2.columns[0]!.kind).toBe('date');
  });

  it('reproduces T3 per director, and T5 as totals and exceptions with every exit in an annex, in the words of the data contract', () => {
    const report = buildSpecialReport(sampleResult(), INPUT, 'fr');
    expect(report.tables.find((t) => t.id === 'T3')!.rows).toEqual([
      ['Anne Peeters', 'Administrateur', null, 'AG', null, '2023-06-15', null, '2029-06-15', 0, 30_000, 0, null, 'non'],
    ]);
    const t5 = report.tables.find((t) => t.id === 'T5')!;
    expect(t5.rows).toEqual([
      ["Sorties de l'exercice", 1, null],
      ["Remboursements de parts de l'exercice", 0, 0],
      ['Maximum remboursable (valeur nominale, libérée)', null, 0],
      ['Remboursements au-delà du maximum', 0, null],
      ['Sorties sans remboursement', 1, null],
      ['Remboursements postposés', 0, null],
    ]);
    expect(t5.columns.map((c) => c.kind)).toEqual(['text', 'integer', 'money']);
    expect(t5.note).toBe('La liste complète des sorties est dans la feuille «\u00a0Annexe T5\u00a0».');
    // The full list, on its own sheet.
    expect(t5.annex).toMatchObject({ sheetName: 'Annexe T5', rows: [['M3', '2025-04-30', 'exclusion', null, null, 'Sortie sans remboursement']] });
    expect(t5.annex!.columns.map((c) => c.kind)).toEqual(['text', 'date', 'text', 'money', 'money', 'text']);
    // Only the exceptions on the report page.
    const exceptions = report.tables.find((t) => t.id === 'T5-exceptions')!;
    expect(exceptions.rows).toEqual([['M3', 'Sortie sans remboursement', '2025-04-30', null, null]]);
    expect(exceptions.note).toBeUndefined();
  });

  it('lists the first FINDINGS_LISTED findings and says how many there are beyond them', () => {
    const result = sampleResult();
    const one = result.findings.find((f) => f.severity === 'breach')!;
    const many = (n: number): CheckResult => ({ ...result, findings: Array.from({ length: n }, (_, i) => ({ ...one, cell: `B${i + 2}` })) });
    const at = buildSpecialReport(many(FINDINGS_LISTED), INPUT, 'fr').tables.find((t) => t.id === 'findings')!;
    expect(at.rows).toHaveLength(10_000);
    expect(at.note).toBeUndefined();
    const past = buildSpecialReport(many(FINDINGS_LISTED + 1), INPUT, 'fr').tables.find((t) => t.id === 'findings')!;
    expect(past.rows).toHaveLength(10_000);
    expect(past.rows.at(-1)![0]).toBe(10_000);
    expect(past.note).toBe(
      'Les 10\u202f000 premiers constats sur 10\u202f001, les manquements d’abord. Chaque constat est signalé sur sa cellule et figure dans le rapport JSON et l’export CSV.',
    );
    const en = buildSpecialReport(many(500_006), INPUT, 'en').tables.find((t) => t.id === 'findings')!;
    expect(en.note).toMatch(/^The first 10,000 of 500,006 findings, breaches first\./);
  });

  it('lists every finding with a link to its cell', () => {
    const result = sampleResult();
    const table = buildSpecialReport(result, INPUT, 'nl').tables.find((t) => t.id === 'findings')!;
    expect(table.rows).toHaveLength(result.findings.length);
    const es7 = table.rows.find((r) => r[2] === 'ES-7')!;
    expect(es7[1]).toBe('Inbreuk');
    expect(es7[4]).toMatch(/^Aandeelhouder M1 stemt met 3 stemmen/);
    expect(es7[5]).toEqual({ link: { sheet: 'AG', cell: 'E2' }, text: 'AG!E2' });
  });
});

describe('JSON report', () => {
  it('has the keys of the schema 1 contract, plus the additive fiscalYearInferred', () => {
    const json = buildJsonReport(sampleResult(), INPUT, 'en');
    expect(Object.keys(json)).toEqual([
      'schemaVersion',
      'tool',
      'input',
      'fiscalYear',
      'fiscalYearInferred',
      'parameters',
      'conditions',
      'findings',
      'figures',
    ]);
    expect(json).toMatchObject({
      schemaVersion: 1,
      tool: { name: 'coopcheck', version: '1.2.3' },
      input: { file: 'coop.xlsx', sha256: 'f'.repeat(64) },
      fiscalYear: 2025,
    });
    for (const condition of json.conditions) {
      expect(Object.keys(condition).filter((k) => !['missing', 'note'].includes(k))).toEqual(['id', 'outcome', 'findings']);
    }
    const finding = json.findings.find((f) => f.conditionId === 'ES-7')!;
    expect(Object.keys(finding)).toEqual(['conditionId', 'severity', 'messageId', 'message', 'sheet', 'cell', 'subject', 'params', 'fingerprint']);
    expect(finding).toMatchObject({
      severity: 'breach',
      messageId: 'voterAboveTenth',
      sheet: 'AG',
      cell: 'E2',
      fingerprint: 'ES-7|M1 2025-06-17|voterAboveTenth',
    });
    expect(finding.message).toMatch(/^Member M1 votes with 3 votes/);
    expect(Object.keys(json.figures.members)).toEqual(
      expect.arrayContaining(['start', 'admitted', 'refused', 'resigned', 'leftByRight', 'excluded', 'exitsRefused', 'end', 'endByCategory']),
    );
    expect(json.figures.meetings[0]).toMatchObject({ date: '2025-06-17', present: 10, represented: 10, voters: 20, votesRepresented: 20, cap: 2, aboveCap: 1 });
  });

  it('gives the parameter values used, dates as ISO, and the loosened ones', () => {
    const json = buildJsonReport(sampleResult({ maxDividendRate: '7%', reportDate: '31/03/2026' }), INPUT, 'fr');
    expect(json.parameters).toMatchObject({
      maxDividendRate: 70_000,
      reportDate: '2026-03-31',
      cooperativeName: 'Les Tisserands',
      loosened: ['maxDividendRate'],
    });
  });

  it('names what is missing for a condition it could not evaluate', () => {
    const result = check(
      extractWorkbook({
        sheets: [
          {
            name: 'Registre',
            rows: [
              ['N° sociétaire', "Date d'adhésion"],
              ['M1', '01/01/2020'],
            ],
          },
        ],
      }),
    );
    const es7 = buildJsonReport(result, INPUT, 'fr').conditions.find((c) => c.id === 'ES-7')!;
    expect(es7).toMatchObject({ outcome: 'not-evaluated', findings: 0, missing: [{ sheet: 'meetings' }] });
    expect(es7.note).toBe('Feuille « Assemblée générale : présences » introuvable.');
  });
});
