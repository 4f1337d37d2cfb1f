/**
 * The pane's language: chosen from Office's display language (or the browser's outside Excel),
 * switchable, remembered as a UI preference. `t` fills a UI string's {placeholders}; numbers are
 * formatted for the language by core/i18n's formatFor, and `{count|ligne|lignes}` gives the number
 * with its noun in the plural form Intl.PluralRules gives for the language.
 */
import { createContext, useContext } from 'react';
import { type Format, type Lang, formatFor, isLang } from '../../core';
import type { UiStringKey } from './strings';
import { UI_STRINGS } from './strings';

const PREFERENCE_KEY = 'coopcheck.lang';

/** fr-BE, fr, nl-NL… → the pane's language; undefined for a language the pane does not speak. */
export function langOfTag(tag: string | undefined): Lang | undefined {
  const primary = tag?.toLowerCase().split(/[-_]/)[0];
  return isLang(primary) ? primary : undefined;
}

/** The remembered choice, else the first of the given language tags the pane speaks, else English. */
export function initialLang(tags: readonly (string | undefined)[]): Lang {
  let remembered: string | null = null;
  try {
    remembered = localStorage.getItem(PREFERENCE_KEY);
  } catch {
    // Storage can be disabled; the language then follows Office or the browser.
  }
  if (isLang(remembered)) return remembered;
  for (const tag of tags) {
    const lang = langOfTag(tag);
    if (lang) return lang;
  }
  return 'en';
}

export function rememberLang(lang: Lang): void {
  try {
    localStorage.setItem(PREFERENCE_KEY, lang);
  } catch {
    // Not remembered; the choice still holds for this session.
  }
}

export type Translate = (key: UiStringKey, values?: Readonly<Record<string, string | number>>) => string;

export interface I18n {
  lang: Lang;
  t: Translate;
  format: Format;
}

export function i18nFor(lang: Lang): I18n {
  const format = formatFor(lang);
  const strings = UI_STRINGS[lang];
  // {name} is a value; {name|one|other} a number with its noun in the language's plural form.
  const t: Translate = (key, values = {}) =>
    strings[key].replace(/\{(\w+)(?:\|([^|}]*)\|([^}]*))?\}/g, (whole, name: string, one?: string, other?: string) => {
      const value = values[name];
      if (value === undefined) return whole;
      if (one !== undefined && other !== undefined) return format.count(Number(value), one, other);
      return typeof value === 'number' ? format.number(value) : value;
    });
  return { lang, t, format };
}

const I18nContext = createContext<I18n>(i18nFor('en'));
export const I18nProvider = I18nContext.Provider;

export function useI18n(): I18n {
  return useContext(I18nContext);
}
