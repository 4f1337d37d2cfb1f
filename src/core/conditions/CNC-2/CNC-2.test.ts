import condition from '.';
import { testCondition } from '../../testing/condition-tester';

const REGISTER = ['N° sociétaire', "Date d'adhésion", 'Catégorie', 'Nombre de parts', 'Valeur nominale'];
const DIVIDENDS = ['N° sociétaire', 'Exercice', 'Nature', 'Montant brut'];
const YEAR = { fiscalYear: 2025 };
const PRO_RATA = { ...YEAR, proRataTemporis: true };
/** A distributions list with no line for 2025: nothing distributed this year. */
const NONE_THIS_YEAR = {
  Dividendes: [
    ['N° sociétaire', 'Exercice', 'Nature', 'Montant brut'],
    ['M001', 2024, 'dividende', 15],
  ],
};
const withKinds = (...rows: [string, string, number][]) => rows.map(([id, kind, amount]) => [id, 2025, kind, amount]);
/** Three members of class A holding 10 shares of 25 € all through 2025. */
const classA = [
  ['M001', '01/01/2020', 'A', 10, 25],
  ['M002', '01/01/2020', 'A', 10, 25],
  ['M003', '01/01/2020', 'A', 10, 25],
];
const dividends = (...amounts: (number | null)[]) => amounts.map((amount, i) => [`M00${i + 1}`, 2025, 'dividende', amount]);

testCondition(condition, [
  {
    name: 'one nominal value per class passes',
    sheets: { Registre: [REGISTER, ...classA, ['M004', '01/01/2020', 'B', 1, 100], ['M005', '01/01/2020', 'B', 2, 100]], ...NONE_THIS_YEAR },
    parameters: YEAR,
    outcome: 'passed',
  },
  {
    name: 'a nominal value one cent off is rounding',
    sheets: {
      Registre: [REGISTER, ['M001', '01/01/2000', 'A', 4, 24.79], ['M002', '01/01/2000', 'A', 4, 24.79], ['M003', '01/01/2000', 'A', 4, 24.78]],
      ...NONE_THIS_YEAR,
    },
    parameters: YEAR,
    outcome: 'passed',
  },
  {
    name: 'a nominal value two cents off warns',
    sheets: {
      Registre: [REGISTER, ['M001', '01/01/2000', 'A', 4, 24.79], ['M002', '01/01/2000', 'A', 4, 24.79], ['M003', '01/01/2000', 'A', 4, 24.77]],
      ...NONE_THIS_YEAR,
    },
    parameters: YEAR,
    outcome: 'review',
    findings: [['nominalValueDiffers', 'Registre!E4', { nominalValueCents: 2477, categoryNominalValueCents: 2479 }]],
  },
  {
    name: 'the same dividend per share passes',
    sheets: { Registre: [REGISTER, ...classA], Dividendes: [DIVIDENDS, ...dividends(15, 15, 15)] },
    parameters: YEAR,
    outcome: 'passed',
  },
  {
    name: 'a dividend exactly one cent off passes',
    sheets: { Registre: [REGISTER, ...classA], Dividendes: [DIVIDENDS, ...dividends(15, 15, 15.01)] },
    parameters: YEAR,
    outcome: 'passed',
  },
  {
    name: 'a dividend two cents off warns',
    sheets: { Registre: [REGISTER, ...classA], Dividendes: [DIVIDENDS, ...dividends(15, 15, 15.02)] },
    parameters: YEAR,
    outcome: 'review',
    findings: [['dividendPerShareDiffers', 'Dividendes!D4', { returnCents: 1502, expectedCents: 1500, differenceCents: 2, lines: 1, perShareDay: false }]],
    texts: {
      fr: [
        "Le sociétaire M003 (catégorie A) reçoit pour l'exercice 2025 15,02\u00a0€ de dividendes et d'intérêts sur ses parts ; le rendement par part des autres parts de la catégorie donnerait 15,00\u00a0€ : 0,02\u00a0€ de trop (AR du 8 janvier 1962, art. 1 §1 2°). Vérifiez le nombre de parts et le montant, puis régularisez l'écart (récupérez l'excédent ou versez le complément).",
      ],
      nl: [
        'Aandeelhouder M003 (categorie A) ontvangt voor boekjaar 2025 €\u00a015,02 aan dividenden en interesten op de aandelen; het rendement per aandeel van de andere aandelen van de categorie zou €\u00a015,00 geven: €\u00a00,02 te veel (KB van 8 januari 1962, art. 1 §1 2°). Controleer het aantal aandelen en het bedrag en regulariseer het verschil (vorder het teveel terug of betaal het tekort bij).',
      ],
      en: [
        "Member M003 (category A) receives for fiscal year 2025 €15.02 of dividends and interest on shares; the return per share of the category's other shares would give €15.00: €0.02 too much (Royal Decree of 8 January 1962, art. 1 §1 2°). Check the number of shares and the amount, then settle the difference (recover the excess or pay the shortfall).",
      ],
    },
  },
  {
    // M003 joined on 2 July 2025: 183 of 365 days, 15 € × 183 / 365 = 7.52 €.
    name: 'pro rata temporis: a member who joined mid-year is paid pro rata of the days held',
    sheets: { Registre: [REGISTER, ...classA.slice(0, 2), ['M003', '02/07/2025', 'A', 10, 25]], Dividendes: [DIVIDENDS, ...dividends(15, 15, 7.52)] },
    parameters: PRO_RATA,
    outcome: 'passed',
  },
  {
    name: 'pro rata temporis: a full-year dividend to a member who joined mid-year warns',
    sheets: { Registre: [REGISTER, ...classA.slice(0, 2), ['M003', '02/07/2025', 'A', 10, 25]], Dividendes: [DIVIDENDS, ...dividends(15, 15, 15)] },
    parameters: PRO_RATA,
    outcome: 'review',
    findings: [['dividendPerShareDiffers', 'Dividendes!D4', { returnCents: 1500, expectedCents: 752, differenceCents: 748, perShareDay: true }]],
  },
  {
    name: 'without pro rata temporis every share held earns the same',
    sheets: { Registre: [REGISTER, ...classA.slice(0, 2), ['M003', '02/07/2025', 'A', 10, 25]], Dividendes: [DIVIDENDS, ...dividends(15, 15, 15)] },
    parameters: { ...YEAR, proRataTemporis: 'non' },
    outcome: 'passed',
  },
  {
    // M001 held 10 shares to 30 June (181 days) and 5 from 1 July (184 days): 2 730 share-days, 15 € × 2 730 / 3 650 = 11.22 €.
    name: 'pro rata temporis: shares refunded during the year count up to the refund (movements)',
    sheets: {
      Registre: [REGISTER, ...classA],
      Mouvements: [
        ['Date', 'N° sociétaire', 'Type', 'Nombre de parts', 'Montant'],
        ['01/01/2020', 'M001', 'souscription', 10, 250],
        ['01/07/2025', 'M001', 'remboursement', 5, 125],
      ],
      Dividendes: [DIVIDENDS, ...dividends(11.22, 15, 15)],
    },
    parameters: PRO_RATA,
    outcome: 'passed',
  },
  {
    name: 'pro rata temporis: a full dividend on shares refunded during the year warns',
    sheets: {
      Registre: [REGISTER, ...classA],
      Mouvements: [
        ['Date', 'N° sociétaire', 'Type', 'Nombre de parts', 'Montant'],
        ['01/01/2020', 'M001', 'souscription', 10, 250],
        ['01/07/2025', 'M001', 'remboursement', 5, 125],
      ],
      Dividendes: [DIVIDENDS, ...dividends(15, 15, 15)],
    },
    parameters: PRO_RATA,
    outcome: 'review',
    findings: [['dividendPerShareDiffers', 'Dividendes!D2']],
  },
  {
    name: 'each class has its own dividend per share',
    sheets: {
      Registre: [REGISTER, ...classA, ['M004', '01/01/2020', 'B', 10, 25]],
      Dividendes: [DIVIDENDS, ...dividends(15, 15, 15, 5)],
    },
    parameters: YEAR,
    outcome: 'passed',
  },
  {
    name: 'a dividend of another fiscal year is not compared',
    sheets: {
      Registre: [['N° sociétaire', "Date d'adhésion", 'Catégorie', 'Nombre de parts'], ...classA.map((r) => r.slice(0, 4))],
      Dividendes: [DIVIDENDS, ['M001', 2024, 'dividende', 99]],
    },
    parameters: YEAR,
    outcome: 'not-applicable',
    note: ['nothingToCompare', { year: 2025 }],
  },
  {
    name: 'Dutch headers',
    sheets: {
      Register: [
        ['Lidnummer', 'Datum toetreding', 'Categorie', 'Aantal aandelen', 'Nominale waarde'],
        ['M001', '01/01/2020', 'A', 10, 25],
        ['M002', '01/01/2020', 'A', 10, 25],
        ['M003', '01/01/2020', 'A', 10, 50],
      ],
      Uitkeringen: [
        ['Lidnummer', 'Boekjaar', 'Aard', 'Brutobedrag'],
        ['M001', 2025, 'dividend', 15],
        ['M002', 2025, 'dividend', 15],
        ['M003', 2025, 'dividend', 15],
      ],
    },
    parameters: YEAR,
    outcome: 'review',
    findings: [['nominalValueDiffers', 'Register!E4', { nominalValueCents: 5000, categoryNominalValueCents: 2500 }]],
    texts: {
      nl: [
        'De aandelen van aandeelhouder M003 (categorie A) hebben een nominale waarde van €\u00a050,00, de andere aandelen van de categorie €\u00a025,00: aandelen van eenzelfde categorie verlenen dezelfde rechten en verplichtingen (KB van 8 januari 1962, art. 1 §1 2°). Verbeter het register, of deel die aandelen in bij de aparte categorie die de statuten voorzien.',
      ],
    },
  },
  {
    name: 'no members register: not evaluated',
    sheets: { Dividendes: [DIVIDENDS, ...dividends(15)] },
    parameters: YEAR,
    outcome: 'not-evaluated',
  },

  // --- Second edition 11: proRataTemporis is false by default.
  {
    name: 'default, no pro rata temporis: a member who joined mid-year earns the full return per share',
    sheets: { Registre: [REGISTER, ...classA.slice(0, 2), ['M003', '02/07/2025', 'A', 10, 25]], Dividendes: [DIVIDENDS, ...dividends(15, 15, 15)] },
    parameters: YEAR,
    outcome: 'passed',
  },
  {
    name: 'default, no pro rata temporis: a member who joined mid-year paid pro rata gets too little',
    sheets: { Registre: [REGISTER, ...classA.slice(0, 2), ['M003', '02/07/2025', 'A', 10, 25]], Dividendes: [DIVIDENDS, ...dividends(15, 15, 7.52)] },
    parameters: YEAR,
    outcome: 'review',
    findings: [['dividendPerShareDiffers', 'Dividendes!D4', { returnCents: 752, expectedCents: 1500, differenceCents: -748, perShareDay: false }]],
  },
  {
    name: 'default, no pro rata temporis: shares refunded mid-year count at the most held (10 shares)',
    sheets: {
      Registre: [REGISTER, ...classA],
      Mouvements: [
        ['Date', 'N° sociétaire', 'Type', 'Nombre de parts', 'Montant'],
        ['01/01/2020', 'M001', 'souscription', 10, 250],
        ['01/07/2025', 'M001', 'remboursement', 5, 125],
      ],
      Dividendes: [DIVIDENDS, ...dividends(15, 15, 15)],
    },
    parameters: YEAR,
    outcome: 'passed',
  },
  // --- Second edition 9: dividends and interest together; one cent of rounding per payment line.
  {
    name: 'a member paid partly as interest gets the same return: not flagged',
    sheets: {
      Registre: [REGISTER, ...classA],
      Dividendes: [DIVIDENDS, ...withKinds(['M001', 'dividende', 15], ['M002', 'dividende', 15], ['M003', 'dividende', 10], ['M003', 'intérêt', 5])],
    },
    parameters: YEAR,
    outcome: 'passed',
    note: ['equalRightsCompared', { categories: 1, dividendsCompared: 3 }],
  },
  {
    name: 'two payment lines may round by two cents',
    sheets: {
      Registre: [REGISTER, ...classA],
      Dividendes: [DIVIDENDS, ...withKinds(['M001', 'dividende', 15], ['M002', 'dividende', 15], ['M003', 'dividende', 10.01], ['M003', 'intérêt', 5.01])],
    },
    parameters: YEAR,
    outcome: 'passed',
  },
  {
    name: 'two payment lines three cents off warn',
    sheets: {
      Registre: [REGISTER, ...classA],
      Dividendes: [DIVIDENDS, ...withKinds(['M001', 'dividende', 15], ['M002', 'dividende', 15], ['M003', 'dividende', 10.02], ['M003', 'intérêt', 5.01])],
    },
    parameters: YEAR,
    outcome: 'review',
    findings: [['dividendPerShareDiffers', 'Dividendes!D4', { returnCents: 1503, expectedCents: 1500, differenceCents: 3, lines: 2 }]],
  },
  {
    name: 'interest alone below the class return is flagged by its figure',
    sheets: {
      Registre: [REGISTER, ...classA],
      Dividendes: [DIVIDENDS, ...withKinds(['M001', 'dividende', 15], ['M002', 'dividende', 15], ['M003', 'intérêt', 14.98])],
    },
    parameters: YEAR,
    outcome: 'review',
    findings: [['dividendPerShareDiffers', 'Dividendes!D4', { returnCents: 1498, expectedCents: 1500, differenceCents: -2, lines: 1 }]],
  },
  // --- Second edition 11: distributionYear.
  {
    name: 'closed year: a dividend paid in 2026 without a fiscal year column is compared for 2025',
    sheets: {
      Registre: [REGISTER, ...classA],
      Dividendes: [
        ['N° sociétaire', 'Nature', 'Montant brut', 'Date de paiement'],
        ['M001', 'dividende', 15, '15/06/2026'],
        ['M002', 'dividende', 15, '15/06/2026'],
        ['M003', 'dividende', 15.02, '01/01/2026'],
      ],
    },
    parameters: YEAR,
    outcome: 'review',
    findings: [['dividendPerShareDiffers', 'Dividendes!C4', { year: 2025, differenceCents: 2 }]],
  },
  // --- Second edition 1: never passed on half the evidence.
  {
    name: 'no distributions sheet and no allocation: the returns cannot be compared, not evaluated',
    sheets: { Registre: [REGISTER, ...classA] },
    parameters: YEAR,
    outcome: 'not-evaluated',
    missing: [{ sheet: 'distributions' }],
  },
  {
    name: 'no distributions sheet, the allocation shows nothing distributed: passed',
    sheets: {
      Registre: [REGISTER, ...classA],
      Affectation: [
        ['Poste', 'Montant'],
        ['Résultat à affecter', 900],
        ['Dividendes', 0],
      ],
    },
    parameters: YEAR,
    outcome: 'passed',
    note: ['equalRightsCompared', { nominalCompared: 3, dividendsCompared: 0 }],
  },
]);
