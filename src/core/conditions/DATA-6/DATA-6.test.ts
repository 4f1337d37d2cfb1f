import condition from '.';
import { testCondition } from '../../testing/condition-tester';

const HEAD = ['N° sociétaire', "Date d'adhésion", 'Date de sortie'];
const MOVEMENTS_HEAD = ['Date', 'N° sociétaire', 'Type', 'Montant'];
const MEETING_HEAD = ["Date de l'AG", 'N° sociétaire', 'Présence'];
const YEAR = { fiscalYear: 2025 };

testCondition(condition, [
  {
    name: 'exits on or after admission, movements within membership, meetings in the year',
    sheets: {
      Registre: [HEAD, ['M1', '01/03/2020', '01/03/2020'], ['M2', '01/03/2020', '30/06/2025'], ['M3', '01/03/2020', null]],
      Mouvements: [
        MOVEMENTS_HEAD,
        ['01/03/2020', 'M2', 'souscription', 50], // on the admission day
        ['30/06/2025', 'M2', 'cession', 50], // on the exit day
        ['15/01/2026', 'M2', 'remboursement', 50], // a refund after the exit
        ['01/03/2024', 'M9', 'souscription', 50], // unknown member: DATA-4's
      ],
      AG: [MEETING_HEAD, ['01/01/2025', 'M3', 'présent'], ['31/12/2025', 'M3', 'présent']],
    },
    parameters: YEAR,
    outcome: 'passed',
  },
  {
    name: 'an exit one day before the admission',
    sheets: { Registre: [HEAD, ['M1', '01/03/2020', '29/02/2020']] },
    parameters: YEAR,
    outcome: 'review',
    findings: [['exitBeforeAdmission', 'Registre!C2']],
  },
  {
    name: 'a movement one day before the admission, and one other than a refund after the exit',
    sheets: {
      Registre: [HEAD, ['M1', '01/03/2020', '30/06/2025']],
      Mouvements: [MOVEMENTS_HEAD, ['29/02/2020', 'M1', 'souscription', 50], ['01/07/2025', 'M1', 'libération', 50]],
    },
    parameters: YEAR,
    outcome: 'review',
    findings: [
      ['movementBeforeAdmission', 'Mouvements!A2'],
      ['movementAfterExit', 'Mouvements!A3'],
    ],
  },
  {
    name: 'a meeting one day past the fiscal year: one finding per meeting, on its first row',
    sheets: {
      Registre: [HEAD, ['M1', '01/03/2020', null], ['M2', '01/03/2020', null]],
      AG: [MEETING_HEAD, ['17/06/2025', 'M1', 'présent'], ['01/01/2026', 'M1', 'présent'], ['01/01/2026', 'M2', 'présent']],
    },
    parameters: YEAR,
    outcome: 'review',
    findings: [['meetingOutsideFiscalYear', 'AG!A3']],
  },
  {
    name: 'no register: not evaluated',
    sheets: { AG: [MEETING_HEAD, ['17/06/2025', 'M1', 'présent']] },
    outcome: 'not-evaluated',
  },
]);
