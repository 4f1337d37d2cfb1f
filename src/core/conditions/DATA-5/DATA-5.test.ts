import condition from '.';
import { testCondition } from '../../testing/condition-tester';

const HEAD = ['N° sociétaire', 'Catégorie', "Date d'adhésion", 'Date de sortie', 'Nombre de parts'];
const MOVEMENTS_HEAD = ['Date', 'N° sociétaire', 'Type', 'Nombre de parts', 'Montant'];
const YEAR = { fiscalYear: 2025 };

testCondition(condition, [
  {
    name: 'start + admissions − exits = end in each category, boundaries included',
    sheets: {
      Registre: [
        HEAD,
        ['A1', 'A', '01/01/2020', null],
        ['A2', 'A', '01/01/2020', '01/01/2025'], // leaves on the first day: at the start and an exit
        ['A3', 'A', '31/12/2025', null], // joins on the last day: an admission and at the end
        ['A4', 'A', '15/03/2025', '30/09/2025'], // joins and leaves within the year
        ['B1', 'B', '01/01/2018', '31/12/2024'], // gone before the year
        ['B2', null, '01/06/2026', null], // joins after the year
      ],
    },
    parameters: YEAR,
    outcome: 'passed',
  },
  {
    name: 'an exit recorded before an admission across the year boundary breaks the count',
    sheets: { Registre: [HEAD, ['A1', 'A', '01/01/2020', null], ['A2', 'A', '01/03/2025', '01/12/2024'], ['A3', 'A', '01/04/2025', '01/12/2024']] },
    parameters: YEAR,
    outcome: 'failed',
    findings: [['membersDoNotReconcile', 'Registre!D3']],
  },
  {
    name: 'an exit of the year without an admission date breaks the count of its category only',
    sheets: { Registre: [HEAD, ['A1', 'A', '01/01/2020', null], ['B1', 'B', null, '01/05/2025']] },
    parameters: YEAR,
    outcome: 'failed',
    findings: [['membersDoNotReconcile', 'Registre!D3']],
  },
  {
    name: 'register shares equal the sum of movements (a refund written negative counts the same)',
    sheets: {
      Registre: [HEAD, ['M1', 'A', '01/02/2020', null, 5], ['M2', 'A', '01/02/2020', '30/06/2025', 0], ['M3', 'A', '01/02/2020', null, 4]],
      Mouvements: [
        MOVEMENTS_HEAD,
        ['01/02/2020', 'M1', 'souscription', 3, 150], ['01/03/2021', 'M1', 'souscription', 2, 100], ['01/04/2021', 'M1', 'libération', null, 50],
        ['01/02/2020', 'M2', 'souscription', 2, 100], ['30/06/2025', 'M2', 'remboursement', -2, -100],
        ['01/02/2020', 'M3', 'souscription', 5, 250], ['01/06/2025', 'M3', 'cession', 2, 100], ['01/07/2025', 'M3', 'cession reçue', 1, 50],
      ],
    },
    parameters: YEAR,
    outcome: 'passed',
  },
  {
    name: 'a former member may keep the shares held when leaving in the register',
    sheets: {
      Registre: [HEAD, ['M1', 'A', '01/02/2020', '30/06/2025', 2]],
      Mouvements: [MOVEMENTS_HEAD, ['01/02/2020', 'M1', 'souscription', 2, 100], ['30/06/2025', 'M1', 'remboursement', 2, 100]],
    },
    parameters: YEAR,
    outcome: 'passed',
  },
  {
    name: 'a former member with neither what is left nor what was held at exit',
    sheets: {
      Registre: [HEAD, ['M1', 'A', '01/02/2020', '30/06/2025', 3]],
      Mouvements: [MOVEMENTS_HEAD, ['01/02/2020', 'M1', 'souscription', 2, 100], ['30/06/2025', 'M1', 'remboursement', 2, 100]],
    },
    parameters: YEAR,
    outcome: 'failed',
    findings: [['sharesDoNotMatchMovements', 'Registre!E2']],
  },
  {
    name: 'register shares one more than the movements',
    sheets: {
      Registre: [HEAD, ['M1', 'A', '01/02/2020', null, 6], ['M2', 'A', '01/02/2020', null, 1]],
      Mouvements: [MOVEMENTS_HEAD, ['01/02/2020', 'M1', 'souscription', 5, 250], ['01/02/2020', 'M2', 'souscription', 1, 50]],
    },
    parameters: YEAR,
    outcome: 'failed',
    findings: [['sharesDoNotMatchMovements', 'Registre!E2']],
  },
  {
    name: 'members admitted before the first movement recorded are not compared',
    sheets: {
      Registre: [HEAD, ['M1', 'A', '01/02/2010', null, 6], ['M2', 'A', '01/02/2025', null, 1]],
      Mouvements: [MOVEMENTS_HEAD, ['01/01/2025', 'M1', 'souscription', 1, 50], ['01/02/2025', 'M2', 'souscription', 1, 50]],
    },
    parameters: YEAR,
    outcome: 'passed',
  },
  {
    name: 'a movement whose number of shares is unreadable leaves the member uncompared',
    sheets: {
      Registre: [HEAD, ['M1', 'A', '01/02/2020', null, 6]],
      Mouvements: [MOVEMENTS_HEAD, ['01/02/2020', 'M1', 'souscription', 'cinq', 250]],
    },
    parameters: YEAR,
    outcome: 'passed',
  },
  {
    name: 'no admission date column: not evaluated',
    sheets: { Registre: [['N° sociétaire', 'Nom', 'Catégorie'], ['M1', 'Alice', 'A']] },
    outcome: 'not-evaluated',
  },
]);
