import condition from '.';
import { testCondition } from '../../testing/condition-tester';

const HEAD = ["Date de l'AG", 'N° sociétaire', 'Présence', 'Mandataire', 'Voix'];
const TITLE = ['Assemblée générale du 17 juin 2025'];
/** n members present with one vote each, M001…, dated 17/06/2025. */
const present = (n: number) =>
  Array.from({ length: n }, (_, i) => ['17/06/2025', `M${String(i + 1).padStart(3, '0')}`, 'présent', '', 1]);
/** One represented member R1, R2… per proxy holder given, one vote each. */
const represented = (holders: string[]) => holders.map((holder, i) => ['17/06/2025', `R${i + 1}`, 'représenté', holder, 1]);

testCondition(condition, [
  {
    name: 'one member one vote, nobody near the cap',
    sheets: { AG: [TITLE, HEAD, ...present(30)] },
    outcome: 'passed',
  },
  {
    // V = 10 present + 10 represented = 20 votes; M001 casts 1 own + 1 proxy = 2 = exactly V/10.
    name: 'a proxy holder at exactly one tenth passes',
    sheets: { AG: [HEAD, ...present(10), ...represented(['M001', 'M002', 'M003', 'M004', 'M005', 'M006', 'M007', 'M008', 'M009', 'M010'])] },
    outcome: 'passed',
  },
  {
    // V = 20; M001 casts 1 own + 2 proxies = 3 > 2.
    name: 'one vote past one tenth through proxies fails (attendee scope)',
    sheets: { AG: [HEAD, ...present(10), ...represented(['M001', 'M001', 'M003', 'M004', 'M005', 'M006', 'M007', 'M008', 'M009', 'M010'])] },
    outcome: 'failed',
    findings: [['voterAboveTenth', 'AG!E2']],
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
    sheets: { AG: [HEAD, ['17/06/2025', 'M001', 'present', '', 10], ...present(91).slice(1)] },
    outcome: 'passed',
  },
  {
    name: 'own votes one above one tenth fail',
    sheets: { AG: [HEAD, ['17/06/2025', 'M001', 'present', '', 11], ...present(91).slice(1)] },
    outcome: 'failed',
    findings: [['voterAboveTenth', 'AG!E2']],
  },
  {
    name: 'a meeting outside the fiscal year is not this year’s',
    sheets: { AG: [HEAD, ['17/06/2024', 'M001', 'present', '', 11], ...present(5)] },
    parameters: { fiscalYear: 2023 },
    outcome: 'not-applicable',
  },
  {
    name: 'no attendance sheet: not evaluated',
    sheets: { Registre: [['N° sociétaire', "Date d'adhésion"], ['M001', '01/01/2020']] },
    outcome: 'not-evaluated',
  },
]);
