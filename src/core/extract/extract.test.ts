import { describe, expect, it } from 'vitest';
import type { CellValue, WorkbookSnapshot } from '../snapshot';
import { SHEET_KINDS, recordWithOrigin } from '../model';
import type { ExtractIssue } from '../model';
import { dayFromYmd, isoOfDay } from '../dates';
import { SHEET_SPECS, headerSynonyms } from './fields';
import { createExtractor, extractWorkbook, headerKey, mappingOverrideProblems, type MappingOverride } from './extract';

type Rows = CellValue[][];
const workbook = (sheets: Record<string, Rows>): WorkbookSnapshot => ({
  sheets: Object.entries(sheets).map(([name, rows]) => ({ name, rows })),
});
const extract = (sheets: Record<string, Rows>, mapping?: MappingOverride) => extractWorkbook(workbook(sheets), mapping);
const day = (y: number, m: number, d: number) => dayFromYmd(y, m, d)!;
const issueCells = (issues: readonly ExtractIssue[], kind: ExtractIssue['kind']) =>
  issues.filter((i) => i.kind === kind).map((i) => ('cell' in i ? `${i.sheet}!${i.cell}` : i.sheet));

const REGISTER_HEAD = ['N° sociétaire', 'Nom', "Date d'adhésion", 'Catégorie', 'Nombre de parts'];

describe('the data contract table', () => {
  it('has no header that names two fields of one kind', () => {
    for (const kind of SHEET_KINDS) {
      const seen = new Map<string, string>();
      for (const spec of SHEET_SPECS[kind].fields) {
        for (const header of headerSynonyms(spec)) {
          const key = headerKey(header);
          expect(seen.get(key) ?? spec.field, `${kind}: "${header}"`).toBe(spec.field);
          seen.set(key, spec.field);
        }
      }
    }
  });

  it('recognises every synonym of every field (one sheet per field and synonym)', () => {
    for (const kind of SHEET_KINDS) {
      const fields = SHEET_SPECS[kind].fields;
      for (const spec of fields) {
        // A companion column so that the sheet has two recognised fields.
        const companion = fields.find((f) => f !== spec)!;
        for (const header of headerSynonyms(spec)) {
          const model = extract({ [SHEET_SPECS[kind].name.en]: [[header, companion.headers.en[0]!]] });
          expect(model.mappings[kind]?.columns[spec.field], `${kind}.${spec.field} ← "${header}"`).toBe(0);
        }
      }
    }
  });

  it('reuses the register’s member id synonyms in movements, distributions and meetings', () => {
    for (const header of ['Num. Coop', 'Vennootnummer', 'Cooperator number']) {
      const model = extract({
        Mouvements: [
          ['Date', header, 'Type', 'Montant'],
          ['01/02/2025', 'M1', 'souscription', 100],
        ],
        Dividendes: [
          [header, 'Nature', 'Montant brut'],
          ['M1', 'dividende', 5],
        ],
        AG: [
          ["Date de l'AG", header, 'Présence'],
          ['17/06/2025', 'M1', 'présent'],
        ],
      });
      expect([model.movements[0]?.memberId, model.distributions[0]?.memberId, model.meetings[0]?.memberId]).toEqual(['M1', 'M1', 'M1']);
    }
  });
});

describe('header detection', () => {
  it('finds the header below title rows, with blank columns in between', () => {
    const model = extract({
      Feuil1: [
        ['Coopérative Les Tisserands SC'],
        ['Registre des sociétaires au 31/12/2025'],
        [],
        [null, 'N° sociétaire', null, 'Nom', null, "Date d'adhésion"],
        [null, 'M001', null, 'Alice', null, '15/03/2020'],
      ],
    });
    expect(model.mappings.members).toMatchObject({ sheet: 'Feuil1', headerRow: 4, columns: { memberId: 1, name: 3, admissionDate: 5 }, missingRequired: [] });
    // A record keeps its row and makes its origin when asked: with its origin among its fields, it is exactly this.
    expect(model.members.map(recordWithOrigin)).toEqual([
      {
        memberId: 'M001',
        name: 'Alice',
        admissionDate: day(2020, 3, 15),
        sheetRow: 5,
        origin: { sheet: 'Feuil1', row: 5, columns: { memberId: 1, name: 3, admissionDate: 5 } },
      },
    ]);
  });

  it('finds a header on row 7 and not below row 10', () => {
    const titles = (n: number): Rows => Array.from({ length: n }, (_, i) => [`Titre ${i + 1}`]);
    expect(extract({ R: [...titles(6), REGISTER_HEAD, ['M1', 'A', '01/01/2020']] }).mappings.members?.headerRow).toBe(7);
    expect(extract({ R: [...titles(9), REGISTER_HEAD, ['M1', 'A', '01/01/2020']] }).mappings.members?.headerRow).toBe(10);
    const tooLow = extract({ R: [...titles(10), REGISTER_HEAD, ['M1', 'A', '01/01/2020']] });
    expect([tooLow.mappings.members, tooLow.unrecognisedSheets]).toEqual([undefined, ['R']]);
  });

  it('matches headers whatever their accents, case and punctuation', () => {
    for (const header of ["Date d'adhésion", 'DATE D ADHESION', 'date_adhesion', 'Date d’adhésion', ' date-d-adhésion ']) {
      const model = extract({
        R: [
          ['N° SOCIÉTAIRE', header],
          ['M1', '2020-01-01'],
        ],
      });
      expect(model.members[0]?.admissionDate, header).toBe(day(2020, 1, 1));
    }
    const snake = extract({
      R: [
        ['num_coop', 'date_adhesion', 'date_sortie'],
        ['M1', '2020-01-01', '2025-01-01'],
      ],
    });
    expect(snake.members[0]).toMatchObject({ memberId: 'M1', exitDate: day(2025, 1, 1) });
  });

  it('reads Dutch and English registers', () => {
    const nl = extract({
      Blad1: [
        ['Lidnummer', 'Naam', 'Toetredingsdatum', 'Datum uittreding', 'Reden uittreding', 'Aantal aandelen'],
        ['L7', 'Jan', '01.02.2019', '31.12.2025', 'overlijden', '3'],
      ],
    });
    expect(nl.members[0]).toMatchObject({
      memberId: 'L7',
      name: 'Jan',
      admissionDate: day(2019, 2, 1),
      exitDate: day(2025, 12, 31),
      exitReason: 'byRight',
      shares: 3,
    });
    const en = extract({
      Sheet1: [
        ['Member number', 'Name', 'Join date', 'Share class', 'Paid-up amount', 'Founder'],
        ['E1', 'Ann', 43831, 'A', '1 250,00 €', 'yes'],
      ],
    });
    expect(en.members[0]).toMatchObject({ memberId: 'E1', admissionDate: day(2020, 1, 1), category: 'A', paidUpAmount: 125_000, founder: true });
  });

  it('decides a sheet’s kind by its headers; the sheet name only breaks a tie', () => {
    const model = extract({
      Registre: [
        ['Date', 'N° sociétaire', 'Type', 'Montant'],
        ['01/02/2025', 'M1', 'souscription', 100],
      ],
      Données: [REGISTER_HEAD, ['M1', 'A', '01/01/2020']],
      AG: [
        ['N° sociétaire', 'Présence', 'Date'],
        ['M1', 'présent', '17/06/2025'],
      ],
    });
    expect([model.mappings.movements?.sheet, model.mappings.members?.sheet, model.mappings.meetings?.sheet]).toEqual(['Registre', 'Données', 'AG']);
  });

  it('picks the sheet with all required columns, reports the other and lists unrecognised sheets', () => {
    const model = extract({
      Ancien: [
        ['N° sociétaire', 'Nom', 'Catégorie', 'Nombre de parts', 'Valeur nominale'],
        ['M1', 'A', 'A', 1, 50],
      ],
      Registre: [
        ['N° sociétaire', "Date d'adhésion"],
        ['M1', '01/01/2020'],
      ],
      Notes: [['Quelques remarques']],
      Vide: [],
    });
    expect(model.mappings.members?.sheet).toBe('Registre');
    expect(model.issues).toEqual([{ kind: 'sheetAmbiguous', sheetKind: 'members', sheet: 'Ancien', chosen: 'Registre' }]);
    expect(model.unrecognisedSheets).toEqual(['Notes', 'Vide']);
  });

  it('names the required columns that are missing and keeps the rows', () => {
    const model = extract({
      R: [
        ['N° sociétaire', 'Nom', 'Catégorie'],
        ['M1', 'A', 'B'],
      ],
    });
    expect(model.mappings.members?.missingRequired).toEqual(['admissionDate']);
    expect(model.members.map((m) => m.memberId)).toEqual(['M1']);
  });

  it('reports a second column for the same field and reads the first', () => {
    const model = extract({
      R: [
        ['N° sociétaire', "Date d'adhésion", 'Lidnummer'],
        ['M1', '01/01/2020', 'X'],
      ],
    });
    expect(model.members[0]?.memberId).toBe('M1');
    expect(issueCells(model.issues, 'duplicateColumn')).toEqual(['R!C1']);
  });
});

describe('rows', () => {
  it('skips blank rows and totals rows, and keeps each record’s row', () => {
    const model = extract({
      R: [
        REGISTER_HEAD,
        ['M1', 'Alice', '01/01/2020', 'A', 2],
        [null, null, null, null, null],
        ['', '  ', null],
        ['M2', 'Bob', '01/01/2021', 'A', 3],
        ['Total', null, null, null, 5],
        ['TOTAAL', null, null, null, 5],
        ['Totaux catégorie A', null, null, null, 5],
        [null, 'Sous-total', null, null, 5],
      ],
    });
    expect(model.members.map((m) => [m.memberId, m.origin.row])).toEqual([
      ['M1', 2],
      ['M2', 5],
    ]);
    expect(model.mappings.members?.lastRow).toBe(9);
    expect(model.issues).toEqual([]);
  });

  it('keeps a member whose name starts with Total', () => {
    const model = extract({ R: [REGISTER_HEAD, ['M9', 'Total Belgium SA', '01/01/2020']] });
    expect(model.members.map((m) => m.name)).toEqual(['Total Belgium SA']);
  });

  it('ignores 10,000 trailing blank rows', () => {
    const blank = Array.from({ length: 10_000 }, () => Array<CellValue>(30).fill(null));
    const model = extract({ R: [REGISTER_HEAD, ['M1', 'A', '01/01/2020'], ...blank] });
    expect([model.members.length, model.mappings.members?.lastRow, model.issues]).toEqual([1, 2, []]);
  });

  it('reports unparsable cells and missing required values, and keeps the row', () => {
    const model = extract({
      R: [
        ['N° sociétaire', "Date d'adhésion", 'Nombre de parts', 'Motif de sortie', 'Fondateur'],
        ['M1', '31/02/2025', 'dix', 'parti', 'peut-être'],
        [null, '01/01/2020', 2, null, null],
      ],
    });
    expect(model.members).toMatchObject([{ memberId: 'M1' }, { memberId: '', admissionDate: day(2020, 1, 1), shares: 2, founder: false }]);
    expect(model.members[0]!.admissionDate).toBeUndefined();
    expect(model.issues).toEqual([
      { kind: 'cellUnparsable', sheetKind: 'members', sheet: 'R', cell: 'B2', field: 'admissionDate', expected: 'date', raw: '31/02/2025' },
      { kind: 'cellUnparsable', sheetKind: 'members', sheet: 'R', cell: 'C2', field: 'shares', expected: 'integer', raw: 'dix' },
      { kind: 'cellUnparsable', sheetKind: 'members', sheet: 'R', cell: 'D2', field: 'exitReason', expected: 'enum', raw: 'parti' },
      { kind: 'cellUnparsable', sheetKind: 'members', sheet: 'R', cell: 'E2', field: 'founder', expected: 'boolean', raw: 'peut-être' },
      { kind: 'requiredValueMissing', sheetKind: 'members', sheet: 'R', cell: 'A3', field: 'memberId' },
    ]);
  });

  it('reads exit reasons in any language: death and end of contract are by right', () => {
    const reasons = [
      'Démission',
      'de plein droit',
      'Décès',
      'fin de contrat',
      'exclusion',
      'cession',
      'Uittreding',
      'overlijden',
      'Uitsluiting',
      'by right',
      'death',
      'transfer',
    ];
    const model = extract({ R: [['N° sociétaire', "Date d'adhésion", 'Motif de sortie'], ...reasons.map((r, i) => [`M${i}`, '01/01/2020', r])] });
    expect(model.members.map((m) => m.exitReason)).toEqual([
      'resignation',
      'byRight',
      'byRight',
      'byRight',
      'exclusion',
      'transfer',
      'resignation',
      'byRight',
      'exclusion',
      'byRight',
      'byRight',
      'transfer',
    ]);
  });
});

describe('other sheet kinds', () => {
  it('meetings: votes default to 1; a represented member needs a proxy holder', () => {
    const model = extract({
      AG: [
        ["Date de l'AG", 'N° sociétaire', 'Présence', 'Mandataire', 'Voix'],
        ['17/06/2025', 'M1', 'présent', null, null],
        ['17/06/2025', 'M2', 'représenté', 'M1', 3],
        ['17/06/2025', 'M3', 'représenté', null, 1],
      ],
    });
    expect(model.meetings.map((m) => [m.memberId, m.attendance, m.proxyHolderId, m.votes])).toEqual([
      ['M1', 'present', undefined, 1],
      ['M2', 'represented', 'M1', 3],
      ['M3', 'represented', undefined, 1],
    ]);
    expect(issueCells(model.issues, 'requiredValueMissing')).toEqual(['AG!D4']);
    const withoutVotes = extract({
      AG: [
        ['Datum AV', 'Lidnummer', 'Aanwezigheid'],
        ['17/06/2025', 'M1', 'aanwezig'],
      ],
    });
    expect(withoutVotes.meetings[0]?.votes).toBe(1);
  });

  it('allocation: items recognised by label, headings skipped, other lines kept', () => {
    const model = extract({
      Affectation: [
        ['Rubrique', 'Montant', 'Exercice'],
        ['Bénéfice de l’exercice', '10.000,00', 2025],
        ['Affectations :', null, null],
        ['Réserve légale (5 %)', 500, 2025],
        ['Réserve impartageable', 2000, 2025],
        ['Dividendes', 300, 2025],
        ['Prime exceptionnelle', 100, 2025],
      ],
    });
    expect(model.allocation.map((a) => [a.item, a.amount, a.year])).toEqual([
      ['result', 1_000_000, 2025],
      ['legalReserve', 50_000, 2025],
      ['indivisibleReserve', 200_000, 2025],
      ['dividends', 30_000, 2025],
      [undefined, 10_000, 2025],
    ]);
    expect(model.allocation[4]?.label).toBe('Prime exceptionnelle');
  });

  it('parameters: names canonicalised, values kept raw', () => {
    const model = extract({
      Paramètres: [
        ['Paramètre', 'Valeur'],
        ['Exercice', 2025],
        ['Nom de la coopérative', ' Les Tisserands '],
        ['maxDividendRate', '5 %'],
        ['Inconnu', 'x'],
      ],
    });
    expect(model.parameters.map((p) => [p.name, p.value])).toEqual([
      ['fiscalYear', 2025],
      ['cooperativeName', 'Les Tisserands'],
      ['maxDividendRate', '5 %'],
      ['Inconnu', 'x'],
    ]);
  });

  it('reads applications, movements, distributions, directors, training and statutes', () => {
    const model = extract({
      Demandes: [
        ['Candidat', 'Date de la demande', 'Décision', 'Motif du refus'],
        ['Zoé', '03/03/2025', 'refusée', 'art. 8'],
      ],
      Mouvements: [
        ['Date', 'N° sociétaire', 'Opération', 'Nombre de parts', 'Montant'],
        ['01/02/2025', 'M1', 'cession reçue', 2, '100,00'],
      ],
      Uitkeringen: [
        ['Lidnummer', 'Boekjaar', 'Aard', 'Brutobedrag', 'Roerende voorheffing'],
        ['M1', 2025, 'ristorno', '12,50', '3,75'],
      ],
      Bestuur: [
        ['Bestuurder', 'Benoemd door', 'Datum benoeming', 'Winstgebonden'],
        ['Piet', 'AV', '2024-06-18', 'nee'],
      ],
      Training: [
        ['Date', 'Title', 'Audience', 'Days', 'Participants', 'Cost'],
        ['2025-03-01', 'Intro', 'members', '1,5', 12, 300],
      ],
      Statuts: [
        ['Condition', 'Article', 'Extrait'],
        ['ES-1', 'art. 3', 'La société a pour but…'],
      ],
    });
    expect(model.applications[0]).toMatchObject({ applicant: 'Zoé', decision: 'refused', ground: 'art. 8' });
    expect(model.movements[0]).toMatchObject({ memberId: 'M1', type: 'transferIn', shares: 2, amount: 10_000 });
    expect(model.distributions[0]).toMatchObject({ fiscalYear: 2025, kind: 'ristourne', grossAmount: 1_250, withholdingTax: 375 });
    expect(model.directors[0]).toMatchObject({ name: 'Piet', appointedBy: 'ga', appointmentDate: day(2024, 6, 18), profitLinked: false });
    expect(model.training[0]).toMatchObject({ audience: 'members', days: 1.5, participants: 12, cost: 30_000 });
    expect(model.statutes[0]).toMatchObject({ conditionId: 'ES-1', article: 'art. 3' });
    expect(model.issues).toEqual([]);
  });
});

describe('mapping override', () => {
  const sheets = {
    Registre: [
      ['Num', 'Qui', 'Entrée le'],
      ['M1', 'Alice', '01/01/2020'],
    ],
  };

  it('maps columns by header text', () => {
    const model = extract(sheets, { members: { columns: { memberId: 'Num', admissionDate: 'entree le', name: 'Qui' } } });
    expect(model.members[0]).toMatchObject({ memberId: 'M1', name: 'Alice', admissionDate: day(2020, 1, 1) });
    expect(model.mappings.members?.headers).toEqual({ memberId: 'Num', admissionDate: 'Entrée le', name: 'Qui' });
  });

  it('maps columns by letter on a sheet named by the user', () => {
    const model = extract(sheets, { members: { sheet: 'Registre', columns: { memberId: 'A', admissionDate: 'c' } } });
    expect(model.mappings.members).toMatchObject({ headerRow: 1, columns: { memberId: 0, admissionDate: 2 }, missingRequired: [] });
    expect(model.members[0]).toMatchObject({ memberId: 'M1', admissionDate: day(2020, 1, 1) });
  });

  it('prefers the user’s column over a synonym and the user’s sheet over a better one', () => {
    const model = extract(
      {
        Registre: [
          ['N° sociétaire', 'Code', "Date d'adhésion"],
          ['M1', 'C1', '01/01/2020'],
        ],
        Autre: [
          ['N° sociétaire', "Date d'adhésion", 'Nom'],
          ['X1', '01/01/2020', 'x'],
        ],
      },
      { members: { sheet: 'Registre', columns: { memberId: 'Code' } } },
    );
    expect(model.members.map((m) => m.memberId)).toEqual(['C1']);
    expect(model.issues).toEqual([{ kind: 'sheetAmbiguous', sheetKind: 'members', sheet: 'Autre', chosen: 'Registre' }]);
  });

  it('validates a mapping read from JSON', () => {
    expect(mappingOverrideProblems({ members: { sheet: 'Registre', columns: { memberId: 'Num' } } })).toEqual([]);
    expect(mappingOverrideProblems({ membres: {}, members: { columns: { id: 'A', name: 3 }, sheets: 'x' } })).toHaveLength(4);
    expect(mappingOverrideProblems([])).toHaveLength(1);
  });
});

describe('streaming', () => {
  it('gives the same model when rows are pushed one by one, skipping empty rows', () => {
    const rows: Rows = [['Registre'], [], REGISTER_HEAD, ['M1', 'A', '01/01/2020'], [], ['M2', 'B', '01/01/2021']];
    const extractor = createExtractor();
    const sink = extractor.beginSheet('R');
    rows.forEach((values, i) => {
      if (values.length) sink.row(i + 1, values);
    });
    sink.end();
    expect(extractor.finish()).toEqual(extract({ R: rows }));
  });

  // Speed is measured by `npm run bench`, never by a timed test: this one checks that 200,000 rows stream through.
  it('takes 200,000 rows pushed one by one', () => {
    const extractor = createExtractor();
    const sink = extractor.beginSheet('Mouvements');
    sink.row(1, ['Date', 'N° sociétaire', 'Type', 'Nombre de parts', 'Montant']);
    for (let r = 2; r <= 200_001; r++) sink.row(r, [45658 + (r % 300), `M${r % 5000}`, 'souscription', 1, '50,00']);
    sink.end();
    const model = extractor.finish();
    expect([Object.keys(model.mappings), model.movements.length, model.issues.length]).toEqual([['movements'], 200_000, 0]);
  });
});

describe('the 1904 date system (a snapshot of serials as Office.js gives them for a Mac-born workbook)', () => {
  it('reads a 1904 serial as the same calendar day as its 1900 serial', () => {
    // 17/06/2025 is serial 45825 in the 1900 system and 44363 in the 1904 system.
    const rows = [
      ['N° sociétaire', "Date d'adhésion", 'Montant libéré'],
      ['M1', 44363, 44363],
    ];
    const model1904 = extractWorkbook({ sheets: [{ name: 'Registre', rows }], date1904: true });
    const model1900 = extractWorkbook({ sheets: [{ name: 'Registre', rows: [rows[0]!, ['M1', 45825, 44363]] }] });
    expect(model1904.members[0]!.admissionDate).toBe(model1900.members[0]!.admissionDate);
    expect(isoOfDay(model1904.members[0]!.admissionDate!)).toBe('2025-06-17');
    // Only dates move: an amount is the same number in either system.
    expect(model1904.members[0]!.paidUpAmount).toBe(4_436_300);
  });
  it('moves a date parameter given as a serial, and nothing else', () => {
    const rows = [
      ['Paramètre', 'Valeur'],
      ['Date du rapport', 44363],
      ['Exercice', 2025],
    ];
    const model = extractWorkbook({ sheets: [{ name: 'Paramètres', rows }], date1904: true });
    expect(model.parameters.map((p) => [p.name, p.value])).toEqual([
      ['reportDate', 45825],
      ['fiscalYear', 2025],
    ]);
  });
});
