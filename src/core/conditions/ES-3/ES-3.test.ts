import condition from '.';
import { testCondition } from '../../testing/condition-tester';

// Fiscal year 2024 has 366 days: a share held from 2 July is held 183 days, exactly half the year.
const YEAR = { fiscalYear: 2024 };
const REGISTER = ['N° sociétaire', 'Nom', "Date d'adhésion", 'Date de sortie', 'Nombre de parts', 'Valeur nominale', 'Montant libéré'];
const DIVIDENDS = ['N° sociétaire', 'Exercice', 'Nature', 'Montant brut', 'Précompte mobilier', 'Montant net'];
/** 40 shares of 25 € fully paid: 1 000 €, so 6 % is 60 €. */
const member = (id: string, admitted = '15/03/2019', exit = '', paidUp: number | string = 1000) => [id, `Coopérateur ${id}`, admitted, exit, 40, 25, paidUp];
const dividend = (id: string, gross: number, kind = 'dividende', year = 2024) => [id, year, kind, gross, '', ''];

testCondition(condition, [
  {
    name: 'a dividend of exactly 6 % of the paid-up amount passes',
    sheets: { Registre: [REGISTER, member('M001')], Dividendes: [DIVIDENDS, dividend('M001', 60)] },
    parameters: YEAR,
    outcome: 'passed',
  },
  {
    name: 'one cent above 6 % fails, on the gross amount cell',
    sheets: { Registre: [REGISTER, member('M001')], Dividendes: [DIVIDENDS, dividend('M001', 60.01)] },
    parameters: YEAR,
    outcome: 'failed',
    findings: [['advantageAboveCap', 'Dividendes!D2']],
  },
  {
    name: 'a 6.01 % dividend fails',
    sheets: { Registre: [REGISTER, member('M001'), member('M002')], Dividendes: [DIVIDENDS, dividend('M001', 60), dividend('M002', 60.1)] },
    parameters: YEAR,
    outcome: 'failed',
    findings: [['advantageAboveCap', 'Dividendes!D3']],
  },
  {
    name: 'dividend, interest and other advantages add up; a ristourne is not a return on capital',
    sheets: {
      Registre: [REGISTER, member('M001')],
      Dividendes: [DIVIDENDS, dividend('M001', 40), dividend('M001', 15, 'intérêt'), dividend('M001', 5, 'autre'), dividend('M001', 500, 'ristourne')],
    },
    parameters: YEAR,
    outcome: 'passed',
  },
  {
    name: 'the sum one cent above the cap fails on its largest row',
    sheets: {
      Registre: [REGISTER, member('M001')],
      Dividendes: [DIVIDENDS, dividend('M001', 20.01, 'intérêt'), dividend('M001', 40)],
    },
    parameters: YEAR,
    outcome: 'failed',
    findings: [['advantageAboveCap', 'Dividendes!D3']],
  },
  {
    name: 'pro rata temporis: shares held half the year cap at 3 % (admitted 2 July)',
    sheets: { Registre: [REGISTER, member('M001', '02/07/2024')], Dividendes: [DIVIDENDS, dividend('M001', 30)] },
    parameters: YEAR,
    outcome: 'passed',
  },
  {
    name: 'pro rata temporis: one cent above 3 % for half a year fails',
    sheets: { Registre: [REGISTER, member('M001', '02/07/2024')], Dividendes: [DIVIDENDS, dividend('M001', 30.01)] },
    parameters: YEAR,
    outcome: 'failed',
    findings: [['advantageAboveCap', 'Dividendes!D2']],
  },
  {
    name: 'pro rata temporis: an exit on 1 July (last day held) also halves the cap',
    sheets: { Registre: [REGISTER, member('M001', '15/03/2019', '01/07/2024')], Dividendes: [DIVIDENDS, dividend('M001', 30.01)] },
    parameters: YEAR,
    outcome: 'failed',
    findings: [['advantageAboveCap', 'Dividendes!D2']],
  },
  {
    name: 'without pro rata temporis, half a year earns the full 6 %',
    sheets: { Registre: [REGISTER, member('M001', '02/07/2024')], Dividendes: [DIVIDENDS, dividend('M001', 60)] },
    parameters: { ...YEAR, proRataTemporis: false },
    outcome: 'passed',
  },
  {
    name: 'the paid-up base: 6 % of 500 € paid up on 1 000 € of shares is 30 €',
    sheets: { Registre: [REGISTER, member('M001', '15/03/2019', '', 500)], Dividendes: [DIVIDENDS, dividend('M001', 30.01)] },
    parameters: YEAR,
    outcome: 'failed',
    findings: [['advantageAboveCap', 'Dividendes!D2']],
  },
  {
    name: 'the nominal base on request: the same 30.01 € passes',
    sheets: { Registre: [REGISTER, member('M001', '15/03/2019', '', 500)], Dividendes: [DIVIDENDS, dividend('M001', 30.01)] },
    parameters: { ...YEAR, dividendBase: 'nominal' },
    outcome: 'passed',
  },
  {
    name: 'gross 8.571 % fails the default gross comparison',
    sheets: { Registre: [REGISTER, member('M001')], Dividendes: [DIVIDENDS, dividend('M001', 85.71)] },
    parameters: YEAR,
    outcome: 'failed',
    findings: [['advantageAboveCap', 'Dividendes!D2']],
  },
  {
    name: 'net of 30 % withholding tax on request, gross 8.571 % passes',
    sheets: { Registre: [REGISTER, member('M001')], Dividendes: [DIVIDENDS, dividend('M001', 85.71)] },
    parameters: { ...YEAR, esRateNetOfTax: true },
    outcome: 'passed',
  },
  {
    name: 'net reading: a given net amount one cent above fails on the net cell',
    sheets: { Registre: [REGISTER, member('M001')], Dividendes: [DIVIDENDS, ['M001', 2024, 'dividende', 85.73, 25.72, 60.01]] },
    parameters: { ...YEAR, esRateNetOfTax: true },
    outcome: 'failed',
    findings: [['advantageAboveCap', 'Dividendes!F2']],
  },
  {
    // 1 000 € all year and another 1 000 € from 2 July: 60 € + 30 € = 90 €.
    name: 'holdings rebuilt from the share movements: a second subscription mid-year adds half its cap',
    sheets: {
      Register: [['Member ID', 'Admission date', 'Shares', 'Nominal value'], ['M001', '01/01/2020', 80, 25]],
      Movements: [
        ['Date', 'Member ID', 'Operation', 'Shares', 'Unit price', 'Amount'],
        ['01/01/2020', 'M001', 'subscription', 40, 25, 1000],
        ['02/07/2024', 'M001', 'subscription', 40, 25, 1000],
      ],
      Distributions: [['Member ID', 'Fiscal year', 'Kind', 'Gross amount'], ['M001', 2024, 'dividend', 90]],
    },
    parameters: YEAR,
    outcome: 'passed',
  },
  {
    name: 'holdings from movements: a full refund on 2 July leaves half the cap, and one cent more fails',
    sheets: {
      Register: [['Member ID', 'Admission date', 'Shares', 'Nominal value'], ['M001', '01/01/2020', 40, 25]],
      Movements: [
        ['Date', 'Member ID', 'Operation', 'Shares', 'Unit price', 'Amount'],
        ['01/01/2020', 'M001', 'subscription', 40, 25, 1000],
        ['02/07/2024', 'M001', 'sell back', 40, 25, 1000],
      ],
      Distributions: [['Member ID', 'Fiscal year', 'Kind', 'Gross amount'], ['M001', 2024, 'dividend', 30.01]],
    },
    parameters: YEAR,
    outcome: 'failed',
    findings: [['advantageAboveCap', 'Distributions!D2']],
  },
  {
    name: 'holdings from movements: payments, not subscriptions, make the paid-up base',
    sheets: {
      Register: [['Member ID', 'Admission date'], ['M001', '01/01/2020']],
      Movements: [
        ['Date', 'Member ID', 'Operation', 'Shares', 'Unit price', 'Amount'],
        ['01/01/2020', 'M001', 'subscription', 40, 25, 1000],
        ['01/01/2020', 'M001', 'payment', '', '', 250],
      ],
      Distributions: [['Member ID', 'Fiscal year', 'Kind', 'Gross amount'], ['M001', 2024, 'dividend', 15.01]],
    },
    parameters: YEAR,
    outcome: 'failed',
    findings: [['advantageAboveCap', 'Distributions!D2']],
  },
  {
    name: 'without a fiscal year column, the payment date places the row (Dutch headers)',
    sheets: {
      Register: [['Lidnummer', 'Datum toetreding', 'Aantal aandelen', 'Nominale waarde', 'Gestort bedrag'], ['M001', '01/01/2020', 40, 25, 1000]],
      Uitkeringen: [['Lidnummer', 'Aard', 'Brutobedrag', 'Betaaldatum'], ['M001', 'dividend', 60.01, '20/06/2024'], ['M001', 'dividend', 500, '20/06/2023']],
    },
    parameters: YEAR,
    outcome: 'failed',
    findings: [['advantageAboveCap', 'Uitkeringen!C2']],
  },
  {
    name: 'a distribution to someone who held no share in the year is a warning',
    sheets: { Registre: [REGISTER, member('M001', '15/03/2019', '31/12/2023')], Dividendes: [DIVIDENDS, dividend('M001', 10), dividend('M404', 10)] },
    parameters: YEAR,
    outcome: 'review',
    findings: [['noShareHeld', 'Dividendes!D2'], ['noShareHeld', 'Dividendes!D3']],
  },
  {
    name: 'a register without the value of the shares is a warning on the missing cell',
    sheets: { Registre: [REGISTER, ['M001', 'Dupont', '15/03/2019', '', 40, '', '']], Dividendes: [DIVIDENDS, dividend('M001', 10)] },
    parameters: YEAR,
    outcome: 'review',
    findings: [['baseUnknown', 'Registre!G2']],
  },
  {
    name: 'only ristournes: nothing to check',
    sheets: { Registre: [REGISTER, member('M001')], Dividendes: [DIVIDENDS, dividend('M001', 500, 'ristourne')] },
    parameters: YEAR,
    outcome: 'not-applicable',
  },
  {
    name: 'a dividend of another fiscal year is not this year’s',
    sheets: { Registre: [REGISTER, member('M001')], Dividendes: [DIVIDENDS, dividend('M001', 500, 'dividende', 2023)] },
    parameters: YEAR,
    outcome: 'not-applicable',
  },
  {
    name: 'no distributions sheet: not evaluated',
    sheets: { Registre: [REGISTER, member('M001')] },
    parameters: YEAR,
    outcome: 'not-evaluated',
  },
]);
