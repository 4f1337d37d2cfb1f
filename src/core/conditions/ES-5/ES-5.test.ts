import condition from '.';
import { testCondition } from '../../testing/condition-tester';

const YEAR = { fiscalYear: 2024 };
// Columns: A id, B name, C admission, D exit, E reason, F shares, G nominal value, H paid up, I refunded, J postponed.
const REGISTER = [
  'Lidnummer',
  'Naam',
  'Datum toetreding',
  'Datum uittreding',
  'Reden uittreding',
  'Aantal aandelen',
  'Nominale waarde',
  'Gestort bedrag',
  'Terugbetaald bedrag',
  'Terugbetaling uitgesteld',
];
/** 10 shares of 25 €: 250 € nominal. */
const exited = (id: string, refunded: number | string, options: { reason?: string; paidUp?: number | string; postponed?: string; exit?: string } = {}) => [
  id,
  `Vennoot ${id}`,
  '15/03/2019',
  options.exit ?? '30/06/2024',
  options.reason ?? 'uittreding',
  10,
  25,
  options.paidUp ?? 250,
  refunded,
  options.postponed ?? '',
];
const staying = (id: string) => [id, `Vennoot ${id}`, '15/03/2019', '', '', 10, 25, 250, '', ''];
const MOVEMENTS = ['Datum', 'Lidnummer', 'Verrichting', 'Aantal aandelen', 'Eenheidsprijs', 'Bedrag'];
// The same register with K refund date.
const REGISTER_DATED = [...REGISTER, 'Datum terugbetaling'];
const refundedOn = (id: string, refunded: number | string, refundDate: string, options: { exit?: string; shares?: number; paidUp?: number | string } = {}) => [
  id,
  `Vennoot ${id}`,
  '15/03/2019',
  options.exit ?? '30/06/2024',
  'uittreding',
  options.shares ?? 10,
  25,
  options.paidUp ?? 250,
  refunded,
  '',
  refundDate,
];

testCondition(condition, [
  {
    name: 'a refund equal to the nominal value of the actual contribution passes',
    sheets: { Register: [REGISTER, staying('M001'), exited('M002', 250)] },
    parameters: YEAR,
    outcome: 'passed',
  },
  {
    name: 'one cent above fails, on the refund cell, with the excess',
    sheets: { Register: [REGISTER, staying('M001'), exited('M002', 250.01)] },
    parameters: YEAR,
    outcome: 'failed',
    findings: [
      [
        'refundAboveCap',
        'Register!I3',
        { memberId: 'M002', kind: 'exit', exitDate: '2024-06-30', refundDate: '', shares: 10, refundCents: 25_001, capCents: 25_000, excessCents: 1 },
      ],
    ],
    texts: {
      fr: [
        "Le sociétaire M002, sorti le 30/06/2024, a été remboursé de 250,01\u00a0€ pour 10 parts : 0,01\u00a0€ de trop. Le plafond est de 250,00\u00a0€, la valeur nominale de son apport réel (le montant libéré et non encore remboursé de ces parts, au plus leur valeur nominale ; AR du 28 juin 2019, art. 6). Récupérez l'excédent auprès du sociétaire, ou corrigez le registre si le remboursement ou le montant libéré y est mal inscrit.",
      ],
      nl: [
        'Aandeelhouder M002, uitgetreden op 30/06/2024, kreeg €\u00a0250,01 terugbetaald voor 10 aandelen: €\u00a00,01 te veel. Het plafond is €\u00a0250,00, de nominale waarde van de werkelijke inbreng (het werkelijk gestorte en nog niet terugbetaalde bedrag op die aandelen, ten hoogste hun nominale waarde; KB van 28 juni 2019, art. 6). Vorder het teveel terug van de aandeelhouder, of verbeter het register als de terugbetaling of het gestorte bedrag er verkeerd in staat.',
      ],
      en: [
        'Member M002, who left on 30/06/2024, was refunded €250.01 for 10 shares: €0.01 too much. The cap is €250.00, the nominal value of the actual contribution (the amount actually paid up on those shares and not yet refunded, at most their nominal value; Royal Decree of 28 June 2019, art. 6). Recover the excess from the member, or correct the register if the refund or the paid-up amount is entered wrongly.',
      ],
    },
  },
  {
    name: 'partly paid shares: the cap is what was paid up (100 € of 250 €)',
    sheets: { Register: [REGISTER, exited('M001', 100, { paidUp: 100 }), exited('M002', 100.01, { paidUp: 100 })] },
    parameters: YEAR,
    outcome: 'failed',
    findings: [['refundAboveCap', 'Register!I3']],
  },
  {
    name: 'paid up above the nominal value: the cap stays the nominal value',
    sheets: { Register: [REGISTER, exited('M001', 250, { paidUp: 300 }), exited('M002', 250.01, { paidUp: 300 })] },
    parameters: YEAR,
    outcome: 'failed',
    findings: [['refundAboveCap', 'Register!I3']],
  },
  {
    name: 'exclusions and departures by right count like resignations',
    sheets: {
      Register: [
        REGISTER,
        exited('M001', 250.01, { reason: 'uitsluiting' }),
        exited('M002', 250.01, { reason: 'overlijden' }),
        exited('M003', 250, { reason: 'van rechtswege' }),
      ],
    },
    parameters: YEAR,
    outcome: 'failed',
    findings: [
      ['refundAboveCap', 'Register!I2'],
      ['refundAboveCap', 'Register!I3'],
    ],
  },
  {
    name: 'an exit without a refund and without a postponement is a warning',
    sheets: { Register: [REGISTER, exited('M001', '')] },
    parameters: YEAR,
    outcome: 'review',
    findings: [['refundMissing', 'Register!I2']],
  },
  {
    name: 'a postponed refund is not missing',
    sheets: { Register: [REGISTER, exited('M001', '', { postponed: 'ja' })] },
    parameters: YEAR,
    outcome: 'passed',
  },
  {
    name: 'an exit by transfer to another member needs no refund from the company',
    sheets: { Register: [REGISTER, exited('M001', '', { reason: 'overdracht' })] },
    parameters: YEAR,
    outcome: 'passed',
  },
  {
    // Second edition: with a refund-date column, a refund dated in its exit's year is that year's.
    name: 'an exit of another year refunded that year is not this year’s',
    sheets: { Register: [REGISTER_DATED, [...staying('M001'), ''], refundedOn('M002', 900, '31/12/2023', { exit: '31/12/2023' })] },
    parameters: YEAR,
    outcome: 'not-applicable',
    note: ['noExitInYear', { year: 2024 }],
  },
  {
    // Second edition: without a refund date, the refund of an earlier exit may have been paid this year.
    name: 'without a refund-date column, a refunded exit of an earlier year leaves ES-5 not evaluated',
    sheets: { Register: [REGISTER, staying('M001'), exited('M002', 900, { exit: '31/12/2023' })] },
    parameters: YEAR,
    outcome: 'not-evaluated',
    missing: [{ sheet: 'members', columns: ['refundDate'] }],
  },
  {
    name: 'the refund this year of an exit of last year is checked: at the cap, and one cent above',
    sheets: {
      Register: [
        REGISTER_DATED,
        refundedOn('M001', 250, '15/01/2024', { exit: '30/06/2023' }),
        refundedOn('M002', 250.01, '15/01/2024', { exit: '30/06/2023' }),
      ],
    },
    parameters: YEAR,
    outcome: 'failed',
    findings: [
      [
        'refundAboveCap',
        'Register!I3',
        { memberId: 'M002', kind: 'earlierExit', exitDate: '2023-06-30', refundDate: '2024-01-15', refundCents: 25_001, capCents: 25_000, excessCents: 1 },
      ],
    ],
    texts: {
      fr: [
        "Le sociétaire M002, sorti le 30/06/2023, a été remboursé de 250,01\u00a0€ le 15/01/2024 pour 10 parts : 0,01\u00a0€ de trop. Le plafond est de 250,00\u00a0€, la valeur nominale de son apport réel (le montant libéré et non encore remboursé de ces parts, au plus leur valeur nominale ; AR du 28 juin 2019, art. 6). Récupérez l'excédent auprès du sociétaire, ou corrigez le registre si le remboursement ou le montant libéré y est mal inscrit.",
      ],
      nl: [
        'Aandeelhouder M002, uitgetreden op 30/06/2023, kreeg op 15/01/2024 €\u00a0250,01 terugbetaald voor 10 aandelen: €\u00a00,01 te veel. Het plafond is €\u00a0250,00, de nominale waarde van de werkelijke inbreng (het werkelijk gestorte en nog niet terugbetaalde bedrag op die aandelen, ten hoogste hun nominale waarde; KB van 28 juni 2019, art. 6). Vorder het teveel terug van de aandeelhouder, of verbeter het register als de terugbetaling of het gestorte bedrag er verkeerd in staat.',
      ],
      en: [
        'Member M002, who left on 30/06/2023, was refunded €250.01 on 15/01/2024 for 10 shares: €0.01 too much. The cap is €250.00, the nominal value of the actual contribution (the amount actually paid up on those shares and not yet refunded, at most their nominal value; Royal Decree of 28 June 2019, art. 6). Recover the excess from the member, or correct the register if the refund or the paid-up amount is entered wrongly.',
      ],
    },
  },
  {
    name: 'a refund is the year’s from its first day to its last: 31/12/2024 is checked, 01/01/2025 is next year’s',
    sheets: {
      Register: [
        REGISTER_DATED,
        refundedOn('M001', 250.01, '31/12/2024', { exit: '30/06/2023' }),
        refundedOn('M002', 900, '01/01/2025', { exit: '30/06/2023' }),
        refundedOn('M003', 250.01, '01/01/2024', { exit: '31/12/2023' }),
      ],
    },
    parameters: YEAR,
    outcome: 'failed',
    findings: [
      ['refundAboveCap', 'Register!I2', { memberId: 'M001', refundDate: '2024-12-31', excessCents: 1 }],
      ['refundAboveCap', 'Register!I4', { memberId: 'M003', exitDate: '2023-12-31', refundDate: '2024-01-01', excessCents: 1 }],
    ],
  },
  {
    name: 'an exit on the last day of the year without a refund is this year’s; one the next day is not',
    sheets: { Register: [REGISTER, exited('M001', '', { exit: '31/12/2024' }), exited('M002', '', { exit: '01/01/2025' })] },
    parameters: YEAR,
    outcome: 'review',
    findings: [['refundMissing', 'Register!I2', { memberId: 'M001', exitDate: '2024-12-31' }]],
    texts: {
      fr: [
        "Le sociétaire M001 est sorti le 31/12/2024, mais aucun remboursement de ses parts n'est enregistré et il n'est pas indiqué comme postposé. Inscrivez le remboursement (montant et date), ou indiquez qu'il est postposé, pour que CoopCheck le compare à la valeur nominale de l'apport réel (AR du 28 juin 2019, art. 6).",
      ],
      nl: [
        'Aandeelhouder M001 is op 31/12/2024 uitgetreden, maar er is geen terugbetaling van de aandelen geregistreerd en ze staat niet als uitgesteld aangeduid. Vul de terugbetaling in (bedrag en datum), of duid aan dat ze uitgesteld is, zodat CoopCheck ze kan vergelijken met de nominale waarde van de werkelijke inbreng (KB van 28 juni 2019, art. 6).',
      ],
      en: [
        'Member M001 left on 31/12/2024, but no refund of their shares is recorded and it is not marked as postponed. Enter the refund (amount and date), or mark it as postponed, so that CoopCheck can compare it with the nominal value of the actual contribution (Royal Decree of 28 June 2019, art. 6).',
      ],
    },
  },
  {
    name: 'the refund of last year’s exit from the movements is checked against the holding at its date',
    sheets: {
      Register: [REGISTER, exited('M001', '', { exit: '31/12/2023' }), exited('M002', '', { exit: '31/12/2023' })],
      Bewegingen: [
        MOVEMENTS,
        ['15/03/2019', 'M001', 'inschrijving', 10, 25, 250],
        ['01/02/2024', 'M001', 'terugbetaling', 10, 25, 250],
        ['15/03/2019', 'M002', 'inschrijving', 10, 25, 250],
        ['01/02/2024', 'M002', 'terugbetaling', 10, 25, 250.01],
      ],
    },
    parameters: YEAR,
    outcome: 'failed',
    findings: [
      [
        'refundAboveCap',
        'Bewegingen!F5',
        { memberId: 'M002', kind: 'earlierExit', exitDate: '2023-12-31', refundDate: '2024-02-01', shares: 10, capCents: 25_000, excessCents: 1 },
      ],
    ],
  },
  {
    name: 'a partial withdrawal by a member who stays: the cap is the contribution of the shares withdrawn',
    sheets: {
      Register: [REGISTER, staying('M001'), staying('M002')],
      Bewegingen: [
        MOVEMENTS,
        ['15/03/2019', 'M001', 'inschrijving', 10, 25, 250],
        ['15/05/2024', 'M001', 'terugbetaling', 4, 25, 100],
        ['15/03/2019', 'M002', 'inschrijving', 10, 25, 250],
        ['15/05/2024', 'M002', 'terugbetaling', 4, 25, 100.01],
      ],
    },
    parameters: YEAR,
    outcome: 'failed',
    findings: [
      [
        'refundAboveCap',
        'Bewegingen!F5',
        {
          memberId: 'M002',
          kind: 'withdrawal',
          exitDate: '',
          refundDate: '2024-05-15',
          payments: 1,
          shares: 4,
          refundCents: 10_001,
          capCents: 10_000,
          excessCents: 1,
        },
      ],
    ],
    texts: {
      fr: [
        "Le sociétaire M002, qui reste sociétaire, a été remboursé de 100,01\u00a0€ le 15/05/2024 pour 4 parts : 0,01\u00a0€ de trop. Le plafond est de 100,00\u00a0€, la valeur nominale de son apport réel (le montant libéré et non encore remboursé de ces parts, au plus leur valeur nominale ; AR du 28 juin 2019, art. 6). Récupérez l'excédent auprès du sociétaire, ou corrigez le registre si le remboursement ou le montant libéré y est mal inscrit.",
      ],
      nl: [
        'Aandeelhouder M002, die aandeelhouder blijft, kreeg op 15/05/2024 €\u00a0100,01 terugbetaald voor 4 aandelen: €\u00a00,01 te veel. Het plafond is €\u00a0100,00, de nominale waarde van de werkelijke inbreng (het werkelijk gestorte en nog niet terugbetaalde bedrag op die aandelen, ten hoogste hun nominale waarde; KB van 28 juni 2019, art. 6). Vorder het teveel terug van de aandeelhouder, of verbeter het register als de terugbetaling of het gestorte bedrag er verkeerd in staat.',
      ],
      en: [
        'Member M002, who remains a member, was refunded €100.01 on 15/05/2024 for 4 shares: €0.01 too much. The cap is €100.00, the nominal value of the actual contribution (the amount actually paid up on those shares and not yet refunded, at most their nominal value; Royal Decree of 28 June 2019, art. 6). Recover the excess from the member, or correct the register if the refund or the paid-up amount is entered wrongly.',
      ],
    },
  },
  {
    name: 'a withdrawal then the exit: each refund against the shares it refunds',
    sheets: {
      Register: [REGISTER, exited('M001', '', { exit: '30/09/2024' })],
      Bewegingen: [
        MOVEMENTS,
        ['15/03/2019', 'M001', 'inschrijving', 10, 25, 250],
        ['15/05/2024', 'M001', 'terugbetaling', 4, 25, 100],
        ['30/09/2024', 'M001', 'terugbetaling', 6, 25, 150.01],
      ],
    },
    parameters: YEAR,
    outcome: 'failed',
    findings: [['refundAboveCap', 'Bewegingen!F4', { kind: 'exit', shares: 6, refundCents: 15_001, capCents: 15_000, excessCents: 1 }]],
    note: ['exitsChecked', { exits: 1, refunds: 2, refundedCents: 25_001, capCents: 25_000 }],
  },
  {
    name: 'a withdrawal earlier in the year is not the refund of a later exit',
    sheets: {
      Register: [REGISTER, exited('M001', '', { exit: '30/09/2024' })],
      Bewegingen: [MOVEMENTS, ['15/03/2019', 'M001', 'inschrijving', 10, 25, 250], ['15/05/2024', 'M001', 'terugbetaling', 4, 25, 100]],
    },
    parameters: YEAR,
    outcome: 'review',
    findings: [['refundMissing', 'Register!I2', { memberId: 'M001', exitDate: '2024-09-30' }]],
  },
  {
    name: 'a register that already shows 0 shares after the exit never makes the cap 0',
    sheets: { Register: [REGISTER, exited('M001', 250), [...exited('M002', 250.01).slice(0, 5), 0, 25, 250, 250.01, '']] },
    parameters: YEAR,
    outcome: 'failed',
    findings: [['refundAboveCap', 'Register!I3', { memberId: 'M002', refundCents: 25_001, capCents: 25_000, excessCents: 1 }]],
  },
  {
    name: 'a register with 0 shares and 0 paid up after the exit: the cap is unknown, never 0',
    sheets: { Register: [REGISTER, [...exited('M001', 250).slice(0, 5), 0, 25, 0, 250, '']] },
    parameters: YEAR,
    outcome: 'review',
    findings: [['refundCapUnknown', 'Register!I2', { memberId: 'M001', kind: 'exit', refundCents: 25_000, reason: 'noContribution' }]],
  },
  {
    name: 'a register with 0 shares after the exit and a journal that starts later: the refunded shares give the cap',
    sheets: {
      Register: [REGISTER, [...exited('M001', '').slice(0, 5), 0, 25, 0, '', ''], [...exited('M002', '').slice(0, 5), 0, 25, 0, '', '']],
      Bewegingen: [
        MOVEMENTS,
        ['01/01/2020', 'M003', 'inschrijving', 1, 25, 25],
        ['31/07/2024', 'M001', 'terugbetaling', 10, 25, 250],
        ['31/07/2024', 'M002', 'terugbetaling', 10, 25, 250.01],
      ],
    },
    parameters: YEAR,
    outcome: 'failed',
    findings: [['refundAboveCap', 'Bewegingen!F4', { memberId: 'M002', shares: 10, capCents: 25_000, excessCents: 1 }]],
  },
  {
    name: 'one payment does not make the earlier, paid subscription unpaid',
    sheets: {
      Register: [REGISTER, exited('M001', ''), exited('M002', '')],
      Bewegingen: [
        MOVEMENTS,
        ['15/03/2019', 'M001', 'inschrijving', 10, 25, 250],
        ['01/03/2023', 'M001', 'inschrijving', 4, 25, 100],
        ['01/04/2023', 'M001', 'storting', '', '', 40],
        ['30/06/2024', 'M001', 'terugbetaling', 14, 25, 290],
        ['15/03/2019', 'M002', 'inschrijving', 10, 25, 250],
        ['01/03/2023', 'M002', 'inschrijving', 4, 25, 100],
        ['01/04/2023', 'M002', 'storting', '', '', 40],
        ['30/06/2024', 'M002', 'terugbetaling', 14, 25, 290.01],
      ],
    },
    parameters: YEAR,
    outcome: 'failed',
    findings: [['refundAboveCap', 'Bewegingen!F9', { memberId: 'M002', shares: 14, refundCents: 29_001, capCents: 29_000, excessCents: 1 }]],
  },
  {
    name: 'a subscription whose amount is below its nominal value was paid that amount, and its payments add to it',
    sheets: {
      Register: [REGISTER, exited('M001', '')],
      Bewegingen: [
        MOVEMENTS,
        ['15/03/2019', 'M001', 'inschrijving', 10, 25, 100],
        ['15/03/2020', 'M001', 'storting', '', '', 50],
        ['30/06/2024', 'M001', 'terugbetaling', 10, 25, 150.01],
      ],
    },
    parameters: YEAR,
    outcome: 'failed',
    findings: [['refundAboveCap', 'Bewegingen!F4', { capCents: 15_000, excessCents: 1 }]],
  },
  {
    name: 'a register refund to a member who stays: which shares it refunds is unknown',
    sheets: { Register: [REGISTER_DATED, [...staying('M001').slice(0, 8), 100, '', '15/05/2024']] },
    parameters: YEAR,
    outcome: 'review',
    findings: [
      ['refundCapUnknown', 'Register!I2', { memberId: 'M001', kind: 'withdrawal', refundDate: '2024-05-15', refundCents: 10_000, reason: 'sharesUnknown' }],
    ],
    texts: {
      fr: [
        'Le sociétaire M001, qui reste sociétaire, a été remboursé de 100,00\u00a0€ le 15/05/2024, mais le registre ne dit pas quelles parts ce retrait rembourse : CoopCheck ne peut calculer le plafond (AR du 28 juin 2019, art. 6). Inscrivez le retrait dans les mouvements de parts (nombre de parts et montant).',
      ],
      nl: [
        'Aandeelhouder M001, die aandeelhouder blijft, kreeg op 15/05/2024 €\u00a0100,00 terugbetaald, maar het register zegt niet welke aandelen deze terugneming terugbetaalt: CoopCheck kan het plafond niet berekenen (KB van 28 juni 2019, art. 6). Schrijf de terugneming in bij de aandelenbewegingen (aantal aandelen en bedrag).',
      ],
      en: [
        'Member M001, who remains a member, was refunded €100.00 on 15/05/2024, but the register does not say which shares this withdrawal refunds: CoopCheck cannot compute the cap (Royal Decree of 28 June 2019, art. 6). Enter the withdrawal in the share movements (number of shares and amount).',
      ],
    },
  },
  {
    name: 'no refund column and no share movements: refunds cannot be seen, not evaluated',
    sheets: { Register: [REGISTER.slice(0, 8), exited('M001', '').slice(0, 8)] },
    parameters: YEAR,
    outcome: 'not-evaluated',
    missing: [{ sheet: 'members', columns: ['refundAmount'] }, { sheet: 'movements' }],
  },
  {
    name: 'no exit date column: a withdrawal above its cap still fails, on half the evidence',
    sheets: {
      Register: [
        ['Lidnummer', 'Datum toetreding'],
        ['M001', '15/03/2019'],
      ],
      Bewegingen: [MOVEMENTS, ['15/03/2019', 'M001', 'inschrijving', 10, 25, 250], ['15/05/2024', 'M001', 'terugbetaling', 4, 25, 100.01]],
    },
    parameters: YEAR,
    outcome: 'failed',
    findings: [['refundAboveCap', 'Bewegingen!F3', { kind: 'withdrawal', excessCents: 1 }]],
    missing: [{ sheet: 'members', columns: ['exitDate'] }],
  },
  {
    name: 'from the movements: payments make the actual contribution, and the refund movement is flagged',
    sheets: {
      Register: [REGISTER, exited('M001', '')],
      Bewegingen: [
        MOVEMENTS,
        ['15/03/2019', 'M001', 'inschrijving', 10, 25, 250],
        ['15/03/2019', 'M001', 'storting', '', '', 100],
        ['31/07/2024', 'M001', 'terugbetaling', 10, 25, 100.01],
      ],
    },
    parameters: YEAR,
    outcome: 'failed',
    findings: [['refundAboveCap', 'Bewegingen!F4']],
  },
  {
    name: 'from the movements: a refund in two instalments is flagged where the total passes the cap',
    sheets: {
      Register: [REGISTER, exited('M001', '')],
      Bewegingen: [
        MOVEMENTS,
        ['15/03/2019', 'M001', 'inschrijving', 10, 25, 250],
        ['31/07/2024', 'M001', 'terugbetaling', 10, 25, 150],
        ['31/08/2024', 'M001', 'terugbetaling', '', '', 100.01],
      ],
    },
    parameters: YEAR,
    outcome: 'failed',
    findings: [['refundAboveCap', 'Bewegingen!F4', { payments: 2, refundDate: '2024-08-31', refundCents: 25_001, capCents: 25_000, excessCents: 1 }]],
  },
  {
    name: 'from the movements: an earlier partial refund lowers what is still to be refunded',
    sheets: {
      Register: [REGISTER, exited('M001', ''), exited('M002', '')],
      Bewegingen: [
        MOVEMENTS,
        ['15/03/2019', 'M001', 'inschrijving', 20, 25, 500],
        ['30/06/2023', 'M001', 'terugbetaling', 10, 25, 250],
        ['31/07/2024', 'M001', 'terugbetaling', 10, 25, 250],
        ['15/03/2019', 'M002', 'inschrijving', 20, 25, 500],
        ['30/06/2023', 'M002', 'terugbetaling', 10, 25, 250],
        ['31/07/2024', 'M002', 'terugbetaling', 10, 25, 250.01],
      ],
    },
    parameters: YEAR,
    outcome: 'failed',
    findings: [['refundAboveCap', 'Bewegingen!F7']],
  },
  {
    name: 'from the movements: shares all transferred before the exit leave nothing to refund',
    sheets: {
      Register: [REGISTER, exited('M001', '')],
      Bewegingen: [MOVEMENTS, ['15/03/2019', 'M001', 'inschrijving', 10, 25, 250], ['01/06/2024', 'M001', 'overdracht', 10, 25, 250]],
    },
    parameters: YEAR,
    outcome: 'passed',
  },
  {
    name: 'a journal that starts after the admission misses the subscription: the cap is the register’s',
    sheets: {
      Register: [REGISTER, exited('M001', ''), exited('M002', '')],
      Bewegingen: [
        MOVEMENTS,
        ['01/01/2020', 'M003', 'inschrijving', 1, 25, 25],
        ['31/07/2024', 'M001', 'terugbetaling', 10, 25, 250],
        ['31/07/2024', 'M002', 'terugbetaling', 10, 25, 250.01],
      ],
    },
    parameters: YEAR,
    outcome: 'failed',
    findings: [['refundAboveCap', 'Bewegingen!F4']],
  },
  {
    name: 'a journal that starts on the admission day holds the subscription: the cap is the movements’',
    sheets: {
      Register: [REGISTER, exited('M001', '')],
      Bewegingen: [MOVEMENTS, ['15/03/2019', 'M001', 'inschrijving', 4, 25, 100], ['31/07/2024', 'M001', 'terugbetaling', 10, 25, 250]],
    },
    parameters: YEAR,
    outcome: 'failed',
    findings: [['refundAboveCap', 'Bewegingen!F3']],
  },
  {
    name: 'a refund whose cap cannot be computed is a warning (English headers)',
    sheets: {
      Members: [
        ['Member ID', 'Admission date', 'Exit date', 'Exit reason', 'Refund amount'],
        ['M001', '01/01/2020', '30/06/2024', 'resignation', 250],
      ],
    },
    parameters: YEAR,
    outcome: 'review',
    findings: [
      [
        'refundCapUnknown',
        'Members!E2',
        { memberId: 'M001', kind: 'exit', exitDate: '2024-06-30', refundDate: '', refundCents: 25_000, reason: 'noContribution' },
      ],
    ],
    texts: {
      fr: [
        'Le sociétaire M001, sorti le 30/06/2024, a été remboursé de 250,00\u00a0€, mais ni le montant libéré ni la valeur nominale des parts remboursées ne sont connus : CoopCheck ne peut calculer le plafond (AR du 28 juin 2019, art. 6). Complétez au registre le nombre de parts, la valeur nominale et le montant libéré, ou inscrivez les mouvements de parts.',
      ],
      nl: [
        'Aandeelhouder M001, uitgetreden op 30/06/2024, kreeg €\u00a0250,00 terugbetaald, maar het gestorte bedrag noch de nominale waarde van de terugbetaalde aandelen is bekend: CoopCheck kan het plafond niet berekenen (KB van 28 juni 2019, art. 6). Vul in het register het aantal aandelen, de nominale waarde en het gestorte bedrag aan, of schrijf de aandelenbewegingen in.',
      ],
      en: [
        'Member M001, who left on 30/06/2024, was refunded €250.00, but neither the paid-up amount nor the nominal value of the shares refunded is known: CoopCheck cannot compute the cap (Royal Decree of 28 June 2019, art. 6). Complete the number of shares, the nominal value and the paid-up amount in the register, or enter the share movements.',
      ],
    },
  },
  {
    name: 'French headers: the refund equal to the paid-up amount passes',
    sheets: {
      Registre: [
        ['N° sociétaire', "Date d'adhésion", 'Date de sortie', 'Motif de sortie', 'Nombre de parts', 'Valeur nominale', 'Montant libéré', 'Montant remboursé'],
        ['M001', '01/01/2020', '30/06/2024', 'démission', 4, 250, 1000, 1000],
      ],
    },
    parameters: YEAR,
    outcome: 'passed',
  },
  {
    name: 'no exit date column: not evaluated',
    sheets: {
      Register: [
        ['Lidnummer', 'Datum toetreding'],
        ['M001', '01/01/2020'],
      ],
    },
    parameters: YEAR,
    outcome: 'not-evaluated',
    missing: [{ sheet: 'members', columns: ['exitDate'] }, { sheet: 'members', columns: ['refundAmount'] }, { sheet: 'movements' }],
  },
]);
