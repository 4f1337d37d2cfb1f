/** The number the README quotes: syncs for read + flag + summary on a 50,000-member workbook. */
import { describe, expect, it } from 'vitest';
import { OfficeJsSink } from '../../src/adapters/officejs/sink';
import { OfficeSnapshotSource } from '../../src/adapters/officejs/source';
import type { Finding } from '../../src/core/findings';
import type { SpecialReport } from '../../src/core/report/special-report-types';
import { addRegister, fakeExcel, spreadFindings, syncsOf } from './helpers';

function reportOf(findings: readonly Finding[]): SpecialReport {
  return {
    lang: 'fr',
    sheetName: 'Rapport spécial',
    title: 'Rapport spécial — exercice 2025',
    header: [['Coopérative', 'Les Tisserands']],
    tables: [
      {
        id: 'findings',
        title: 'Constats',
        columns: [
          { header: 'N°', kind: 'integer', width: 6 },
          { header: 'Gravité', kind: 'text', width: 14 },
          { header: 'Condition', kind: 'text', width: 10 },
          { header: 'Objet', kind: 'text', width: 20 },
          { header: 'Message', kind: 'text', width: 70 },
          { header: 'Cellule', kind: 'text', width: 18 },
        ],
        rows: findings.map((f, i) => [
          i + 1,
          f.severity,
          f.conditionId,
          f.subject,
          'La part souscrite n’est pas libérée dans le délai prévu par les statuts.',
          { link: { sheet: f.sheet, cell: f.cell }, text: `${f.sheet}!${f.cell}` },
        ]),
      },
    ],
  };
}

async function wholeCheck(findingCount: number) {
  const book = fakeExcel();
  addRegister(book, 50_000);
  const findings = spreadFindings('Registre', findingCount, 50_000);
  const sink = new OfficeJsSink({ conditions: [] });
  const read = await syncsOf(book, () => new OfficeSnapshotSource().read());
  const flag = await syncsOf(book, () => sink.applyFlags(findings, 'fr'));
  const summary = await syncsOf(book, () => sink.writeSummary(reportOf(findings)));
  return { read: read.syncs, flag: flag.syncs, summary: summary.syncs, total: read.syncs + flag.syncs + summary.syncs, book };
}

describe('a whole check of a 50,000-member workbook in Excel', () => {
  it('takes a number of syncs set by the row blocks, the same for 500 and 5,000 findings', async () => {
    const few = await wholeCheck(500);
    const many = await wholeCheck(5_000);
    console.log(
      `[officejs] 50,000 members, read + flag + summary: 500 findings ${few.read} + ${few.flag} + ${few.summary} = ${few.total} syncs; ` +
        `5,000 findings ${many.read} + ${many.flag} + ${many.summary} = ${many.total} syncs`,
    );
    expect(many.total).toBe(few.total);
    // 15 before issue 12; creating the state sheet apart from the undo group costs 2 syncs, checking for it before the summary 1.
    expect(many.total).toBeLessThanOrEqual(18);
    expect(many.book.syncs.every((s) => !s.error && s.requestBytes < 5_000_000 && s.responseBytes < 5_000_000)).toBe(true);
  });
});
