import type { Cents, Ppm } from '../money';
import { percentFromPpm } from '../money';
import type { Day } from '../dates';
import { dayFromIso } from '../dates';

export type Lang = 'fr' | 'nl' | 'en';
export const LANGS: readonly Lang[] = ['fr', 'nl', 'en'];
export type Localized = Readonly<Record<Lang, string>>;

/** Belgian locales for French and Dutch; British English keeps day-first dates for the English text. */
export const LOCALE_OF: Readonly<Record<Lang, string>> = { fr: 'fr-BE', nl: 'nl-BE', en: 'en-GB' };

export function isLang(value: unknown): value is Lang {
  return value === 'fr' || value === 'nl' || value === 'en';
}

/** Locale-aware formatting of message parameters, built on Intl (no hand-written number formats). */
export interface Format {
  lang: Lang;
  money(cents: Cents): string;
  /** A calendar date given as a day number or an ISO string. */
  date(day: Day | string): string;
  percent(ppm: Ppm): string;
  number(value: number): string;
  list(items: readonly string[]): string;
  /** A number with its noun in the right plural form for the language: "1 ligne", "2 lignes", "0 rijen". */
  count(value: number, one: string, other: string): string;
}

const formats = new Map<Lang, Format>();

export function formatFor(lang: Lang): Format {
  const cached = formats.get(lang);
  if (cached) return cached;
  const locale = LOCALE_OF[lang];
  const money = new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' });
  const dateFormat = new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 0, maximumFractionDigits: 2 });
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const list = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
  const plural = new Intl.PluralRules(locale);
  const format: Format = {
    lang,
    money: (cents) => money.format(cents / 100),
    date: (day) => {
      const d = typeof day === 'string' ? dayFromIso(day) : day;
      return d === undefined ? String(day) : dateFormat.format(new Date(d * 86_400_000));
    },
    percent: (ppm) => percent.format(percentFromPpm(ppm) / 100),
    number: (value) => number.format(value),
    list: (items) => list.format(items),
    count: (value, one, other) => `${number.format(value)} ${plural.select(value) === 'one' ? one : other}`,
  };
  formats.set(lang, format);
  return format;
}
