import condition from '.';
import { testCondition } from '../../testing/condition-tester';

const REGISTER = [
  ['N° sociétaire', "Date d'adhésion"],
  ['M1', '01/01/2020'],
  ['M2', '01/01/2020'],
  [3, '01/01/2020'],
];
const MOVEMENTS_HEAD = ['Date', 'N° sociétaire', 'Type', 'Montant'];
const MEETING_HEAD = ["Date de l'AG", 'N° sociétaire', 'Présence', 'Mandataire'];

testCondition(condition, [
  {
    name: 'every id used elsewhere is in the register (a number matches its text)',
    sheets: {
      Registre: REGISTER,
      Mouvements: [MOVEMENTS_HEAD, ['01/02/2025', 'M1', 'souscription', 50], ['01/02/2025', '3', 'souscription', 50]],
      Dividendes: [
        ['N° sociétaire', 'Nature', 'Montant brut'],
        ['M2', 'dividende', 3],
      ],
      AG: [MEETING_HEAD, ['17/06/2025', 'M1', 'présent', null], ['17/06/2025', 'M2', 'représenté', 'M1']],
      Administrateurs: [
        ['Nom', 'N° sociétaire', 'Nommé par'],
        ['Alice', 'M1', 'AG'],
        ['Expert externe', null, 'AG'],
      ],
    },
    outcome: 'passed',
  },
  {
    name: 'nothing but the register: nothing to check',
    sheets: { Registre: REGISTER },
    outcome: 'passed',
  },
  {
    name: 'an unknown id in movements is one finding on its first row, however many rows',
    sheets: {
      Registre: REGISTER,
      Mouvements: [MOVEMENTS_HEAD, ['01/02/2025', 'M1', 'souscription', 50], ['01/02/2025', 'M9', 'souscription', 50], ['01/03/2025', 'M9', 'libération', 50]],
    },
    outcome: 'failed',
    findings: [['unknownMemberId', 'Mouvements!B3', { sheetKind: 'movements', memberId: 'M9', rows: 2 }]],
    texts: {
      fr: [
        'Le n° de sociétaire M9 est utilisé dans « Mouvements de parts » (2 lignes, la première ici) mais ne figure pas au registre des sociétaires : ajoutez-le au registre ou corrigez le n°.',
      ],
      nl: [
        'Lidnummer M9 wordt gebruikt in ‘Aandelenbewegingen’ (2 rijen, de eerste hier) maar staat niet in het aandeelhoudersregister: voeg het toe aan het register of verbeter het nummer.',
      ],
      en: [
        'Member ID M9 is used in the ‘Share movements’ (2 rows, the first here) but is not in the members register: add it to the register or correct the ID.',
      ],
    },
  },
  {
    name: 'unknown ids in distributions, meetings and directors',
    sheets: {
      Registre: REGISTER,
      Dividendes: [
        ['N° sociétaire', 'Nature', 'Montant brut'],
        ['M8', 'dividende', 3],
      ],
      AG: [MEETING_HEAD, ['17/06/2025', 'M7', 'présent', null]],
      Administrateurs: [
        ['Nom', 'N° sociétaire', 'Nommé par'],
        ['Zoé', 'M6', 'AG'],
      ],
    },
    outcome: 'failed',
    findings: [
      ['unknownMemberId', 'Dividendes!A2'],
      ['unknownMemberId', 'AG!B2'],
      ['unknownMemberId', 'Administrateurs!B2'],
    ],
  },
  {
    name: 'a proxy holder not in the register asks for review',
    sheets: { Registre: REGISTER, AG: [MEETING_HEAD, ['17/06/2025', 'M1', 'représenté', 'Mme Dupont'], ['17/06/2025', 'M2', 'représenté', 'Mme Dupont']] },
    outcome: 'review',
    findings: [['unknownProxyHolder', 'AG!D2']],
  },
  {
    name: 'a justification naming no finding of this check is stale, a second one naming it again a duplicate',
    sheets: {
      Registre: REGISTER,
      Justifications: [
        ['Empreinte', 'Motif', 'Par', 'Date'],
        ['ES-6|Anne|remunerationNotAllowed', 'Décidé par l’AG', 'J. Dupont', '10/03/2026'],
        ['ES-6|Anne|remunerationNotAllowed', 'Idem', 'J. Dupont', '10/03/2026'],
      ],
    },
    outcome: 'review',
    findings: [
      ['staleJustification', 'Justifications!A2', { names: 'ES-6|Anne|remunerationNotAllowed' }],
      ['duplicateJustification', 'Justifications!A3', { names: 'ES-6|Anne|remunerationNotAllowed' }],
    ],
    texts: {
      en: [
        'This justification names ES-6|Anne|remunerationNotAllowed, which is not a finding of this check (fixed since, or copied wrongly): it justifies nothing. Remove it or correct the fingerprint.',
        'Another justification already names ES-6|Anne|remunerationNotAllowed: only the first counts. Remove this one or merge the reasons.',
      ],
    },
  },
]);
