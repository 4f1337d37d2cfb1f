import condition from '.';
import { testCondition } from '../../testing/condition-tester';

const HEAD = ['Nom', 'Nommé par', 'Rémunération', 'Jetons de présence', 'Indemnité', "Montant autorisé par l'AG", 'Lié aux bénéfices'];
const PAY_ALLOWED = { directorPayAllowedByStatutes: 'oui' };

testCondition(condition, [
  {
    name: 'unpaid mandates pass',
    sheets: { Administrateurs: [HEAD, ['Anne Dupont', 'AG', 0, null, null, null, 'non'], ['Marc Peeters', 'AG', null, null, null, null, null]] },
    outcome: 'passed',
  },
  {
    name: 'pay the statutes do not provide for fails on its largest part, even with a GA decision',
    sheets: { Administrateurs: [HEAD, ['Anne Dupont', 'AG', null, 150, 400, 1000, 'non']] },
    outcome: 'failed',
    findings: [['payNotAllowedByStatutes', 'Administrateurs!E2']],
  },
  {
    name: 'allowed by the statutes, exactly the GA amount passes',
    sheets: { Administrateurs: [HEAD, ['Anne Dupont', 'AG', null, 600, 400, 1000, 'non']] },
    parameters: PAY_ALLOWED,
    outcome: 'passed',
  },
  {
    name: 'one cent above the GA amount fails',
    sheets: { Administrateurs: [HEAD, ['Anne Dupont', 'AG', null, 600, 400.01, 1000, 'non']] },
    parameters: PAY_ALLOWED,
    outcome: 'failed',
    findings: [['payAboveGaAmount', 'Administrateurs!D2']],
  },
  {
    name: 'allowed by the statutes but no amount fixed by the GA fails',
    sheets: { Administrateurs: [HEAD, ['Anne Dupont', 'AG', 2000, null, null, null, 'non']] },
    parameters: PAY_ALLOWED,
    outcome: 'failed',
    findings: [['paidWithoutGaDecision', 'Administrateurs!C2']],
  },
  {
    name: 'profit-linked pay fails even when allowed and within the GA amount',
    sheets: { Administrateurs: [HEAD, ['Anne Dupont', 'AG', 500, null, null, 1000, 'oui']] },
    parameters: PAY_ALLOWED,
    outcome: 'failed',
    findings: [['profitLinkedPay', 'Administrateurs!G2']],
  },
  {
    name: 'a profit-linked arrangement fails even in a year it paid nothing',
    sheets: { Administrateurs: [HEAD, ['Anne Dupont', 'AG', 0, null, null, null, 'x']] },
    outcome: 'failed',
    findings: [['profitLinkedPay', 'Administrateurs!G2']],
  },
  {
    name: 'the ES fee caps play no part here',
    sheets: { Administrateurs: [HEAD, ['Anne Dupont', 'AG', null, 900, null, 1000, 'non']] },
    parameters: { ...PAY_ALLOWED, directorFeeCapPerYear: 100, directorFeeCapPerMeeting: 10 },
    outcome: 'passed',
  },
  {
    name: 'no pay column: cannot check, review',
    sheets: { Administrateurs: [['Nom', 'Nommé par', 'Date de nomination'], ['Anne Dupont', 'AG', '17/06/2025']] },
    outcome: 'review',
    findings: [['payColumnsMissing', 'Administrateurs!A1']],
  },
  {
    name: 'a director out of office during the year is not checked',
    sheets: { Administrateurs: [['Nom', 'Date de nomination', 'Fin du mandat', 'Rémunération'], ['Paul Durand', '01/01/2015', '31/12/2023', 5000]] },
    parameters: { fiscalYear: 2025 },
    outcome: 'not-applicable',
  },
  {
    name: 'Dutch headers',
    sheets: { Bestuurders: [['Naam', 'Bezoldiging', 'Presentiegeld', 'Onkostenvergoeding', 'Door AV toegestaan bedrag', 'Winstgebonden'], ['Jan Peeters', 1200, null, null, 1000, 'nee']] },
    parameters: PAY_ALLOWED,
    outcome: 'failed',
    findings: [['payAboveGaAmount', 'Bestuurders!B2']],
  },
  {
    name: 'no directors sheet: not evaluated',
    sheets: { Registre: [['N° sociétaire', "Date d'adhésion"], ['M001', '01/01/2020']] },
    outcome: 'not-evaluated',
  },
]);
