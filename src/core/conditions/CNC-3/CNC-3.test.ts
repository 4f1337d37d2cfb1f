import condition from '.';
import { testCondition } from '../../testing/condition-tester';

const HEAD = ["Date de l'AG", 'N° sociétaire', 'Présence', 'Mandataire', 'Voix'];
/** n members present with one vote each, M001…, dated 17/06/2025. */
const present = (n: number) =>
  Array.from({ length: n }, (_, i) => ['17/06/2025', `M${String(i + 1).padStart(3, '0')}`, 'présent', '', 1]);
/** One represented member R1, R2… per proxy holder given, one vote each. */
const represented = (holders: string[]) => holders.map((holder, i) => ['17/06/2025', `R${i + 1}`, 'représenté', holder, 1]);
const CAPPED = { votingMode: 'capped' };

testCondition(condition, [
  {
    name: 'one member one vote: every member with one vote passes',
    sheets: { AG: [HEAD, ...present(5), ...represented(['M001', 'M002'])] },
    outcome: 'passed',
  },
  {
    name: 'one member one vote: a member with two votes fails',
    sheets: { AG: [HEAD, ...present(1), ['17/06/2025', 'M002', 'présent', '', 2], ...present(5).slice(2)] },
    outcome: 'failed',
    findings: [['memberVotesNotOne', 'AG!E3']],
  },
  {
    name: 'one member one vote: a member listed twice has two votes, shown on the second row',
    sheets: { AG: [HEAD, ...present(3), ['17/06/2025', 'M002', 'représenté', 'M001', 1]] },
    outcome: 'failed',
    findings: [['memberVotesNotOne', 'AG!E5']],
  },
  {
    name: 'one member one vote: a member with no vote is unequal too',
    sheets: { AG: [HEAD, ...present(2), ['17/06/2025', 'M003', 'présent', '', 0]] },
    outcome: 'failed',
    findings: [['memberVotesNotOne', 'AG!E4']],
  },
  {
    name: 'one member one vote: without a votes column every member has one vote',
    sheets: { AG: [["Date de l'AG", 'N° sociétaire', 'Présence'], ['17/06/2025', 'M001', 'présent'], ['17/06/2025', 'M002', 'présent']] },
    outcome: 'passed',
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
    findings: [['voterAboveTenth', 'AG!E2']],
  },
  {
    name: 'capped: several votes per member are allowed below the cap',
    sheets: { AG: [HEAD, ['17/06/2025', 'M001', 'présent', '', 10], ...present(91).slice(1)] },
    parameters: CAPPED,
    outcome: 'passed',
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
    findings: [['tooManyProxies', 'AG!D14']],
  },
  {
    name: 'the proxy limit applies under the capped mode too',
    sheets: { AG: [HEAD, ...present(30), ...represented(['M001', 'M001'])] },
    parameters: { ...CAPPED, maxProxiesPerHolder: 1 },
    outcome: 'failed',
    findings: [['tooManyProxies', 'AG!D33']],
  },
  {
    name: 'Dutch headers',
    sheets: { AV: [['Datum AV', 'Lidnummer', 'Aanwezigheid', 'Volmachtdrager', 'Stemmen'], ['17/06/2025', 'M001', 'aanwezig', '', 1], ['17/06/2025', 'M002', 'aanwezig', '', 3]] },
    outcome: 'failed',
    findings: [['memberVotesNotOne', 'AV!E3']],
  },
  {
    name: 'a meeting outside the fiscal year is not this year’s',
    sheets: { AG: [HEAD, ['17/06/2024', 'M001', 'présent', '', 3]] },
    parameters: { fiscalYear: 2025 },
    outcome: 'not-applicable',
  },
  {
    name: 'no attendance sheet: not evaluated',
    sheets: { Registre: [['N° sociétaire', "Date d'adhésion"], ['M001', '01/01/2020']] },
    outcome: 'not-evaluated',
  },
]);
