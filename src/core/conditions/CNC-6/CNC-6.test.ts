import condition from '.';
import { testCondition } from '../../testing/condition-tester';

const HEAD = ['N° sociétaire', 'Exercice', 'Nature', 'Montant brut', 'Opérations avec la coopérative'];
const CNC = { accreditations: 'CNC', fiscalYear: 2025 };
/** Members at 3 % of their transactions. */
const atThreePercent = [['M001', 2025, 'ristourne', 30, 1000], ['M002', 2025, 'ristourne', 60, 2000]];

testCondition(condition, [
  {
    name: 'one rate for every member passes',
    sheets: { Ristournes: [HEAD, ...atThreePercent, ['M003', 2025, 'ristourne', 15, 500]] },
    parameters: CNC,
    outcome: 'passed',
  },
  {
    // 301.50 € on 10 000 €: 3.015 %, exactly 0.5 % above the 3 % scheme rate.
    name: 'exactly 0.5 % (relative) off the scheme rate passes',
    sheets: { Ristournes: [HEAD, ...atThreePercent, ['M003', 2025, 'ristourne', 301.5, 10000]] },
    parameters: CNC,
    outcome: 'passed',
  },
  {
    name: 'one cent more is beyond 0.5 % and warns',
    sheets: { Ristournes: [HEAD, ...atThreePercent, ['M003', 2025, 'ristourne', 301.51, 10000]] },
    parameters: CNC,
    outcome: 'review',
    findings: [['ristourneRateDeviates', 'Ristournes!D4']],
  },
  {
    // 3 % of 0.50 € is 0.015 €; paying 0.02 € is rounding, not another rate.
    name: 'a deviation within the cent is rounding',
    sheets: { Ristournes: [HEAD, ...atThreePercent, ['M003', 2025, 'ristourne', 0.02, 0.5]] },
    parameters: CNC,
    outcome: 'passed',
  },
  {
    name: 'a ristourne with zero transactions fails',
    sheets: { Ristournes: [HEAD, ...atThreePercent, ['M003', 2025, 'ristourne', 25, 0]] },
    parameters: CNC,
    outcome: 'failed',
    findings: [['ristourneWithoutTransactions', 'Ristournes!E4']],
  },
  {
    name: 'a ristourne with no transactions recorded fails',
    sheets: { Ristournes: [HEAD, ...atThreePercent, ['M003', 2025, 'ristourne', 25, null]] },
    parameters: CNC,
    outcome: 'failed',
    findings: [['ristourneWithoutTransactions', 'Ristournes!E4']],
  },
  {
    name: 'an unreadable transactions cell is left to DATA-2',
    sheets: { Ristournes: [HEAD, ...atThreePercent, ['M003', 2025, 'ristourne', 25, 'beaucoup']] },
    parameters: CNC,
    outcome: 'passed',
  },
  {
    name: 'without a transactions column the rate cannot be checked',
    sheets: { Ristournes: [['N° sociétaire', 'Exercice', 'Nature', 'Montant brut'], ['M001', 2025, 'ristourne', 30]] },
    parameters: CNC,
    outcome: 'review',
    findings: [['transactionsColumnMissing', 'Ristournes!D2']],
  },
  {
    name: 'each share category is its own scheme',
    sheets: {
      Registre: [['N° sociétaire', "Date d'adhésion", 'Catégorie'], ['M001', '01/01/2020', 'A'], ['M002', '01/01/2020', 'A'], ['M003', '01/01/2020', 'B'], ['M004', '01/01/2020', 'B']],
      Ristournes: [HEAD, ...atThreePercent, ['M003', 2025, 'ristourne', 50, 1000], ['M004', 2025, 'ristourne', 100, 2000]],
    },
    parameters: CNC,
    outcome: 'passed',
  },
  {
    name: 'one category with two rates warns on the member off the median',
    sheets: {
      Registre: [['N° sociétaire', "Date d'adhésion", 'Catégorie'], ['M001', '01/01/2020', 'A'], ['M002', '01/01/2020', 'A'], ['M003', '01/01/2020', 'A']],
      Ristournes: [HEAD, ...atThreePercent, ['M003', 2025, 'ristourne', 50, 1000]],
    },
    parameters: CNC,
    outcome: 'review',
    findings: [['ristourneRateDeviates', 'Ristournes!D4']],
  },
  {
    name: 'Dutch headers',
    sheets: { Uitkeringen: [['Lidnummer', 'Boekjaar', 'Aard', 'Brutobedrag', 'Verrichtingen'], ['M001', 2025, 'ristorno', 30, 1000], ['M002', 2025, 'ristorno', 40, 0]] },
    parameters: CNC,
    outcome: 'failed',
    findings: [['ristourneWithoutTransactions', 'Uitkeringen!E3']],
  },
  {
    name: 'no ristourne this year: not applicable',
    sheets: { Ristournes: [HEAD, ['M001', 2025, 'dividende', 30, null], ['M002', 2024, 'ristourne', 60, 2000]] },
    parameters: CNC,
    outcome: 'not-applicable',
  },
  {
    name: 'a company also accredited as a social enterprise is exempt',
    sheets: { Ristournes: [HEAD, ['M001', 2025, 'ristourne', 30, 0]] },
    parameters: { fiscalYear: 2025 },
    outcome: 'not-applicable',
  },
  {
    name: 'no distributions sheet: not evaluated',
    sheets: { Registre: [['N° sociétaire', "Date d'adhésion"], ['M001', '01/01/2020']] },
    parameters: CNC,
    outcome: 'not-evaluated',
  },
]);
