import { describe, expect, it } from 'vitest';
import condition from '.';
import { runCase, testCondition } from '../../testing/condition-tester';

const HEAD = ['N° sociétaire', 'Catégorie', "Date d'adhésion", 'Date de sortie', 'Nombre de parts'];
const MOVEMENTS_HEAD = ['Date', 'N° sociétaire', 'Type', 'Nombre de parts', 'Montant'];
const YEAR = { fiscalYear: 2025 };

testCondition(condition, [
  {
    name: 'start + admissions − exits = end in each category, boundaries included',
    sheets: {
      Registre: [
        HEAD,
        ['A1', 'A', '01/01/2020', null],
        ['A2', 'A', '01/01/2020', '01/01/2025'], // leaves on the first day: at the start and an exit
        ['A3', 'A', '31/12/2025', null], // joins on the last day: an admission and at the end
        ['A4', 'A', '15/03/2025', '30/09/2025'], // joins and leaves within the year
        ['B1', 'B', '01/01/2018', '31/12/2024'], // gone before the year
        ['B2', null, '01/06/2026', null], // joins after the year
      ],
    },
    parameters: YEAR,
    outcome: 'passed',
  },
  {
    name: 'an exit recorded before an admission across the year boundary breaks the count',
    sheets: { Registre: [HEAD, ['A1', 'A', '01/01/2020', null], ['A2', 'A', '01/03/2025', '01/12/2024'], ['A3', 'A', '01/04/2025', '01/12/2024']] },
    parameters: YEAR,
    outcome: 'failed',
    findings: [
      ['membersDoNotReconcile', 'Registre!D3', { category: 'A', year: 2025, start: 1, admitted: 2, exited: 0, end: 1, unreconciled: 2, memberId: 'A2' }],
    ],
    texts: {
      fr: [
        "Catégorie « A », exercice 2025, sociétaires comptés comme au tableau T1 : 1 au début + 2 admissions − 0 sortie = 3, mais 1 à la fin : 2 d'écart. 2 sociétaires ont une sortie datée avant leur admission, le premier ici (A2). Corrigez la date d'adhésion ou de sortie.",
      ],
      nl: [
        'Categorie ‘A’, boekjaar 2025, aandeelhouders geteld zoals in tabel T1: 1 bij het begin + 2 toetredingen − 0 uittredingen = 3, maar 1 op het einde: 2 verschil. 2 aandeelhouders hebben een uittreding gedateerd vóór de toetreding, de eerste hier (A2). Verbeter de toetredings- of uittredingsdatum.',
      ],
      en: [
        'Category ‘A’, fiscal year 2025, members counted as in table T1: 1 at the start + 2 admitted − 0 exited = 3, but 1 at the end: a difference of 2. 2 members have an exit dated before their admission, the first here (A2). Correct the admission or exit date.',
      ],
    },
  },
  {
    name: 'an exit one day before the admission, both in the year, still adds up; one day across the year’s start does not',
    sheets: { Registre: [HEAD, ['A1', 'A', '02/01/2025', '01/01/2025'], ['B1', 'B', '01/01/2025', '31/12/2024']] },
    parameters: YEAR,
    outcome: 'failed',
    findings: [['membersDoNotReconcile', 'Registre!D3', { category: 'B', start: 0, admitted: 1, exited: 0, end: 0, unreconciled: 1, memberId: 'B1' }]],
    texts: {
      fr: [
        "Catégorie « B », exercice 2025, sociétaires comptés comme au tableau T1 : 0 au début + 1 admission − 0 sortie = 1, mais 0 à la fin : 1 d'écart. Le sociétaire B1, ici, a une sortie datée avant son admission. Corrigez la date d'adhésion ou de sortie.",
      ],
      nl: [
        'Categorie ‘B’, boekjaar 2025, aandeelhouders geteld zoals in tabel T1: 0 bij het begin + 1 toetreding − 0 uittredingen = 1, maar 0 op het einde: 1 verschil. Aandeelhouder B1, hier, heeft een uittreding gedateerd vóór de toetreding. Verbeter de toetredings- of uittredingsdatum.',
      ],
      en: [
        'Category ‘B’, fiscal year 2025, members counted as in table T1: 0 at the start + 1 admitted − 0 exited = 1, but 0 at the end: a difference of 1. Member B1, here, has an exit dated before their admission. Correct the admission or exit date.',
      ],
    },
  },
  {
    // Second edition: one definition with T1, where a blank admission date is an admission before the year.
    name: 'an exit of the year without an admission date counts as a member at the start, and is named',
    sheets: { Registre: [HEAD, ['A1', 'A', '01/01/2020', null], ['B1', 'B', null, '01/05/2025']] },
    parameters: YEAR,
    outcome: 'review',
    findings: [['admissionDateAssumed', 'Registre!C3', { count: 1, memberId: 'B1', year: 2025 }]],
    note: ['membersReconciled', { start: 2, admitted: 0, exited: 1, end: 1 }],
    texts: {
      fr: [
        "Le sociétaire B1 a une date d'adhésion vide ou illisible : CoopCheck le compte comme admis avant l'exercice 2025, ici comme au tableau T1. Inscrivez sa date d'adhésion.",
      ],
      nl: [
        'Aandeelhouder B1 heeft een lege of onleesbare toetredingsdatum: CoopCheck telt deze aandeelhouder als toegetreden vóór boekjaar 2025, hier zoals in tabel T1. Vul de toetredingsdatum in.',
      ],
      en: [
        'Member B1 has a blank or unreadable admission date: CoopCheck counts them as admitted before fiscal year 2025, here as in table T1. Enter the admission date.',
      ],
    },
  },
  {
    name: 'unreadable dates are counted by the definition and named, with their number',
    sheets: {
      Registre: [
        HEAD,
        ['A1', 'A', '31/02/2019', null],
        ['A2', 'A', 'autrefois', null],
        ['A3', 'A', '01/01/2020', '31/13/2025'],
        ['A4', 'A', '01/01/2020', '31/12/2025'],
      ],
    },
    parameters: YEAR,
    outcome: 'review',
    findings: [
      ['admissionDateAssumed', 'Registre!C2', { count: 2, memberId: 'A1', year: 2025 }],
      ['exitDateUnreadable', 'Registre!D4', { count: 1, memberId: 'A3', year: 2025 }],
    ],
    note: ['membersReconciled', { start: 4, admitted: 0, exited: 1, end: 3 }],
    texts: {
      fr: [
        "2 sociétaires ont une date d'adhésion vide ou illisible, le premier ici (A1) : CoopCheck les compte comme admis avant l'exercice 2025, ici comme au tableau T1. Inscrivez leur date d'adhésion.",
        "La date de sortie du sociétaire A3 est illisible : CoopCheck le compte comme encore sociétaire à la fin de l'exercice 2025, ici comme au tableau T1. Corrigez la date de sortie.",
      ],
      nl: [
        '2 aandeelhouders hebben een lege of onleesbare toetredingsdatum, de eerste hier (A1): CoopCheck telt ze als toegetreden vóór boekjaar 2025, hier zoals in tabel T1. Vul hun toetredingsdatum in.',
        'De uittredingsdatum van aandeelhouder A3 is onleesbaar: CoopCheck telt deze aandeelhouder als nog aandeelhouder op het einde van boekjaar 2025, hier zoals in tabel T1. Verbeter de uittredingsdatum.',
      ],
      en: [
        '2 members have a blank or unreadable admission date, the first here (A1): CoopCheck counts them as admitted before fiscal year 2025, here as in table T1. Enter their admission dates.',
        'The exit date of member A3 cannot be read: CoopCheck counts them as still a member at the end of fiscal year 2025, here as in table T1. Correct the exit date.',
      ],
    },
  },
  {
    name: 'a repeated member id counts once, as in T1',
    sheets: { Registre: [HEAD, ['A1', 'A', '01/01/2020', null], ['A1', 'A', '01/01/2020', null], ['A2', 'A', '01/01/2020', '30/06/2025']] },
    parameters: YEAR,
    outcome: 'passed',
    note: ['membersReconciled', { start: 2, admitted: 0, exited: 1, end: 1, repeatedIds: 1 }],
  },
  {
    // Second edition: never passed on half the evidence.
    name: 'no exit date column: the count proves nothing, not evaluated',
    sheets: {
      Registre: [
        ['N° sociétaire', 'Catégorie', "Date d'adhésion"],
        ['A1', 'A', '01/01/2020'],
      ],
    },
    parameters: YEAR,
    outcome: 'not-evaluated',
    missing: [{ sheet: 'members', columns: ['exitDate'] }],
  },
  {
    name: 'register shares equal the sum of movements (a refund written negative counts the same)',
    sheets: {
      Registre: [HEAD, ['M1', 'A', '01/02/2020', null, 5], ['M2', 'A', '01/02/2020', '30/06/2025', 0], ['M3', 'A', '01/02/2020', null, 4]],
      Mouvements: [
        MOVEMENTS_HEAD,
        ['01/02/2020', 'M1', 'souscription', 3, 150],
        ['01/03/2021', 'M1', 'souscription', 2, 100],
        ['01/04/2021', 'M1', 'libération', null, 50],
        ['01/02/2020', 'M2', 'souscription', 2, 100],
        ['30/06/2025', 'M2', 'remboursement', -2, -100],
        ['01/02/2020', 'M3', 'souscription', 5, 250],
        ['01/06/2025', 'M3', 'cession', 2, 100],
        ['01/07/2025', 'M3', 'cession reçue', 1, 50],
      ],
    },
    parameters: YEAR,
    outcome: 'passed',
  },
  {
    name: 'a former member may keep the shares held when leaving in the register',
    sheets: {
      Registre: [HEAD, ['M1', 'A', '01/02/2020', '30/06/2025', 2]],
      Mouvements: [MOVEMENTS_HEAD, ['01/02/2020', 'M1', 'souscription', 2, 100], ['30/06/2025', 'M1', 'remboursement', 2, 100]],
    },
    parameters: YEAR,
    outcome: 'passed',
  },
  {
    name: 'a former member with neither what is left nor what was held at exit',
    sheets: {
      Registre: [HEAD, ['M1', 'A', '01/02/2020', '30/06/2025', 3]],
      Mouvements: [MOVEMENTS_HEAD, ['01/02/2020', 'M1', 'souscription', 2, 100], ['30/06/2025', 'M1', 'remboursement', 2, 100]],
    },
    parameters: YEAR,
    outcome: 'failed',
    findings: [['sharesDoNotMatchMovements', 'Registre!E2', { memberId: 'M1', registerShares: 3, movementShares: 0 }]],
  },
  {
    name: 'register shares one more than the movements',
    sheets: {
      Registre: [HEAD, ['M1', 'A', '01/02/2020', null, 6], ['M2', 'A', '01/02/2020', null, 1]],
      Mouvements: [MOVEMENTS_HEAD, ['01/02/2020', 'M1', 'souscription', 5, 250], ['01/02/2020', 'M2', 'souscription', 1, 50]],
    },
    parameters: YEAR,
    outcome: 'failed',
    findings: [['sharesDoNotMatchMovements', 'Registre!E2', { memberId: 'M1', registerShares: 6, movementShares: 5 }]],
    texts: {
      fr: [
        "Le registre donne 6 parts au sociétaire M1, mais ses mouvements de parts (souscriptions et cessions reçues moins remboursements et cessions) en donnent 5 : 1 d'écart. Corrigez le registre ou inscrivez le mouvement manquant.",
      ],
      nl: [
        'Het register geeft aandeelhouder M1 6 aandelen, maar de aandelenbewegingen (inschrijvingen en ontvangen overdrachten min terugbetalingen en overdrachten) komen op 5: 1 verschil. Verbeter het register of schrijf de ontbrekende beweging in.',
      ],
      en: [
        'The register gives member M1 6 shares, but their share movements (subscriptions and transfers in, less refunds and transfers out) add up to 5: a difference of 1. Correct the register or enter the missing movement.',
      ],
    },
  },
  {
    // The first register row of an id is the member (as DATA-3 and T1 read it): a repeat of the id, or a row without one, is not compared.
    name: 'only the first row of an id is compared with the movements, and not a row without an id',
    sheets: {
      Registre: [HEAD, ['M1', 'A', '01/02/2020', null, 5], ['M1', 'A', '01/02/2020', null, 7], [null, 'A', '01/02/2020', null, 3]],
      Mouvements: [MOVEMENTS_HEAD, ['01/02/2020', 'M1', 'souscription', 5, 250]],
    },
    parameters: YEAR,
    outcome: 'passed',
    note: ['membersReconciled', { start: 1, admitted: 0, exited: 0, end: 1, sharesCompared: 1, repeatedIds: 1 }],
  },
  {
    name: 'the first row of a repeated id is compared: one share short',
    sheets: {
      Registre: [HEAD, ['M1', 'A', '01/02/2020', null, 6], ['M1', 'A', '01/02/2020', null, 5]],
      Mouvements: [MOVEMENTS_HEAD, ['01/02/2020', 'M1', 'souscription', 5, 250]],
    },
    parameters: YEAR,
    outcome: 'failed',
    findings: [['sharesDoNotMatchMovements', 'Registre!E2', { memberId: 'M1', registerShares: 6, movementShares: 5 }]],
  },
  {
    name: 'members admitted before the first movement recorded are not compared',
    sheets: {
      Registre: [HEAD, ['M1', 'A', '01/02/2010', null, 6], ['M2', 'A', '01/02/2025', null, 1]],
      Mouvements: [MOVEMENTS_HEAD, ['01/01/2025', 'M1', 'souscription', 1, 50], ['01/02/2025', 'M2', 'souscription', 1, 50]],
    },
    parameters: YEAR,
    outcome: 'passed',
  },
  {
    name: 'a movement whose number of shares is unreadable leaves the member uncompared',
    sheets: {
      Registre: [HEAD, ['M1', 'A', '01/02/2020', null, 6]],
      Mouvements: [MOVEMENTS_HEAD, ['01/02/2020', 'M1', 'souscription', 'cinq', 250]],
    },
    parameters: YEAR,
    outcome: 'passed',
  },
  {
    name: 'no admission date column: not evaluated',
    sheets: {
      Registre: [
        ['N° sociétaire', 'Nom', 'Catégorie'],
        ['M1', 'Alice', 'A'],
      ],
    },
    outcome: 'not-evaluated',
  },
]);

describe('T1 and DATA-5 count members by one definition', () => {
  it('give the same members at the start and the end with unreadable dates and a repeated id', () => {
    const result = runCase(condition, {
      name: 'mixed register',
      parameters: YEAR,
      outcome: 'review',
      sheets: {
        Registre: [
          HEAD,
          ['A1', 'A', '01/01/2020', null],
          ['A1', 'A', '01/01/2020', '30/06/2025'],
          ['A2', 'A', 'jadis', null],
          ['A3', 'A', '01/01/2020', '32/12/2025'],
          ['A4', 'A', '01/01/2020', '30/06/2025'],
          ['B1', 'B', '15/03/2025', null],
          ['B2', 'B', null, '15/03/2025'],
          ['', 'B', '01/01/2020', null],
        ],
      },
    });
    const note = result.conditions.find((c) => c.id === 'DATA-5')!.note!.params;
    const { start, admitted, end, resigned, leftByRight, excluded, transferred } = result.figures.members;
    expect({ start, admitted, exited: resigned + leftByRight + excluded + transferred, end }).toEqual({
      start: note.start,
      admitted: note.admitted,
      exited: note.exited,
      end: note.end,
    });
    expect({ start, admitted, end }).toEqual({ start: 5, admitted: 1, end: 4 });
    expect(result.figures.members.endByCategory).toEqual({ A: 3, B: 1 });
  });

  it('counts refused resignations of the year apart from refused admissions', () => {
    const result = runCase(condition, {
      name: 'applications',
      parameters: YEAR,
      outcome: 'passed',
      sheets: {
        Registre: [HEAD, ['A1', 'A', '01/01/2020', null]],
        Demandes: [
          ['Candidat', 'Date de la demande', 'Décision', 'Motif du refus', 'Type de demande'],
          ['X', '02/02/2025', 'refusée', 'Hors objet', 'adhésion'],
          ['Y', '03/03/2025', 'refusée', 'Fenêtre de démission dépassée', 'démission'],
          ['Z', '31/12/2025', 'refusée', 'Fondateur, avant la 3e année', 'démission'],
          ['W', '01/01/2026', 'refusée', 'Hors délai', 'démission'],
          ['V', '31/12/2024', 'refusée', 'Hors délai', 'démission'],
          ['U', '04/04/2025', 'acceptée', null, 'démission'],
        ],
      },
    });
    expect(result.figures.members).toMatchObject({ refused: 1, exitsRefused: 2 });
  });
});
