import condition from '.';
import { testCondition } from '../../testing/condition-tester';

const HEAD = ['Nom', 'Nommé par', 'Date de nomination', "Confirmé par l'AG le", 'Fin du mandat'];
/** The attendance sheet of the ordinary GA of 17 June 2025. */
const GA = { AG: [["Date de l'AG", 'N° sociétaire', 'Présence'], ['17/06/2025', 'M001', 'présent']] };
const YEAR = { fiscalYear: 2025 };

testCondition(condition, [
  {
    name: 'appointed by the GA for exactly six years passes',
    sheets: { Administrateurs: [HEAD, ['Anne Dupont', 'AG', '17/06/2025', '', '17/06/2031']] },
    parameters: YEAR,
    outcome: 'passed',
  },
  {
    name: 'one day beyond six years is a warning',
    sheets: { Administrateurs: [HEAD, ['Anne Dupont', 'assemblée générale', '17/06/2025', '', '18/06/2031']] },
    parameters: YEAR,
    outcome: 'review',
    findings: [['mandateTooLong', 'Administrateurs!E2']],
  },
  {
    name: 'a four-year statutory term: exactly four years passes',
    sheets: { Administrateurs: [HEAD, ['Anne Dupont', 'AG', '17/06/2025', '', '17/06/2029']] },
    parameters: { ...YEAR, mandateYears: 4 },
    outcome: 'passed',
  },
  {
    name: 'a four-year statutory term: one day more warns',
    sheets: { Administrateurs: [HEAD, ['Anne Dupont', 'AG', '17/06/2025', '', '18/06/2029']] },
    parameters: { ...YEAR, mandateYears: 4 },
    outcome: 'review',
    findings: [['mandateTooLong', 'Administrateurs!E2']],
  },
  {
    name: 'appointed by the board fails',
    sheets: { Administrateurs: [HEAD, ['Anne Dupont', 'AG', '17/06/2025', '', ''], ['Marc Peeters', 'CA', '01/03/2025', '', '']] },
    parameters: YEAR,
    outcome: 'failed',
    findings: [['appointedByBoard', 'Administrateurs!B3']],
  },
  {
    name: 'a statutory director fails when the statutes do not provide for one',
    sheets: { Administrateurs: [HEAD, ['Anne Dupont', 'statuts', '01/01/2020', '', '']] },
    parameters: YEAR,
    outcome: 'failed',
    findings: [['statutoryDirectorNotAllowed', 'Administrateurs!B2']],
  },
  {
    name: 'a statutory director passes when the statutes provide for one',
    sheets: { Administrateurs: [HEAD, ['Anne Dupont', 'statuts', '01/01/2020', '', '']] },
    parameters: { ...YEAR, statutoryDirectorsAllowed: 'oui' },
    outcome: 'passed',
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
    findings: [['cooptationNotConfirmed', 'Administrateurs!D2']],
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
    findings: [['cooptationNotConfirmed', 'Administrateurs!D2']],
  },
  {
    name: 'confirmed, but only after the next GA: warning',
    sheets: { Administrateurs: [HEAD, ['Léa Martin', 'cooptation', '01/02/2025', '20/11/2025', '']], ...GA },
    parameters: YEAR,
    outcome: 'review',
    findings: [['cooptationConfirmedLate', 'Administrateurs!D2']],
  },
  {
    name: 'co-opted with no date at all: warning',
    sheets: { Administrateurs: [HEAD, ['Léa Martin', 'cooptation', '', '', '']] },
    parameters: YEAR,
    outcome: 'review',
    findings: [['cooptationUndated', 'Administrateurs!C2']],
  },
  {
    name: 'a director whose mandate ended before the year is not checked',
    sheets: { Administrateurs: [HEAD, ['Paul Durand', 'CA', '01/01/2015', '', '31/12/2023']] },
    parameters: YEAR,
    outcome: 'not-applicable',
  },
  {
    name: 'Dutch headers',
    sheets: { Bestuurders: [['Naam', 'Benoemd door', 'Datum benoeming', 'Bevestigd door AV op', 'Einde mandaat'], ['Jan Peeters', 'RvB', '01/03/2025', '', '']] },
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
