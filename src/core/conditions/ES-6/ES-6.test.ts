import condition from '.';
import { testCondition } from '../../testing/condition-tester';

const YEAR = { fiscalYear: 2024 };
// Columns: A name, B appointed by, C remuneration, D attendance fees, E allowance, F GA-authorised amount, G profit-linked, H mandate end.
const BOARD = ['Administrateur', 'Nommé par', 'Rémunération', 'Jetons de présence', 'Indemnité', "Montant autorisé par l'AG", 'Lié aux bénéfices', 'Fin du mandat'];
const director = (name: string, pay: { remuneration?: number; fees?: number; allowance?: number }, authorised: number | string = '', profitLinked = 'non', mandateEnd = '') =>
  [name, 'AG', pay.remuneration ?? '', pay.fees ?? '', pay.allowance ?? '', authorised, profitLinked, mandateEnd];

testCondition(condition, [
  {
    name: 'unpaid mandates pass',
    sheets: { Conseil: [BOARD, director('Anne Dupont', {}), director('Bart Peeters', { remuneration: 0 })] },
    parameters: YEAR,
    outcome: 'passed',
  },
  {
    name: 'pay equal to the amount the GA authorised passes',
    sheets: { Conseil: [BOARD, director('Anne Dupont', { fees: 500, allowance: 300 }, 800)] },
    parameters: YEAR,
    outcome: 'passed',
  },
  {
    name: 'one cent above the GA amount fails, on the largest pay cell',
    sheets: { Conseil: [BOARD, director('Anne Dupont', { fees: 500, allowance: 300.01 }, 800)] },
    parameters: YEAR,
    outcome: 'failed',
    findings: [['payAboveGaAmount', 'Conseil!D2']],
  },
  {
    name: 'pay without a GA-authorised amount fails',
    sheets: { Conseil: [BOARD, director('Anne Dupont', { allowance: 0.01 })] },
    parameters: YEAR,
    outcome: 'failed',
    findings: [['paidWithoutGaDecision', 'Conseil!E2']],
  },
  {
    name: 'a GA amount of zero allows no pay',
    sheets: { Conseil: [BOARD, director('Anne Dupont', { remuneration: 100 }, 0)] },
    parameters: YEAR,
    outcome: 'failed',
    findings: [['payAboveGaAmount', 'Conseil!C2']],
  },
  {
    name: 'profit-linked pay fails even within the GA amount',
    sheets: { Conseil: [BOARD, director('Anne Dupont', { remuneration: 100 }, 1000, 'oui')] },
    parameters: YEAR,
    outcome: 'failed',
    findings: [['profitLinkedPay', 'Conseil!G2']],
  },
  {
    name: 'pay at the yearly cap for a "limited" allowance passes',
    sheets: { Conseil: [BOARD, director('Anne Dupont', { allowance: 1361.23 }, 2000)] },
    parameters: { ...YEAR, directorFeeCapPerYear: 1361.23 },
    outcome: 'passed',
  },
  {
    name: 'one cent above the yearly cap is a warning',
    sheets: { Conseil: [BOARD, director('Anne Dupont', { allowance: 1361.24 }, 2000)] },
    parameters: { ...YEAR, directorFeeCapPerYear: 1361.23 },
    outcome: 'review',
    findings: [['payAboveYearlyCap', 'Conseil!E2']],
  },
  {
    name: 'attendance fees of the year within one meeting’s cap pass',
    sheets: { Conseil: [BOARD, director('Anne Dupont', { fees: 34.03 }, 100)] },
    parameters: { ...YEAR, directorFeeCapPerMeeting: 34.03 },
    outcome: 'passed',
  },
  {
    name: 'attendance fees above one meeting’s cap cannot be checked per meeting: a warning',
    sheets: { Conseil: [BOARD, director('Anne Dupont', { fees: 34.04 }, 100)] },
    parameters: { ...YEAR, directorFeeCapPerMeeting: 34.03 },
    outcome: 'review',
    findings: [['feesAbovePerMeetingCap', 'Conseil!D2']],
  },
  {
    name: 'a director whose mandate ended before the year is not checked',
    sheets: { Conseil: [BOARD, director('Anne Dupont', {}), director('Chris Janssens', { remuneration: 5000 }, '', 'non', '30/06/2023')] },
    parameters: YEAR,
    outcome: 'passed',
  },
  {
    name: 'Dutch headers: pay without a GA decision fails',
    sheets: {
      Bestuur: [['Bestuurder', 'Benoemd door', 'Presentiegeld', 'Door AV toegestaan bedrag'], ['Bart Peeters', 'AV', 150, '']],
    },
    parameters: YEAR,
    outcome: 'failed',
    findings: [['paidWithoutGaDecision', 'Bestuur!C2']],
  },
  {
    name: 'no pay column at all: the mandates cannot be checked, a warning',
    sheets: { Board: [['Director', 'Appointed by', 'Appointment date'], ['Anne Dupont', 'GM', '17/06/2022']] },
    parameters: YEAR,
    outcome: 'review',
    findings: [['payColumnsMissing', 'Board!A1']],
  },
  {
    name: 'no director in office during the year: nothing to check',
    sheets: { Conseil: [BOARD, director('Chris Janssens', { remuneration: 5000 }, '', 'non', '30/06/2023')] },
    parameters: YEAR,
    outcome: 'not-applicable',
  },
  {
    name: 'no directors sheet: not evaluated',
    sheets: { Registre: [['N° sociétaire', "Date d'adhésion"], ['M001', '01/01/2020']] },
    parameters: YEAR,
    outcome: 'not-evaluated',
  },
]);
