import condition from '.';
import { testCondition } from '../../testing/condition-tester';

// Fiscal year 2024 has 366 days: a share held from 2 July is held 183 days, exactly half the year.
const YEAR = { fiscalYear: 2024 };
const REGISTER = ['Member ID', 'Name', 'Admission date', 'Exit date', 'Shares', 'Nominal value', 'Paid-up amount'];
const DIVIDENDS = ['Member ID', 'Fiscal year', 'Kind', 'Gross amount', 'Withholding tax', 'Net amount'];
/** 20 shares of 25 €: 500 € nominal, so 6 % is 30 € net (the Coopfabrik example: 42.86 € gross). */
const member = (id: string, admitted = '15/03/2019', paidUp = 500) => [id, `Member ${id}`, admitted, '', 20, 25, paidUp];
const dividend = (id: string, gross: number | string, tax: number | string = '', net: number | string = '', kind = 'dividend') => [id, 2024, kind, gross, tax, net];

testCondition(condition, [
  {
    name: 'a net dividend of exactly 6 % of the nominal value passes',
    sheets: { Register: [REGISTER, member('M001')], Distributions: [DIVIDENDS, dividend('M001', 42.86, 12.86, 30)] },
    parameters: YEAR,
    outcome: 'passed',
  },
  {
    name: 'a net dividend one cent above the cap fails, on the net amount cell',
    sheets: { Register: [REGISTER, member('M001')], Distributions: [DIVIDENDS, dividend('M001', 42.87, 12.86, 30.01)] },
    parameters: YEAR,
    outcome: 'failed',
    findings: [['dividendAboveCap', 'Distributions!F2']],
  },
  {
    name: 'gross 8.571 % with 30 % withholding tax and no net given passes (42.86 € − 12.86 € = 30 €)',
    sheets: { Register: [REGISTER, member('M001')], Distributions: [DIVIDENDS, dividend('M001', 42.86)] },
    parameters: YEAR,
    outcome: 'passed',
  },
  {
    name: 'gross one cent more leaves 30.01 € net and fails, on the gross amount cell',
    sheets: { Register: [REGISTER, member('M001')], Distributions: [DIVIDENDS, dividend('M001', 42.87)] },
    parameters: YEAR,
    outcome: 'failed',
    findings: [['dividendAboveCap', 'Distributions!D2']],
  },
  {
    name: 'net = gross − the withholding tax given',
    sheets: { Register: [REGISTER, member('M001'), member('M002')], Distributions: [DIVIDENDS, dividend('M001', 50, 20), dividend('M002', 50, 19.99)] },
    parameters: YEAR,
    outcome: 'failed',
    findings: [['dividendAboveCap', 'Distributions!D3']],
  },
  {
    name: 'a lower withholding tax rate is stricter: at 0 %, 30.01 € gross fails',
    sheets: { Register: [REGISTER, member('M001')], Distributions: [DIVIDENDS, dividend('M001', 30.01)] },
    parameters: { ...YEAR, withholdingTaxRate: '0%' },
    outcome: 'failed',
    findings: [['dividendAboveCap', 'Distributions!D2']],
  },
  {
    name: 'always the nominal value: half paid-up shares still earn 6 % of the nominal value',
    sheets: { Register: [REGISTER, member('M001', '15/03/2019', 250)], Distributions: [DIVIDENDS, dividend('M001', '', '', 30)] },
    parameters: { ...YEAR, dividendBase: 'paid-up' },
    outcome: 'passed',
  },
  {
    name: 'pro rata temporis: held half the year, 15 € net passes',
    sheets: { Register: [REGISTER, member('M001', '02/07/2024')], Distributions: [DIVIDENDS, dividend('M001', '', '', 15)] },
    parameters: YEAR,
    outcome: 'passed',
  },
  {
    name: 'pro rata temporis: held half the year, 15.01 € net fails',
    sheets: { Register: [REGISTER, member('M001', '02/07/2024')], Distributions: [DIVIDENDS, dividend('M001', '', '', 15.01)] },
    parameters: YEAR,
    outcome: 'failed',
    findings: [['dividendAboveCap', 'Distributions!F2']],
  },
  {
    name: 'interest on shares counts as a dividend on capital',
    sheets: {
      Register: [REGISTER, member('M001')],
      Distributions: [DIVIDENDS, dividend('M001', '', '', 20), dividend('M001', '', '', 10.01, 'interest')],
    },
    parameters: YEAR,
    outcome: 'failed',
    findings: [['dividendAboveCap', 'Distributions!F2']],
  },
  {
    name: 'ristournes and other advantages are not dividends on capital',
    sheets: {
      Register: [REGISTER, member('M001')],
      Distributions: [DIVIDENDS, dividend('M001', '', '', 30), dividend('M001', '', '', 400, 'patronage refund'), dividend('M001', '', '', 5, 'other')],
    },
    parameters: YEAR,
    outcome: 'passed',
  },
  {
    name: 'holdings from the movements (French headers)',
    sheets: {
      Registre: [['N° sociétaire', "Date d'adhésion"], ['M001', '01/01/2020']],
      Mouvements: [
        ['Date', 'N° sociétaire', 'Opération', 'Nombre de parts', 'Prix unitaire', 'Montant'],
        ['01/01/2020', 'M001', 'souscription', 20, 25, 500],
        ['02/07/2024', 'M001', 'souscription', 20, 25, 500],
      ],
      Dividendes: [['N° sociétaire', 'Exercice', 'Nature', 'Montant brut', 'Montant net'], ['M001', 2024, 'dividende', 64.29, 45.01]],
    },
    parameters: YEAR,
    outcome: 'failed',
    findings: [['dividendAboveCap', 'Dividendes!E2']],
  },
  {
    name: 'a dividend to someone who held no share is a warning',
    sheets: { Register: [REGISTER, member('M001')], Distributions: [DIVIDENDS, dividend('M404', '', '', 10)] },
    parameters: YEAR,
    outcome: 'review',
    findings: [['noShareHeld', 'Distributions!F2']],
  },
  {
    name: 'a register without the nominal value is a warning on the missing cell',
    sheets: { Register: [REGISTER, ['M001', 'Dupont', '15/03/2019', '', 20, '', 500]], Distributions: [DIVIDENDS, dividend('M001', '', '', 10)] },
    parameters: YEAR,
    outcome: 'review',
    findings: [['nominalUnknown', 'Register!F2']],
  },
  {
    name: 'no dividend this year: nothing to check',
    sheets: { Register: [REGISTER, member('M001')], Distributions: [DIVIDENDS, dividend('M001', '', '', 400, 'patronage refund')] },
    parameters: YEAR,
    outcome: 'not-applicable',
  },
  {
    name: 'no register: not evaluated',
    sheets: { Distributions: [DIVIDENDS, dividend('M001', '', '', 30)] },
    parameters: YEAR,
    outcome: 'not-evaluated',
  },
]);
