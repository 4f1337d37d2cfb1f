import { describe, expect, it } from 'vitest';
import { LANGS } from '../../core/i18n/lang';
import type { ParameterName } from '../../core/parameters';
import { PARAMETER_SPECS } from '../../core/parameters';
import { PARAMETER_GROUPS, PARAMETER_TEXTS, optionLabel } from './parameter-texts';

describe('settings texts', () => {
  it('show every parameter of the core exactly once', () => {
    const shown = PARAMETER_GROUPS.flatMap((group) => group.names);
    expect([...shown].sort()).toEqual(Object.keys(PARAMETER_SPECS).sort());
    expect(new Set(shown).size).toBe(shown.length);
  });

  it.each(Object.keys(PARAMETER_SPECS) as ParameterName[])('%s has a label and a label for each of its values, in FR, NL and EN', (name) => {
    const { type } = PARAMETER_SPECS[name];
    for (const lang of LANGS) {
      expect(PARAMETER_TEXTS[name].label[lang].trim()).not.toBe('');
      if (Array.isArray(type)) for (const option of type) expect(optionLabel(option, lang), `${option} ${lang}`).not.toBe(option);
    }
  });
});
