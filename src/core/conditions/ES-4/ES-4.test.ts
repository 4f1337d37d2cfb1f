import condition from '.';
import { testCondition } from '../../testing/condition-tester';

const HEAD = ['Condition', 'Article', 'Excerpt'];

testCondition(condition, [
  {
    name: 'an article given for ES-4 attests it',
    sheets: { Statutes: [HEAD, ['ES-4', 'art. 48', 'the balance goes to a purpose as close as possible to the object']] },
    outcome: 'attested',
  },
  {
    name: 'a blank article lacks evidence',
    sheets: { Statutes: [HEAD, ['ES-4', null, 'liquidation clause']] },
    outcome: 'missing-evidence',
  },
  {
    name: 'an article given for another condition only: missing evidence',
    sheets: { Statutes: [HEAD, ['ES-1', 'art. 3', '']] },
    outcome: 'missing-evidence',
  },
  {
    name: 'no statutes sheet: not evaluated',
    sheets: {
      Members: [
        ['Member ID', 'Admission date'],
        ['M001', '2020-01-01'],
      ],
    },
    outcome: 'not-evaluated',
  },
]);
