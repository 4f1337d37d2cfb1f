import condition from '.';
import { testCondition } from '../../testing/condition-tester';

const REGISTER = [
  ['N° sociétaire', "Date d'adhésion"],
  ['M001', '01/01/2020'],
];
// Fiscal year 2024: 01/01/2024 – 31/12/2024; a report on it is dated 01/01/2025 – 31/12/2025.
const YEAR = { fiscalYear: 2024 };
const WINDOW = { year: 2024, yearEnd: '2024-12-31', deadline: '2025-12-31' };

testCondition(condition, [
  {
    name: 'a report date in the parameters sheet after the year attests the report',
    sheets: {
      Registre: REGISTER,
      Paramètres: [
        ['Paramètre', 'Valeur'],
        ['Exercice', 2024],
        ['Date du rapport', '20/05/2025'],
      ],
    },
    outcome: 'attested',
    note: ['reportDated', { reportDate: '2025-05-20', year: 2024, yearEnd: '2024-12-31' }],
  },
  {
    name: 'the day after the year’s end is the first day a report can be dated',
    sheets: { Registre: REGISTER },
    parameters: { ...YEAR, reportDate: '01/01/2025' },
    outcome: 'attested',
    note: ['reportDated', { reportDate: '2025-01-01' }],
  },
  {
    name: 'a report dated on the year’s last day does not attest it: review, saying why',
    sheets: { Registre: REGISTER },
    parameters: { ...YEAR, reportDate: '31/12/2024' },
    outcome: 'review',
    note: ['reportBeforeYearEnd', { ...WINDOW, dateKind: 'report', date: '2024-12-31', firstDay: '2025-01-01' }],
  },
  {
    name: 'a report dated before the fiscal year does not attest ES-9',
    sheets: { Registre: REGISTER },
    parameters: { ...YEAR, reportDate: '20/05/2024' },
    outcome: 'review',
    note: ['reportBeforeYearEnd', { date: '2024-05-20' }],
  },
  {
    name: 'twelve months after the year’s end is still in time',
    sheets: { Registre: REGISTER },
    parameters: { ...YEAR, reportDate: '31/12/2025' },
    outcome: 'attested',
    note: ['reportDated', { reportDate: '2025-12-31' }],
  },
  {
    name: 'one day more is not the annual report on this year',
    sheets: { Registre: REGISTER },
    parameters: { ...YEAR, reportDate: '01/01/2026' },
    outcome: 'review',
    note: ['reportTooLate', { ...WINDOW, dateKind: 'report', date: '2026-01-01' }],
  },
  {
    name: 'a board approval date alone, in the window, attests it',
    sheets: { Registre: REGISTER },
    parameters: { ...YEAR, boardApprovalDate: '2025-05-12' },
    outcome: 'attested',
    note: ['reportDated', { boardApprovalDate: '2025-05-12' }],
  },
  {
    name: 'a board approval date before the year’s end does not attest it, even beside a good report date',
    sheets: { Registre: REGISTER },
    parameters: { ...YEAR, reportDate: '20/05/2025', boardApprovalDate: '2024-11-12' },
    outcome: 'review',
    note: ['reportBeforeYearEnd', { dateKind: 'approval', date: '2024-11-12' }],
  },
  {
    name: 'a fiscal year starting 1 July: the window follows its end (30/06)',
    sheets: { Registre: REGISTER },
    parameters: { ...YEAR, fiscalYearStart: '01/07', reportDate: '30/06/2025' },
    outcome: 'attested',
    note: ['reportDated', { yearEnd: '2024-06-30' }],
  },
  {
    name: 'neither date: the generated report awaits review, with the dates to give',
    sheets: { Registre: REGISTER },
    parameters: YEAR,
    outcome: 'review',
    note: ['reportNotDated', WINDOW],
  },
  {
    name: 'a report date that does not parse is no date',
    sheets: {
      Registre: REGISTER,
      Paramètres: [
        ['Paramètre', 'Valeur'],
        ['Exercice', 2024],
        ['Date du rapport', 'mai'],
      ],
    },
    outcome: 'review',
    note: ['reportNotDated'],
  },
  {
    name: 'no sheet at all is still checked: the report is produced',
    sheets: {},
    parameters: { ...YEAR, reportDate: '20/05/2025' },
    outcome: 'attested',
  },
  {
    name: 'not applicable without the ES accreditation',
    sheets: { Registre: REGISTER },
    parameters: { accreditations: 'CNC' },
    outcome: 'not-applicable',
  },
]);
