import condition from '.';
import { testCondition } from '../../testing/condition-tester';

const REGISTER = [['N° sociétaire', "Date d'adhésion"], ['M001', '01/01/2020']];

testCondition(condition, [
  {
    name: 'a report date in the parameters sheet attests the report',
    sheets: { Registre: REGISTER, Paramètres: [['Paramètre', 'Valeur'], ['Date du rapport', '20/05/2025']] },
    outcome: 'attested',
  },
  {
    name: 'a board approval date alone attests it',
    sheets: { Registre: REGISTER },
    parameters: { boardApprovalDate: '2025-05-12' },
    outcome: 'attested',
  },
  {
    name: 'neither date: the generated report awaits review',
    sheets: { Registre: REGISTER },
    outcome: 'review',
  },
  {
    name: 'a report date that does not parse is no date',
    sheets: { Registre: REGISTER, Paramètres: [['Paramètre', 'Valeur'], ['Date du rapport', 'mai']] },
    outcome: 'review',
  },
  {
    name: 'no sheet at all is still checked: the report is produced',
    sheets: {},
    parameters: { reportDate: '20/05/2025' },
    outcome: 'attested',
  },
  {
    name: 'not applicable without the ES accreditation',
    sheets: { Registre: REGISTER },
    parameters: { accreditations: 'CNC' },
    outcome: 'not-applicable',
  },
]);
