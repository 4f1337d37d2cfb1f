import { describe, expect, it } from 'vitest';
import { emptyState, parseState, stateChunks, STATE_CHUNK_CHARS, type CoopCheckState, type FlagRecord } from '../workbook-state';
import { stateSheetXml } from './own-sheets';

const record = (n: number): FlagRecord => ({
  sheet: 'Registre',
  cell: `H${n + 2}`,
  fill: n % 3 ? null : { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } },
  note: n % 5 ? null : `Note « ${n} » <vérifiée> & "gardée"`,
});
const stateOf = (flags: number): CoopCheckState => ({
  ...emptyState(),
  summarySheet: 'Rapport spécial',
  flags: Array.from({ length: flags }, (_, i) => record(i)),
});

/** Column A's texts, in order, as the sheet holds them. */
const cells = (xml: string) => [...xml.matchAll(/<c r="A(\d+)" t="inlineStr"><is><t xml:space="preserve">(.*?)<\/t><\/is><\/c>/g)].map((m) => m[2]!);
const decoded = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

describe('the state sheet', () => {
  it('holds the state JSON down column A, cut as stateChunks cuts it, with 0, 1 and 12,345 flags', () => {
    for (const flags of [0, 1, 12_345]) {
      const state = stateOf(flags);
      const texts = cells([...stateSheetXml(state)].join('')).map(decoded);
      expect(texts).toEqual(stateChunks(state));
      expect(parseState(texts.join('')).flags).toHaveLength(flags);
    }
  });

  it('is written in pieces of at most a cell each, never the whole state at once', () => {
    const state = stateOf(50_000);
    const pieces = [...stateSheetXml(state)];
    const total = stateChunks(state).length;
    expect(total).toBeGreaterThan(100);
    expect(pieces).toHaveLength(total + 2);
    expect(Math.max(...pieces.map((p) => (p.match(/<row /g) ?? []).length))).toBe(1);
    expect(Math.max(...pieces.map((p) => cells(p).map(decoded)[0]?.length ?? 0))).toBe(STATE_CHUNK_CHARS);
  });
});
