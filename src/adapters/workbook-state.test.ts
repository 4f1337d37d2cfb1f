import { describe, expect, it } from 'vitest';
import { emptyState, isEmptyState, parseState, stateChunks, type CoopCheckState } from './workbook-state';
import type { RunLogEntry } from '../core';

const ENTRY: RunLogEntry = {
  checkedAt: '2026-11-30T10:00:00.000Z',
  toolVersion: '0.1.0',
  sha256: 'a'.repeat(64),
  fiscalYear: 2025,
  parameters: { voteCapScope: 'shareholder' },
  outcomes: { passed: 20, failed: 1 },
  breaches: 1,
  warnings: 0,
  justified: 0,
};

describe('the state format with a run log (second edition, additive)', () => {
  it('reads a state written before the run log existed, as it was', () => {
    const old = { version: 1, summarySheet: 'Rapport spécial', flags: [{ sheet: 'AG', cell: 'E2', fill: null, note: null }] };
    const state = parseState(JSON.stringify(old));
    expect(state).toEqual(old);
    expect(state.runLog).toBeUndefined();
  });

  it('round-trips the run log through the chunks of column A', () => {
    const state: CoopCheckState = { ...emptyState(), runLog: Array.from({ length: 100 }, (_, i) => ({ ...ENTRY, fiscalYear: 2000 + i })) };
    const chunks = stateChunks(state);
    expect(parseState(chunks.join(''))).toEqual(state);
  });

  it('keeps the well-formed entries of a run log edited by hand, and the flags whatever the log holds', () => {
    const text = JSON.stringify({ version: 1, flags: [], runLog: [ENTRY, { checkedAt: 'yesterday' }, 42] });
    expect(parseState(text).runLog).toEqual([ENTRY]);
    const broken = parseState(JSON.stringify({ version: 1, flags: [{ sheet: 'AG', cell: 'E2', fill: null, note: null }], runLog: 'lost' }));
    expect(broken.runLog).toBeUndefined();
    expect(broken.flags).toHaveLength(1);
  });

  it('is not empty while it holds a run log: the history of the checks is kept when the flags are cleared', () => {
    expect(isEmptyState(emptyState())).toBe(true);
    expect(isEmptyState({ ...emptyState(), runLog: [ENTRY] })).toBe(false);
    expect(isEmptyState({ ...emptyState(), runLog: [] })).toBe(true);
  });
});
