import { defineMessages, type MessageDef } from '../../findings';

export const messages = defineMessages({
  nominalValueDiffers: {
    severity: 'warning',
    text: {
      fr: (p, f) => `Les parts du sociétaire ${p.memberId}${p.category ? ` (catégorie ${p.category})` : ''} ont une valeur nominale de ${f.money(p.nominalValueCents)}, les autres parts de la catégorie ${f.money(p.categoryNominalValueCents)} : des parts d'une même catégorie confèrent les mêmes droits et obligations.`,
      nl: (p, f) => `De aandelen van vennoot ${p.memberId}${p.category ? ` (categorie ${p.category})` : ''} hebben een nominale waarde van ${f.money(p.nominalValueCents)}, de andere aandelen van de categorie ${f.money(p.categoryNominalValueCents)}: aandelen van eenzelfde categorie scheppen gelijke rechten en verplichtingen.`,
      en: (p, f) => `Member ${p.memberId}'s shares${p.category ? ` (category ${p.category})` : ''} have a nominal value of ${f.money(p.nominalValueCents)}, the category's other shares ${f.money(p.categoryNominalValueCents)}: shares of one category confer the same rights and obligations.`,
    },
  } satisfies MessageDef<{ memberId: string; category: string; nominalValueCents: number; categoryNominalValueCents: number }>,
  dividendPerShareDiffers: {
    severity: 'warning',
    text: {
      fr: (p, f) => `Le sociétaire ${p.memberId}${p.category ? ` (catégorie ${p.category})` : ''} reçoit un dividende de ${f.money(p.dividendCents)} ; le dividende par part${p.perShareDay ? ' et par jour de détention' : ''} des autres parts de la catégorie donnerait ${f.money(p.expectedCents)}.`,
      nl: (p, f) => `Vennoot ${p.memberId}${p.category ? ` (categorie ${p.category})` : ''} ontvangt een dividend van ${f.money(p.dividendCents)}; het dividend per aandeel${p.perShareDay ? ' en per dag bezit' : ''} van de andere aandelen van de categorie zou ${f.money(p.expectedCents)} geven.`,
      en: (p, f) => `Member ${p.memberId}${p.category ? ` (category ${p.category})` : ''} receives a dividend of ${f.money(p.dividendCents)}; the dividend per share${p.perShareDay ? ' and day held' : ''} of the category's other shares would give ${f.money(p.expectedCents)}.`,
    },
  } satisfies MessageDef<{ memberId: string; category: string; dividendCents: number; expectedCents: number; perShareDay: boolean }>,
  equalRightsCompared: {
    severity: 'info',
    text: {
      fr: (p, f) => `${f.number(p.categories)} catégorie(s) ; valeur nominale comparée pour ${f.number(p.nominalCompared)} sociétaire(s), dividende pour ${f.number(p.dividendsCompared)}`,
      nl: (p, f) => `${f.number(p.categories)} categorie(ën); nominale waarde vergeleken voor ${f.number(p.nominalCompared)} vennoot/vennoten, dividend voor ${f.number(p.dividendsCompared)}`,
      en: (p, f) => `${f.number(p.categories)} category/categories; nominal value compared for ${f.number(p.nominalCompared)} member(s), dividend for ${f.number(p.dividendsCompared)}`,
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
