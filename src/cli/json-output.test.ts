import { describe, expect, it } from 'vitest';
import type { JsonReport } from '../core';
import { jsonReportText } from './json-output';

const finding = (n: number) => ({
  conditionId: 'ES-5',
  severity: 'breach',
  sheet: 'Registre',
  cell: `D${n}`,
  message: `Ligne ${n} : « ${'x'.repeat(n % 7)} »\n`,
});
const report = (findings: number, name = 'coop.xlsx') =>
  ({
    schemaVersion: 1,
    input: { fileName: name },
    conditions: [{ id: 'ES-5', outcome: 'failed', findings }],
    findings: Array.from({ length: findings }, (_, i) => finding(i + 1)),
    figures: { members: { start: 3 } },
  }) as unknown as JsonReport;

describe('the JSON report written in pieces', () => {
  it('is the text JSON.stringify gives, for one report and for several, with 0, 1 and more findings than a piece holds', () => {
    for (const value of [report(0), report(1), report(121), [report(0, 'a.xlsx'), report(1_000, 'b.xlsx'), report(3, 'c.xlsx')]]) {
      const pieces = [...jsonReportText(value)];
      expect(pieces.join('')).toBe(JSON.stringify(value, null, 2));
    }
  });

  it('never holds more than fifty findings in one piece', () => {
    const pieces = [...jsonReportText(report(5_000))];
    expect(Math.max(...pieces.map((p) => (p.match(/"cell"/g) ?? []).length))).toBe(50);
  });
});
