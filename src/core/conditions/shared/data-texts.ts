/**
 * Texts shared by the DATA conditions: their legal bases, and sheet, column and value-type names in
 * each language, taken from the data contract table (extract/fields.ts) so that a message names a
 * column the way the contract does. A kind, field or type the contract does not know is shown as
 * written rather than failing the rendering.
 */
import type { Lang, Localized } from '../../i18n/lang';
import type { SheetKind, ValueType } from '../../model';
import { SHEET_SPECS, fieldLabel, fieldSpec } from '../../extract/fields';

export const DATA_CONTRACT_BASIS: Localized = {
  fr: 'Contrat de données de CoopCheck',
  nl: 'Datacontract van CoopCheck',
  en: 'CoopCheck’s data contract',
};

/** The share register every cooperative keeps at its seat (SC/CV: CSA/WVV art. 6:24). */
export const REGISTER_BASIS: Localized = {
  fr: 'CSA art. 6:24 (registre des actions)',
  nl: 'WVV art. 6:24 (aandelenregister)',
  en: 'CSA art. 6:24 (share register)',
};

const QUOTES: Readonly<Record<Lang, readonly [string, string]>> = { fr: ['« ', ' »'], nl: ['‘', '’'], en: ['‘', '’'] };

export function quote(lang: Lang, text: string): string {
  const [open, close] = QUOTES[lang];
  return `${open}${text}${close}`;
}

/** The sheet kind's name in the contract, quoted: « Registre des sociétaires ». */
export function sheetName(kind: SheetKind, lang: Lang): string {
  return quote(lang, SHEET_SPECS[kind]?.name[lang] ?? String(kind));
}

/** A column's name in the contract, quoted: « date d'adhésion ». */
export function columnName(kind: SheetKind, field: string, lang: Lang): string {
  return quote(lang, fieldLabel(kind, field, lang));
}

const VALUE_TYPE_NAMES: Readonly<Record<ValueType, Localized>> = {
  text: { fr: 'un texte', nl: 'een tekst', en: 'a text' },
  date: { fr: 'une date (31/12/2025 ou une date Excel)', nl: 'een datum (31/12/2025 of een Excel-datum)', en: 'a date (31/12/2025 or an Excel date)' },
  amount: { fr: 'un montant (1.234,56 €)', nl: 'een bedrag (1.234,56 €)', en: 'an amount (1.234,56 €)' },
  integer: { fr: 'un nombre entier', nl: 'een geheel getal', en: 'a whole number' },
  number: { fr: 'un nombre', nl: 'een getal', en: 'a number' },
  boolean: { fr: 'oui ou non', nl: 'ja of nee', en: 'yes or no' },
  enum: { fr: 'une des valeurs prévues', nl: 'een van de voorziene waarden', en: 'one of the listed values' },
};

/** What a column of this type holds, as the object of "cannot be read as …". */
export function valueTypeName(type: ValueType, lang: Lang): string {
  return VALUE_TYPE_NAMES[type]?.[lang] ?? String(type);
}

/** A category as shown in a message; the register may leave it blank. */
export function categoryName(category: string, lang: Lang): string {
  if (category) return quote(lang, category);
  return { fr: '(sans catégorie)', nl: '(zonder categorie)', en: '(no category)' }[lang];
}

/** The words an enum column accepts, one per value, in the language: « démission », « de plein droit »… */
export function acceptedValues(kind: SheetKind, field: string, lang: Lang): string {
  const values = fieldSpec(kind, field)?.values ?? {};
  return Object.values(values)
    .map((words) => quote(lang, words[lang][0] ?? ''))
    .join(', ');
}
