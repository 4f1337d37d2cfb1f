import condition from '.';
import { testCondition } from '../../testing/condition-tester';

const YEAR = { fiscalYear: 2024 };
// Columns: A name, B appointed by, C remuneration, D attendance fees, E allowance, F GA-authorised amount, G profit-linked,
// H mandate end, I meetings attended, J role.
const BOARD = [
  'Administrateur',
  'Nommé par',
  'Rémunération',
  'Jetons de présence',
  'Indemnité',
  "Montant autorisé par l'AG",
  'Lié aux bénéfices',
  'Fin du mandat',
  'Réunions',
  'Fonction',
];
interface Row {
  remuneration?: number;
  fees?: number;
  allowance?: number;
  authorised?: number | string;
  profitLinked?: string;
  mandateEnd?: string;
  meetings?: number | string;
  role?: string;
}
const director = (name: string, r: Row = {}) => [
  name,
  'AG',
  r.remuneration ?? '',
  r.fees ?? '',
  r.allowance ?? '',
  r.authorised ?? '',
  r.profitLinked ?? 'non',
  r.mandateEnd ?? '',
  r.meetings ?? '',
  r.role ?? 'administrateur',
];

testCondition(condition, [
  {
    name: 'unpaid mandates pass',
    sheets: { Conseil: [BOARD, director('Anne Dupont'), director('Bart Peeters', { remuneration: 0 })] },
    parameters: YEAR,
    outcome: 'passed',
    note: ['directorsPay', { directors: 2, paid: 0, totalCents: 0 }],
  },
  {
    name: 'a fixed 24,000 € remuneration fails even though the GA voted it',
    sheets: { Conseil: [BOARD, director('Anne Dupont', { remuneration: 24_000, authorised: 24_000 })] },
    parameters: YEAR,
    outcome: 'failed',
    findings: [['remunerationForMandate', 'Conseil!C2', { director: 'Anne Dupont', remunerationCents: 2_400_000, gaVoted: true }]],
    texts: {
      fr: [
        "L'administrateur Anne Dupont reçoit une rémunération de 24\u202f000,00\u00a0€ pour son mandat : 24\u202f000,00\u00a0€ de trop. Le mandat d'administrateur est gratuit : seuls une indemnité limitée ou des jetons de présence décidés par l'assemblée générale sont permis, et une rémunération fixe n'est ni l'une ni les autres, même votée par l'AG (AR du 28 juin 2019, art. 6). Récupérer la rémunération, ou la remplacer par une indemnité limitée ou des jetons de présence décidés par l'AG.",
      ],
      nl: [
        'Bestuurder Anne Dupont ontvangt een bezoldiging van €\u00a024.000,00 voor het mandaat: €\u00a024.000,00 te veel. Het mandaat van bestuurder is onbezoldigd: alleen een beperkte onkostenvergoeding of presentiegeld waartoe de algemene vergadering beslist, is toegestaan, en een vaste bezoldiging is geen van beide, ook niet als de AV ze goedkeurde (KB van 28 juni 2019, art. 6). Vorder de bezoldiging terug, of vervang ze door een beperkte onkostenvergoeding of presentiegeld waartoe de AV beslist.',
      ],
      en: [
        "Director Anne Dupont receives a remuneration of €24,000.00 for the mandate: €24,000.00 too much. A director's mandate is unpaid: only a limited allowance or attendance fees decided by the general meeting are allowed, and a fixed remuneration is neither, even when the GM voted it (Royal Decree of 28 June 2019, art. 6). Recover the remuneration, or replace it with a limited allowance or attendance fees decided by the GM.",
      ],
    },
  },
  {
    name: 'one cent of remuneration with no GA decision fails',
    sheets: { Conseil: [BOARD, director('Anne Dupont', { remuneration: 0.01 })] },
    parameters: YEAR,
    outcome: 'failed',
    findings: [['remunerationForMandate', 'Conseil!C2', { remunerationCents: 1, gaVoted: false }]],
  },
  {
    name: 'allowance and fees equal to the amount the GA decided pass',
    sheets: { Conseil: [BOARD, director('Anne Dupont', { fees: 500, allowance: 300, authorised: 800 })] },
    parameters: YEAR,
    outcome: 'passed',
    note: ['directorsPay', { directors: 1, paid: 1, totalCents: 80_000, highestCents: 80_000 }],
  },
  {
    name: 'one cent above the GA amount fails, on the largest pay cell',
    sheets: { Conseil: [BOARD, director('Anne Dupont', { fees: 500, allowance: 300.01, authorised: 800 })] },
    parameters: YEAR,
    outcome: 'failed',
    findings: [['payAboveGaAmount', 'Conseil!D2', { director: 'Anne Dupont', payCents: 80_001, authorisedCents: 80_000, excessCents: 1 }]],
    texts: {
      fr: [
        "L'administrateur Anne Dupont reçoit 800,01\u00a0€ d'indemnité et de jetons de présence pour son mandat, plus que les 800,00\u00a0€ décidés par l'assemblée générale : 0,01\u00a0€ de trop (AR du 28 juin 2019, art. 6). Récupérer l'excédent, ou le faire approuver par l'AG dans une indemnité qui reste limitée.",
      ],
      nl: [
        'Bestuurder Anne Dupont ontvangt €\u00a0800,01 aan onkostenvergoeding en presentiegeld voor het mandaat, meer dan de €\u00a0800,00 waartoe de algemene vergadering besliste: €\u00a00,01 te veel (KB van 28 juni 2019, art. 6). Vorder het overschot terug, of laat de AV het goedkeuren binnen een vergoeding die beperkt blijft.',
      ],
      en: [
        'Director Anne Dupont receives €800.01 of allowance and attendance fees for the mandate, more than the €800.00 decided by the general meeting: €0.01 too much (Royal Decree of 28 June 2019, art. 6). Recover the excess, or have the GM approve it within an allowance that stays limited.',
      ],
    },
  },
  {
    name: 'an allowance without a GA-decided amount fails',
    sheets: { Conseil: [BOARD, director('Anne Dupont', { allowance: 0.01 })] },
    parameters: YEAR,
    outcome: 'failed',
    findings: [['paidWithoutGaDecision', 'Conseil!E2', { director: 'Anne Dupont', payCents: 1 }]],
    texts: {
      en: [
        'Director Anne Dupont receives €0.01 of allowance and attendance fees for the mandate with no amount decided by the general meeting: €0.01 too much (Royal Decree of 28 June 2019, art. 6). Have the GM decide the allowance or fees, or recover the amounts paid.',
      ],
    },
  },
  {
    name: 'a GA amount of zero allows no allowance',
    sheets: { Conseil: [BOARD, director('Anne Dupont', { allowance: 100, authorised: 0 })] },
    parameters: YEAR,
    outcome: 'failed',
    findings: [['payAboveGaAmount', 'Conseil!E2', { payCents: 10_000, authorisedCents: 0, excessCents: 10_000 }]],
  },
  {
    name: 'profit-linked pay fails even within the GA amount',
    sheets: { Conseil: [BOARD, director('Anne Dupont', { fees: 100, authorised: 1000, profitLinked: 'oui' })] },
    parameters: YEAR,
    outcome: 'failed',
    findings: [['profitLinkedPay', 'Conseil!G2', { director: 'Anne Dupont', payCents: 10_000 }]],
    texts: {
      fr: [
        "L'administrateur Anne Dupont est payé par une participation aux bénéfices : 100,00\u00a0€ versés pour le mandat pendant l'exercice, de trop. Une participation aux bénéfices n'est ni une indemnité limitée ni un jeton de présence (AR du 28 juin 2019, art. 6). Y mettre fin et récupérer les montants versés.",
      ],
    },
  },
  {
    name: 'allowance at the yearly cap for a "limited" allowance passes',
    sheets: { Conseil: [BOARD, director('Anne Dupont', { allowance: 1361.23, authorised: 2000 })] },
    parameters: { ...YEAR, directorFeeCapPerYear: 1361.23 },
    outcome: 'passed',
  },
  {
    name: 'one cent above the yearly cap is a warning',
    sheets: { Conseil: [BOARD, director('Anne Dupont', { allowance: 1361.24, authorised: 2000 })] },
    parameters: { ...YEAR, directorFeeCapPerYear: 1361.23 },
    outcome: 'review',
    findings: [['payAboveYearlyCap', 'Conseil!E2', { payCents: 136_124, capCents: 136_123, excessCents: 1 }]],
    texts: {
      nl: [
        'Bestuurder Anne Dupont ontvangt €\u00a01.361,24 aan onkostenvergoeding en presentiegeld voor het mandaat, €\u00a00,01 boven het jaarplafond van €\u00a01.361,23 dat voor een ‘beperkte’ vergoeding wordt gehanteerd (parameter ‘Jaarplafond bestuurdersvergoedingen’). Beoordeel of het bedrag beperkt blijft; zo niet, laat de AV het verlagen en vorder het overschot terug.',
      ],
    },
  },
  {
    name: 'attendance fees at the cap per meeting times ten meetings attended pass',
    sheets: { Conseil: [BOARD, director('Anne Dupont', { fees: 340.3, authorised: 1000, meetings: 10 })] },
    parameters: { ...YEAR, directorFeeCapPerMeeting: 34.03 },
    outcome: 'passed',
  },
  {
    name: 'one cent above the cap per meeting times the meetings attended is a warning',
    sheets: { Conseil: [BOARD, director('Anne Dupont', { fees: 340.31, authorised: 1000, meetings: 10 })] },
    parameters: { ...YEAR, directorFeeCapPerMeeting: 34.03 },
    outcome: 'review',
    findings: [['feesAbovePerMeetingCap', 'Conseil!D2', { feesCents: 34_031, meetings: 10, capCents: 3_403, maxCents: 34_030, excessCents: 1 }]],
    texts: {
      en: [
        "Director Anne Dupont's attendance fees (€340.31 for the year) are €0.01 above the cap of €34.03 per meeting for 10 meetings, that is €340.30 (parameter ‘Attendance fee cap per meeting’). Judge whether the fees are still limited; if not, have the GM reduce them and recover the excess.",
      ],
    },
  },
  {
    name: 'no meetings count: fees within one meeting’s cap pass',
    sheets: { Conseil: [BOARD, director('Anne Dupont', { fees: 34.03, authorised: 100 })] },
    parameters: { ...YEAR, directorFeeCapPerMeeting: 34.03 },
    outcome: 'passed',
  },
  {
    name: 'no meetings count: fees one cent above one meeting’s cap ask for the count',
    sheets: { Conseil: [BOARD, director('Anne Dupont', { fees: 34.04, authorised: 100 })] },
    parameters: { ...YEAR, directorFeeCapPerMeeting: 34.03 },
    outcome: 'review',
    findings: [['feesMeetingsUnknown', 'Conseil!D2', { feesCents: 3_404, capCents: 3_403 }]],
    texts: {
      fr: [
        "Les jetons de présence de l'administrateur Anne Dupont (34,04\u00a0€ pour l'exercice) dépassent le plafond de 34,03\u00a0€ pour une réunion, et le nombre de réunions auxquelles il a assisté n'est pas donné. Indiquer ce nombre dans la colonne « réunions » pour que CoopCheck compare les jetons au plafond par réunion.",
      ],
    },
  },
  {
    name: 'a controlling member and the statutory auditor are not directors under ES-6',
    sheets: {
      Conseil: [
        BOARD,
        director('Anne Dupont'),
        director('Réviseurs SRL', { remuneration: 5000, role: 'commissaire' }),
        director('Marc Peeters', { remuneration: 500, role: 'associé chargé du contrôle' }),
      ],
    },
    parameters: YEAR,
    outcome: 'passed',
    note: ['directorsPay', { directors: 1, paid: 0 }],
  },
  {
    name: 'a director whose mandate ended before the year is not checked',
    sheets: { Conseil: [BOARD, director('Anne Dupont'), director('Chris Janssens', { remuneration: 5000, mandateEnd: '30/06/2023' })] },
    parameters: YEAR,
    outcome: 'passed',
  },
  {
    name: 'Dutch headers: pay without a GA decision fails, and the profit-linked column is missing',
    sheets: {
      Bestuur: [
        ['Bestuurder', 'Benoemd door', 'Presentiegeld', 'Door AV toegestaan bedrag'],
        ['Bart Peeters', 'AV', 150, ''],
      ],
    },
    parameters: YEAR,
    outcome: 'failed',
    findings: [['paidWithoutGaDecision', 'Bestuur!C2', { payCents: 15_000 }]],
    missing: [{ sheet: 'directors', columns: ['profitLinked'] }],
  },
  {
    name: 'an allowance with no GA-amount column cannot pass: not evaluated, naming the column',
    sheets: {
      Conseil: [
        ['Administrateur', 'Nommé par', 'Indemnité', 'Lié aux bénéfices'],
        ['Anne Dupont', 'AG', 300, 'non'],
      ],
    },
    parameters: YEAR,
    outcome: 'not-evaluated',
    missing: [{ sheet: 'directors', columns: ['gaAuthorisedAmount'] }],
  },
  {
    name: 'no pay column at all: not evaluated, naming the pay columns',
    sheets: {
      Board: [
        ['Director', 'Appointed by', 'Appointment date'],
        ['Anne Dupont', 'GM', '17/06/2022'],
      ],
    },
    parameters: YEAR,
    outcome: 'not-evaluated',
    missing: [{ sheet: 'directors', columns: ['remuneration', 'attendanceFees', 'allowance'] }],
  },
  {
    name: 'no director in office during the year: nothing to check',
    sheets: { Conseil: [BOARD, director('Chris Janssens', { remuneration: 5000, mandateEnd: '30/06/2023' })] },
    parameters: YEAR,
    outcome: 'not-applicable',
    note: ['noDirectorInYear', { year: 2024 }],
  },
  {
    name: 'no directors sheet: not evaluated',
    sheets: {
      Registre: [
        ['N° sociétaire', "Date d'adhésion"],
        ['M001', '01/01/2020'],
      ],
    },
    parameters: YEAR,
    outcome: 'not-evaluated',
  },
]);
