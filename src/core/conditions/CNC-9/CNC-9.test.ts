import condition from '.';
import { testCondition } from '../../testing/condition-tester';

const REGISTER = [['Lidnummer', 'Datum toetreding'], ['M001', '01/01/2020']];

testCondition(condition, [
  {
    name: 'a report date in the parameters sheet attests the report',
    sheets: { Register: REGISTER, Parameters: [['Parameter', 'Waarde'], ['Datum verslag', '20/05/2026']] },
    outcome: 'attested',
  },
  {
    name: 'a board approval date alone attests it',
    sheets: { Register: REGISTER, Parameters: [['Parameter', 'Waarde'], ['Datum goedkeuring RvB', '12/05/2026']] },
    outcome: 'attested',
  },
  {
    name: 'neither date: the generated report awaits review',
    sheets: { Register: REGISTER },
    outcome: 'review',
  },
  {
    name: 'not applicable without the CNC accreditation',
    sheets: { Register: REGISTER },
    parameters: { accreditations: 'ES' },
    outcome: 'not-applicable',
  },
]);
