import condition from '.';
import { testCondition } from '../../testing/condition-tester';

const HEAD = ['N° sociétaire', "Date d'adhésion", 'Nombre de parts', 'Montant libéré', 'Motif de sortie', 'Fondateur'];

testCondition(condition, [
  {
    name: 'every value reads as its type',
    sheets: {
      Registre: [HEAD, ['M1', '31/12/2024', '3', '1.234,56 €', 'décès', 'x'], ['M2', 45000, 2, 150, null, null]],
      Paramètres: [
        ['Paramètre', 'Valeur'],
        ['Exercice', 2025],
        ['Taux maximal du dividende', '6 %'],
        ['Mode de vote', null],
      ],
    },
    outcome: 'passed',
  },
  {
    name: 'the last valid day of February passes, the day after does not exist',
    sheets: { Registre: [HEAD, ['M1', '28/02/2025'], ['M2', '29/02/2025']] },
    outcome: 'failed',
    findings: [['cellUnparsable', 'Registre!B3', { sheetKind: 'members', field: 'admissionDate', expected: 'date', raw: '29/02/2025' }]],
  },
  {
    name: 'a parameter is named by its label, never its internal name',
    sheets: {
      Registre: [HEAD, ['M1', '01/01/2020']],
      Paramètres: [
        ['Paramètre', 'Valeur'],
        ['Taux maximal du dividende', 'six'],
      ],
    },
    outcome: 'failed',
    findings: [['parameterUnparsable', 'Paramètres!B2', { name: 'maxDividendRate', raw: 'six' }]],
    texts: {
      fr: [
        "La valeur « six » du paramètre « Taux maximal du dividende » n'est pas lisible : la valeur par défaut est utilisée. Corrigez-la dans la feuille des paramètres.",
      ],
      nl: [
        'De waarde ‘six’ van parameter ‘Maximaal dividendpercentage’ is niet leesbaar: de standaardwaarde wordt gebruikt. Verbeter ze in het parameterblad.',
      ],
      en: ['The value ‘six’ of parameter ‘Maximum dividend rate’ cannot be read: the default is used. Correct it in the parameters sheet.'],
    },
  },
  {
    name: 'an unreadable integer, amount, enum and boolean each point to their cell',
    sheets: { Registre: [HEAD, ['M1', '01/01/2020', '2,5', '12 euros et demi', 'parti', 'peut-être']] },
    outcome: 'failed',
    findings: [
      ['cellUnparsable', 'Registre!C2'],
      ['cellUnparsable', 'Registre!D2'],
      ['cellUnparsable', 'Registre!E2'],
      ['cellUnparsable', 'Registre!F2'],
    ],
  },
  {
    name: 'a required value left blank (a blank register id is DATA-3’s)',
    sheets: {
      Registre: [HEAD, ['M1', null], [null, '01/01/2020']],
      AG: [
        ["Date de l'AG", 'N° sociétaire', 'Présence', 'Mandataire'],
        ['17/06/2025', 'M1', 'représenté', null],
        [null, 'M1', 'présent', null],
      ],
    },
    outcome: 'failed',
    findings: [
      ['requiredValueMissing', 'Registre!B2'],
      ['requiredValueMissing', 'AG!D2'],
      ['requiredValueMissing', 'AG!A3'],
    ],
  },
  {
    name: 'a parameter that does not read is a breach, an unknown one a warning',
    sheets: {
      Registre: [HEAD, ['M1', '01/01/2020']],
      Paramètres: [
        ['Paramètre', 'Valeur'],
        ['Exercice', 'deux mille'],
        ['Taux magique', 3],
      ],
    },
    outcome: 'failed',
    findings: [
      ['parameterUnparsable', 'Paramètres!B2', { name: 'fiscalYear', raw: 'deux mille' }],
      ['parameterUnknown', 'Paramètres!B3', { name: 'Taux magique' }],
    ],
  },
  {
    name: 'an unknown parameter alone asks for review',
    sheets: {
      Registre: [HEAD, ['M1', '01/01/2020']],
      Paramètres: [
        ['Paramètre', 'Valeur'],
        ['Taux magique', 3],
      ],
    },
    outcome: 'review',
    findings: [['parameterUnknown', 'Paramètres!B2']],
  },
]);
