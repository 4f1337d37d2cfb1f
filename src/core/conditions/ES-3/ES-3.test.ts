import condition from '.';
import { testCondition } from '../../testing/condition-tester';

// Fiscal year 2024 has 366 days: a share held from 2 July is held 183 days, exactly half the year.
const YEAR = { fiscalYear: 2024 };
const REGISTER = ['N° sociétaire', 'Nom', "Date d'adhésion", 'Date de sortie', 'Nombre de parts', 'Valeur nominale', 'Montant libéré'];
const DIVIDENDS = ['N° sociétaire', 'Exercice', 'Nature', 'Montant brut', 'Précompte mobilier', 'Montant net'];
/** 40 shares of 25 € fully paid: 1 000 €, so 6 % is 60 €. */
const member = (id: string, admitted = '15/03/2019', exit = '', paidUp: number | string = 1000) => [id, `Coopérateur ${id}`, admitted, exit, 40, 25, paidUp];
const dividend = (id: string, gross: number, kind = 'dividende', year = 2024) => [id, year, kind, gross, '', ''];
const RISTOURNES = ['N° sociétaire', 'Exercice', 'Nature', 'Montant brut', 'Opérations avec la coopérative'];
const ristourne = (id: string, gross: number, transactions: number | null, kind = 'ristourne') => [id, 2024, kind, gross, transactions];
const ALLOCATION = ['Poste', 'Montant'];
/** 1 000 € held all through 2024, 1 000 € more subscribed on 1 March 2025: a 2025 holding would allow 120 €. */
const GROWING = {
  Register: [
    ['Member ID', 'Admission date'],
    ['M001', '01/01/2020'],
  ],
  Movements: [
    ['Date', 'Member ID', 'Operation', 'Shares', 'Unit price', 'Amount'],
    ['01/01/2020', 'M001', 'subscription', 40, 25, 1000],
    ['01/03/2025', 'M001', 'subscription', 40, 25, 1000],
  ],
};
const paidOn = (date: string, gross: number) => ({
  Distributions: [
    ['Member ID', 'Kind', 'Gross amount', 'Payment date'],
    ['M001', 'dividend', gross, date],
  ],
});
/** Two members of one category: 1 000 € and 2 000 € of shares, ristournes at 3 % of the shares, not of the transactions. */
const SHARES_REGISTER = [
  ['N° sociétaire', "Date d'adhésion", 'Nombre de parts', 'Valeur nominale', 'Montant libéré'],
  ['M001', '01/01/2020', 40, 25, 1000],
  ['M002', '01/01/2020', 80, 25, 2000],
];

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
      Dividendes: [
        RISTOURNES,
        ristourne('M001', 40, null, 'dividende'),
        ristourne('M001', 15, null, 'intérêt'),
        ristourne('M001', 5, null, 'autre'),
        ristourne('M001', 500, 10000),
      ],
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
    parameters: { ...YEAR, proRataTemporis: true },
    outcome: 'passed',
  },
  {
    name: 'pro rata temporis: one cent above 3 % for half a year fails',
    sheets: { Registre: [REGISTER, member('M001', '02/07/2024')], Dividendes: [DIVIDENDS, dividend('M001', 30.01)] },
    parameters: { ...YEAR, proRataTemporis: true },
    outcome: 'failed',
    findings: [['advantageAboveCap', 'Dividendes!D2', { amountCents: 3001, capCents: 3000, excessCents: 1, proRata: true, daysHeld: 183, daysOfYear: 366 }]],
  },
  {
    name: 'pro rata temporis: an exit on 1 July (last day held) also halves the cap',
    sheets: { Registre: [REGISTER, member('M001', '15/03/2019', '01/07/2024')], Dividendes: [DIVIDENDS, dividend('M001', 30.01)] },
    parameters: { ...YEAR, proRataTemporis: true },
    outcome: 'failed',
    findings: [['advantageAboveCap', 'Dividendes!D2', { capCents: 3000, excessCents: 1, daysHeld: 183 }]],
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
    name: 'pro rata temporis, holdings rebuilt from the share movements: a second subscription mid-year adds half its cap',
    sheets: {
      Register: [
        ['Member ID', 'Admission date', 'Shares', 'Nominal value'],
        ['M001', '01/01/2020', 80, 25],
      ],
      Movements: [
        ['Date', 'Member ID', 'Operation', 'Shares', 'Unit price', 'Amount'],
        ['01/01/2020', 'M001', 'subscription', 40, 25, 1000],
        ['02/07/2024', 'M001', 'subscription', 40, 25, 1000],
      ],
      Distributions: [
        ['Member ID', 'Fiscal year', 'Kind', 'Gross amount'],
        ['M001', 2024, 'dividend', 90],
      ],
    },
    parameters: { ...YEAR, proRataTemporis: true },
    outcome: 'passed',
  },
  {
    name: 'holdings from movements: a full refund on 2 July leaves half the cap, and one cent more fails',
    sheets: {
      Register: [
        ['Member ID', 'Admission date', 'Shares', 'Nominal value'],
        ['M001', '01/01/2020', 40, 25],
      ],
      Movements: [
        ['Date', 'Member ID', 'Operation', 'Shares', 'Unit price', 'Amount'],
        ['01/01/2020', 'M001', 'subscription', 40, 25, 1000],
        ['02/07/2024', 'M001', 'sell back', 40, 25, 1000],
      ],
      Distributions: [
        ['Member ID', 'Fiscal year', 'Kind', 'Gross amount'],
        ['M001', 2024, 'dividend', 30.01],
      ],
    },
    parameters: { ...YEAR, proRataTemporis: true },
    outcome: 'failed',
    findings: [['advantageAboveCap', 'Distributions!D2']],
  },
  {
    name: 'holdings from movements: payments, not subscriptions, make the paid-up base',
    sheets: {
      Register: [
        ['Member ID', 'Admission date'],
        ['M001', '01/01/2020'],
      ],
      Movements: [
        ['Date', 'Member ID', 'Operation', 'Shares', 'Unit price', 'Amount'],
        ['01/01/2020', 'M001', 'subscription', 40, 25, 1000],
        ['01/01/2020', 'M001', 'payment', '', '', 250],
      ],
      Distributions: [
        ['Member ID', 'Fiscal year', 'Kind', 'Gross amount'],
        ['M001', 2024, 'dividend', 15.01],
      ],
    },
    parameters: YEAR,
    outcome: 'failed',
    findings: [['advantageAboveCap', 'Distributions!D2']],
  },
  {
    name: 'payment-year on request: without a fiscal year column, the payment date places the row in its year (Dutch headers)',
    sheets: {
      Register: [
        ['Lidnummer', 'Datum toetreding', 'Aantal aandelen', 'Nominale waarde', 'Gestort bedrag'],
        ['M001', '01/01/2020', 40, 25, 1000],
      ],
      Uitkeringen: [
        ['Lidnummer', 'Aard', 'Brutobedrag', 'Betaaldatum'],
        ['M001', 'dividend', 60.01, '20/06/2024'],
        ['M001', 'dividend', 500, '20/06/2023'],
      ],
    },
    parameters: { ...YEAR, distributionYear: 'jaar van betaling' },
    outcome: 'failed',
    findings: [['advantageAboveCap', 'Uitkeringen!C2']],
  },
  {
    name: 'a distribution to someone who held no share in the year is a warning',
    sheets: { Registre: [REGISTER, member('M001', '15/03/2019', '31/12/2023')], Dividendes: [DIVIDENDS, dividend('M001', 10), dividend('M404', 10)] },
    parameters: YEAR,
    outcome: 'review',
    findings: [
      ['noShareHeld', 'Dividendes!D2'],
      ['noShareHeld', 'Dividendes!D3'],
    ],
  },
  {
    name: 'a register without the value of the shares is a warning on the missing cell',
    sheets: { Registre: [REGISTER, ['M001', 'Dupont', '15/03/2019', '', 40, '', '']], Dividendes: [DIVIDENDS, dividend('M001', 10)] },
    parameters: YEAR,
    outcome: 'review',
    findings: [['baseUnknown', 'Registre!G2']],
  },
  {
    // Second edition: a ristourne that follows the transactions is no patrimonial advantage, and passing on it is evidence.
    name: 'only ristournes that follow the transactions: no patrimonial advantage, passed',
    sheets: { Registre: [REGISTER, member('M001')], Dividendes: [RISTOURNES, ristourne('M001', 500, 10000)] },
    parameters: YEAR,
    outcome: 'passed',
    note: ['nothingDistributed', { year: 2024, source: 'ristournes', ristournes: 1 }],
  },
  {
    // Second edition (was not-applicable): nothing distributed for the year is evidence.
    name: 'a dividend of another fiscal year is not this year’s: nothing distributed, passed',
    sheets: { Registre: [REGISTER, member('M001')], Dividendes: [DIVIDENDS, dividend('M001', 500, 'dividende', 2023)] },
    parameters: YEAR,
    outcome: 'passed',
    note: ['nothingDistributed', { year: 2024, source: 'distributions' }],
  },
  {
    name: 'no distributions sheet and no allocation: not evaluated, naming the distributions',
    sheets: { Registre: [REGISTER, member('M001')] },
    parameters: YEAR,
    outcome: 'not-evaluated',
    missing: [{ sheet: 'distributions' }],
  },

  // --- Second edition 11: proRataTemporis is false by default (the letter of the law).
  {
    name: 'default, no pro rata temporis: shares held half the year earn the full 6 % (60 € passes)',
    sheets: { Registre: [REGISTER, member('M001', '02/07/2024')], Dividendes: [DIVIDENDS, dividend('M001', 60)] },
    parameters: YEAR,
    outcome: 'passed',
  },
  {
    name: 'default, no pro rata temporis: one cent above the full 6 % fails',
    sheets: { Registre: [REGISTER, member('M001', '02/07/2024')], Dividendes: [DIVIDENDS, dividend('M001', 60.01)] },
    parameters: YEAR,
    outcome: 'failed',
    findings: [['advantageAboveCap', 'Dividendes!D2', { amountCents: 6001, capCents: 6000, excessCents: 1, proRata: false, baseCents: 100000 }]],
  },
  // --- Second edition 11: distributionYear = closed-year by default.
  {
    name: 'closed year: a dividend paid on the first day after the year closed is this year’s, checked against this year’s holdings',
    sheets: { ...GROWING, ...paidOn('01/01/2025', 60.01) },
    parameters: YEAR,
    outcome: 'failed',
    findings: [['advantageAboveCap', 'Distributions!C2', { year: 2024, amountCents: 6001, capCents: 6000, excessCents: 1, baseCents: 100000 }]],
  },
  {
    name: 'closed year: a dividend paid on the last day of the next year is still this year’s',
    sheets: { ...GROWING, ...paidOn('31/12/2025', 60.01) },
    parameters: YEAR,
    outcome: 'failed',
    findings: [['advantageAboveCap', 'Distributions!C2', { year: 2024, capCents: 6000, excessCents: 1 }]],
  },
  {
    name: 'closed year: a dividend paid one day later belongs to the next year and is not tested against this one',
    sheets: { ...GROWING, ...paidOn('01/01/2026', 60.01) },
    parameters: YEAR,
    outcome: 'passed',
    note: ['nothingDistributed', { year: 2024, source: 'distributions' }],
  },
  {
    name: 'closed year: last year’s dividend paid on the last day of this year is not tested against this year',
    sheets: { ...GROWING, ...paidOn('31/12/2024', 500) },
    parameters: YEAR,
    outcome: 'passed',
    note: ['nothingDistributed', { year: 2024, source: 'distributions' }],
  },
  {
    name: 'closed year: this year’s dividend is tested against this year’s holdings, not the next year’s',
    sheets: { ...GROWING, ...paidOn('20/06/2025', 60) },
    parameters: { ...YEAR, fiscalYear: 2025 },
    outcome: 'passed',
    note: ['nothingDistributed', { year: 2025, source: 'distributions' }],
  },
  {
    name: 'payment year on request: the dividend paid in 2025 is not 2024’s',
    sheets: { ...GROWING, ...paidOn('01/01/2025', 60.01) },
    parameters: { ...YEAR, distributionYear: 'année de paiement' },
    outcome: 'passed',
    note: ['nothingDistributed', { year: 2024, source: 'distributions' }],
  },
  // --- Second edition 1: nothing distributed is evidence; never pass on half the evidence.
  {
    name: 'no distributions sheet, the allocation shows 0 € of dividends and ristournes: passed',
    sheets: {
      Registre: [REGISTER, member('M001')],
      Affectation: [ALLOCATION, ['Résultat à affecter', 12000], ['Dividendes', 0], ['Ristournes', 0], ['Report à nouveau', 12000]],
    },
    parameters: YEAR,
    outcome: 'passed',
    note: ['nothingDistributed', { year: 2024, source: 'allocation' }],
  },
  {
    name: 'no distributions sheet, the allocation shows no dividend line at all: passed',
    sheets: {
      Registre: [REGISTER, member('M001')],
      Affectation: [ALLOCATION, ['Résultat à affecter', 12000], ['Réserve légale', 600], ['Report à nouveau', 11400]],
    },
    parameters: YEAR,
    outcome: 'passed',
    note: ['nothingDistributed', { year: 2024, source: 'allocation' }],
  },
  {
    name: 'no distributions sheet, the allocation shows one cent of ristournes: not evaluated',
    sheets: { Registre: [REGISTER, member('M001')], Affectation: [ALLOCATION, ['Résultat à affecter', 12000], ['Dividendes', 0], ['Ristournes', 0.01]] },
    parameters: YEAR,
    outcome: 'not-evaluated',
    missing: [{ sheet: 'distributions' }],
  },
  {
    name: 'no distributions sheet, an allocation of another year only: not evaluated',
    sheets: {
      Registre: [REGISTER, member('M001')],
      Affectation: [
        ['Exercice', 'Poste', 'Montant'],
        [2023, 'Dividendes', 0],
      ],
    },
    parameters: YEAR,
    outcome: 'not-evaluated',
    missing: [{ sheet: 'distributions' }],
  },
  {
    name: 'the allocation gives one cent of dividends but the distributions list has no line for the year: review',
    sheets: {
      Registre: [REGISTER, member('M001')],
      Dividendes: [DIVIDENDS, dividend('M001', 500, 'dividende', 2023)],
      Affectation: [ALLOCATION, ['Résultat à affecter', 12000], ['Dividendes', 0.01]],
    },
    parameters: YEAR,
    outcome: 'review',
    findings: [['allocationNotDistributed', 'Affectation!B3', { year: 2024, allocatedCents: 1, maxRatePpm: 60000 }]],
  },
  {
    name: 'ristournes of the year without a transactions column: a dividend within the cap cannot pass',
    sheets: { Registre: [REGISTER, member('M001')], Dividendes: [DIVIDENDS, dividend('M001', 60), dividend('M001', 500, 'ristourne')] },
    parameters: YEAR,
    outcome: 'not-evaluated',
    missing: [{ sheet: 'distributions', columns: ['transactions'] }],
  },
  {
    name: 'ristournes of the year without a transactions column: a dividend above the cap still fails',
    sheets: { Registre: [REGISTER, member('M001')], Dividendes: [DIVIDENDS, dividend('M001', 60.01), dividend('M001', 500, 'ristourne')] },
    parameters: YEAR,
    outcome: 'failed',
    findings: [['advantageAboveCap', 'Dividendes!D2', { amountCents: 6001, excessCents: 1, ristourneCents: 0 }]],
    missing: [{ sheet: 'distributions', columns: ['transactions'] }],
  },
  // --- Second edition 2: a ristourne that does not follow the member's transactions is a patrimonial advantage.
  {
    name: 'a ristourne with no transactions counts: 50 € dividend + 10 € ristourne is exactly the cap',
    sheets: { Registre: [REGISTER, member('M001')], Dividendes: [RISTOURNES, ristourne('M001', 50, null, 'dividende'), ristourne('M001', 10, 0)] },
    parameters: YEAR,
    outcome: 'passed',
    note: ['highestRate', { members: 1, highestPpm: 60000 }],
  },
  {
    name: 'a ristourne with no transactions counts: one cent more fails, on the largest line',
    sheets: { Registre: [REGISTER, member('M001')], Dividendes: [RISTOURNES, ristourne('M001', 50, null, 'dividende'), ristourne('M001', 10.01, null)] },
    parameters: YEAR,
    outcome: 'failed',
    findings: [
      [
        'advantageAboveCap',
        'Dividendes!D2',
        { amountCents: 6001, capCents: 6000, excessCents: 1, ristourneCents: 1001, baseCents: 100000, basis: 'paid-up', net: false },
      ],
    ],
    texts: {
      fr: [
        "Le sociétaire M001 reçoit pour l'exercice 2024 un avantage patrimonial brut de 60,01\u00a0€ (dividendes, intérêts et autres avantages, dont 10,01\u00a0€ de ristourne qui ne suit pas ses opérations avec la coopérative) : 0,01\u00a0€ de trop au-delà du plafond de 60,00\u00a0€, soit 6\u00a0% de 1\u202f000,00\u00a0€, montant réellement libéré sur ses parts et non encore remboursé (CSA art. 8:5 §1). Récupérez l'excédent auprès du sociétaire ou faites rectifier la distribution par l'assemblée générale.",
      ],
      nl: [
        'Aandeelhouder M001 ontvangt voor boekjaar 2024 een bruto vermogensvoordeel van €\u00a060,01 (dividenden, interesten en andere voordelen, waarvan €\u00a010,01 ristorno dat de verrichtingen met de coöperatie niet volgt): €\u00a00,01 te veel boven het plafond van €\u00a060,00, namelijk 6% van €\u00a01.000,00, werkelijk gestort en nog niet terugbetaald bedrag op de aandelen (WVV art. 8:5 §1). Vorder het teveel terug van de aandeelhouder of laat de uitkering door de algemene vergadering rechtzetten.',
      ],
      en: [
        'Member M001 receives for fiscal year 2024 a gross patrimonial advantage of €60.01 (dividends, interest and other advantages, of which €10.01 of patronage refund that does not follow their transactions with the cooperative): €0.01 too much above the cap of €60.00, that is 6% of €1,000.00, amount actually paid up on their shares and not yet refunded (CSA art. 8:5 §1). Recover the excess from the member or have the general meeting correct the distribution.',
      ],
    },
  },
  {
    name: 'a ristourne that follows the transactions is not counted: 50 € dividend + 10.01 € ristourne passes',
    sheets: { Registre: [REGISTER, member('M001')], Dividendes: [RISTOURNES, ristourne('M001', 50, null, 'dividende'), ristourne('M001', 10.01, 1000)] },
    parameters: YEAR,
    outcome: 'passed',
  },
  {
    // 30 € and 60 € on 1 000 € and 2 000 € of shares: 3 % of the shares, while the transactions rates are 3 % and 12 %.
    name: 'ristournes pro rata to shares count (within a cent per line): 30.01 € dividend + 30 € ristourne fails',
    sheets: {
      Registre: SHARES_REGISTER,
      Dividendes: [RISTOURNES, ristourne('M001', 30.01, null, 'dividende'), ristourne('M001', 30, 1000), ristourne('M002', 60.01, 500)],
    },
    parameters: YEAR,
    outcome: 'failed',
    findings: [['advantageAboveCap', 'Dividendes!D2', { amountCents: 6001, capCents: 6000, excessCents: 1, ristourneCents: 3000 }]],
  },
  {
    name: 'ristournes two cents off one rate of the shares are not pro rata to shares: the same dividend passes',
    sheets: {
      Registre: SHARES_REGISTER,
      Dividendes: [RISTOURNES, ristourne('M001', 30.01, null, 'dividende'), ristourne('M001', 30, 1000), ristourne('M002', 60.02, 500)],
    },
    parameters: YEAR,
    outcome: 'passed',
  },
]);
