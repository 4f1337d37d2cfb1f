import condition from '.';
import { testCondition } from '../../testing/condition-tester';

// Fiscal year 2024 has 366 days: a share held from 2 July is held 183 days, exactly half the year.
const YEAR = { fiscalYear: 2024 };
const REGISTER = ['Member ID', 'Name', 'Admission date', 'Exit date', 'Shares', 'Nominal value', 'Paid-up amount'];
const DIVIDENDS = ['Member ID', 'Fiscal year', 'Kind', 'Gross amount', 'Withholding tax', 'Net amount'];
/** 20 shares of 25 €: 500 € nominal, so 6 % is 30 € net (the Coopfabrik example: 42.86 € gross). */
const member = (id: string, admitted = '15/03/2019', paidUp = 500) => [id, `Member ${id}`, admitted, '', 20, 25, paidUp];
const ALLOCATION = ['Item', 'Amount'];
/** 500 € of nominal value all through 2024 and 500 € more from 1 March 2025. */
const GROWING = {
  Register: [
    ['Member ID', 'Admission date'],
    ['M001', '01/01/2020'],
  ],
  Movements: [
    ['Date', 'Member ID', 'Operation', 'Shares', 'Unit price', 'Amount'],
    ['01/01/2020', 'M001', 'subscription', 20, 25, 500],
    ['01/03/2025', 'M001', 'subscription', 20, 25, 500],
  ],
};
const paidOn = (date: string, net: number) => ({
  Distributions: [
    ['Member ID', 'Kind', 'Gross amount', 'Net amount', 'Payment date'],
    ['M001', 'dividend', '', net, date],
  ],
});
const dividend = (id: string, gross: number | string, tax: number | string = '', net: number | string = '', kind = 'dividend') => [
  id,
  2024,
  kind,
  gross,
  tax,
  net,
];

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
    parameters: { ...YEAR, proRataTemporis: true },
    outcome: 'passed',
  },
  {
    name: 'pro rata temporis: held half the year, 15.01 € net fails',
    sheets: { Register: [REGISTER, member('M001', '02/07/2024')], Distributions: [DIVIDENDS, dividend('M001', '', '', 15.01)] },
    parameters: { ...YEAR, proRataTemporis: true },
    outcome: 'failed',
    findings: [['dividendAboveCap', 'Distributions!F2', { netCents: 1501, capCents: 1500, excessCents: 1, proRata: true, daysHeld: 183, daysOfYear: 366 }]],
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
    name: 'pro rata temporis, holdings from the movements (French headers)',
    sheets: {
      Registre: [
        ['N° sociétaire', "Date d'adhésion"],
        ['M001', '01/01/2020'],
      ],
      Mouvements: [
        ['Date', 'N° sociétaire', 'Opération', 'Nombre de parts', 'Prix unitaire', 'Montant'],
        ['01/01/2020', 'M001', 'souscription', 20, 25, 500],
        ['02/07/2024', 'M001', 'souscription', 20, 25, 500],
      ],
      Dividendes: [
        ['N° sociétaire', 'Exercice', 'Nature', 'Montant brut', 'Montant net'],
        ['M001', 2024, 'dividende', 64.29, 45.01],
      ],
    },
    parameters: { ...YEAR, proRataTemporis: true },
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
    // Second edition (was not-applicable): no dividend distributed is evidence.
    name: 'no dividend this year, only a patronage refund: passed',
    sheets: { Register: [REGISTER, member('M001')], Distributions: [DIVIDENDS, dividend('M001', '', '', 400, 'patronage refund')] },
    parameters: YEAR,
    outcome: 'passed',
    note: ['nothingDistributed', { year: 2024, source: 'otherKinds' }],
  },
  {
    name: 'no register: not evaluated',
    sheets: { Distributions: [DIVIDENDS, dividend('M001', '', '', 30)] },
    parameters: YEAR,
    outcome: 'not-evaluated',
  },

  // --- Second edition 11: proRataTemporis is false by default.
  {
    name: 'default, no pro rata temporis: held half the year, 30 € net (the full 6 %) passes',
    sheets: { Register: [REGISTER, member('M001', '02/07/2024')], Distributions: [DIVIDENDS, dividend('M001', '', '', 30)] },
    parameters: YEAR,
    outcome: 'passed',
    note: ['highestRate', { members: 1, highestPpm: 60000, highestMemberId: 'M001' }],
  },
  {
    name: 'default, no pro rata temporis: held half the year, 30.01 € net fails',
    sheets: { Register: [REGISTER, member('M001', '02/07/2024')], Distributions: [DIVIDENDS, dividend('M001', '', '', 30.01)] },
    parameters: YEAR,
    outcome: 'failed',
    findings: [['dividendAboveCap', 'Distributions!F2', { year: 2024, netCents: 3001, capCents: 3000, excessCents: 1, baseCents: 50000, proRata: false }]],
    texts: {
      fr: [
        "Le sociétaire M001 reçoit pour l'exercice 2024 un dividende net de précompte mobilier de 30,01\u00a0€ : 0,01\u00a0€ de trop au-delà du plafond de 30,00\u00a0€, soit 6\u00a0% de la valeur nominale de ses parts (500,00\u00a0€) (AR du 8 janvier 1962, art. 1 §1 5°). Récupérez l'excédent auprès du sociétaire ou faites rectifier le dividende par l'assemblée générale.",
      ],
      nl: [
        'Aandeelhouder M001 ontvangt voor boekjaar 2024 een dividend na aftrek van de roerende voorheffing van €\u00a030,01: €\u00a00,01 te veel boven het plafond van €\u00a030,00, namelijk 6% van de nominale waarde van de aandelen (€\u00a0500,00) (KB van 8 januari 1962, art. 1 §1 5°). Vorder het teveel terug van de aandeelhouder of laat het dividend door de algemene vergadering rechtzetten.',
      ],
      en: [
        'Member M001 receives for fiscal year 2024 a dividend net of withholding tax of €30.01: €0.01 too much above the cap of €30.00, that is 6% of the nominal value of their shares (€500.00) (Royal Decree of 8 January 1962, art. 1 §1 5°). Recover the excess from the member or have the general meeting correct the dividend.',
      ],
    },
  },
  // --- Second edition 11: distributionYear = closed-year by default.
  {
    name: 'closed year: a dividend paid the day after the year closed is tested against that year’s holdings (30.01 € fails)',
    sheets: { ...GROWING, ...paidOn('01/01/2025', 30.01) },
    parameters: YEAR,
    outcome: 'failed',
    findings: [['dividendAboveCap', 'Distributions!D2', { year: 2024, netCents: 3001, capCents: 3000, excessCents: 1, baseCents: 50000 }]],
  },
  {
    name: 'closed year: the same dividend paid on the year’s last day belongs to the year before',
    sheets: { ...GROWING, ...paidOn('31/12/2024', 30.01) },
    parameters: YEAR,
    outcome: 'passed',
    note: ['nothingDistributed', { year: 2024, source: 'distributions' }],
  },
  {
    name: 'payment year on request: the dividend paid on 1 January 2025 is 2025’s, against 2025’s holdings (60 € passes)',
    sheets: { ...GROWING, ...paidOn('01/01/2025', 60) },
    parameters: { fiscalYear: 2025, distributionYear: 'payment-year' },
    outcome: 'passed',
  },
  // --- Second edition 1: nothing distributed is evidence; never pass on half the evidence.
  {
    name: 'no distributions sheet, the allocation shows 0 € of dividends and ristournes: passed',
    sheets: { Register: [REGISTER, member('M001')], Allocation: [ALLOCATION, ['Result to allocate', 5000], ['Dividends', 0], ['Patronage refunds', 0]] },
    parameters: YEAR,
    outcome: 'passed',
    note: ['nothingDistributed', { year: 2024, source: 'allocation' }],
  },
  {
    name: 'no distributions sheet, the allocation shows one cent of dividends: not evaluated',
    sheets: { Register: [REGISTER, member('M001')], Allocation: [ALLOCATION, ['Result to allocate', 5000], ['Dividends', 0.01]] },
    parameters: YEAR,
    outcome: 'not-evaluated',
    missing: [{ sheet: 'distributions' }],
  },
  {
    name: 'the allocation gives one cent of dividends but the distributions list has none for the year: review',
    sheets: {
      Register: [REGISTER, member('M001')],
      Distributions: [DIVIDENDS, dividend('M001', '', '', 400, 'patronage refund')],
      Allocation: [ALLOCATION, ['Result to allocate', 5000], ['Return on capital', 0.01]],
    },
    parameters: YEAR,
    outcome: 'review',
    findings: [['allocationNotDistributed', 'Allocation!B3', { year: 2024, allocatedCents: 1, maxRatePpm: 60000 }]],
  },
  {
    name: 'a distributions sheet with no line for the year: passed',
    sheets: { Register: [REGISTER, member('M001')], Distributions: [DIVIDENDS, ['M001', 2023, 'dividend', 500, '', '']] },
    parameters: YEAR,
    outcome: 'passed',
    note: ['nothingDistributed', { year: 2024, source: 'distributions' }],
  },
  {
    name: 'no distributions sheet and no allocation: not evaluated',
    sheets: { Register: [REGISTER, member('M001')] },
    parameters: YEAR,
    outcome: 'not-evaluated',
    missing: [{ sheet: 'distributions' }],
  },
]);
