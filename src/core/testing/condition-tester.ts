/**
 * Table-driven tests for a condition, in the manner of ESLint's RuleTester: each case is a workbook
 * written as sheets of rows (headers as a cooperative would type them), optional parameters, and
 * the expected outcome and findings as `[messageId, 'Sheet!Cell', params]`: the message parameters
 * given are compared (the figures), those left out are not. The case goes through the real
 * extraction and engine, so cell addresses are checked end to end; `texts` checks the rendered
 * messages themselves.
 */
import { describe, expect, it } from 'vitest';
import type { Condition, MissingInput } from '../conditions/condition';
import type { MessageDef, Outcome, Params, ParamsOf } from '../findings';
import type { Lang } from '../i18n/lang';
import { renderMessage } from '../i18n/render';
import type { CellValue } from '../snapshot';
import { extractWorkbook } from '../extract/extract';
import { check, type CheckResult } from '../engine';

/**
 * An expected finding, typed by the condition's catalogue: a message id it does not have, or a
 * parameter its message does not carry, fails to compile (as typescript-eslint's RuleTester types
 * `messageId` and `data`).
 */
export type ExpectedFinding<M = Record<string, MessageDef<any>>> = {
  [K in keyof M & string]: readonly [K, string] | readonly [K, string, Partial<ParamsOf<M[K]>>];
}[keyof M & string];

export interface ConditionCase<M = Record<string, MessageDef<any>>> {
  name: string;
  /** Sheet name → rows (first row usually the headers). */
  sheets: Readonly<Record<string, readonly (readonly CellValue[])[]>>;
  parameters?: Readonly<Record<string, CellValue>>;
  outcome: Outcome;
  /**
   * Every breach and warning of the condition, as [messageId, 'Sheet!A1'] or [messageId, 'Sheet!A1',
   * params], in any order. Default: none. The params given must equal the finding's (a subset).
   */
  findings?: readonly ExpectedFinding<M>[];
  /** The outcome's note (evidence, attestation, why not applicable) and, optionally, its params. */
  note?: readonly [keyof M & string] | readonly [keyof M & string, Partial<Params>];
  /** What the condition names as missing (not-evaluated, or failed on half the evidence). */
  missing?: readonly MissingInput[];
  /** The rendered breaches and warnings, in the order of `findings`, per language (exact texts). */
  texts?: Partial<Record<Lang, readonly string[]>>;
}

export function runCase<M extends Record<string, MessageDef<any>>>(condition: Condition<M>, testCase: ConditionCase<M>): CheckResult {
  const snapshot = {
    sheets: Object.entries(testCase.sheets).map(([name, rows]) => ({ name, rows: rows.map((r) => [...r]) })),
  };
  return check(extractWorkbook(snapshot), { parameterOverrides: testCase.parameters, conditions: [condition] });
}

export function testCondition<M extends Record<string, MessageDef<any>>>(condition: Condition<M>, cases: readonly ConditionCase<M>[]): void {
  describe(condition.id, () => {
    const produced = new Set<string>();
    it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, testCase) => {
      const result = runCase(condition, testCase);
      const own = result.conditions.find((c) => c.id === condition.id)!;
      for (const f of result.findings) if (f.conditionId === condition.id) produced.add(f.messageId);
      if (own.note) produced.add(own.note.messageId);
      const problems = result.findings.filter((f) => f.conditionId === condition.id && f.severity !== 'info');
      const expected = testCase.findings ?? [];
      // Each expected finding is compared with the actual one of the same message and cell, its params reduced to those expected.
      const actual = problems.map((f) => {
        const want = expected.find((e) => e[0] === f.messageId && e[1] === `${f.sheet}!${f.cell}`);
        const params = want?.[2] ? pick(f.params, Object.keys(want[2])) : undefined;
        return params ? [f.messageId, `${f.sheet}!${f.cell}`, params] : [f.messageId, `${f.sheet}!${f.cell}`];
      });
      expect({ outcome: own.outcome, error: own.error, findings: sortTuples(actual) }).toEqual({
        outcome: testCase.outcome,
        error: undefined,
        findings: sortTuples(expected.map((e) => [...e])),
      });
      if (testCase.note) {
        const [messageId, params] = testCase.note;
        expect(own.note?.messageId, 'note').toBe(messageId);
        if (params) expect(pick(own.note!.params, Object.keys(params)), 'note params').toEqual(params);
      }
      if (testCase.missing) expect(own.missing ?? [], 'missing').toEqual(testCase.missing);
      for (const [lang, texts] of Object.entries(testCase.texts ?? {}) as [Lang, readonly string[]][]) {
        const ordered = expected.map((e) => problems.find((f) => f.messageId === e[0] && `${f.sheet}!${f.cell}` === e[1])!);
        expect(
          ordered.map((f) => renderMessage(f, condition, lang)),
          lang,
        ).toEqual(texts);
      }
    });
    // Runs after the cases (vitest keeps declaration order): a message no case produces is untested text.
    it('every message is produced by some case', () => {
      expect(Object.keys(condition.messages).filter((id) => !produced.has(id))).toEqual([]);
    });
  });
}

function pick(params: Params, keys: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(keys.map((k) => [k, params[k]]));
}

function sortTuples(tuples: readonly (readonly unknown[])[]): unknown[][] {
  const key = (t: readonly unknown[]) => `${String(t[0])}|${String(t[1])}`;
  return tuples.map((t) => [...t]).sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}
