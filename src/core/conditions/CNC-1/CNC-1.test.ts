import condition from '.';
import { testCondition } from '../../testing/condition-tester';

const YEAR = { fiscalYear: 2025 };
// Columns: A applicant, B date, C decision, D ground, E reasons requested, F reasons sent.
const APPLICATIONS = ['Candidat', 'Date de la demande', 'Décision', 'Motif du refus', 'Motifs demandés', "Date d'envoi des motifs"];
// Columns: A id, B admission, C exit, D reason, E exclusion ground.
const REGISTER = ['N° sociétaire', "Date d'adhésion", 'Date de sortie', 'Motif de sortie', "Motif d'exclusion"];
const NOT_MET = 'Ne remplit pas les conditions générales d’admission (art. 9 des statuts)';
const CONTRARY = 'Actes contraires aux intérêts de la société';
const staying = ['M001', '01/01/2020', '', '', ''];

testCondition(condition, [
  {
    name: 'every refusal and exclusion of the year carries a ground',
    sheets: {
      Demandes: [APPLICATIONS, ['Jean Martin', '10/03/2025', 'refusée', NOT_MET, 'oui', '24/03/2025'], ['Lea Simon', '12/03/2025', 'acceptée', '', '', '']],
      Registre: [REGISTER, staying, ['M002', '01/01/2020', '30/06/2025', 'exclusion', CONTRARY]],
    },
    parameters: YEAR,
    outcome: 'passed',
  },
  {
    name: 'a refusal without a ground fails, on the ground cell',
    sheets: {
      Demandes: [APPLICATIONS, ['Jean Martin', '10/03/2025', 'refusée', '', '', '']],
      Registre: [REGISTER, staying],
    },
    parameters: YEAR,
    outcome: 'failed',
    findings: [['refusalWithoutGround', 'Demandes!D2']],
  },
  {
    name: 'an exclusion without a ground fails, on the exclusion ground cell',
    sheets: {
      Demandes: [APPLICATIONS, ['Jean Martin', '10/03/2025', 'acceptée', '', '', '']],
      Registre: [REGISTER, staying, ['M002', '01/01/2020', '30/06/2025', 'exclusion', '  ']],
    },
    parameters: YEAR,
    outcome: 'failed',
    findings: [['exclusionWithoutGround', 'Registre!E3']],
  },
  {
    name: 'reasons requested but no date sent is a warning',
    sheets: {
      Demandes: [APPLICATIONS, ['Jean Martin', '10/03/2025', 'refusée', NOT_MET, 'oui', '']],
      Registre: [REGISTER, staying],
    },
    parameters: YEAR,
    outcome: 'review',
    findings: [['reasonsNotSent', 'Demandes!F2']],
  },
  {
    name: 'a resignation needs no exclusion ground, and a refusal of another year is not this year’s',
    sheets: {
      Demandes: [APPLICATIONS, ['Jean Martin', '10/03/2024', 'refusée', '', '', ''], ['Lea Simon', '12/03/2025', 'acceptée', '', '', '']],
      Registre: [REGISTER, staying, ['M002', '01/01/2020', '30/06/2025', 'démission', '']],
    },
    parameters: YEAR,
    outcome: 'not-applicable',
  },
  {
    name: 'an exclusion of another year is not this year’s',
    sheets: { Registre: [REGISTER, staying, ['M002', '01/01/2020', '30/06/2024', 'exclusion', '']] },
    parameters: YEAR,
    outcome: 'not-applicable',
  },
  {
    name: 'without an applications sheet the exclusions are still checked (Dutch headers)',
    sheets: {
      Register: [['Lidnummer', 'Datum toetreding', 'Datum uittreding', 'Reden uittreding', 'Reden uitsluiting'], ['M001', '01/01/2020', '15/09/2025', 'uitsluiting', '']],
    },
    parameters: YEAR,
    outcome: 'failed',
    findings: [['exclusionWithoutGround', 'Register!E2']],
  },
  {
    name: 'without an exit reason column the refusals are still checked (English headers)',
    sheets: {
      Applications: [['Applicant', 'Application date', 'Decision', 'Reason'], ['Jan Peeters', '02/02/2025', 'refused', 'Not a resident of the area served (art. 7)']],
      Members: [['Member ID', 'Admission date'], ['M001', '01/01/2020']],
    },
    parameters: YEAR,
    outcome: 'passed',
  },
  {
    name: 'an exclusion without a ground column is flagged on its exit reason cell',
    sheets: { Registre: [['N° sociétaire', "Date d'adhésion", 'Date de sortie', 'Motif de sortie'], ['M001', '01/01/2020', '15/09/2025', 'exclusion']] },
    parameters: YEAR,
    outcome: 'failed',
    findings: [['exclusionWithoutGround', 'Registre!D2']],
  },
  {
    name: 'neither an applications sheet nor an exit reason column: a warning that nothing could be checked',
    sheets: { Registre: [['N° sociétaire', "Date d'adhésion"], ['M001', '01/01/2020']] },
    parameters: YEAR,
    outcome: 'review',
    findings: [['inputsMissing', 'Registre!A1']],
  },
  {
    name: 'no register: not evaluated',
    sheets: { Demandes: [APPLICATIONS, ['Jean Martin', '10/03/2025', 'refusée', '', '', '']] },
    parameters: YEAR,
    outcome: 'not-evaluated',
  },
]);
