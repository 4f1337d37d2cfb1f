import { describe, expect, it } from 'vitest';
import type { Fill } from 'exceljs';
import type { Finding, Severity } from '../core';
import { FLAG_COLOURS, NOTE_PREFIX } from './flag-style';
import { MAX_NOTES, fillAction, flagFill, parseCellAddress, planCells, planNotes, recordOf, showsFlag } from './flag-plan';
import type { FlagRecord } from './workbook-state';

const finding = (cell: string, severity: Severity = 'breach', sheet = 'Membres'): Finding => ({
  sheet,
  cell,
  severity,
  conditionId: 'ES-5',
  messageId: 'refundAboveCap',
  params: {},
  subject: cell,
  fingerprint: `ES-5|${cell}|refundAboveCap`,
});
const onRegister = (name: string) => (name === 'Membres' ? 'sheet1' : undefined);
const userFill: Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF00B050' } };
const options = { lang: 'fr' as const, conditions: new Map() };

describe('the flag plan', () => {
  it("puts flagged cells first in the order of their first finding, gathers a cell's findings, and counts the unplaced", () => {
    const plan = planCells(
      [finding('C4'), finding('b2', 'warning'), finding('$C$4', 'warning'), finding('A1', 'info'), finding('A1', 'breach', 'Other'), finding('ZZZZ1')],
      [],
      onRegister,
    );
    expect(plan.flagged.map((c) => [c.address, c.findings.length])).toEqual([
      ['C4', 2],
      ['B2', 1],
    ]);
    expect(plan.unplaced).toBe(2);
    expect(fillAction(plan.flagged[0]!, null)).toEqual({ kind: 'flag', severity: 'breach', fill: flagFill('breach') });
    expect(fillAction(plan.flagged[1]!, userFill)).toMatchObject({ kind: 'flag', severity: 'warning' });
  });

  it("restores an earlier flag's fill only while the cell still shows a flag colour", () => {
    const earlier: FlagRecord = { sheet: 'Membres', cell: 'D7', fill: userFill, note: null };
    const [cell] = planCells([], [earlier], onRegister).cells;
    expect(fillAction(cell!, flagFill('breach'))).toEqual({ kind: 'restore', fill: userFill });
    // The user painted it blue since: their fill stays.
    expect(fillAction(cell!, { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF0070C0' } })).toEqual({ kind: 'keep' });
    expect(showsFlag({ type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${FLAG_COLOURS.warning.slice(1)}` } })).toBe(true);
    expect(showsFlag({ type: 'pattern', pattern: 'darkGray', fgColor: { argb: `FF${FLAG_COLOURS.warning.slice(1)}` } })).toBe(false);
  });

  it("keeps a cell's first record when it is flagged again, and records a new cell as it is", () => {
    const earlier: FlagRecord = { sheet: 'Membres', cell: 'C4', fill: userFill, note: 'Vu avec le trésorier' };
    const plan = planCells([finding('C4'), finding('E9')], [earlier, { ...earlier, fill: null }], onRegister);
    expect(recordOf(plan.flagged[0]!, flagFill('breach'), `${NOTE_PREFIX} ES-5 …`)).toBe(earlier);
    expect(recordOf(plan.flagged[1]!, userFill, 'À revoir')).toEqual({ sheet: 'Membres', cell: 'E9', fill: userFill, note: 'À revoir' });
    // A flag colour without a record is CoopCheck's leftover, not the user's fill.
    expect(recordOf(plan.flagged[1]!, flagFill('warning'), `${NOTE_PREFIX} x`)).toEqual({ sheet: 'Membres', cell: 'E9', fill: null, note: null });
  });

  it("keeps a user's note, replaces its own, restores the user's text it was appended to, and removes its own on a cleared cell", () => {
    const appended: FlagRecord = { sheet: 'Membres', cell: 'B2', fill: null, note: 'Note de la secrétaire.' };
    const own: FlagRecord = { sheet: 'Membres', cell: 'B3', fill: null, note: null };
    const plan = planCells([finding('A1'), finding('A2'), finding('B3')], [appended, own], onRegister);
    const now: Record<string, string | null> = {
      A1: null,
      A2: 'Mine',
      B3: `${NOTE_PREFIX} old`,
      B2: `Note de la secrétaire.\n\n${NOTE_PREFIX} ES-5 old`,
    };
    const { actions, counts } = planNotes(plan.cells, (c) => now[c.address] ?? null, options);
    expect(plan.cells.map((c) => c.address)).toEqual(['A1', 'A2', 'B3', 'B2']);
    expect(actions).toEqual([
      { kind: 'write', text: `${NOTE_PREFIX} ES-5 refundAboveCap` },
      { kind: 'keep' },
      { kind: 'write', text: `${NOTE_PREFIX} ES-5 refundAboveCap` },
      { kind: 'restore', text: 'Note de la secrétaire.' },
    ]);
    expect(counts).toEqual({ noted: 2, userNotesKept: 1, withoutNote: 0 });
  });

  it('writes MAX_NOTES notes and no more, saying how many cells have none', () => {
    const findings = Array.from({ length: MAX_NOTES + 2 }, (_, i) => finding(`A${i + 1}`));
    const plan = planCells(findings, [], onRegister);
    const { actions, counts } = planNotes(plan.cells, () => null, options);
    expect(counts).toEqual({ noted: MAX_NOTES, userNotesKept: 0, withoutNote: 2 });
    expect(actions[MAX_NOTES - 1]!.kind).toBe('write');
    expect(actions[MAX_NOTES]).toEqual({ kind: 'keep' });
    expect(planNotes(plan.cells, () => null, { ...options, enabled: false }).counts).toEqual({ noted: 0, userNotesKept: 0, withoutNote: MAX_NOTES + 2 });
  });

  it("reads addresses within Excel's grid only", () => {
    expect(parseCellAddress('xfd1048576')).toEqual({ address: 'XFD1048576', row: 1_048_576, column: 16_383 });
    expect(parseCellAddress('XFE1')).toBeUndefined();
    expect(parseCellAddress('A1048577')).toBeUndefined();
    expect(parseCellAddress('A0')).toBeUndefined();
  });
});
