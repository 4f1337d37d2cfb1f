import { defineMessages, type MessageDef } from '../../findings';
import { plural } from '../shared/distributions';

const ofCategory = {
  fr: (category: string) => (category ? ` (catégorie ${category})` : ''),
  nl: (category: string) => (category ? ` (categorie ${category})` : ''),
  en: (category: string) => (category ? ` (category ${category})` : ''),
};

type ReturnDiffers = {
  memberId: string;
  category: string;
  year: number;
  returnCents: number;
  expectedCents: number;
  differenceCents: number;
  perShareDay: boolean;
  lines: number;
};

export const messages = defineMessages({
  nominalValueDiffers: {
    severity: 'warning',
    text: {
      fr: (p, f) =>
        `Les parts du sociétaire ${p.memberId}${ofCategory.fr(p.category)} ont une valeur nominale de ${f.money(p.nominalValueCents)}, les autres parts de la catégorie ${f.money(p.categoryNominalValueCents)} : des parts d'une même catégorie confèrent les mêmes droits et obligations (AR du 8 janvier 1962, art. 1 §1 2°). Corrigez le registre, ou rangez ces parts dans la catégorie distincte que les statuts prévoient.`,
      nl: (p, f) =>
        `De aandelen van aandeelhouder ${p.memberId}${ofCategory.nl(p.category)} hebben een nominale waarde van ${f.money(p.nominalValueCents)}, de andere aandelen van de categorie ${f.money(p.categoryNominalValueCents)}: aandelen van eenzelfde categorie verlenen dezelfde rechten en verplichtingen (KB van 8 januari 1962, art. 1 §1 2°). Verbeter het register, of deel die aandelen in bij de aparte categorie die de statuten voorzien.`,
      en: (p, f) =>
        `Member ${p.memberId}'s shares${ofCategory.en(p.category)} have a nominal value of ${f.money(p.nominalValueCents)}, the category's other shares ${f.money(p.categoryNominalValueCents)}: shares of one category confer the same rights and obligations (Royal Decree of 8 January 1962, art. 1 §1 2°). Correct the register, or put these shares in the separate category the statutes provide for.`,
    },
    example: { memberId: 'M0412', category: 'A', nominalValueCents: 5_000, categoryNominalValueCents: 2_500 },
  } satisfies MessageDef<{ memberId: string; category: string; nominalValueCents: number; categoryNominalValueCents: number }>,
  dividendPerShareDiffers: {
    severity: 'warning',
    text: {
      fr: (p, f) =>
        `Le sociétaire ${p.memberId}${ofCategory.fr(p.category)} reçoit pour l'exercice ${p.year} ${f.money(p.returnCents)} de dividendes et d'intérêts sur ses parts ; le rendement par part${p.perShareDay ? ' et par jour de détention' : ''} des autres parts de la catégorie donnerait ${f.money(p.expectedCents)} : ${f.money(Math.abs(p.differenceCents))} ${p.differenceCents > 0 ? 'de trop' : 'de moins'} (AR du 8 janvier 1962, art. 1 §1 2°). Vérifiez le nombre de parts et le montant, puis régularisez l'écart (récupérez l'excédent ou versez le complément).`,
      nl: (p, f) =>
        `Aandeelhouder ${p.memberId}${ofCategory.nl(p.category)} ontvangt voor boekjaar ${p.year} ${f.money(p.returnCents)} aan dividenden en interesten op de aandelen; het rendement per aandeel${p.perShareDay ? ' en per dag bezit' : ''} van de andere aandelen van de categorie zou ${f.money(p.expectedCents)} geven: ${f.money(Math.abs(p.differenceCents))} ${p.differenceCents > 0 ? 'te veel' : 'te weinig'} (KB van 8 januari 1962, art. 1 §1 2°). Controleer het aantal aandelen en het bedrag en regulariseer het verschil (vorder het teveel terug of betaal het tekort bij).`,
      en: (p, f) =>
        `Member ${p.memberId}${ofCategory.en(p.category)} receives for fiscal year ${p.year} ${f.money(p.returnCents)} of dividends and interest on shares; the return per share${p.perShareDay ? ' and day held' : ''} of the category's other shares would give ${f.money(p.expectedCents)}: ${f.money(Math.abs(p.differenceCents))} too ${p.differenceCents > 0 ? 'much' : 'little'} (Royal Decree of 8 January 1962, art. 1 §1 2°). Check the number of shares and the amount, then settle the difference (recover the excess or pay the shortfall).`,
    },
    example: { memberId: 'M0231', category: 'A', year: 2025, returnCents: 1_800, expectedCents: 1_500, differenceCents: 300, perShareDay: false, lines: 1 },
  } satisfies MessageDef<ReturnDiffers>,
  equalRightsCompared: {
    severity: 'info',
    text: {
      fr: (p, f) =>
        `${f.number(p.categories)} ${plural(f, p.categories, 'catégorie', 'catégories')} ; valeur nominale comparée pour ${f.number(p.nominalCompared)} ${plural(f, p.nominalCompared, 'sociétaire', 'sociétaires')}, dividendes et intérêts pour ${f.number(p.dividendsCompared)}`,
      nl: (p, f) =>
        `${f.number(p.categories)} ${plural(f, p.categories, 'categorie', 'categorieën')}; nominale waarde vergeleken voor ${f.number(p.nominalCompared)} ${plural(f, p.nominalCompared, 'aandeelhouder', 'aandeelhouders')}, dividenden en interesten voor ${f.number(p.dividendsCompared)}`,
      en: (p, f) =>
        `${f.number(p.categories)} ${plural(f, p.categories, 'category', 'categories')}; nominal value compared for ${f.number(p.nominalCompared)} ${plural(f, p.nominalCompared, 'member', 'members')}, dividends and interest for ${f.number(p.dividendsCompared)}`,
    },
  } satisfies MessageDef<{ categories: number; nominalCompared: number; dividendsCompared: number }>,
  nothingToCompare: {
    severity: 'info',
    text: {
      fr: (p) => `Ni valeur nominale dans le registre ni dividende de l'exercice ${p.year} à comparer.`,
      nl: (p) => `Geen nominale waarde in het register en geen dividend van boekjaar ${p.year} om te vergelijken.`,
      en: (p) => `No nominal value in the register and no dividend of fiscal year ${p.year} to compare.`,
    },
  } satisfies MessageDef<{ year: number }>,
});
