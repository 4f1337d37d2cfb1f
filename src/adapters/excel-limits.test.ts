import { describe, expect, it } from 'vitest';
import { MAX_CELL_CHARACTERS, fitInCell } from './excel-limits';
import { flagNote } from './flag-style';
import { layOutReport } from './report-layout';
import { CONDITIONS, fingerprintOf, type Finding } from '../core';

const conditions = new Map(CONDITIONS.map((c) => [c.id, c]));
const finding = (i: number): Finding => ({
  conditionId: 'DATA-3',
  severity: 'breach',
  messageId: 'duplicateMemberId',
  sheet: 'Registre',
  cell: 'A2',
  subject: `M${i}`,
  fingerprint: fingerprintOf('DATA-3', `M${i}`, 'duplicateMemberId'),
  params: { memberId: `M${i}`, firstRow: i },
});

describe('Excel’s 32,767 characters in a cell', () => {
  it('keeps a text at the limit and cuts one past it, saying so', () => {
    expect(fitInCell('x'.repeat(MAX_CELL_CHARACTERS))).toHaveLength(MAX_CELL_CHARACTERS);
    const cut = fitInCell('x'.repeat(MAX_CELL_CHARACTERS + 1));
    expect(cut).toHaveLength(MAX_CELL_CHARACTERS);
    expect(cut.endsWith('…')).toBe(true);
  });
  it('bounds the note of a cell with hundreds of findings', () => {
    const note = flagNote(
      Array.from({ length: 500 }, (_, i) => finding(i)),
      'fr',
      conditions,
    );
    expect(note).toHaveLength(MAX_CELL_CHARACTERS);
    expect(note.startsWith('CoopCheck: DATA-3 ')).toBe(true);
  });
  it('bounds every text the summary sheet lays out', () => {
    const layout = layOutReport({
      lang: 'fr',
      sheetName: 'Rapport spécial',
      title: 't'.repeat(40_000),
      header: [['Fichier', 'f'.repeat(40_000)]],
      tables: [],
    } as never);
    const texts = layout.rows.flatMap((r) => r.cells).flatMap((c) => (c && 'value' in c && c.value?.kind === 'text' ? [c.value.text] : []));
    expect(texts.length).toBeGreaterThan(0);
    for (const text of texts) expect(text.length).toBeLessThanOrEqual(MAX_CELL_CHARACTERS);
  });
});
