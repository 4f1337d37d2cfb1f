import condition from '.';
import { testCondition } from '../../testing/condition-tester';

const HEAD = ['N° sociétaire', 'Exercice', 'Nature', 'Montant brut', 'Opérations avec la coopérative'];
const CNC = { accreditations: 'CNC', fiscalYear: 2025 };
/** Category A: 10, 20 and 40 shares of 25 €. */
const SHARES = [
  ['N° sociétaire', "Date d'adhésion", 'Catégorie', 'Nombre de parts', 'Valeur nominale'],
  ['M001', '01/01/2020', 'A', 10, 25],
  ['M002', '01/01/2020', 'A', 20, 25],
  ['M003', '01/01/2020', 'A', 40, 25],
];
/** Members at 3 % of their transactions. */
const atThreePercent = [
  ['M001', 2025, 'ristourne', 30, 1000],
  ['M002', 2025, 'ristourne', 60, 2000],
];

testCondition(condition, [
  {
    name: 'one rate for every member passes',
    sheets: { Ristournes: [HEAD, ...atThreePercent, ['M003', 2025, 'ristourne', 15, 500]] },
    parameters: CNC,
    outcome: 'passed',
  },
  {
    // 301.50 € on 10 000 €: 3.015 %, exactly 0.5 % above the 3 % scheme rate.
    name: 'exactly 0.5 % (relative) off the scheme rate passes',
    sheets: { Ristournes: [HEAD, ...atThreePercent, ['M003', 2025, 'ristourne', 301.5, 10000]] },
    parameters: CNC,
    outcome: 'passed',
  },
  {
    name: 'one cent more is beyond 0.5 % and warns',
    sheets: { Ristournes: [HEAD, ...atThreePercent, ['M003', 2025, 'ristourne', 301.51, 10000]] },
    parameters: CNC,
    outcome: 'review',
    findings: [['ristourneRateDeviates', 'Ristournes!D4', { ristourneCents: 30151, expectedCents: 30000, differenceCents: 151, schemeRatePpm: 30000 }]],
  },
  {
    // 3 % of 0.50 € is 0.015 €; paying 0.02 € is rounding, not another rate.
    name: 'a deviation within the cent is rounding',
    sheets: { Ristournes: [HEAD, ...atThreePercent, ['M003', 2025, 'ristourne', 0.02, 0.5]] },
    parameters: CNC,
    outcome: 'passed',
  },
  {
    name: 'a ristourne with zero transactions fails',
    sheets: { Ristournes: [HEAD, ...atThreePercent, ['M003', 2025, 'ristourne', 25, 0]] },
    parameters: CNC,
    outcome: 'failed',
    findings: [['ristourneWithoutTransactions', 'Ristournes!E4', { memberId: 'M003', year: 2025, ristourneCents: 2500 }]],
    texts: {
      fr: [
        "Ristourne de 25,00\u00a0€ au sociétaire M003 sans opérations avec la coopérative pendant l'exercice 2025 : une ristourne ne peut être attribuée qu'au prorata des opérations des sociétaires avec la coopérative (AR du 8 janvier 1962, art. 1 §1 6°). Saisissez ses opérations si elles manquent ; sinon, récupérez la ristourne ou faites-la décider par l'assemblée générale comme dividende, dans la limite de 6 %.",
      ],
      nl: [
        'Ristorno van €\u00a025,00 aan aandeelhouder M003 zonder verrichtingen met de coöperatie in boekjaar 2025: een ristorno mag enkel naar rata van de verrichtingen van de aandeelhouders met de coöperatie worden toegekend (KB van 8 januari 1962, art. 1 §1 6°). Vul de verrichtingen in als ze ontbreken; zo niet, vorder het ristorno terug of laat de algemene vergadering het als dividend toekennen, binnen de grens van 6 %.',
      ],
      en: [
        "Patronage refund of €25.00 to member M003 with no transactions with the cooperative in fiscal year 2025: a patronage refund may only be allocated pro rata to the members' transactions with the cooperative (Royal Decree of 8 January 1962, art. 1 §1 6°). Enter the transactions if they are missing; otherwise recover the refund or have the general meeting grant it as a dividend, within the 6 % limit.",
      ],
    },
  },
  {
    name: 'a ristourne with no transactions recorded fails',
    sheets: { Ristournes: [HEAD, ...atThreePercent, ['M003', 2025, 'ristourne', 25, null]] },
    parameters: CNC,
    outcome: 'failed',
    findings: [['ristourneWithoutTransactions', 'Ristournes!E4']],
  },
  {
    name: 'an unreadable transactions cell is left to DATA-2',
    sheets: { Ristournes: [HEAD, ...atThreePercent, ['M003', 2025, 'ristourne', 25, 'beaucoup']] },
    parameters: CNC,
    outcome: 'passed',
  },
  {
    // Second edition 1 (was a warning, review): never passed on half the evidence.
    name: 'without a transactions column the rate cannot be checked: not evaluated',
    sheets: {
      Ristournes: [
        ['N° sociétaire', 'Exercice', 'Nature', 'Montant brut'],
        ['M001', 2025, 'ristourne', 30],
      ],
    },
    parameters: CNC,
    outcome: 'not-evaluated',
    missing: [{ sheet: 'distributions', columns: ['transactions'] }],
  },
  {
    name: 'each share category is its own scheme',
    sheets: {
      Registre: [
        ['N° sociétaire', "Date d'adhésion", 'Catégorie'],
        ['M001', '01/01/2020', 'A'],
        ['M002', '01/01/2020', 'A'],
        ['M003', '01/01/2020', 'B'],
        ['M004', '01/01/2020', 'B'],
      ],
      Ristournes: [HEAD, ...atThreePercent, ['M003', 2025, 'ristourne', 50, 1000], ['M004', 2025, 'ristourne', 100, 2000]],
    },
    parameters: CNC,
    outcome: 'passed',
  },
  {
    name: 'one category with two rates warns on the member off the median',
    sheets: {
      Registre: [
        ['N° sociétaire', "Date d'adhésion", 'Catégorie'],
        ['M001', '01/01/2020', 'A'],
        ['M002', '01/01/2020', 'A'],
        ['M003', '01/01/2020', 'A'],
      ],
      Ristournes: [HEAD, ...atThreePercent, ['M003', 2025, 'ristourne', 50, 1000]],
    },
    parameters: CNC,
    outcome: 'review',
    findings: [['ristourneRateDeviates', 'Ristournes!D4']],
  },
  {
    name: 'Dutch headers',
    sheets: {
      Uitkeringen: [
        ['Lidnummer', 'Boekjaar', 'Aard', 'Brutobedrag', 'Verrichtingen'],
        ['M001', 2025, 'ristorno', 30, 1000],
        ['M002', 2025, 'ristorno', 40, 0],
      ],
    },
    parameters: CNC,
    outcome: 'failed',
    findings: [['ristourneWithoutTransactions', 'Uitkeringen!E3']],
  },
  {
    name: 'no ristourne this year: not applicable',
    sheets: { Ristournes: [HEAD, ['M001', 2025, 'dividende', 30, null], ['M002', 2024, 'ristourne', 60, 2000]] },
    parameters: CNC,
    outcome: 'not-applicable',
    note: ['noRistourne', { year: 2025, source: 'distributions' }],
  },
  {
    // Second edition 12 (was not-applicable): an ES is exempt from reporting on the advantage, not from the ristourne rule.
    name: 'a company also accredited as a social enterprise is held to the ristourne rule',
    sheets: { Ristournes: [HEAD, ['M001', 2025, 'ristourne', 30, 0]] },
    parameters: { fiscalYear: 2025 },
    outcome: 'failed',
    findings: [['ristourneWithoutTransactions', 'Ristournes!E2', { memberId: 'M001', ristourneCents: 3000 }]],
  },
  {
    name: 'a social enterprise whose ristournes follow the transactions passes',
    sheets: { Ristournes: [HEAD, ...atThreePercent] },
    parameters: { fiscalYear: 2025, accreditations: 'ES, CNC' },
    outcome: 'passed',
    note: ['ristournesChecked', { members: 2, ristourneCents: 9000, transactionsCents: 300000, ratePpm: 30000 }],
  },
  {
    name: 'no distributions sheet: not evaluated',
    sheets: {
      Registre: [
        ['N° sociétaire', "Date d'adhésion"],
        ['M001', '01/01/2020'],
      ],
    },
    parameters: CNC,
    outcome: 'not-evaluated',
    missing: [{ sheet: 'distributions' }],
  },
  {
    name: 'no distributions sheet, the allocation shows no ristourne: not applicable',
    sheets: {
      Affectation: [
        ['Poste', 'Montant'],
        ['Résultat à affecter', 5000],
        ['Ristournes', 0],
      ],
    },
    parameters: CNC,
    outcome: 'not-applicable',
    note: ['noRistourne', { year: 2025, source: 'allocation' }],
  },
  {
    name: 'no distributions sheet, the allocation shows one cent of ristournes: not evaluated',
    sheets: {
      Affectation: [
        ['Poste', 'Montant'],
        ['Résultat à affecter', 5000],
        ['Ristournes', 0.01],
      ],
    },
    parameters: CNC,
    outcome: 'not-evaluated',
    missing: [{ sheet: 'distributions' }],
  },
  // --- A ristourne pro rata to shares (CONDITIONS.md CNC-6): 250 €, 500 € and 1 000 € of shares, transactions 1 000 €, 1 000 € and 3 000 €.
  {
    name: 'ristournes at one rate of the shares (4 %) while the transactions differ: a breach for each member',
    sheets: {
      Registre: SHARES,
      Ristournes: [HEAD, ['M001', 2025, 'ristourne', 10, 1000], ['M002', 2025, 'ristourne', 20, 1000], ['M003', 2025, 'ristourne', 40, 3000]],
    },
    parameters: CNC,
    outcome: 'failed',
    findings: [
      [
        'ristourneProRataShares',
        'Ristournes!D2',
        { memberId: 'M001', ristourneCents: 1000, transactionsCents: 100000, perNominalPpm: 40000, members: 3, category: 'A' },
      ],
      ['ristourneProRataShares', 'Ristournes!D3', { memberId: 'M002', perNominalPpm: 40000 }],
      ['ristourneProRataShares', 'Ristournes!D4', { memberId: 'M003', perNominalPpm: 40000 }],
    ],
    texts: {
      fr: [
        "La ristourne de 10,00\u00a0€ du sociétaire M001 pour l'exercice 2025 suit ses parts et non ses opérations avec la coopérative (1\u202f000,00\u00a0€ d'opérations) : les ristournes des 3 sociétaires de la catégorie A font toutes 4\u00a0% de la valeur nominale de leurs parts (AR du 8 janvier 1962, art. 1 §1 6°). Répartissez les ristournes au prorata des opérations ; réparties selon les parts, elles sont un dividende soumis au plafond de 6 %.",
        "La ristourne de 20,00\u00a0€ du sociétaire M002 pour l'exercice 2025 suit ses parts et non ses opérations avec la coopérative (1\u202f000,00\u00a0€ d'opérations) : les ristournes des 3 sociétaires de la catégorie A font toutes 4\u00a0% de la valeur nominale de leurs parts (AR du 8 janvier 1962, art. 1 §1 6°). Répartissez les ristournes au prorata des opérations ; réparties selon les parts, elles sont un dividende soumis au plafond de 6 %.",
        "La ristourne de 40,00\u00a0€ du sociétaire M003 pour l'exercice 2025 suit ses parts et non ses opérations avec la coopérative (3\u202f000,00\u00a0€ d'opérations) : les ristournes des 3 sociétaires de la catégorie A font toutes 4\u00a0% de la valeur nominale de leurs parts (AR du 8 janvier 1962, art. 1 §1 6°). Répartissez les ristournes au prorata des opérations ; réparties selon les parts, elles sont un dividende soumis au plafond de 6 %.",
      ],
    },
  },
  {
    name: 'one cent per line off the shares rate is still pro rata to shares',
    sheets: {
      Registre: SHARES,
      Ristournes: [HEAD, ['M001', 2025, 'ristourne', 10, 1000], ['M002', 2025, 'ristourne', 20, 1000], ['M003', 2025, 'ristourne', 40.01, 3000]],
    },
    parameters: CNC,
    outcome: 'failed',
    findings: [
      ['ristourneProRataShares', 'Ristournes!D2'],
      ['ristourneProRataShares', 'Ristournes!D3'],
      ['ristourneProRataShares', 'Ristournes!D4', { ristourneCents: 4001 }],
    ],
  },
  {
    name: 'two cents off the shares rate is not pro rata to shares: the transactions rates deviate (warnings)',
    sheets: {
      Registre: SHARES,
      Ristournes: [HEAD, ['M001', 2025, 'ristourne', 10, 1000], ['M002', 2025, 'ristourne', 20, 1000], ['M003', 2025, 'ristourne', 40.02, 3000]],
    },
    parameters: CNC,
    outcome: 'review',
    findings: [
      ['ristourneRateDeviates', 'Ristournes!D2', { expectedCents: 1334, differenceCents: -334 }],
      ['ristourneRateDeviates', 'Ristournes!D3', { expectedCents: 1334, differenceCents: 666 }],
    ],
  },
  {
    name: 'pro rata to shares with a member who has no transactions: one breach per member, not two',
    sheets: { Registre: SHARES, Ristournes: [HEAD, ['M001', 2025, 'ristourne', 10, 0], ['M002', 2025, 'ristourne', 20, 2000]] },
    parameters: CNC,
    outcome: 'failed',
    findings: [
      ['ristourneProRataShares', 'Ristournes!D2', { memberId: 'M001', transactionsCents: 0, members: 2 }],
      ['ristourneProRataShares', 'Ristournes!D3', { memberId: 'M002', transactionsCents: 200000 }],
    ],
    texts: {
      en: [
        'The patronage refund of €10.00 to member M001 for fiscal year 2025 follows their shares, not their transactions with the cooperative (no transactions): the refunds of the 2 members of category A are all 4% of the nominal value of their shares (Royal Decree of 8 January 1962, art. 1 §1 6°). Share the refunds pro rata to the transactions; shared by the shares, they are a dividend subject to the 6 % cap.',
        'The patronage refund of €20.00 to member M002 for fiscal year 2025 follows their shares, not their transactions with the cooperative (€2,000.00 of transactions): the refunds of the 2 members of category A are all 4% of the nominal value of their shares (Royal Decree of 8 January 1962, art. 1 §1 6°). Share the refunds pro rata to the transactions; shared by the shares, they are a dividend subject to the 6 % cap.',
      ],
      nl: [
        "Het ristorno van €\u00a010,00 van aandeelhouder M001 voor boekjaar 2025 volgt de aandelen en niet de verrichtingen met de coöperatie (geen verrichtingen): de ristorno's van de 2 aandeelhouders van categorie A bedragen allemaal 4% van de nominale waarde van hun aandelen (KB van 8 januari 1962, art. 1 §1 6°). Verdeel de ristorno's naar rata van de verrichtingen; volgens de aandelen verdeeld zijn ze een dividend onder het plafond van 6 %.",
        "Het ristorno van €\u00a020,00 van aandeelhouder M002 voor boekjaar 2025 volgt de aandelen en niet de verrichtingen met de coöperatie (€\u00a02.000,00 verrichtingen): de ristorno's van de 2 aandeelhouders van categorie A bedragen allemaal 4% van de nominale waarde van hun aandelen (KB van 8 januari 1962, art. 1 §1 6°). Verdeel de ristorno's naar rata van de verrichtingen; volgens de aandelen verdeeld zijn ze een dividend onder het plafond van 6 %.",
      ],
    },
  },
  // --- Second edition 11: without a fiscal-year column, a ristourne paid in 2026 is 2025's.
  {
    name: 'closed year: a ristourne paid on 1 January 2026 is checked for 2025',
    sheets: {
      Ristournes: [
        ['N° sociétaire', 'Nature', 'Montant brut', 'Opérations avec la coopérative', 'Date de paiement'],
        ['M001', 'ristourne', 25, 0, '01/01/2026'],
      ],
    },
    parameters: CNC,
    outcome: 'failed',
    findings: [['ristourneWithoutTransactions', 'Ristournes!D2', { year: 2025 }]],
  },
  {
    name: 'closed year: a ristourne paid on 31 December 2025 is 2024’s',
    sheets: {
      Ristournes: [
        ['N° sociétaire', 'Nature', 'Montant brut', 'Opérations avec la coopérative', 'Date de paiement'],
        ['M001', 'ristourne', 25, 0, '31/12/2025'],
      ],
    },
    parameters: CNC,
    outcome: 'not-applicable',
  },
]);
