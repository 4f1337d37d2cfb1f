import condition from '.';
import { testCondition } from '../../testing/condition-tester';

const HEAD = ['Voorwaarde', 'Artikel', 'Uittreksel'];

testCondition(condition, [
  {
    name: 'an article given for ES-2 attests it',
    sheets: { Statuten: [HEAD, ['ES-2', 'art. 3', 'De vennootschap heeft hoofdzakelijk tot voorwerp…']] },
    outcome: 'attested',
  },
  {
    name: 'two rows for ES-2 still attest it',
    sheets: { Statuten: [HEAD, ['ES-2', 'art. 3', ''], ['ES 2', 'art. 4', '']] },
    outcome: 'attested',
  },
  {
    name: 'a blank article lacks evidence',
    sheets: { Statuten: [HEAD, ['ES-2', '', 'voorwerp']] },
    outcome: 'missing-evidence',
  },
  {
    name: 'ES-1 is attested but not ES-2',
    sheets: { Statuten: [HEAD, ['ES-1', 'art. 3', '']] },
    outcome: 'missing-evidence',
  },
  {
    name: 'no statutes sheet: not evaluated',
    sheets: {
      Register: [
        ['Lidnummer', 'Datum toetreding'],
        ['M001', '01/01/2020'],
      ],
    },
    outcome: 'not-evaluated',
  },
]);
