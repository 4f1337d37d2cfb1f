import condition from '.';
import { testCondition } from '../../testing/condition-tester';

const HEAD = ["Date de l'AG", 'N° sociétaire', 'Présence', 'Mandataire', 'Voix'];
const TITLE = ['Assemblée générale du 17 juin 2025'];
/** n members present with one vote each, M001…, dated 17/06/2025. */
const present = (n: number, date = '17/06/2025') => Array.from({ length: n }, (_, i) => [date, `M${String(i + 1).padStart(3, '0')}`, 'présent', '', 1]);
/** One represented member R1, R2… per proxy holder given, one vote each. */
const represented = (holders: string[]) => holders.map((holder, i) => ['17/06/2025', `R${i + 1}`, 'représenté', holder, 1]);
/** The same members at the ordinary and the extraordinary GA of one day (meeting column B). */
const HEAD_TYPED = ["Date de l'AG", "Type d'AG", 'N° sociétaire', 'Présence', 'Mandataire', 'Voix'];
const typed = (type: string, n: number) => Array.from({ length: n }, (_, i) => ['17/06/2025', type, `M${String(i + 1).padStart(3, '0')}`, 'présent', '', 1]);
/** M001 present with `own` votes and `others` members present with one vote each: V = own + others. */
const bigHolder = (own: number, others: number) => [['17/06/2025', 'M001', 'présent', '', own], ...present(others + 1).slice(1)];
const CAPPED = { votingMode: 'capped' };

testCondition(condition, [
  {
    name: 'one member one vote, nobody near the cap',
    sheets: { AG: [TITLE, HEAD, ...present(30)] },
    outcome: 'passed',
    note: ['highestShare', { meetings: 1 }],
  },
  {
    // V = 10 present + 10 represented = 20 votes; M001 casts 1 own + 1 proxy = 2 = exactly V/10.
    name: 'a proxy holder at exactly one tenth passes',
    sheets: { AG: [HEAD, ...present(10), ...represented(['M001', 'M002', 'M003', 'M004', 'M005', 'M006', 'M007', 'M008', 'M009', 'M010'])] },
    outcome: 'passed',
  },
  {
    // V = 20; M001 casts 1 own + 2 proxies = 3 > 2.
    name: 'one vote past one tenth through proxies fails (attendee scope), with its figures in three languages',
    sheets: { AG: [HEAD, ...present(10), ...represented(['M001', 'M001', 'M003', 'M004', 'M005', 'M006', 'M007', 'M008', 'M009', 'M010'])] },
    outcome: 'failed',
    findings: [
      [
        'voterAboveTenth',
        'AG!E2',
        { memberId: 'M001', meetingDate: '2025-06-17', votes: 3, ownVotes: 1, proxyVotes: 2, proxies: 2, votesRepresented: 20, capVotes: 2, excessVotes: 1 },
      ],
    ],
    texts: {
      fr: [
        "Le sociétaire M001 vote avec 3 voix (1 voix propre et 2 voix par 2 procurations) à l'AG du 17/06/2025 : le plafond d'un dixième des 20 voix présentes ou représentées est de 2 voix, soit 1 voix de trop (CSA art. 8:5 §1 ; AR du 28 juin 2019, art. 6). Recompter les votes de cette AG en limitant ses voix à 2 voix.",
      ],
      nl: [
        'Aandeelhouder M001 stemt met 3 stemmen (1 eigen stem en 2 stemmen via 2 volmachten) op de AV van 17/06/2025: het plafond van een tiende van de 20 aanwezige of vertegenwoordigde stemmen is 2 stemmen, dus 1 stem te veel (WVV art. 8:5 §1; KB van 28 juni 2019, art. 6). Tel de stemmen van deze AV opnieuw, met de stemmen van deze aandeelhouder beperkt tot 2 stemmen.',
      ],
      en: [
        "Member M001 votes with 3 votes (1 own vote and 2 votes through 2 proxies) at the general meeting of 17/06/2025: one tenth of the 20 votes present or represented caps a voter at 2 votes, so 1 vote too many (CSA art. 8:5 §1; Royal Decree of 28 June 2019, art. 6). Recount this meeting's votes with this member's votes limited to 2 votes.",
      ],
    },
  },
  {
    name: 'the same proxies pass when the cap counts own votes only',
    sheets: { AG: [HEAD, ...present(10), ...represented(['M001', 'M001', 'M003', 'M004', 'M005', 'M006', 'M007', 'M008', 'M009', 'M010'])] },
    parameters: { voteCapScope: 'shareholder' },
    outcome: 'passed',
  },
  {
    // V = 10 + 90 = 100; M001 holds 10 = exactly one tenth.
    name: 'own votes exactly one tenth pass',
    sheets: { AG: [HEAD, ...bigHolder(10, 90)] },
    outcome: 'passed',
  },
  {
    name: 'own votes one above one tenth fail',
    sheets: { AG: [HEAD, ...bigHolder(11, 90)] },
    outcome: 'failed',
    findings: [['voterAboveTenth', 'AG!E2', { votes: 11, ownVotes: 11, proxies: 0, votesRepresented: 101, capVotes: 10, excessVotes: 1 }]],
  },
  {
    // V = 1,611: one tenth is 161.1 votes, so 161 whole votes.
    name: 'the cap is in whole votes: 161 of 1,611 votes passes',
    sheets: { AG: [HEAD, ...bigHolder(161, 1_450)] },
    outcome: 'passed',
  },
  {
    name: 'the cap is in whole votes: 162 of 1,612 votes is one vote too many, never "161,2 voix"',
    sheets: { AG: [HEAD, ...bigHolder(162, 1_450)] },
    outcome: 'failed',
    findings: [['voterAboveTenth', 'AG!E2', { votes: 162, votesRepresented: 1_612, capVotes: 161, excessVotes: 1 }]],
    texts: {
      fr: [
        "Le sociétaire M001 vote avec 162 voix à l'AG du 17/06/2025 : le plafond d'un dixième des 1\u202f612 voix présentes ou représentées est de 161 voix, soit 1 voix de trop (CSA art. 8:5 §1 ; AR du 28 juin 2019, art. 6). Recompter les votes de cette AG en limitant ses voix à 161 voix.",
      ],
    },
  },
  {
    // V = 9: a literal V/10 is 0.9 vote, below the one vote every member holds.
    name: 'nine voters with one vote each: one vote of one’s own is never above the cap',
    sheets: { AG: [HEAD, ...present(9)] },
    outcome: 'passed',
  },
  {
    // V = 10, cap max(1, 1) = 1: two own votes are one too many.
    name: 'fewer than ten voters: two votes are one above the cap of one vote',
    sheets: { AG: [HEAD, ['17/06/2025', 'M001', 'présent', '', 2], ...present(9).slice(1)] },
    outcome: 'failed',
    findings: [['voterAboveTenth', 'AG!E2', { votes: 2, votesRepresented: 10, capVotes: 1, excessVotes: 1 }]],
  },
  {
    // Merged by date only, every member would have two votes out of V = 10 at one meeting.
    name: 'an ordinary and an extraordinary GA on the same day are two meetings: one vote each',
    sheets: { AG: [HEAD_TYPED, ...typed('AGO', 5), ...typed('AGE', 5)] },
    outcome: 'passed',
    note: ['highestShare', { meetings: 2 }],
  },
  {
    name: 'two meetings the same day: the breach names its meeting',
    sheets: { AG: [HEAD_TYPED, ...typed('AGO', 5), ['17/06/2025', 'AGE', 'M001', 'présent', '', 2], ...typed('AGE', 9).slice(1)] },
    outcome: 'failed',
    findings: [['voterAboveTenth', 'AG!F7', { memberId: 'M001', meetingDate: '2025-06-17', meeting: 'AGE', votes: 2, votesRepresented: 10, capVotes: 1 }]],
    texts: {
      en: [
        "Member M001 votes with 2 votes at the general meeting of 17/06/2025 (AGE): one tenth of the 10 votes present or represented caps a voter at 1 vote, so 1 vote too many (CSA art. 8:5 §1; Royal Decree of 28 June 2019, art. 6). Recount this meeting's votes with this member's votes limited to 1 vote.",
      ],
    },
  },
  {
    name: 'capped voting with a votes column is checked',
    sheets: { AG: [HEAD, ...bigHolder(10, 90)] },
    parameters: CAPPED,
    outcome: 'passed',
  },
  {
    name: 'capped voting without a votes column: not evaluated, naming the column',
    sheets: { AG: [["Date de l'AG", 'N° sociétaire', 'Présence', 'Mandataire'], ...present(12).map((r) => r.slice(0, 4))] },
    parameters: CAPPED,
    outcome: 'not-evaluated',
    missing: [{ sheet: 'meetings', columns: ['votes'] }],
  },
  {
    name: 'represented members without a proxy holder column: not evaluated under the attendee scope',
    sheets: {
      AG: [
        ["Date de l'AG", 'N° sociétaire', 'Présence', 'Voix'],
        ['17/06/2025', 'M001', 'présent', 1],
        ['17/06/2025', 'M002', 'représenté', 1],
      ],
    },
    outcome: 'not-evaluated',
    missing: [{ sheet: 'meetings', columns: ['proxyHolderId'] }],
  },
  {
    name: 'a meeting outside the fiscal year is not this year’s',
    sheets: { AG: [HEAD, ['17/06/2024', 'M001', 'present', '', 11], ...present(5)] },
    parameters: { fiscalYear: 2023 },
    outcome: 'not-applicable',
    note: ['noMeetingInYear', { year: 2023 }],
  },
  {
    name: 'no attendance sheet: not evaluated',
    sheets: {
      Registre: [
        ['N° sociétaire', "Date d'adhésion"],
        ['M001', '01/01/2020'],
      ],
    },
    outcome: 'not-evaluated',
  },
]);
