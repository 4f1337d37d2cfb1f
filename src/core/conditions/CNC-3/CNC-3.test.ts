import condition from '.';
import { testCondition } from '../../testing/condition-tester';

const HEAD = ["Date de l'AG", 'N° sociétaire', 'Présence', 'Mandataire', 'Voix'];
/** n members present with one vote each, M001…, dated 17/06/2025. */
const present = (n: number) => Array.from({ length: n }, (_, i) => ['17/06/2025', `M${String(i + 1).padStart(3, '0')}`, 'présent', '', 1]);
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
    name: 'one member one vote: every member with one vote passes',
    sheets: { AG: [HEAD, ...present(5), ...represented(['M001', 'M002'])] },
    outcome: 'passed',
    note: ['meetingsChecked', { meetings: 1, votingMode: 'one-member-one-vote' }],
  },
  {
    name: 'one member one vote: a member with two votes fails, one vote too many',
    sheets: { AG: [HEAD, ...present(1), ['17/06/2025', 'M002', 'présent', '', 2], ...present(5).slice(2)] },
    outcome: 'failed',
    findings: [['memberVotesNotOne', 'AG!E3', { memberId: 'M002', meetingDate: '2025-06-17', votes: 2 }]],
    texts: {
      fr: [
        "Le sociétaire M002 dispose de 2 voix à l'AG du 17/06/2025, alors que les statuts appliquent « un membre, une voix » : 1 voix de trop (AR du 8 janvier 1962, art. 1er, §1er, 3°). Recompter les votes de cette AG avec une voix par sociétaire.",
      ],
      nl: [
        'Aandeelhouder M002 heeft 2 stemmen op de AV van 17/06/2025, terwijl de statuten "één lid, één stem" toepassen: 1 stem te veel (KB van 8 januari 1962, art. 1, §1, 3°). Tel de stemmen van deze AV opnieuw met één stem per aandeelhouder.',
      ],
      en: [
        "Member M002 has 2 votes at the general meeting of 17/06/2025, while the statutes apply one member, one vote: 1 vote too many (Royal Decree of 8 January 1962, art. 1 §1 3°). Recount this meeting's votes with one vote per member.",
      ],
    },
  },
  {
    name: 'one member one vote: a member listed twice has two votes, shown on the second row',
    sheets: { AG: [HEAD, ...present(3), ['17/06/2025', 'M002', 'représenté', 'M001', 1]] },
    outcome: 'failed',
    findings: [['memberVotesNotOne', 'AG!E5', { votes: 2 }]],
  },
  {
    name: 'one member one vote: a member with no vote is unequal too',
    sheets: { AG: [HEAD, ...present(2), ['17/06/2025', 'M003', 'présent', '', 0]] },
    outcome: 'failed',
    findings: [['memberVotesNotOne', 'AG!E4', { votes: 0 }]],
    texts: {
      en: [
        "Member M003 has 0 votes at the general meeting of 17/06/2025, while the statutes apply one member, one vote: the member’s vote is missing (Royal Decree of 8 January 1962, art. 1 §1 3°). Recount this meeting's votes with one vote per member.",
      ],
    },
  },
  {
    name: 'one member one vote: without a votes column every member has one vote',
    sheets: {
      AG: [
        ["Date de l'AG", 'N° sociétaire', 'Présence'],
        ['17/06/2025', 'M001', 'présent'],
        ['17/06/2025', 'M002', 'présent'],
      ],
    },
    outcome: 'passed',
  },
  {
    name: 'one member one vote: an ordinary and an extraordinary GA the same day are two meetings, one vote at each',
    sheets: { AG: [HEAD_TYPED, ...typed('AGO', 5), ...typed('AGE', 5)] },
    outcome: 'passed',
    note: ['meetingsChecked', { meetings: 2 }],
  },
  {
    name: 'one member one vote: listed twice at the same one of two meetings of a day fails',
    sheets: { AG: [HEAD_TYPED, ...typed('AGO', 5), ...typed('AGE', 5), ['17/06/2025', 'AGE', 'M003', 'présent', '', 1]] },
    outcome: 'failed',
    findings: [['memberVotesNotOne', 'AG!F12', { memberId: 'M003', meeting: 'AGE', votes: 2 }]],
    texts: {
      fr: [
        "Le sociétaire M003 dispose de 2 voix à l'AG du 17/06/2025 (AGE), alors que les statuts appliquent « un membre, une voix » : 1 voix de trop (AR du 8 janvier 1962, art. 1er, §1er, 3°). Recompter les votes de cette AG avec une voix par sociétaire.",
      ],
    },
  },
  {
    // V = 20; M001 casts 1 own + 1 proxy = 2 = exactly V/10.
    name: 'capped: exactly one tenth passes',
    sheets: { AG: [HEAD, ...present(10), ...represented(['M001', 'M002', 'M003', 'M004', 'M005', 'M006', 'M007', 'M008', 'M009', 'M010'])] },
    parameters: CAPPED,
    outcome: 'passed',
  },
  {
    // V = 20; M001 casts 1 own + 2 proxies = 3 > 2.
    name: 'capped: one vote past one tenth fails',
    sheets: { AG: [HEAD, ...present(10), ...represented(['M001', 'M001', 'M003', 'M004', 'M005', 'M006', 'M007', 'M008', 'M009', 'M010'])] },
    parameters: CAPPED,
    outcome: 'failed',
    findings: [
      ['voterAboveTenth', 'AG!E2', { memberId: 'M001', votes: 3, ownVotes: 1, proxyVotes: 2, proxies: 2, votesRepresented: 20, capVotes: 2, excessVotes: 1 }],
    ],
    texts: {
      nl: [
        'Aandeelhouder M001 stemt met 3 stemmen (1 eigen stem en 2 stemmen via 2 volmachten) op de AV van 17/06/2025: het plafond van een tiende van de 20 aanwezige of vertegenwoordigde stemmen is 2 stemmen, dus 1 stem te veel (KB van 8 januari 1962, art. 1, §1, 3°). Tel de stemmen van deze AV opnieuw, met de stemmen van deze aandeelhouder beperkt tot 2 stemmen.',
      ],
    },
  },
  {
    name: 'capped: several votes per member are allowed below the cap',
    sheets: { AG: [HEAD, ...bigHolder(10, 90)] },
    parameters: CAPPED,
    outcome: 'passed',
  },
  {
    name: 'capped: 161 whole votes of 1,611 pass',
    sheets: { AG: [HEAD, ...bigHolder(161, 1_450)] },
    parameters: CAPPED,
    outcome: 'passed',
  },
  {
    name: 'capped: 162 of 1,612 votes is one whole vote too many',
    sheets: { AG: [HEAD, ...bigHolder(162, 1_450)] },
    parameters: CAPPED,
    outcome: 'failed',
    findings: [['voterAboveTenth', 'AG!E2', { votes: 162, votesRepresented: 1_612, capVotes: 161, excessVotes: 1 }]],
  },
  {
    name: 'capped: nine voters with one vote each pass (one own vote is never above the cap)',
    sheets: { AG: [HEAD, ...present(9)] },
    parameters: CAPPED,
    outcome: 'passed',
  },
  {
    name: 'capped: fewer than ten voters, two own votes are one above the cap of one',
    sheets: { AG: [HEAD, ['17/06/2025', 'M001', 'présent', '', 2], ...present(8).slice(1)] },
    parameters: CAPPED,
    outcome: 'failed',
    findings: [['voterAboveTenth', 'AG!E2', { votes: 2, votesRepresented: 9, capVotes: 1, excessVotes: 1 }]],
  },
  {
    name: 'capped without a votes column: not evaluated, naming the column',
    sheets: { AG: [["Date de l'AG", 'N° sociétaire', 'Présence', 'Mandataire'], ...present(12).map((r) => r.slice(0, 4))] },
    parameters: CAPPED,
    outcome: 'not-evaluated',
    missing: [{ sheet: 'meetings', columns: ['votes'] }],
  },
  {
    name: 'capped without a votes column, the proxy limit still breached: failed, naming the column',
    sheets: {
      AG: [
        ["Date de l'AG", 'N° sociétaire', 'Présence', 'Mandataire'],
        ...present(10).map((r) => r.slice(0, 4)),
        ...represented(['M001', 'M001']).map((r) => r.slice(0, 4)),
      ],
    },
    parameters: { ...CAPPED, maxProxiesPerHolder: 1 },
    outcome: 'failed',
    findings: [['tooManyProxies', 'AG!D13', { proxyHolderId: 'M001', proxies: 2, maxProxies: 1 }]],
    missing: [{ sheet: 'meetings', columns: ['votes'] }],
  },
  {
    name: 'exactly the statutory maximum of proxies passes',
    sheets: { AG: [HEAD, ...present(10), ...represented(['M001', 'M001'])] },
    parameters: { maxProxiesPerHolder: 2 },
    outcome: 'passed',
  },
  {
    name: 'one proxy more than the statutory maximum fails on that proxy',
    sheets: { AG: [HEAD, ...present(10), ...represented(['M001', 'M001', 'M001'])] },
    parameters: { maxProxiesPerHolder: 2 },
    outcome: 'failed',
    findings: [['tooManyProxies', 'AG!D14', { proxyHolderId: 'M001', meetingDate: '2025-06-17', proxies: 3, maxProxies: 2 }]],
    texts: {
      fr: [
        "Le sociétaire M001 détient 3 procurations à l'AG du 17/06/2025 ; les statuts en permettent 2 au plus : 1 procuration de trop. Recompter les votes de cette AG sans les voix des procurations au-delà de la limite.",
      ],
      nl: [
        'Aandeelhouder M001 houdt 3 volmachten op de AV van 17/06/2025; de statuten staan er hoogstens 2 toe: 1 volmacht te veel. Tel de stemmen van deze AV opnieuw zonder de stemmen van de volmachten boven de grens.',
      ],
      en: [
        "Member M001 holds 3 proxies at the general meeting of 17/06/2025; the statutes allow at most 2: 1 proxy too many. Recount this meeting's votes without the votes of the proxies beyond the limit.",
      ],
    },
  },
  {
    name: 'the proxy limit applies under the capped mode too',
    sheets: { AG: [HEAD, ...present(30), ...represented(['M001', 'M001'])] },
    parameters: { ...CAPPED, maxProxiesPerHolder: 1 },
    outcome: 'failed',
    findings: [['tooManyProxies', 'AG!D33', { proxies: 2, maxProxies: 1 }]],
  },
  {
    name: 'Dutch headers',
    sheets: {
      AV: [
        ['Datum AV', 'Lidnummer', 'Aanwezigheid', 'Volmachtdrager', 'Stemmen'],
        ['17/06/2025', 'M001', 'aanwezig', '', 1],
        ['17/06/2025', 'M002', 'aanwezig', '', 3],
      ],
    },
    outcome: 'failed',
    findings: [['memberVotesNotOne', 'AV!E3', { votes: 3 }]],
  },
  {
    name: 'a meeting outside the fiscal year is not this year’s',
    sheets: { AG: [HEAD, ['17/06/2024', 'M001', 'présent', '', 3]] },
    parameters: { fiscalYear: 2025 },
    outcome: 'not-applicable',
    note: ['noMeetingInYear', { year: 2025 }],
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
