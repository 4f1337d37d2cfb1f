import condition from '.';
import { testCondition } from '../../testing/condition-tester';

const YEAR = { fiscalYear: 2024 };
// Columns: A id, B name, C admission, D exit, E reason, F shares, G nominal value, H paid up, I refunded, J postponed.
const REGISTER = ['Lidnummer', 'Naam', 'Datum toetreding', 'Datum uittreding', 'Reden uittreding', 'Aantal aandelen', 'Nominale waarde', 'Gestort bedrag', 'Terugbetaald bedrag', 'Terugbetaling uitgesteld'];
/** 10 shares of 25 €: 250 € nominal. */
const exited = (id: string, refunded: number | string, options: { reason?: string; paidUp?: number | string; postponed?: string; exit?: string } = {}) =>
  [id, `Vennoot ${id}`, '15/03/2019', options.exit ?? '30/06/2024', options.reason ?? 'uittreding', 10, 25, options.paidUp ?? 250, refunded, options.postponed ?? ''];
const staying = (id: string) => [id, `Vennoot ${id}`, '15/03/2019', '', '', 10, 25, 250, '', ''];
const MOVEMENTS = ['Datum', 'Lidnummer', 'Verrichting', 'Aantal aandelen', 'Eenheidsprijs', 'Bedrag'];

testCondition(condition, [
  {
    name: 'a refund equal to the nominal value of the actual contribution passes',
    sheets: { Register: [REGISTER, staying('M001'), exited('M002', 250)] },
    parameters: YEAR,
    outcome: 'passed',
  },
  {
    name: 'one cent above fails, on the refund cell',
    sheets: { Register: [REGISTER, staying('M001'), exited('M002', 250.01)] },
    parameters: YEAR,
    outcome: 'failed',
    findings: [['refundAboveCap', 'Register!I3']],
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
      Register: [REGISTER, exited('M001', 250.01, { reason: 'uitsluiting' }), exited('M002', 250.01, { reason: 'overlijden' }), exited('M003', 250, { reason: 'van rechtswege' })],
    },
    parameters: YEAR,
    outcome: 'failed',
    findings: [['refundAboveCap', 'Register!I2'], ['refundAboveCap', 'Register!I3']],
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
    name: 'an exit of another year is not this year’s',
    sheets: { Register: [REGISTER, staying('M001'), exited('M002', 900, { exit: '31/12/2023' })] },
    parameters: YEAR,
    outcome: 'not-applicable',
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
    findings: [['refundAboveCap', 'Bewegingen!F4']],
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
      Bewegingen: [
        MOVEMENTS,
        ['15/03/2019', 'M001', 'inschrijving', 10, 25, 250],
        ['01/06/2024', 'M001', 'overdracht', 10, 25, 250],
      ],
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
      Bewegingen: [
        MOVEMENTS,
        ['15/03/2019', 'M001', 'inschrijving', 4, 25, 100],
        ['31/07/2024', 'M001', 'terugbetaling', 10, 25, 250],
      ],
    },
    parameters: YEAR,
    outcome: 'failed',
    findings: [['refundAboveCap', 'Bewegingen!F3']],
  },
  {
    name: 'a refund whose cap cannot be computed is a warning (English headers)',
    sheets: {
      Members: [['Member ID', 'Admission date', 'Exit date', 'Exit reason', 'Refund amount'], ['M001', '01/01/2020', '30/06/2024', 'resignation', 250]],
    },
    parameters: YEAR,
    outcome: 'review',
    findings: [['refundCapUnknown', 'Members!E2']],
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
    sheets: { Register: [['Lidnummer', 'Datum toetreding'], ['M001', '01/01/2020']] },
    parameters: YEAR,
    outcome: 'not-evaluated',
  },
]);
