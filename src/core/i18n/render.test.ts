/**
 * The message catalogue test: every message of every registered condition, and every engine-level
 * text, renders in FR, NL and EN, non-empty and different per language.
 */
import { describe, expect, it } from 'vitest';
import { CONDITIONS } from '../conditions/registry';
import type { Params } from '../findings';
import { OUTCOMES, SEVERITIES } from '../findings';
import { SHEET_KINDS } from '../model';
import { SHEET_SPECS } from '../extract/fields';
import { LANGS } from './lang';
import { OUTCOME_LABELS, SEVERITY_LABELS } from './labels';
import { describeResult, renderCrashed, renderMessage, renderMissing } from './render';

/**
 * Message parameters have types but no runtime schema, so sample values follow the naming rules of
 * findings.ts and the catalogues (camelCase): dates are ISO strings, ids, names, sheets and cells are
 * text, everything else (cents, ppm, counts) is a number.
 */
const sampleParams: Params = new Proxy(
  {},
  {
    get: (_target, key) => {
      if (typeof key !== 'string') return undefined;
      if (/date$/i.test(key)) return '2025-06-17';
      if (key === 'sheetKind') return 'members';
      if (/^(id|name|subject|sheet|cell|ground|label|article|category|raw|text|field|kind)$|(Id|Name|Sheet|Cell|Label|Field|Kind)$/.test(key)) return 'X-42';
      return 42;
    },
  },
);

function expectThreeDistinctTexts(texts: readonly string[]): void {
  for (const text of texts) {
    expect(text.trim()).not.toBe('');
    expect(text).not.toMatch(/undefined|NaN|\[object /);
  }
  expect(new Set(texts).size).toBe(LANGS.length);
}

describe('message catalogue', () => {
  const messages = CONDITIONS.flatMap((condition) =>
    Object.keys(condition.messages).map((messageId) => [`${condition.id} ${messageId}`, condition, messageId] as const),
  );

  // A message's own example where it has one (its enum parameters take real values), else sample values.
  it.each(messages)('%s renders in FR, NL and EN', (_name, condition, messageId) => {
    const params: Params = condition.messages[messageId].example ?? sampleParams;
    expectThreeDistinctTexts(LANGS.map((lang) => renderMessage({ messageId, params }, condition, lang)));
  });

  it('labels every outcome and severity in each language', () => {
    for (const outcome of OUTCOMES) expectThreeDistinctTexts(LANGS.map((lang) => OUTCOME_LABELS[outcome][lang]));
    for (const severity of SEVERITIES.filter((s) => s !== 'info')) expectThreeDistinctTexts(LANGS.map((lang) => SEVERITY_LABELS[severity][lang]));
    for (const lang of LANGS) expect(SEVERITY_LABELS.info[lang]).not.toBe('');
  });

  it.each(SHEET_KINDS)('names what is missing from the %s sheet', (kind) => {
    expectThreeDistinctTexts(LANGS.map((lang) => renderMissing([{ sheet: kind }], lang)));
    const required = SHEET_SPECS[kind].fields.filter((f) => f.required).map((f) => f.field);
    const texts = LANGS.map((lang) => renderMissing([{ sheet: kind, columns: required }], lang));
    expectThreeDistinctTexts(texts);
    for (const field of SHEET_SPECS[kind].fields.filter((f) => f.required)) {
      for (const text of texts) expect(text).toContain(field.headers.fr[0]);
      for (const text of texts) expect(text).not.toContain(`(${field.field})`);
    }
  });

  it('says a crash happened and gives the error', () => {
    const texts = LANGS.map((lang) => renderCrashed('division by zero', lang));
    expectThreeDistinctTexts(texts);
    for (const text of texts) expect(text).toContain('division by zero');
  });

  it('explains an accreditation that is not held', () => {
    const result = { id: 'ES-7', group: 'ES', kind: 'data', outcome: 'not-applicable', findings: 0 } as const;
    expectThreeDistinctTexts(LANGS.map((lang) => describeResult(result, CONDITIONS[0], lang)));
  });
});
