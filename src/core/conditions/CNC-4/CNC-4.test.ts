import condition from '.';
import { testCondition } from '../../testing/condition-tester';

// Columns: A name, B appointed by, C appointment date, D confirmed by the GA on, E mandate end, F role.
const HEAD = ['Nom', 'Nommé par', 'Date de nomination', "Confirmé par l'AG le", 'Fin du mandat', 'Fonction'];
/** The attendance sheet of the ordinary GA of 17 June 2025. */
const GA = {
  AG: [
    ["Date de l'AG", 'N° sociétaire', 'Présence'],
    ['17/06/2025', 'M001', 'présent'],
  ],
};
const YEAR = { fiscalYear: 2025 };

testCondition(condition, [
  {
    name: 'appointed by the GA for exactly six years passes',
    sheets: { Administrateurs: [HEAD, ['Anne Dupont', 'AG', '17/06/2025', '', '17/06/2031']] },
    parameters: YEAR,
    outcome: 'passed',
    note: ['directorsChecked', { directors: 1 }],
  },
  {
    // Second edition: "until the ordinary GA of 2031" is six years, up to that GA's deadline (30/06/2031).
    name: 'six years until the ordinary GA of 2031, at its deadline of 30/06/2031, passes',
    sheets: { Administrateurs: [HEAD, ['Anne Dupont', 'assemblée générale', '17/06/2025', '', '30/06/2031']] },
    parameters: YEAR,
    outcome: 'passed',
  },
  {
    name: 'one day beyond the ordinary GA deadline of the sixth year is a warning',
    sheets: { Administrateurs: [HEAD, ['Anne Dupont', 'assemblée générale', '17/06/2025', '', '01/07/2031']] },
    parameters: YEAR,
    outcome: 'review',
    findings: [['mandateTooLong', 'Administrateurs!E2', { mandateYears: 6, latestEnd: '2031-06-30', gaYear: 2031, daysOver: 1 }]],
  },
  {
    name: 'a four-year statutory term: until the ordinary GA of 2029 (20/06/2029) is four years, not longer',
    sheets: { Administrateurs: [HEAD, ['Anne Dupont', 'AG', '17/06/2025', '', '20/06/2029']] },
    parameters: { ...YEAR, mandateYears: 4 },
    outcome: 'passed',
  },
  {
    name: 'a four-year statutory term: ending on the GA deadline 30/06/2029 passes',
    sheets: { Administrateurs: [HEAD, ['Anne Dupont', 'AG', '17/06/2025', '', '30/06/2029']] },
    parameters: { ...YEAR, mandateYears: 4 },
    outcome: 'passed',
  },
  {
    name: 'a four-year statutory term: one day past the GA deadline warns, with its figures',
    sheets: { Administrateurs: [HEAD, ['Anne Dupont', 'AG', '17/06/2025', '', '01/07/2029']] },
    parameters: { ...YEAR, mandateYears: 4 },
    outcome: 'review',
    findings: [
      [
        'mandateTooLong',
        'Administrateurs!E2',
        { name: 'Anne Dupont', appointmentDate: '2025-06-17', mandateEnd: '2029-07-01', mandateYears: 4, latestEnd: '2029-06-30', gaYear: 2029, daysOver: 1 },
      ],
    ],
    texts: {
      fr: [
        "Mandat de Anne Dupont du 17/06/2025 au 01/07/2029 : plus long que les 4 ans prévus par les statuts, dont la fin tombe au plus tard le 30/06/2029 (un mandat jusqu'à l'AG ordinaire de 2029 compte pour 4 ans) : 1 jour de trop. Corriger la fin du mandat, ou la faire ramener par l'AG dans la durée statutaire.",
      ],
      nl: [
        'Het mandaat van Anne Dupont loopt van 17/06/2025 tot 01/07/2029: langer dan de 4 jaar van de statuten, die uiterlijk op 30/06/2029 aflopen (een mandaat tot de gewone AV van 2029 telt als 4 jaar): 1 dag te veel. Verbeter het einde van het mandaat, of laat de AV het binnen de statutaire duur brengen.',
      ],
      en: [
        'The mandate of Anne Dupont runs from 17/06/2025 to 01/07/2029: longer than the 4 years of the statutes, which run to 30/06/2029 at the latest (a mandate until the ordinary general meeting of 2029 counts as 4 years): 1 day too many. Correct the end of the mandate, or have the GM bring it within the statutory term.',
      ],
    },
  },
  {
    // Appointed after the GA deadline: the anniversary is the later bound.
    name: 'appointed in September: four years run to the anniversary, one day more warns',
    sheets: { Administrateurs: [HEAD, ['Anne Dupont', 'AG', '15/09/2025', '', '16/09/2029'], ['Bart Peeters', 'AG', '15/09/2025', '', '15/09/2029']] },
    parameters: { ...YEAR, mandateYears: 4 },
    outcome: 'review',
    findings: [['mandateTooLong', 'Administrateurs!E2', { latestEnd: '2029-09-15', daysOver: 1 }]],
  },
  {
    // Fiscal year from 1 July to 30 June: the ordinary GA of 2029 is due by 31/12/2029.
    name: 'a fiscal year starting on 1 July: the ordinary GA deadline is 31 December',
    sheets: { Administrateurs: [HEAD, ['Anne Dupont', 'AG', '17/06/2025', '', '31/12/2029'], ['Bart Peeters', 'AG', '17/06/2025', '', '01/01/2030']] },
    parameters: { fiscalYear: 2026, fiscalYearStart: '01/07', mandateYears: 4 },
    outcome: 'review',
    findings: [['mandateTooLong', 'Administrateurs!E3', { latestEnd: '2029-12-31', daysOver: 1 }]],
  },
  {
    name: 'nine directors appointed until the ordinary GA of 2029 on 17/06/2025: no warning',
    sheets: { Administrateurs: [HEAD, ...Array.from({ length: 9 }, (_, i) => [`Administrateur ${i + 1}`, 'AG', '17/06/2025', '', '16/06/2029'])] },
    parameters: { ...YEAR, mandateYears: 4 },
    outcome: 'passed',
  },
  {
    name: 'appointed by the board fails',
    sheets: { Administrateurs: [HEAD, ['Anne Dupont', 'AG', '17/06/2025', '', ''], ['Marc Peeters', 'CA', '01/03/2025', '', '']] },
    parameters: YEAR,
    outcome: 'failed',
    findings: [['appointedByBoard', 'Administrateurs!B3', { name: 'Marc Peeters' }]],
    texts: {
      fr: [
        "L'administrateur Marc Peeters a été nommé par l'organe d'administration ; les administrateurs sont nommés par l'assemblée générale (AR du 8 janvier 1962, art. 1er, §1er, 4°). Soumettre la nomination de Marc Peeters à l'AG.",
      ],
      nl: [
        'Bestuurder Marc Peeters werd benoemd door het bestuursorgaan; bestuurders worden benoemd door de algemene vergadering (KB van 8 januari 1962, art. 1, §1, 4°). Leg de benoeming van Marc Peeters voor aan de AV.',
      ],
      en: [
        'Director Marc Peeters was appointed by the board; directors are appointed by the general meeting (Royal Decree of 8 January 1962, art. 1 §1 4°). Have the GM appoint Marc Peeters.',
      ],
    },
  },
  {
    name: 'a statutory director fails when the statutes do not provide for one',
    sheets: { Administrateurs: [HEAD, ['Anne Dupont', 'statuts', '01/01/2020', '', '']] },
    parameters: YEAR,
    outcome: 'failed',
    findings: [['statutoryDirectorNotAllowed', 'Administrateurs!B2', { name: 'Anne Dupont' }]],
    texts: {
      en: [
        'Director Anne Dupont is named in the statutes, but the statutes do not provide for statutory directors (parameter ‘The statutes may appoint directors’: no) (Royal Decree of 8 January 1962, art. 1 §1 4°). Have the GM appoint Anne Dupont; if the statutes do provide for it, tick that parameter.',
      ],
    },
  },
  {
    name: 'a statutory director passes when the statutes provide for one',
    sheets: { Administrateurs: [HEAD, ['Anne Dupont', 'statuts', '01/01/2020', '', '']] },
    parameters: { ...YEAR, statutoryDirectorsAllowed: 'oui' },
    outcome: 'passed',
  },
  {
    name: 'the statutory auditor appointed by the GA passes',
    sheets: { Administrateurs: [HEAD, ['Anne Dupont', 'AG', '17/06/2025', '', ''], ['Réviseurs SRL', 'AG', '17/06/2025', '', '', 'commissaire']] },
    parameters: YEAR,
    outcome: 'passed',
    note: ['directorsChecked', { directors: 2 }],
  },
  {
    name: 'the statutory auditor named by the statutes fails, even when statutory directors are allowed',
    sheets: { Administrateurs: [HEAD, ['Réviseurs SRL', 'statuts', '17/06/2025', '', '', 'commissaire']] },
    parameters: { ...YEAR, statutoryDirectorsAllowed: 'oui' },
    outcome: 'failed',
    findings: [['controlNotAppointedByGa', 'Administrateurs!B2', { name: 'Réviseurs SRL', role: 'auditor', appointedBy: 'statutes' }]],
    texts: {
      fr: [
        "Le commissaire Réviseurs SRL a été nommé par les statuts ; le commissaire est nommé par l'assemblée générale, sans exception statutaire ni cooptation (AR du 8 janvier 1962, art. 1er, §1er, 4°). Faire nommer Réviseurs SRL par l'AG.",
      ],
      nl: [
        'Commissaris Réviseurs SRL werd door de statuten aangewezen; de commissaris wordt benoemd door de algemene vergadering, zonder statutaire uitzondering of coöptatie (KB van 8 januari 1962, art. 1, §1, 4°). Laat Réviseurs SRL door de AV benoemen.',
      ],
      en: [
        'Statutory auditor Réviseurs SRL was appointed by the statutes; the statutory auditor is appointed by the general meeting, with no statutory exception or co-optation (Royal Decree of 8 January 1962, art. 1 §1 4°). Have the GM appoint Réviseurs SRL.',
      ],
    },
  },
  {
    name: 'a controlling member co-opted by the board fails',
    sheets: { Administrateurs: [HEAD, ['Marc Peeters', 'cooptation', '01/02/2025', '', '', 'associé chargé du contrôle']] },
    parameters: YEAR,
    outcome: 'failed',
    findings: [['controlNotAppointedByGa', 'Administrateurs!B2', { role: 'controller', appointedBy: 'cooptation' }]],
  },
  {
    name: 'co-opted and confirmed by the next GA passes',
    sheets: { Administrateurs: [HEAD, ['Léa Martin', 'cooptation', '01/02/2025', '17/06/2025', '']], ...GA },
    parameters: YEAR,
    outcome: 'passed',
  },
  {
    name: 'co-opted, the next GA held, no confirmation: fails',
    sheets: { Administrateurs: [HEAD, ['Léa Martin', 'cooptation', '01/02/2025', '', '']], ...GA },
    parameters: YEAR,
    outcome: 'failed',
    findings: [['cooptationNotConfirmed', 'Administrateurs!D2', { name: 'Léa Martin', appointmentDate: '2025-02-01', nextMeetingDate: '2025-06-17' }]],
    texts: {
      fr: [
        "L'administrateur Léa Martin, coopté le 01/02/2025, n'a pas été confirmé par l'assemblée générale suivante (AG du 17/06/2025) (AR du 8 janvier 1962, art. 1er, §1er, 4°). Faire confirmer la cooptation par l'AG, et indiquer la date de confirmation.",
      ],
      nl: [
        'Bestuurder Léa Martin, gecoöpteerd op 01/02/2025, werd niet bevestigd door de volgende algemene vergadering (AV van 17/06/2025) (KB van 8 januari 1962, art. 1, §1, 4°). Laat de AV de coöptatie bevestigen en vul de datum van bevestiging in.',
      ],
      en: [
        'Director Léa Martin, co-opted on 01/02/2025, was not confirmed by the next general meeting (meeting of 17/06/2025) (Royal Decree of 8 January 1962, art. 1 §1 4°). Have the GM confirm the co-optation, and enter the date of confirmation.',
      ],
    },
  },
  {
    name: 'co-opted the day of the GA: the next GA is still to come',
    sheets: { Administrateurs: [HEAD, ['Léa Martin', 'cooptation', '17/06/2025', '', '']], ...GA },
    parameters: YEAR,
    outcome: 'passed',
  },
  {
    name: 'co-opted and gone before the next GA needs no confirmation',
    sheets: { Administrateurs: [HEAD, ['Léa Martin', 'cooptation', '01/02/2025', '', '16/06/2025']], ...GA },
    parameters: YEAR,
    outcome: 'passed',
  },
  {
    name: 'co-opted before the fiscal year, no attendance sheet, no confirmation: the year’s ordinary GA was the next one',
    sheets: { Administrateurs: [HEAD, ['Léa Martin', 'cooptation', '15/11/2024', '', '']] },
    parameters: YEAR,
    outcome: 'failed',
    findings: [['cooptationNotConfirmed', 'Administrateurs!D2', { appointmentDate: '2024-11-15' }]],
  },
  {
    name: 'co-opted in the year before the ordinary GA deadline, no attendance sheet: cannot pass',
    sheets: { Administrateurs: [HEAD, ['Léa Martin', 'cooptation', '29/06/2025', '', '']] },
    parameters: YEAR,
    outcome: 'not-evaluated',
    missing: [{ sheet: 'meetings' }],
  },
  {
    name: 'co-opted in the year on the day after the ordinary GA deadline, no attendance sheet: pending',
    sheets: { Administrateurs: [HEAD, ['Léa Martin', 'cooptation', '01/07/2025', '', '']] },
    parameters: YEAR,
    outcome: 'passed',
  },
  {
    name: 'a co-opted director with no confirmation column: cannot pass',
    sheets: {
      Administrateurs: [
        ['Nom', 'Nommé par', 'Date de nomination'],
        ['Léa Martin', 'cooptation', '01/02/2025'],
      ],
      ...GA,
    },
    parameters: YEAR,
    outcome: 'not-evaluated',
    missing: [{ sheet: 'directors', columns: ['confirmedByGaDate'] }],
  },
  {
    name: 'confirmed, but only after the next GA: warning',
    sheets: { Administrateurs: [HEAD, ['Léa Martin', 'cooptation', '01/02/2025', '20/11/2025', '']], ...GA },
    parameters: YEAR,
    outcome: 'review',
    findings: [['cooptationConfirmedLate', 'Administrateurs!D2', { confirmedDate: '2025-11-20', nextMeetingDate: '2025-06-17' }]],
  },
  {
    name: 'co-opted with no date at all: warning',
    sheets: { Administrateurs: [HEAD, ['Léa Martin', 'cooptation', '', '', '']] },
    parameters: YEAR,
    outcome: 'review',
    findings: [['cooptationUndated', 'Administrateurs!C2', { name: 'Léa Martin' }]],
  },
  {
    name: 'no appointing body given: warning',
    sheets: { Administrateurs: [HEAD, ['Anne Dupont', '', '17/06/2025', '', '']] },
    parameters: YEAR,
    outcome: 'review',
    findings: [['appointedByUnknown', 'Administrateurs!B2', { name: 'Anne Dupont', role: 'director' }]],
  },
  {
    name: 'a director whose mandate ended before the year is not checked',
    sheets: { Administrateurs: [HEAD, ['Paul Durand', 'CA', '01/01/2015', '', '31/12/2023']] },
    parameters: YEAR,
    outcome: 'not-applicable',
    note: ['noDirectorInYear', { year: 2025 }],
  },
  {
    name: 'Dutch headers',
    sheets: {
      Bestuurders: [
        ['Naam', 'Benoemd door', 'Datum benoeming', 'Bevestigd door AV op', 'Einde mandaat'],
        ['Jan Peeters', 'RvB', '01/03/2025', '', ''],
      ],
    },
    parameters: YEAR,
    outcome: 'failed',
    findings: [['appointedByBoard', 'Bestuurders!B2']],
  },
  {
    name: 'no directors sheet: not evaluated',
    sheets: GA,
    parameters: YEAR,
    outcome: 'not-evaluated',
  },
]);
