import condition from '.';
import { testCondition } from '../../testing/condition-tester';

const HEAD = ['Condition', 'Article', 'Extrait'];

testCondition(condition, [
  {
    name: 'an article given for ES-1 attests it',
    sheets: { Statuts: [HEAD, ['ES-1', 'art. 3', "La société a pour but principal, dans l'intérêt général…"], ['ES-4', 'art. 48', '']] },
    outcome: 'attested',
  },
  {
    name: 'the condition id may be written without its hyphen',
    sheets: { Statuts: [HEAD, ['es1', 'art. 3', '']] },
    outcome: 'attested',
  },
  {
    name: 'a row for ES-1 with a blank article lacks evidence',
    sheets: { Statuts: [HEAD, ['ES-1', '  ', 'texte sans article']] },
    outcome: 'missing-evidence',
  },
  {
    name: 'articles for other conditions only: missing evidence',
    sheets: { Statuts: [HEAD, ['ES-2', 'art. 4', ''], ['ES-4', 'art. 48', '']] },
    outcome: 'missing-evidence',
  },
  {
    name: 'a statutes sheet without an article column is not evaluated',
    sheets: { Statuts: [['Condition', 'Extrait'], ['ES-1', 'art. 3']] },
    outcome: 'not-evaluated',
  },
  {
    name: 'no statutes sheet: not evaluated',
    sheets: { Registre: [['N° sociétaire', "Date d'adhésion"], ['M001', '01/01/2020']] },
    outcome: 'not-evaluated',
  },
  {
    name: 'not applicable without the ES accreditation',
    sheets: { Statuts: [HEAD, ['ES-1', 'art. 3', '']] },
    parameters: { accreditations: 'CNC' },
    outcome: 'not-applicable',
  },
]);
