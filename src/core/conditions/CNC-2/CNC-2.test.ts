import condition from '.';
import { testCondition } from '../../testing/condition-tester';

const REGISTER = ['N° sociétaire', "Date d'adhésion", 'Catégorie', 'Nombre de parts', 'Valeur nominale'];
const DIVIDENDS = ['N° sociétaire', 'Exercice', 'Nature', 'Montant brut'];
const YEAR = { fiscalYear: 2025 };
/** Three members of class A holding 10 shares of 25 € all through 2025. */
const classA = [['M001', '01/01/2020', 'A', 10, 25], ['M002', '01/01/2020', 'A', 10, 25], ['M003', '01/01/2020', 'A', 10, 25]];
const dividends = (...amounts: (number | null)[]) => amounts.map((amount, i) => [`M00${i + 1}`, 2025, 'dividende', amount]);

testCondition(condition, [
  {
    name: 'one nominal value per class passes',
    sheets: { Registre: [REGISTER, ...classA, ['M004', '01/01/2020', 'B', 1, 100], ['M005', '01/01/2020', 'B', 2, 100]] },
    parameters: YEAR,
    outcome: 'passed',
  },
  {
    name: 'a nominal value one cent off is rounding',
    sheets: { Registre: [REGISTER, ['M001', '01/01/2000', 'A', 4, 24.79], ['M002', '01/01/2000', 'A', 4, 24.79], ['M003', '01/01/2000', 'A', 4, 24.78]] },
    parameters: YEAR,
    outcome: 'passed',
  },
  {
    name: 'a nominal value two cents off warns',
    sheets: { Registre: [REGISTER, ['M001', '01/01/2000', 'A', 4, 24.79], ['M002', '01/01/2000', 'A', 4, 24.79], ['M003', '01/01/2000', 'A', 4, 24.77]] },
    parameters: YEAR,
    outcome: 'review',
    findings: [['nominalValueDiffers', 'Registre!E4']],
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
    findings: [['dividendPerShareDiffers', 'Dividendes!D4']],
  },
  {
    // M003 joined on 2 July 2025: 183 of 365 days, 15 € × 183 / 365 = 7.52 €.
    name: 'a member who joined mid-year is paid pro rata of the days held',
    sheets: { Registre: [REGISTER, ...classA.slice(0, 2), ['M003', '02/07/2025', 'A', 10, 25]], Dividendes: [DIVIDENDS, ...dividends(15, 15, 7.52)] },
    parameters: YEAR,
    outcome: 'passed',
  },
  {
    name: 'a full-year dividend to a member who joined mid-year warns',
    sheets: { Registre: [REGISTER, ...classA.slice(0, 2), ['M003', '02/07/2025', 'A', 10, 25]], Dividendes: [DIVIDENDS, ...dividends(15, 15, 15)] },
    parameters: YEAR,
    outcome: 'review',
    findings: [['dividendPerShareDiffers', 'Dividendes!D4']],
  },
  {
    name: 'without pro rata temporis every share held earns the same',
    sheets: { Registre: [REGISTER, ...classA.slice(0, 2), ['M003', '02/07/2025', 'A', 10, 25]], Dividendes: [DIVIDENDS, ...dividends(15, 15, 15)] },
    parameters: { ...YEAR, proRataTemporis: 'non' },
    outcome: 'passed',
  },
  {
    // M001 held 10 shares to 30 June (181 days) and 5 from 1 July (184 days): 2 730 share-days, 15 € × 2 730 / 3 650 = 11.22 €.
    name: 'shares refunded during the year count up to the refund (movements)',
    sheets: {
      Registre: [REGISTER, ...classA],
      Mouvements: [['Date', 'N° sociétaire', 'Type', 'Nombre de parts', 'Montant'], ['01/01/2020', 'M001', 'souscription', 10, 250], ['01/07/2025', 'M001', 'remboursement', 5, 125]],
      Dividendes: [DIVIDENDS, ...dividends(11.22, 15, 15)],
    },
    parameters: YEAR,
    outcome: 'passed',
  },
  {
    name: 'a full dividend on shares refunded during the year warns',
    sheets: {
      Registre: [REGISTER, ...classA],
      Mouvements: [['Date', 'N° sociétaire', 'Type', 'Nombre de parts', 'Montant'], ['01/01/2020', 'M001', 'souscription', 10, 250], ['01/07/2025', 'M001', 'remboursement', 5, 125]],
      Dividendes: [DIVIDENDS, ...dividends(15, 15, 15)],
    },
    parameters: YEAR,
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
    sheets: { Registre: [['N° sociétaire', "Date d'adhésion", 'Catégorie', 'Nombre de parts'], ...classA.map((r) => r.slice(0, 4))], Dividendes: [DIVIDENDS, ['M001', 2024, 'dividende', 99]] },
    parameters: YEAR,
    outcome: 'not-applicable',
  },
  {
    name: 'Dutch headers',
    sheets: {
      Register: [['Lidnummer', 'Datum toetreding', 'Categorie', 'Aantal aandelen', 'Nominale waarde'], ['M001', '01/01/2020', 'A', 10, 25], ['M002', '01/01/2020', 'A', 10, 25], ['M003', '01/01/2020', 'A', 10, 50]],
      Uitkeringen: [['Lidnummer', 'Boekjaar', 'Aard', 'Brutobedrag'], ['M001', 2025, 'dividend', 15], ['M002', 2025, 'dividend', 15], ['M003', 2025, 'dividend', 15]],
    },
    parameters: YEAR,
    outcome: 'review',
    findings: [['nominalValueDiffers', 'Register!E4']],
  },
  {
    name: 'no members register: not evaluated',
    sheets: { Dividendes: [DIVIDENDS, ...dividends(15)] },
    parameters: YEAR,
    outcome: 'not-evaluated',
  },
]);
