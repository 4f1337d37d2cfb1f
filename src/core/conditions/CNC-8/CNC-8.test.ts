import condition from '.';
import { testCondition } from '../../testing/condition-tester';

const HEAD = ['Poste', 'Montant'];
const TRAINING = ['Date', 'Intitulé', 'Public', 'Jours', 'Participants', 'Coût'];
const YEAR = { fiscalYear: 2025 };
const NO_STAFF = { staffSessions: 0, staffSpentCents: 0 };

testCondition(condition, [
  {
    name: 'an amount allocated to information and training passes, shown as allocated with its share of resources',
    sheets: { Affectation: [HEAD, ['Ressources annuelles', 500000], ['Information et formation', 2500]] },
    parameters: YEAR,
    outcome: 'passed',
    note: ['trainingAmount', { allocatedCents: 250_000, allocatedSharePpm: 5000, spentCents: 0, sessions: 0 }],
  },
  {
    name: 'one cent allocated is above zero',
    sheets: { Affectation: [HEAD, ['Information et formation', 0.01]] },
    parameters: YEAR,
    outcome: 'passed',
    note: ['trainingAmount', { allocatedCents: 1, spentCents: 0 }],
  },
  {
    name: 'one cent spent on members is above zero, without any allocation sheet',
    sheets: { Formation: [TRAINING, ['15/03/2025', 'Accueil', 'membres', 0.5, 40, 0.01]] },
    parameters: YEAR,
    outcome: 'passed',
    note: ['trainingAmount', { spentCents: 1, sessions: 1, days: 0.5, participants: 40, ...NO_STAFF }],
  },
  {
    name: 'allocated and spent are both shown, named apart, each with its share',
    sheets: {
      Affectation: [HEAD, ['Ressources annuelles', 100000], ['Information et formation', 2000]],
      Formation: [
        TRAINING,
        ['15/03/2025', 'Accueil des nouveaux coopérateurs', 'membres', 0.5, 40, 350],
        ['10/10/2025', 'Énergie citoyenne', 'grand public', 1, 120, 1200],
        ['11/10/2025', 'Sécurité', 'personnel', 1, 8, 400],
      ],
    },
    parameters: YEAR,
    outcome: 'passed',
    note: [
      'trainingAmount',
      {
        allocatedCents: 200_000,
        allocatedSharePpm: 20_000,
        spentCents: 155_000,
        spentSharePpm: 15_500,
        sessions: 2,
        days: 1.5,
        participants: 160,
        staffSessions: 1,
        staffSpentCents: 40_000,
      },
    ],
  },
  {
    name: 'set aside but only staff training recorded: a warning (texts)',
    sheets: {
      Affectation: [HEAD, ['Information et formation', 2500]],
      Formation: [TRAINING, ['15/03/2025', 'Sécurité', 'personnel', 1, 8, 400], ['16/03/2025', 'Caisse', 'personnel', 0.5, 4, 100]],
    },
    parameters: YEAR,
    outcome: 'review',
    findings: [['onlyStaffTraining', 'Affectation!B2', { year: 2025, allocatedCents: 250_000, staffSessions: 2, staffSpentCents: 50_000 }]],
    texts: {
      fr: [
        "2\u202f500,00\u00a0€ sont affectés à l'information et à la formation pour l'exercice 2025, mais la feuille de formation ne montre que des formations du personnel (2 sessions, 500,00\u00a0€), qui ne comptent pas (AR du 8 janvier 1962, art. 1er, §1er, 8° : sociétaires, candidats sociétaires ou grand public). Vérifiez que le montant affecté leur est consacré et inscrivez les actions menées pour eux.",
      ],
      nl: [
        'Voor boekjaar 2025 is €\u00a02.500,00 voorbehouden voor informatie en opleiding, maar het opleidingsblad toont alleen opleidingen voor het personeel (2 sessies, €\u00a0500,00), die niet meetellen (KB van 8 januari 1962, art. 1, §1, 8°: aandeelhouders, kandidaat-aandeelhouders of het publiek). Ga na dat het voorbehouden bedrag aan hen wordt besteed en vul de acties voor hen in.',
      ],
      en: [
        '€2,500.00 is set aside for information and training for fiscal year 2025, but the training sheet shows only staff training (2 sessions, €500.00), which does not count (Royal Decree of 8 January 1962, art. 1 §1 8°: members, prospective members or the public). Check that the amount set aside goes to them and enter the actions held for them.',
      ],
    },
  },
  {
    name: 'training for staff only satisfies nothing: with nothing set aside it is a breach (texts)',
    sheets: {
      Affectation: [HEAD, ['Résultat à affecter', 10000], ['Information et formation', 0]],
      Formation: [TRAINING, ['15/03/2025', 'Sécurité', 'personnel', 1, 8, 400]],
    },
    parameters: YEAR,
    outcome: 'failed',
    findings: [['noTrainingAmount', 'Affectation!B3', { year: 2025, allocatedCents: 0, spentCents: 0, staffSessions: 1, staffSpentCents: 40_000 }]],
    texts: {
      fr: [
        "Aucune part des ressources de l'exercice 2025 n'est affectée ni dépensée pour l'information et la formation des sociétaires, des candidats sociétaires ou du grand public (montant affecté : 0,00\u00a0€ ; montant dépensé : 0,00\u00a0€ ; formations du personnel, qui ne comptent pas : 1 session, 400,00\u00a0€), contrairement à l'AR du 8 janvier 1962, art. 1er, §1er, 8°. Faites affecter par l'assemblée générale une part des ressources à l'information et à la formation, ou inscrivez dans la feuille de formation les actions menées pour eux et leur coût.",
      ],
      nl: [
        'Geen deel van de inkomsten van boekjaar 2025 is voorbehouden of besteed aan informatie en opleiding van de aandeelhouders, kandidaat-aandeelhouders of het publiek (voorbehouden bedrag: €\u00a00,00; besteed bedrag: €\u00a00,00; opleidingen voor het personeel, die niet meetellen: 1 sessie, €\u00a0400,00), in strijd met het KB van 8 januari 1962, art. 1, §1, 8°. Laat de algemene vergadering een deel van de inkomsten voorbehouden voor informatie en opleiding, of vul in het opleidingsblad de acties voor hen en hun kost in.',
      ],
      en: [
        'No part of the resources of fiscal year 2025 is set aside or spent for information and training of members, prospective members or the public (amount allocated: €0.00; amount spent: €0.00; staff training, which does not count: 1 session, €400.00), contrary to the Royal Decree of 8 January 1962, art. 1 §1 8°. Have the general meeting set aside part of the resources for information and training, or enter in the training sheet the actions held for them and their cost.',
      ],
    },
  },
  {
    name: 'sessions for members without cost, nothing allocated: a breach on the first session’s cost',
    sheets: {
      Affectation: [HEAD, ['Résultat à affecter', 10000]],
      Formation: [TRAINING, ['15/03/2025', 'Accueil', 'membres', 0.5, 40, 0]],
    },
    parameters: YEAR,
    outcome: 'failed',
    findings: [['noTrainingAmount', 'Formation!F2', { allocatedCents: 0, spentCents: 0, ...NO_STAFF }]],
  },
  {
    name: 'a session of another year does not count: a breach on the allocation list',
    sheets: {
      Affectation: [HEAD, ['Résultat à affecter', 10000]],
      Formation: [TRAINING, ['15/03/2024', 'Accueil', 'membres', 0.5, 40, 350]],
    },
    parameters: YEAR,
    outcome: 'failed',
    findings: [['noTrainingAmount', 'Affectation!A1', { spentCents: 0 }]],
  },
  {
    name: 'sessions whose audience is not given cannot be counted: a warning',
    sheets: {
      Affectation: [HEAD, ['Résultat à affecter', 10000]],
      Formation: [TRAINING, ['15/03/2025', 'Atelier', '', 1, 12, 300]],
    },
    parameters: YEAR,
    outcome: 'review',
    findings: [['audienceNotGiven', 'Formation!C2', { year: 2025, sessions: 1, spentCents: 30_000 }]],
  },
  {
    name: 'nothing set aside and no training sheet: not evaluated (spending unknown), never failed nor passed',
    sheets: { Affectation: [['Affectation du résultat 2025'], HEAD, ['Résultat à affecter', 10000]] },
    parameters: YEAR,
    outcome: 'not-evaluated',
    missing: [{ sheet: 'training' }],
  },
  {
    name: 'nothing spent and no allocation sheet: not evaluated (allocation unknown)',
    sheets: { Formation: [TRAINING, ['15/03/2025', 'Sécurité', 'personnel', 1, 8, 400]] },
    parameters: YEAR,
    outcome: 'not-evaluated',
    missing: [{ sheet: 'allocation' }],
  },
  {
    name: 'a training sheet without an audience column cannot prove spending on members',
    sheets: {
      Affectation: [HEAD, ['Résultat à affecter', 10000]],
      Formation: [
        ['Date', 'Intitulé', 'Jours', 'Participants', 'Coût'],
        ['15/03/2025', 'Accueil', 1, 40, 350],
      ],
    },
    parameters: YEAR,
    outcome: 'not-evaluated',
    missing: [{ sheet: 'training', columns: ['audience'] }],
  },
  {
    name: 'Dutch headers: spent on members passes although the allocation line is zero',
    sheets: {
      Resultaatbestemming: [
        ['Post', 'Bedrag'],
        ['Jaarlijkse inkomsten', 800000],
        ['Informatie en opleiding', 0],
      ],
      Opleiding: [
        ['Datum', 'Titel', 'Doelgroep', 'Dagen', 'Deelnemers', 'Kost'],
        ['02/02/2025', 'Infosessie', 'leden', 1, 25, 400],
      ],
    },
    parameters: YEAR,
    outcome: 'passed',
    note: ['trainingAmount', { allocatedCents: 0, spentCents: 40_000, spentSharePpm: 500, participants: 25 }],
  },
  {
    name: 'not applicable without the CNC accreditation',
    sheets: { Affectation: [HEAD, ['Information et formation', 0]] },
    parameters: { ...YEAR, accreditations: 'ES' },
    outcome: 'not-applicable',
  },
]);
