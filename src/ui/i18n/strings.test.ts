import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../core/i18n/lang';
import { i18nFor, initialLang, langOfTag } from './i18n';
import type { UiStringKey } from './strings';
import { UI_STRINGS } from './strings';

const KEYS = Object.keys(UI_STRINGS.en) as UiStringKey[];
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)(?:\|[^}]*)?\}/g)].map((m) => m[1]).sort();

function sourcesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return sourcesUnder(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.test.ts') && name !== 'strings.ts' ? [readFileSync(path, 'utf8')] : [];
  });
}

describe('UI strings', () => {
  it.each(LANGS)('%s has every key, none empty, with the same placeholders as English', (lang) => {
    expect(Object.keys(UI_STRINGS[lang]).sort()).toEqual([...KEYS].sort());
    for (const key of KEYS) {
      expect(UI_STRINGS[lang][key].trim(), `${lang} ${key}`).not.toBe('');
      expect(placeholders(UI_STRINGS[lang][key]), `${lang} ${key}`).toEqual(placeholders(UI_STRINGS.en[key]));
    }
  });

  it('are all used by the pane', () => {
    const source = sourcesUnder(join(__dirname, '..')).join('\n');
    // A key is used literally ('data.read') or through a template (`settings.source.${source}`).
    const templatePrefixes = [...source.matchAll(/`([\w.]+\.)\$\{/g)].map((m) => m[1]!);
    const unused = KEYS.filter((key) => !source.includes(`'${key}'`) && !templatePrefixes.some((prefix) => key.startsWith(prefix)));
    expect(unused).toEqual([]);
  });

  it('fills placeholders, formatting numbers for the language', () => {
    expect(i18nFor('fr').t('flags.applied', { flagged: 1234, noted: 5 })).toBe('1\u202f234 cellules marquées, dont 5 avec une note.');
    expect(i18nFor('en').t('flags.applied', { flagged: 1234, noted: 5 })).toBe('1,234 cells flagged, 5 with a note.');
  });
});

describe('language of the pane', () => {
  it('follows Office or the browser: French and Dutch of any region, else English', () => {
    expect(langOfTag('fr-BE')).toBe('fr');
    expect(langOfTag('nl_NL')).toBe('nl');
    expect(langOfTag('de-BE')).toBeUndefined();
    expect(initialLang(['de-BE', 'nl-BE', 'fr-BE'])).toBe('nl');
    expect(initialLang(['de-DE'])).toBe('en');
  });
});
