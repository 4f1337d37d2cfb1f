import condition from '.';
import { testCondition } from '../../testing/condition-tester';

const HEAD = ['Poste', 'Montant'];
const DISTRIBUTIONS = ['N° sociétaire', 'Exercice', 'Nature', 'Montant brut'];
const YEAR = { fiscalYear: 2024 };

testCondition(condition, [
  {
    name: 'a reserve for the object beside the dividend passes',
    sheets: { Affectation: [HEAD, ['Résultat à affecter', 10000], ['Réserve légale', 500], ['Réserve pour projets', 1000], ['Dividendes', 3000]] },
    parameters: YEAR,
    outcome: 'passed',
  },
  {
    name: 'one cent reserved is enough (no minimum is set)',
    sheets: { Affectation: [HEAD, ['Réserve pour projets', 0.01], ['Dividendes', 3000]] },
    parameters: YEAR,
    outcome: 'passed',
  },
  {
    name: 'a reserve of zero with a dividend fails on the reserve cell',
    sheets: { Affectation: [HEAD, ['Résultat à affecter', 10000], ['Réserve pour projets', 0], ['Dividendes', 3000]] },
    parameters: YEAR,
    outcome: 'failed',
    findings: [['dividendWithoutObjectReserve', 'Affectation!B3']],
  },
  {
    name: 'no reserve line with a dividend fails on the dividend cell',
    sheets: { Affectation: [HEAD, ['Résultat à affecter', 10000], ['Dividendes', 3000], ['Report à nouveau', 7000]] },
    parameters: YEAR,
    outcome: 'failed',
    findings: [['dividendWithoutObjectReserve', 'Affectation!B3']],
  },
  {
    name: 'dividends paid in the distributions sheet count even when the allocation shows none',
    sheets: {
      Affectation: [HEAD, ['Résultat à affecter', 10000], ['Dividendes', 0]],
      Dividendes: [DISTRIBUTIONS, ['M001', 2024, 'dividende', 12.5]],
    },
    parameters: YEAR,
    outcome: 'failed',
    findings: [['dividendWithoutObjectReserve', 'Dividendes!D2']],
  },
  {
    name: 'no dividend: not applicable',
    sheets: { Affectation: [HEAD, ['Résultat à affecter', 10000], ['Report à nouveau', 10000]] },
    parameters: YEAR,
    outcome: 'not-applicable',
  },
  {
    name: 'a dividend of another fiscal year is not this year’s',
    sheets: {
      Affectation: [HEAD, ['Résultat à affecter', 10000]],
      Dividendes: [DISTRIBUTIONS, ['M001', 2023, 'dividende', 12.5]],
    },
    parameters: YEAR,
    outcome: 'not-applicable',
  },
  {
    name: 'with a year column, only the lines of the fiscal year count',
    sheets: {
      Resultaatbestemming: [
        ['Post', 'Boekjaar', 'Bedrag'],
        ['Reserve voor projecten', 2023, 1000], ['Dividenden', 2023, 3000],
        ['Reserve voor projecten', 2024, 0], ['Dividenden', 2024, 2500],
      ],
    },
    parameters: YEAR,
    outcome: 'failed',
    findings: [['dividendWithoutObjectReserve', 'Resultaatbestemming!C4']],
  },
  {
    name: 'no allocation sheet: not evaluated',
    sheets: { Dividendes: [DISTRIBUTIONS, ['M001', 2024, 'dividende', 12.5]] },
    parameters: YEAR,
    outcome: 'not-evaluated',
  },
]);
