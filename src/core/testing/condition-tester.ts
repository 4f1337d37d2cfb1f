/**
 * Table-driven tests for a condition, in the manner of ESLint's RuleTester: each case is a workbook
 * written as sheets of rows (headers as a cooperative would type them), optional parameters, and
 * the expected outcome and findings as `[messageId, 'Sheet!Cell']` pairs. The case goes through
 * the real extraction and engine, so cell addresses are checked end to end.
 */
import { describe, expect, it } from 'vitest';
import type { Condition } from '../conditions/condition';
import type { Outcome } from '../findings';
import type { CellValue } from '../snapshot';
import { extractWorkbook } from '../extract/extract';
import { check, type CheckResult } from '../engine';

export interface ConditionCase {
  name: string;
  /** Sheet name → rows (first row usually the headers). */
  sheets: Readonly<Record<string, readonly (readonly CellValue[])[]>>;
  parameters?: Readonly<Record<string, CellValue>>;
  outcome: Outcome;
  /** Every finding of the condition, as [messageId, 'Sheet!A1'], in any order. Default: none. */
  findings?: readonly (readonly [string, string])[];
}

export function runCase(condition: Condition, testCase: ConditionCase): CheckResult {
  const snapshot = {
    sheets: Object.entries(testCase.sheets).map(([name, rows]) => ({ name, rows: rows.map((r) => [...r]) })),
  };
  return check(extractWorkbook(snapshot), { parameterOverrides: testCase.parameters, conditions: [condition] });
}

export function testCondition(condition: Condition, cases: readonly ConditionCase[]): void {
  describe(condition.id, () => {
    const produced = new Set<string>();
    it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, testCase) => {
      const result = runCase(condition, testCase);
      const own = result.conditions.find((c) => c.id === condition.id)!;
      for (const f of result.findings) if (f.conditionId === condition.id) produced.add(f.messageId);
      if (own.note) produced.add(own.note.messageId);
      const findings = result.findings
        .filter((f) => f.conditionId === condition.id && f.severity !== 'info')
        .map((f) => [f.messageId, `${f.sheet}!${f.cell}`]);
      expect({ outcome: own.outcome, error: own.error, findings: sortPairs(findings) }).toEqual({
        outcome: testCase.outcome, error: undefined, findings: sortPairs(testCase.findings ?? []),
      });
    });
    // Runs after the cases (vitest keeps declaration order): a message no case produces is untested text.
    it('every message is produced by some case', () => {
      expect(Object.keys(condition.messages).filter((id) => !produced.has(id))).toEqual([]);
    });
  });
}

function sortPairs(pairs: readonly (readonly [string, string])[] | string[][]): string[][] {
  return pairs.map((p) => [...p]).sort((a, b) => (a.join() < b.join() ? -1 : a.join() > b.join() ? 1 : 0));
}
