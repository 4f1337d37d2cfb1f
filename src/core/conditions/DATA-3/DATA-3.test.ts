import condition from '.';
import { testCondition } from '../../testing/condition-tester';

const HEAD = ['N° sociétaire', 'Nom', "Date d'adhésion"];

testCondition(condition, [
  {
    name: 'unique ids, numbers and texts alike',
    sheets: { Registre: [HEAD, ['M1', 'Alice', '01/01/2020'], [2, 'Bob', '01/01/2020'], ['m1', 'Carl', '01/01/2020']] },
    outcome: 'passed',
  },
  {
    name: 'an id used twice: the second row is flagged',
    sheets: { Registre: [HEAD, ['M1', 'Alice', '01/01/2020'], ['M2', 'Bob', '01/01/2020'], ['M1', 'Alice bis', '01/01/2021']] },
    outcome: 'failed',
    findings: [['duplicateMemberId', 'Registre!A4']],
  },
  {
    name: 'an id used three times, once with stray spaces',
    sheets: { Registre: [HEAD, ['M1', 'A', '01/01/2020'], [' M1 ', 'B', '01/01/2020'], ['M1', 'C', '01/01/2020']] },
    outcome: 'failed',
    findings: [
      ['duplicateMemberId', 'Registre!A3'],
      ['duplicateMemberId', 'Registre!A4'],
    ],
  },
  {
    name: 'a register row without an id',
    sheets: { Registre: [HEAD, ['M1', 'Alice', '01/01/2020'], ['  ', 'Bob', '01/01/2020']] },
    outcome: 'failed',
    findings: [['blankMemberId', 'Registre!A3']],
  },
  {
    name: 'no register: not evaluated',
    sheets: {
      AG: [
        ["Date de l'AG", 'N° sociétaire', 'Présence'],
        ['17/06/2025', 'M1', 'présent'],
      ],
    },
    outcome: 'not-evaluated',
  },
]);
