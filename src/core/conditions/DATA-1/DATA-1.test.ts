import { expect, it } from 'vitest';
import condition from '.';
import { runCase, testCondition } from '../../testing/condition-tester';

const REGISTER = [
  ['N° sociétaire', 'Nom', "Date d'adhésion"],
  ['M001', 'Alice', '01/01/2020'],
];

testCondition(condition, [
  {
    name: 'a register alone is enough for a first run',
    sheets: { Registre: REGISTER },
    outcome: 'passed',
  },
  {
    name: 'every sheet found with its required columns',
    sheets: {
      Registre: REGISTER,
      Mouvements: [
        ['Date', 'N° sociétaire', 'Type', 'Montant'],
        ['01/02/2025', 'M001', 'souscription', 50],
      ],
      AG: [
        ["Date de l'AG", 'N° sociétaire', 'Présence'],
        ['17/06/2025', 'M001', 'présent'],
      ],
      Paramètres: [
        ['Paramètre', 'Valeur'],
        ['Exercice', 2025],
      ],
    },
    outcome: 'passed',
  },
  {
    name: 'an unrecognised sheet is only listed',
    sheets: { Registre: REGISTER, Notes: [['Remarques du conseil']] },
    outcome: 'passed',
  },
  {
    name: 'no register: the first run cannot start',
    sheets: { Notes: [['Remarques du conseil']] },
    outcome: 'failed',
    findings: [['membersSheetMissing', 'Notes!A1']],
  },
  {
    name: 'a register without an admission date column',
    sheets: { Registre: [['Titre'], ['N° sociétaire', 'Nom', 'Catégorie'], ['M001', 'Alice', 'A']] },
    outcome: 'failed',
    findings: [['requiredColumnMissing', 'Registre!A2']],
  },
  {
    name: 'share movements without an amount or a type column',
    sheets: {
      Registre: REGISTER,
      Mouvements: [
        ['Date', 'N° sociétaire', 'Nombre de parts'],
        ['01/02/2025', 'M001', 1],
      ],
    },
    outcome: 'failed',
    findings: [
      ['requiredColumnMissing', 'Mouvements!A1'],
      ['requiredColumnMissing', 'Mouvements!A1'],
    ],
  },
  {
    name: 'two sheets look like the register: the complete one is read, the other flagged',
    sheets: {
      Registre: REGISTER,
      'Registre 2024': [
        ['N° sociétaire', 'Nom'],
        ['M001', 'Alice'],
      ],
    },
    outcome: 'review',
    findings: [['sheetAmbiguous', 'Registre 2024!A1']],
  },
  {
    name: 'two columns for the member id',
    sheets: {
      Registre: [
        ['N° sociétaire', "Date d'adhésion", 'Lidnummer'],
        ['M001', '01/01/2020', 'L1'],
      ],
    },
    outcome: 'review',
    findings: [['duplicateColumn', 'Registre!C1']],
  },
]);

it('DATA-1 says which sheet and header row each kind was read from', () => {
  const result = runCase(condition, { name: '', sheets: { Notes: [['x']], Registre: [['Registre'], ...REGISTER] }, outcome: 'passed' });
  const info = result.findings.filter((f) => f.severity === 'info').map((f) => [f.messageId, `${f.sheet}!${f.cell}`, f.params]);
  expect(info).toEqual([
    ['sheetFound', 'Registre!A2', { sheetKind: 'members', sheet: 'Registre', headerRow: 2, columns: 3, lastRow: 3 }],
    ['sheetUnrecognised', 'Notes!A1', { sheet: 'Notes' }],
  ]);
  expect(result.conditions[0]?.note).toEqual({ messageId: 'sheetsFound', params: { found: 1, total: 12 } });
});
