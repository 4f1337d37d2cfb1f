import condition from '.';
import { testCondition } from '../../testing/condition-tester';

// Columns: A name, B appointed by, C remuneration, D attendance fees, E allowance, F GA-fixed amount, G profit-linked, H role.
const HEAD = ['Nom', 'Nommé par', 'Rémunération', 'Jetons de présence', 'Indemnité', "Montant autorisé par l'AG", 'Lié aux bénéfices', 'Fonction'];
const PAY_ALLOWED = { directorPayAllowedByStatutes: 'oui' };

testCondition(condition, [
  {
    name: 'unpaid mandates pass',
    sheets: { Administrateurs: [HEAD, ['Anne Dupont', 'AG', 0, null, null, null, 'non'], ['Marc Peeters', 'AG', null, null, null, null, null]] },
    outcome: 'passed',
    note: ['directorsPay', { directors: 2, paid: 0, auditors: 0 }],
  },
  {
    name: 'pay the statutes do not provide for fails on its largest part, even with a GA decision',
    sheets: { Administrateurs: [HEAD, ['Anne Dupont', 'AG', null, 150, 400, 1000, 'non']] },
    outcome: 'failed',
    findings: [['payNotAllowedByStatutes', 'Administrateurs!E2', { director: 'Anne Dupont', role: 'director', payCents: 55_000 }]],
    texts: {
      fr: [
        "L'administrateur Anne Dupont reçoit 550,00\u00a0€ pour son mandat alors que les statuts ne prévoient pas de rémunération (paramètre « Les statuts permettent de rémunérer les administrateurs » : non) : le mandat est gratuit, 550,00\u00a0€ de trop (AR du 8 janvier 1962, art. 1er, §1er, 7°). Récupérer les montants versés ; si les statuts prévoient une rémunération, cocher ce paramètre et faire fixer le montant par l'AG.",
      ],
      nl: [
        'Bestuurder Anne Dupont ontvangt €\u00a0550,00 voor het mandaat terwijl de statuten geen bezoldiging voorzien (parameter ‘De statuten staan bezoldiging van bestuurders toe’: nee): het mandaat is onbezoldigd, €\u00a0550,00 te veel (KB van 8 januari 1962, art. 1, §1, 7°). Vorder de betaalde bedragen terug; als de statuten een bezoldiging voorzien, vink die parameter aan en laat de AV het bedrag vaststellen.',
      ],
      en: [
        'Director Anne Dupont receives €550.00 for the mandate while the statutes provide for no pay (parameter ‘The statutes allow director pay’: no): the mandate is unpaid, €550.00 too much (Royal Decree of 8 January 1962, art. 1 §1 7°). Recover the amounts paid; if the statutes do provide for pay, tick that parameter and have the GM fix the amount.',
      ],
    },
  },
  {
    name: 'a controlling member’s mandate is a mandate under control: one cent without statutory pay fails',
    sheets: { Administrateurs: [HEAD, ['Marc Peeters', 'AG', null, 0.01, null, null, 'non', 'associé chargé du contrôle']] },
    outcome: 'failed',
    findings: [['payNotAllowedByStatutes', 'Administrateurs!D2', { director: 'Marc Peeters', role: 'controller', payCents: 1 }]],
    texts: {
      fr: [
        "Le sociétaire chargé du contrôle Marc Peeters reçoit 0,01\u00a0€ pour son mandat alors que les statuts ne prévoient pas de rémunération (paramètre « Les statuts permettent de rémunérer les administrateurs » : non) : le mandat est gratuit, 0,01\u00a0€ de trop (AR du 8 janvier 1962, art. 1er, §1er, 7°). Récupérer les montants versés ; si les statuts prévoient une rémunération, cocher ce paramètre et faire fixer le montant par l'AG.",
      ],
    },
  },
  {
    name: 'the statutory auditor’s fees are not mandate pay',
    sheets: {
      Administrateurs: [HEAD, ['Anne Dupont', 'AG', null, null, null, null, 'non'], ['Réviseurs SRL', 'AG', 5000, null, null, null, 'non', 'commissaire']],
    },
    outcome: 'passed',
    note: ['directorsPay', { directors: 1, paid: 0, auditors: 1 }],
  },
  {
    name: 'allowed by the statutes, exactly the GA amount passes',
    sheets: { Administrateurs: [HEAD, ['Anne Dupont', 'AG', null, 600, 400, 1000, 'non']] },
    parameters: PAY_ALLOWED,
    outcome: 'passed',
    note: ['directorsPay', { directors: 1, paid: 1, totalCents: 100_000, highestCents: 100_000 }],
  },
  {
    name: 'one cent above the GA amount fails',
    sheets: { Administrateurs: [HEAD, ['Anne Dupont', 'AG', null, 600, 400.01, 1000, 'non']] },
    parameters: PAY_ALLOWED,
    outcome: 'failed',
    findings: [['payAboveGaAmount', 'Administrateurs!D2', { payCents: 100_001, authorisedCents: 100_000, excessCents: 1 }]],
    texts: {
      en: [
        'Director Anne Dupont receives €1,000.01 for the mandate, more than the €1,000.00 fixed by the general meeting: €0.01 too much (Royal Decree of 8 January 1962, art. 1 §1 7°). Recover the excess, or have the GM approve it.',
      ],
    },
  },
  {
    name: 'allowed by the statutes but no amount fixed by the GA fails',
    sheets: { Administrateurs: [HEAD, ['Anne Dupont', 'AG', 2000, null, null, null, 'non']] },
    parameters: PAY_ALLOWED,
    outcome: 'failed',
    findings: [['paidWithoutGaDecision', 'Administrateurs!C2', { payCents: 200_000 }]],
    texts: {
      nl: [
        'Bestuurder Anne Dupont ontvangt €\u00a02.000,00 voor het mandaat zonder bedrag vastgesteld door de algemene vergadering: €\u00a02.000,00 te veel (KB van 8 januari 1962, art. 1, §1, 7°). Laat de AV de bezoldiging vaststellen, of vorder de betaalde bedragen terug.',
      ],
    },
  },
  {
    name: 'profit-linked pay fails even when allowed and within the GA amount',
    sheets: { Administrateurs: [HEAD, ['Anne Dupont', 'AG', 500, null, null, 1000, 'oui']] },
    parameters: PAY_ALLOWED,
    outcome: 'failed',
    findings: [['profitLinkedPay', 'Administrateurs!G2', { role: 'director', payCents: 50_000 }]],
    texts: {
      en: [
        'Director Anne Dupont is paid a profit share: €500.00 paid for the mandate during the year, too much; it is never allowed (Royal Decree of 8 January 1962, art. 1 §1 7°). End it and recover the amounts paid.',
      ],
    },
  },
  {
    name: 'a profit-linked arrangement fails even in a year it paid nothing',
    sheets: { Administrateurs: [HEAD, ['Anne Dupont', 'AG', 0, null, null, null, 'x']] },
    outcome: 'failed',
    findings: [['profitLinkedPay', 'Administrateurs!G2', { payCents: 0 }]],
  },
  {
    name: 'the ES fee caps play no part here',
    sheets: { Administrateurs: [HEAD, ['Anne Dupont', 'AG', null, 900, null, 1000, 'non']] },
    parameters: { ...PAY_ALLOWED, directorFeeCapPerYear: 100, directorFeeCapPerMeeting: 10 },
    outcome: 'passed',
  },
  {
    name: 'pay allowed by the statutes with no GA-amount column: not evaluated, naming it',
    sheets: {
      Administrateurs: [
        ['Nom', 'Rémunération', 'Lié aux bénéfices'],
        ['Anne Dupont', 1000, 'non'],
      ],
    },
    parameters: PAY_ALLOWED,
    outcome: 'not-evaluated',
    missing: [{ sheet: 'directors', columns: ['gaAuthorisedAmount'] }],
  },
  {
    name: 'paid with no profit-linked column: cannot pass',
    sheets: {
      Administrateurs: [
        ['Nom', 'Rémunération', "Montant autorisé par l'AG"],
        ['Anne Dupont', 1000, 1000],
      ],
    },
    parameters: PAY_ALLOWED,
    outcome: 'not-evaluated',
    missing: [{ sheet: 'directors', columns: ['profitLinked'] }],
  },
  {
    name: 'no pay column: not evaluated, naming the pay columns',
    sheets: {
      Administrateurs: [
        ['Nom', 'Nommé par', 'Date de nomination'],
        ['Anne Dupont', 'AG', '17/06/2025'],
      ],
    },
    outcome: 'not-evaluated',
    missing: [{ sheet: 'directors', columns: ['remuneration', 'attendanceFees', 'allowance'] }],
  },
  {
    name: 'a director out of office during the year is not checked',
    sheets: {
      Administrateurs: [
        ['Nom', 'Date de nomination', 'Fin du mandat', 'Rémunération'],
        ['Paul Durand', '01/01/2015', '31/12/2023', 5000],
      ],
    },
    parameters: { fiscalYear: 2025 },
    outcome: 'not-applicable',
    note: ['noDirectorInYear', { year: 2025 }],
  },
  {
    name: 'Dutch headers',
    sheets: {
      Bestuurders: [
        ['Naam', 'Bezoldiging', 'Presentiegeld', 'Onkostenvergoeding', 'Door AV toegestaan bedrag', 'Winstgebonden'],
        ['Jan Peeters', 1200, null, null, 1000, 'nee'],
      ],
    },
    parameters: PAY_ALLOWED,
    outcome: 'failed',
    findings: [['payAboveGaAmount', 'Bestuurders!B2', { payCents: 120_000, authorisedCents: 100_000, excessCents: 20_000 }]],
  },
  {
    name: 'no directors sheet: not evaluated',
    sheets: {
      Registre: [
        ['N° sociétaire', "Date d'adhésion"],
        ['M001', '01/01/2020'],
      ],
    },
    outcome: 'not-evaluated',
  },
]);
