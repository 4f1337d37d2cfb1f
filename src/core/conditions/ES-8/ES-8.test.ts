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
    note: [
      'objectReserveBeforeDividend',
      { objectReserveCents: 100_000, reserveLabel: 'Réserve pour projets', dividendsCents: 300_000, dividendLabel: 'Dividendes', viaIndivisible: false },
    ],
  },
  {
    name: 'one cent reserved is enough (no minimum is set)',
    sheets: { Affectation: [HEAD, ['Réserve pour projets', 0.01], ['Dividendes', 3000]] },
    parameters: YEAR,
    outcome: 'passed',
    note: ['objectReserveBeforeDividend', { objectReserveCents: 1, dividendsCents: 300_000 }],
  },
  {
    name: 'a reserve of zero with a dividend fails on the reserve cell (texts)',
    sheets: { Affectation: [HEAD, ['Résultat à affecter', 10000], ['Réserve pour projets', 0], ['Dividendes', 3000]] },
    parameters: YEAR,
    outcome: 'failed',
    findings: [
      [
        'dividendWithoutObjectReserve',
        'Affectation!B3',
        { year: 2024, dividendsCents: 300_000, dividendLabel: 'Dividendes', objectReserveCents: 0, fromPayments: false },
      ],
    ],
    texts: {
      fr: [
        "Un dividende de 3\u202f000,00\u00a0€ (« Dividendes ») est fixé pour l'exercice 2024 sans aucun montant réservé aux projets ou affectations servant l'objet (réserve pour l'objet : 0,00\u00a0€), contrairement à l'AR du 28 juin 2019, art. 6. Faites d'abord décider par l'assemblée générale un montant réservé à l'objet, puis le dividende.",
      ],
      nl: [
        'Er wordt voor boekjaar 2024 een dividend van €\u00a03.000,00 (‘Dividendes’) bepaald zonder enig bedrag voorbehouden aan projecten of bestemmingen die het voorwerp dienen (reserve voor het voorwerp: €\u00a00,00), in strijd met het KB van 28 juni 2019, art. 6. Laat de algemene vergadering eerst een bedrag voor het voorwerp voorbehouden en pas daarna het dividend bepalen.',
      ],
      en: [
        'A dividend of €3,000.00 (‘Dividendes’) is fixed for fiscal year 2024 with no amount reserved for projects or allocations serving the object (reserve for the object: €0.00), contrary to the Royal Decree of 28 June 2019, art. 6. Have the general meeting first reserve an amount for the object, then fix the dividend.',
      ],
    },
  },
  {
    name: 'one cent of dividend without a reserve is a breach',
    sheets: { Affectation: [HEAD, ['Résultat à affecter', 10000], ['Dividendes', 0.01], ['Report à nouveau', 9999.99]] },
    parameters: YEAR,
    outcome: 'failed',
    findings: [['dividendWithoutObjectReserve', 'Affectation!B3', { dividendsCents: 1, objectReserveCents: 0 }]],
  },
  {
    name: 'a dividend line at zero is nothing distributed: passed with that evidence',
    sheets: { Affectation: [HEAD, ['Résultat à affecter', 10000], ['Dividendes', 0], ['Ristournes', 0], ['Report à nouveau', 10000]] },
    parameters: YEAR,
    outcome: 'passed',
    note: ['nothingDistributed', { year: 2024, noRistourne: true }],
  },
  {
    name: 'no dividend but a ristourne: passed, without claiming nothing was distributed',
    sheets: { Affectation: [HEAD, ['Résultat à affecter', 10000], ['Ristournes', 500], ['Report à nouveau', 9500]] },
    parameters: YEAR,
    outcome: 'passed',
    note: ['nothingDistributed', { year: 2024, noRistourne: false }],
  },
  {
    name: '"Rémunération du capital" is the dividend, and keeps its wording',
    sheets: { Affectation: [HEAD, ['Résultat à affecter', 10000], ['Rémunération du capital', 2500]] },
    parameters: YEAR,
    outcome: 'failed',
    findings: [['dividendWithoutObjectReserve', 'Affectation!B3', { dividendsCents: 250_000, dividendLabel: 'Rémunération du capital' }]],
  },
  {
    name: '"Vergoeding van het kapitaal" is the dividend (Dutch)',
    sheets: {
      Resultaatbestemming: [
        ['Post', 'Bedrag'],
        ['Reserve voor projecten', 200],
        ['Vergoeding van het kapitaal', 2500],
      ],
    },
    parameters: YEAR,
    outcome: 'passed',
    note: ['objectReserveBeforeDividend', { dividendLabel: 'Vergoeding van het kapitaal', reserveLabel: 'Reserve voor projecten', objectReserveCents: 20_000 }],
  },
  {
    name: '"Return on capital" and "Dividende" are the dividend (English, French singular)',
    sheets: {
      Allocation: [
        ['Item', 'Amount'],
        ['Return on capital', 100],
        ['Dividende', 50],
      ],
    },
    parameters: YEAR,
    outcome: 'failed',
    findings: [['dividendWithoutObjectReserve', 'Allocation!B2', { dividendsCents: 15_000, dividendLabel: 'Return on capital' }]],
  },
  {
    name: 'an indivisible reserve alone is a warning when the statutes do not assign it to the object',
    sheets: { Affectation: [HEAD, ['Réserve impartageable', 1000], ['Dividendes', 3000]] },
    parameters: YEAR,
    outcome: 'review',
    findings: [
      [
        'indivisibleReserveOnly',
        'Affectation!B2',
        { year: 2024, dividendsCents: 300_000, indivisibleReserveCents: 100_000, reserveLabel: 'Réserve impartageable', dividendLabel: 'Dividendes' },
      ],
    ],
    texts: {
      en: [
        'A dividend of €3,000.00 (‘Dividendes’) is fixed for fiscal year 2024 and only an indivisible reserve of €1,000.00 (‘Réserve impartageable’) is set up: it stands for the reserve for the object (Royal Decree of 28 June 2019, art. 6) only when the statutes assign it to the object. If they do, set ‘The indivisible reserve serves the object’ in the parameters; if not, have the general meeting reserve an amount for the object.',
      ],
    },
  },
  {
    name: 'one cent of indivisible reserve is already the warning',
    sheets: { Affectation: [HEAD, ['Réserve impartageable', 0.01], ['Dividendes', 3000]] },
    parameters: YEAR,
    outcome: 'review',
    findings: [['indivisibleReserveOnly', 'Affectation!B2', { indivisibleReserveCents: 1 }]],
  },
  {
    name: 'an indivisible reserve that serves the object by the statutes passes',
    sheets: { Affectation: [HEAD, ['Réserve impartageable', 0.01], ['Dividendes', 3000]] },
    parameters: { ...YEAR, indivisibleReserveServesObject: 'oui' },
    outcome: 'passed',
    note: ['objectReserveBeforeDividend', { objectReserveCents: 1, viaIndivisible: true, reserveLabel: 'Réserve impartageable' }],
  },
  {
    name: 'an indivisible reserve at zero is no reserve, even when it serves the object',
    sheets: { Affectation: [HEAD, ['Réserve impartageable', 0], ['Dividendes', 3000]] },
    parameters: { ...YEAR, indivisibleReserveServesObject: 'oui' },
    outcome: 'failed',
    findings: [['dividendWithoutObjectReserve', 'Affectation!B3', { dividendsCents: 300_000, objectReserveCents: 0 }]],
  },
  {
    name: 'a reserve for the object wins over an indivisible reserve',
    sheets: { Affectation: [HEAD, ['Réserve impartageable', 500], ["Réserve affectée à l'objet", 100], ['Dividendes', 3000]] },
    parameters: YEAR,
    outcome: 'passed',
    note: ['objectReserveBeforeDividend', { objectReserveCents: 10_000, viaIndivisible: false }],
  },
  {
    name: 'dividends paid in the distributions sheet count even when the allocation shows none',
    sheets: {
      Affectation: [HEAD, ['Résultat à affecter', 10000], ['Dividendes', 0]],
      Dividendes: [DISTRIBUTIONS, ['M001', 2024, 'dividende', 12.5]],
    },
    parameters: YEAR,
    outcome: 'failed',
    findings: [['dividendWithoutObjectReserve', 'Dividendes!D2', { dividendsCents: 1250, dividendLabel: '', fromPayments: true }]],
    texts: {
      fr: [
        "Un dividende de 12,50\u00a0€ est fixé pour l'exercice 2024 (montant payé selon la feuille des distributions) sans aucun montant réservé aux projets ou affectations servant l'objet (réserve pour l'objet : 0,00\u00a0€), contrairement à l'AR du 28 juin 2019, art. 6. Faites d'abord décider par l'assemblée générale un montant réservé à l'objet, puis le dividende.",
      ],
    },
  },
  {
    name: 'interest paid on shares is a return on capital too',
    sheets: {
      Affectation: [HEAD, ['Résultat à affecter', 10000]],
      Dividendes: [DISTRIBUTIONS, ['M001', 2024, 'intérêt', 3]],
    },
    parameters: YEAR,
    outcome: 'failed',
    findings: [['dividendWithoutObjectReserve', 'Dividendes!D2', { dividendsCents: 300 }]],
  },
  {
    name: 'a dividend of another fiscal year is not this year’s: nothing distributed',
    sheets: {
      Affectation: [HEAD, ['Résultat à affecter', 10000]],
      Dividendes: [DISTRIBUTIONS, ['M001', 2023, 'dividende', 12.5]],
    },
    parameters: YEAR,
    outcome: 'passed',
    note: ['nothingDistributed', { year: 2024 }],
  },
  {
    name: 'a dividend paid on the first day after the year is that year’s (last year closed before the payment)',
    sheets: {
      Affectation: [HEAD, ['Résultat à affecter', 10000]],
      Dividendes: [
        ['N° sociétaire', 'Nature', 'Montant brut', 'Date de paiement'],
        ['M001', 'dividende', 12.5, '01/01/2025'],
      ],
    },
    parameters: YEAR,
    outcome: 'failed',
    findings: [['dividendWithoutObjectReserve', 'Dividendes!C2', { dividendsCents: 1250, fromPayments: true }]],
  },
  {
    name: 'a dividend paid on the year’s last day belongs to the year before: nothing distributed for this one',
    sheets: {
      Affectation: [HEAD, ['Résultat à affecter', 10000]],
      Dividendes: [
        ['N° sociétaire', 'Nature', 'Montant brut', 'Date de paiement'],
        ['M001', 'dividende', 12.5, '31/12/2024'],
      ],
    },
    parameters: YEAR,
    outcome: 'passed',
    note: ['nothingDistributed', { year: 2024, noRistourne: true }],
  },
  {
    name: 'by payment year on request, the dividend paid in 2025 is not 2024’s',
    sheets: {
      Affectation: [HEAD, ['Résultat à affecter', 10000]],
      Dividendes: [
        ['N° sociétaire', 'Nature', 'Montant brut', 'Date de paiement'],
        ['M001', 'dividende', 12.5, '01/01/2025'],
      ],
    },
    parameters: { ...YEAR, distributionYear: 'année de paiement' },
    outcome: 'passed',
    note: ['nothingDistributed', { year: 2024 }],
  },
  {
    name: 'with a year column, only the lines of the fiscal year count',
    sheets: {
      Resultaatbestemming: [
        ['Post', 'Boekjaar', 'Bedrag'],
        ['Reserve voor projecten', 2023, 1000],
        ['Dividenden', 2023, 3000],
        ['Reserve voor projecten', 2024, 0],
        ['Dividenden', 2024, 2500],
      ],
    },
    parameters: YEAR,
    outcome: 'failed',
    findings: [['dividendWithoutObjectReserve', 'Resultaatbestemming!C4', { dividendsCents: 250_000 }]],
  },
  {
    name: 'an allocation of other years only, without distributions: nothing to go on, a warning',
    sheets: {
      Affectation: [
        ['Poste', 'Exercice', 'Montant'],
        ['Réserve pour projets', 2023, 1000],
        ['Dividendes', 2023, 3000],
      ],
    },
    parameters: YEAR,
    outcome: 'review',
    findings: [['noAllocationOfYear', 'Affectation!A1', { year: 2024 }]],
  },
  {
    name: 'an allocation of other years and a distributions sheet without amounts: still nothing to go on',
    sheets: {
      Affectation: [
        ['Poste', 'Exercice', 'Montant'],
        ['Dividendes', 2023, 3000],
      ],
      Dividendes: [
        ['N° sociétaire', 'Exercice', 'Nature'],
        ['M001', 2024, 'dividende'],
      ],
    },
    parameters: YEAR,
    outcome: 'review',
    findings: [['noAllocationOfYear', 'Affectation!A1', { year: 2024 }]],
  },
  {
    name: 'no allocation sheet: not evaluated',
    sheets: { Dividendes: [DISTRIBUTIONS, ['M001', 2024, 'dividende', 12.5]] },
    parameters: YEAR,
    outcome: 'not-evaluated',
    missing: [{ sheet: 'allocation' }],
  },
  {
    name: 'not applicable without the ES accreditation',
    sheets: { Affectation: [HEAD, ['Dividendes', 3000]] },
    parameters: { ...YEAR, accreditations: 'CNC' },
    outcome: 'not-applicable',
  },
]);
