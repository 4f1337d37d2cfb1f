import condition from '.';
import { testCondition } from '../../testing/condition-tester';

const YEAR = { fiscalYear: 2025 };
// Columns: A applicant, B date, C decision, D ground, E reasons requested, F reasons sent.
const APPLICATIONS = ['Candidat', 'Date de la demande', 'Décision', 'Motif du refus', 'Motifs demandés', "Date d'envoi des motifs"];
// Columns: A applicant, B date, C decision, D ground, E request type.
const REQUESTS = ['Candidat', 'Date de la demande', 'Décision', 'Motif du refus', 'Type de demande'];
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
    note: ['groundsChecked', { refusedAdmissions: 1, refusedResignations: 0, exclusions: 1 }],
  },
  {
    name: 'a refusal without a ground fails, on the ground cell (texts)',
    sheets: {
      Demandes: [APPLICATIONS, ['Jean Martin', '10/03/2025', 'refusée', '', '', '']],
      Registre: [REGISTER, staying],
    },
    parameters: YEAR,
    outcome: 'failed',
    findings: [['refusalWithoutGround', 'Demandes!D2', { applicant: 'Jean Martin', applicationDate: '2025-03-10', requestType: 'admission' }]],
    texts: {
      fr: [
        "La demande d'adhésion de Jean Martin du 10/03/2025 a été refusée sans motif inscrit, contrairement à l'AR du 8 janvier 1962, art. 1er, §1er, 1° : un refus n'est permis que si le candidat ne remplit pas les conditions générales d'admission prévues par les statuts ou commet des actes contraires aux intérêts de la société. Inscrivez le motif du refus ou faites revoir la décision.",
      ],
      nl: [
        'De toetredingsaanvraag van Jean Martin van 10/03/2025 werd geweigerd zonder vermelde reden, in strijd met het KB van 8 januari 1962, art. 1, §1, 1°: een weigering is enkel toegestaan als de kandidaat niet voldoet aan de algemene toetredingsvoorwaarden van de statuten of handelingen verricht die strijdig zijn met de belangen van de vennootschap. Vul de reden van de weigering in of laat de beslissing herzien.',
      ],
      en: [
        "The application to join of Jean Martin of 10/03/2025 was refused with no ground entered, contrary to the Royal Decree of 8 January 1962, art. 1 §1 1°: a refusal is allowed only when the applicant does not meet the general admission conditions of the statutes or commits acts contrary to the company's interests. Enter the ground of the refusal or have the decision reviewed.",
      ],
    },
  },
  {
    name: 'a refused resignation without a ground fails too (texts)',
    sheets: {
      Demandes: [
        REQUESTS,
        ['Marc Dubois', '05/04/2025', 'refusée', '', 'démission'],
        ['Anne Leroy', '06/04/2025', 'refusée', 'Demande hors délai (art. 12)', 'démission'],
      ],
      Registre: [REGISTER, staying],
    },
    parameters: YEAR,
    outcome: 'failed',
    findings: [['refusalWithoutGround', 'Demandes!D2', { applicant: 'Marc Dubois', applicationDate: '2025-04-05', requestType: 'resignation' }]],
    texts: {
      fr: [
        "La demande de démission de Marc Dubois du 05/04/2025 a été refusée sans motif inscrit, contrairement à l'AR du 8 janvier 1962, art. 1er, §1er, 1° : l'adhésion est volontaire, et une démission ne peut être refusée que pour un motif prévu par les statuts ou la loi. Inscrivez le motif du refus ou faites revoir la décision.",
      ],
      nl: [
        'De uittredingsaanvraag van Marc Dubois van 05/04/2025 werd geweigerd zonder vermelde reden, in strijd met het KB van 8 januari 1962, art. 1, §1, 1°: de toetreding is vrijwillig, en een uittreding kan enkel worden geweigerd om een reden die de statuten of de wet bepalen. Vul de reden van de weigering in of laat de beslissing herzien.',
      ],
      en: [
        'The resignation request of Marc Dubois of 05/04/2025 was refused with no ground entered, contrary to the Royal Decree of 8 January 1962, art. 1 §1 1°: membership is voluntary, and a resignation may be refused only on a ground set by the statutes or the law. Enter the ground of the refusal or have the decision reviewed.',
      ],
    },
  },
  {
    name: 'refused resignations are counted apart from refused admissions',
    sheets: {
      Applications: [
        ['Applicant', 'Application date', 'Decision', 'Reason', 'Request type'],
        ['Ann Smith', '06/04/2025', 'refused', 'Within the first six months (art. 12)', 'resignation'],
        ['Bob Jones', '07/04/2025', 'refused', 'Not a resident (art. 7)', ''],
      ],
      Members: [
        ['Member ID', 'Admission date', 'Exit reason'],
        ['M001', '01/01/2020', ''],
      ],
    },
    parameters: YEAR,
    outcome: 'passed',
    note: ['groundsChecked', { refusedAdmissions: 1, refusedResignations: 1, exclusions: 0 }],
  },
  {
    name: 'an exclusion without a ground fails, on the exclusion ground cell (texts)',
    sheets: {
      Demandes: [APPLICATIONS, ['Jean Martin', '10/03/2025', 'acceptée', '', '', '']],
      Registre: [REGISTER, staying, ['M002', '01/01/2020', '05/04/2025', 'exclusion', '  ']],
    },
    parameters: YEAR,
    outcome: 'failed',
    findings: [['exclusionWithoutGround', 'Registre!E3', { memberId: 'M002', exitDate: '2025-04-05' }]],
    texts: {
      fr: [
        "Le sociétaire M002 a été exclu le 05/04/2025 sans motif d'exclusion inscrit, contrairement à l'AR du 8 janvier 1962, art. 1er, §1er, 1° : une exclusion n'est permise que si le sociétaire cesse de remplir les conditions générales d'admission prévues par les statuts ou commet des actes contraires aux intérêts de la société. Inscrivez le motif de l'exclusion dans le registre.",
      ],
      nl: [
        'Aandeelhouder M002 werd op 05/04/2025 uitgesloten zonder vermelde reden van uitsluiting, in strijd met het KB van 8 januari 1962, art. 1, §1, 1°: een uitsluiting is enkel toegestaan als de aandeelhouder niet langer voldoet aan de algemene toetredingsvoorwaarden van de statuten of handelingen verricht die strijdig zijn met de belangen van de vennootschap. Vul de reden van de uitsluiting in het register in.',
      ],
      en: [
        "Member M002 was excluded on 05/04/2025 with no exclusion ground entered, contrary to the Royal Decree of 8 January 1962, art. 1 §1 1°: an exclusion is allowed only when the member no longer meets the general admission conditions of the statutes or commits acts contrary to the company's interests. Enter the ground of the exclusion in the register.",
      ],
    },
  },
  {
    name: 'an exclusion on the year’s first day is of the year; the day before is not',
    sheets: {
      Demandes: [APPLICATIONS, ['Jean Martin', '10/03/2025', 'acceptée', '', '', '']],
      Registre: [REGISTER, staying, ['M002', '01/01/2020', '01/01/2025', 'exclusion', ''], ['M003', '01/01/2020', '31/12/2024', 'exclusion', '']],
    },
    parameters: YEAR,
    outcome: 'failed',
    findings: [['exclusionWithoutGround', 'Registre!E3', { memberId: 'M002', exitDate: '2025-01-01' }]],
  },
  {
    name: 'a refusal on the year’s last day is of the year; the day after is not',
    sheets: {
      Demandes: [APPLICATIONS, ['Jean Martin', '31/12/2025', 'refusée', '', '', ''], ['Paul Petit', '01/01/2026', 'refusée', '', '', '']],
      Registre: [REGISTER, staying],
    },
    parameters: YEAR,
    outcome: 'failed',
    findings: [['refusalWithoutGround', 'Demandes!D2', { applicant: 'Jean Martin', applicationDate: '2025-12-31' }]],
  },
  {
    name: 'reasons requested but no date sent is a warning',
    sheets: {
      Demandes: [APPLICATIONS, ['Jean Martin', '10/03/2025', 'refusée', NOT_MET, 'oui', '']],
      Registre: [REGISTER, staying],
    },
    parameters: YEAR,
    outcome: 'review',
    findings: [['reasonsNotSent', 'Demandes!F2', { applicant: 'Jean Martin', applicationDate: '2025-03-10', requestType: 'admission' }]],
    texts: {
      en: [
        'Jean Martin asked for the reasons for the refusal of the application to join of 10/03/2025, but no date on which they were sent is entered: the company gives the objective reasons for a refusal to the person who asks for them (Royal Decree of 8 January 1962, art. 1 §2). Enter the date they were sent, or send them.',
      ],
    },
  },
  {
    name: 'a resignation needs no exclusion ground, and a refusal of another year is not this year’s',
    sheets: {
      Demandes: [APPLICATIONS, ['Jean Martin', '10/03/2024', 'refusée', '', '', ''], ['Lea Simon', '12/03/2025', 'acceptée', '', '', '']],
      Registre: [REGISTER, staying, ['M002', '01/01/2020', '30/06/2025', 'démission', '']],
    },
    parameters: YEAR,
    outcome: 'not-applicable',
    note: ['noRefusalOrExclusion', { year: 2025 }],
  },
  {
    name: 'CNC-1 never says "passed" with the applications sheet absent: not evaluated, naming it',
    sheets: { Registre: [REGISTER, staying, ['M002', '01/01/2020', '30/06/2025', 'exclusion', CONTRARY]] },
    parameters: YEAR,
    outcome: 'not-evaluated',
    missing: [{ sheet: 'applications' }],
    note: ['groundsChecked', { exclusions: 1 }],
  },
  {
    name: 'nor "not applicable": no exclusion seen, but refusals unknown',
    sheets: { Registre: [REGISTER, staying, ['M002', '01/01/2020', '30/06/2024', 'exclusion', '']] },
    parameters: YEAR,
    outcome: 'not-evaluated',
    missing: [{ sheet: 'applications' }],
  },
  {
    name: 'without an applications sheet the exclusions are still checked and fail (Dutch headers)',
    sheets: {
      Register: [
        ['Lidnummer', 'Datum toetreding', 'Datum uittreding', 'Reden uittreding', 'Reden uitsluiting'],
        ['M001', '01/01/2020', '15/09/2025', 'uitsluiting', ''],
      ],
    },
    parameters: YEAR,
    outcome: 'failed',
    findings: [['exclusionWithoutGround', 'Register!E2', { memberId: 'M001', exitDate: '2025-09-15' }]],
    missing: [{ sheet: 'applications' }],
  },
  {
    name: 'without an exit reason column the exclusions are unknown: the refusals are checked, never passed',
    sheets: {
      Applications: [
        ['Applicant', 'Application date', 'Decision', 'Reason'],
        ['Jan Peeters', '02/02/2025', 'refused', 'Not a resident of the area served (art. 7)'],
      ],
      Members: [
        ['Member ID', 'Admission date'],
        ['M001', '01/01/2020'],
      ],
    },
    parameters: YEAR,
    outcome: 'not-evaluated',
    missing: [{ sheet: 'members', columns: ['exitReason'] }],
    note: ['groundsChecked', { refusedAdmissions: 1, refusedResignations: 0 }],
  },
  {
    name: 'an exclusion without a ground column is flagged on its exit reason cell',
    sheets: {
      Demandes: [APPLICATIONS, ['Jean Martin', '10/03/2025', 'acceptée', '', '', '']],
      Registre: [
        ['N° sociétaire', "Date d'adhésion", 'Date de sortie', 'Motif de sortie'],
        ['M001', '01/01/2020', '15/09/2025', 'exclusion'],
      ],
    },
    parameters: YEAR,
    outcome: 'failed',
    findings: [['exclusionWithoutGround', 'Registre!D2']],
  },
  {
    name: 'neither an applications sheet nor an exit reason column: not evaluated, naming both',
    sheets: {
      Registre: [
        ['N° sociétaire', "Date d'adhésion"],
        ['M001', '01/01/2020'],
      ],
    },
    parameters: YEAR,
    outcome: 'not-evaluated',
    missing: [{ sheet: 'applications' }, { sheet: 'members', columns: ['exitReason'] }],
  },
  {
    name: 'no register: not evaluated',
    sheets: { Demandes: [APPLICATIONS, ['Jean Martin', '10/03/2025', 'refusée', '', '', '']] },
    parameters: YEAR,
    outcome: 'not-evaluated',
  },
]);
