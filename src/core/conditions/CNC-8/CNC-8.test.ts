import condition from '.';
import { testCondition } from '../../testing/condition-tester';

const HEAD = ['Poste', 'Montant'];
const TRAINING = ['Date', 'Intitulé', 'Public', 'Jours', 'Participants', 'Coût'];
const YEAR = { fiscalYear: 2025 };

testCondition(condition, [
  {
    name: 'an amount allocated to information and training passes',
    sheets: { Affectation: [HEAD, ['Ressources annuelles', 500000], ['Information et formation', 2500]] },
    parameters: YEAR,
    outcome: 'passed',
  },
  {
    name: 'one cent is above zero',
    sheets: { Affectation: [HEAD, ['Information et formation', 0.01]] },
    parameters: YEAR,
    outcome: 'passed',
  },
  {
    name: 'an allocation line at zero fails on its amount',
    sheets: { Affectation: [HEAD, ['Résultat à affecter', 10000], ['Information et formation', 0]] },
    parameters: YEAR,
    outcome: 'failed',
    findings: [['noTrainingAmount', 'Affectation!B3']],
  },
  {
    name: 'no line and no training sheet fails on the allocation list',
    sheets: { Affectation: [['Affectation du résultat 2025'], HEAD, ['Résultat à affecter', 10000]] },
    parameters: YEAR,
    outcome: 'failed',
    findings: [['noTrainingAmount', 'Affectation!A2']],
  },
  {
    name: 'the costs of the year’s training sessions pass without an allocation line',
    sheets: {
      Affectation: [HEAD, ['Résultat à affecter', 10000]],
      Formation: [TRAINING, ['15/03/2025', 'Accueil des nouveaux coopérateurs', 'membres', 0.5, 40, 350], ['10/10/2025', 'Énergie citoyenne', 'grand public', 1, 120, 1200]],
    },
    parameters: YEAR,
    outcome: 'passed',
  },
  {
    name: 'sessions without cost fail on the first session’s cost',
    sheets: {
      Affectation: [HEAD, ['Résultat à affecter', 10000]],
      Formation: [TRAINING, ['15/03/2025', 'Accueil', 'membres', 0.5, 40, 0]],
    },
    parameters: YEAR,
    outcome: 'failed',
    findings: [['noTrainingAmount', 'Formation!F2']],
  },
  {
    name: 'a session of another year does not count',
    sheets: {
      Affectation: [HEAD, ['Résultat à affecter', 10000]],
      Formation: [TRAINING, ['15/03/2024', 'Accueil', 'membres', 0.5, 40, 350]],
    },
    parameters: YEAR,
    outcome: 'failed',
    findings: [['noTrainingAmount', 'Affectation!A1']],
  },
  {
    name: 'Dutch headers',
    sheets: {
      Resultaatbestemming: [['Post', 'Bedrag'], ['Jaarlijkse inkomsten', 800000], ['Informatie en opleiding', 0]],
      Opleiding: [['Datum', 'Titel', 'Doelgroep', 'Dagen', 'Deelnemers', 'Kost'], ['02/02/2025', 'Infosessie', 'leden', 1, 25, 400]],
    },
    parameters: YEAR,
    outcome: 'passed',
  },
  {
    name: 'no allocation sheet: not evaluated',
    sheets: { Formation: [TRAINING, ['15/03/2025', 'Accueil', 'membres', 0.5, 40, 350]] },
    parameters: YEAR,
    outcome: 'not-evaluated',
  },
  {
    name: 'not applicable without the CNC accreditation',
    sheets: { Affectation: [HEAD, ['Information et formation', 0]] },
    parameters: { ...YEAR, accreditations: 'ES' },
    outcome: 'not-applicable',
  },
]);
