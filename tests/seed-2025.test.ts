import { describe, expect, it } from 'vitest';
import { extractWorkbook } from '../src/core/extract/extract';
import { check } from '../src/core/engine';
import { SEED_2025, seed2025Workbook } from './fixtures/seed-2025';

describe('the second seed report’s 2025 figures', () => {
  const result = check(extractWorkbook(seed2025Workbook()));

  it('T1: membership movements', () => {
    const { members } = result.figures;
    expect(members).toMatchObject({
      admitted: SEED_2025.admitted,
      refused: SEED_2025.refused,
      resigned: SEED_2025.resigned,
      leftByRight: SEED_2025.leftByRight,
      excluded: SEED_2025.excluded,
      end: SEED_2025.end,
      endByCategory: SEED_2025.endByCategory,
    });
    expect(members.start + members.admitted - members.resigned - members.leftByRight - members.excluded).toBe(members.end);
  });

  it('T2: 1,611 voters at the GA of 17 June 2025', () => {
    expect(result.figures.meetings).toEqual([
      expect.objectContaining({ date: SEED_2025.meetingDate, voters: SEED_2025.voters, votesRepresented: SEED_2025.voters, aboveCap: 0 }),
    ]);
  });

  it('T6: 90 training days, 864 participants', () => {
    expect(result.figures.training).toMatchObject({ days: SEED_2025.trainingDays, participants: SEED_2025.participants, spent: 30 * 150_000 });
  });

  it('reconciles (DATA-5) and finds the exclusions reasoned (CNC-1)', () => {
    const outcome = (id: string) => result.conditions.find((c) => c.id === id)?.outcome;
    expect(outcome('DATA-5')).toBe('passed');
    expect(outcome('CNC-1')).toBe('passed');
    expect(outcome('ES-7')).toBe('not-applicable');
  });
});
