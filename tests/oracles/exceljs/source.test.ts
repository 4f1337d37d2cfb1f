import { describe, expect, it } from 'vitest';
import { openXlsx, utc, xlsxOf } from '../../helpers/xlsx';
import { UnreadableWorkbookError } from '../../../src/adapters/xlsx-package/unreadable';
import { loadWorkbook, readSnapshot } from './source';
import { STATE_SHEET_NAME, writeState } from '../../../src/adapters/exceljs/state';

async function snapshotOf(bytes: Uint8Array) {
  return readSnapshot(await loadWorkbook(bytes));
}

describe('exceljs source', () => {
  it('gives the core plain values: dates as serials, formulas as results, rich text, links and errors as text', async () => {
    const bytes = await xlsxOf({
      Data: [
        [
          utc(2025, 6, 17),
          new Date(Date.UTC(2025, 5, 17, 15, 30)),
          { formula: 'A1+1', result: 45826 },
          { formula: 'TODAY()', result: utc(2025, 12, 31) },
          { richText: [{ text: 'Date ', font: { bold: true } }, { text: "d'adhésion" }] },
          { text: 'site', hyperlink: 'https://example.org' },
          { error: '#N/A' },
          { formula: 'NA()', result: { error: '#N/A' } },
          true,
          12.5,
          '',
        ],
      ],
    });
    const snapshot = await snapshotOf(bytes);
    expect(snapshot.sheets[0]!.rows).toEqual([[45825, 45825, 45826, 46022, "Date d'adhésion", 'site', '#N/A', '#N/A', true, 12.5]]);
  });

  it('keeps gaps as nulls and empty rows inside the data, and drops blank rows after it', async () => {
    const bytes = await xlsxOf({ Data: [['a', null, 'c'], [], ['d']] }, (workbook) => {
      const sheet = workbook.getWorksheet('Data')!;
      // 10,000 rows after the data that only look filled: spaces and formatted empty cells.
      for (let row = 4; row < 10_004; row++) {
        sheet.getCell(row, 1).value = ' ';
        sheet.getCell(row, 2).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
      }
    });
    const [sheet] = (await snapshotOf(bytes)).sheets;
    expect(sheet!.rows).toEqual([['a', null, 'c'], [], ['d']]);
  });

  it('gives merged cells as exceljs does: the master value in each cell of the merge', async () => {
    const bytes = await xlsxOf({ Data: [['Titre']] }, (workbook) => workbook.getWorksheet('Data')!.mergeCells('A1:C1'));
    expect((await snapshotOf(bytes)).sheets[0]!.rows[0]).toEqual(['Titre', 'Titre', 'Titre']);
  });

  it("leaves out CoopCheck's state sheet and the summary sheet it wrote", async () => {
    const bytes = await xlsxOf({ Registre: [['x']], 'Rapport spécial': [['Id', 'Condition']] }, (workbook) =>
      writeState(workbook, { version: 1, summarySheet: 'Rapport spécial', flags: [] }),
    );
    const workbook = await openXlsx(bytes);
    expect(workbook.getWorksheet(STATE_SHEET_NAME)!.state).toBe('veryHidden');
    expect(readSnapshot(workbook).sheets.map((s) => s.name)).toEqual(['Registre']);
  });

  it('tells an encrypted or legacy file, a file that is no workbook and a damaged one apart', async () => {
    const reasonOf = (bytes: Uint8Array) =>
      loadWorkbook(bytes).then(
        () => 'loaded',
        (e: unknown) => (e instanceof UnreadableWorkbookError ? e.reason : String(e)),
      );
    const ole = new Uint8Array(512);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(await reasonOf(ole)).toBe('encrypted');
    expect(await reasonOf(new TextEncoder().encode('N° sociétaire;Nom\nM001;Anne\n'))).toBe('not-xlsx');
    const { default: JSZip } = await import('jszip');
    const otherZip = await new JSZip().file('word/document.xml', '<w:document/>').generateAsync({ type: 'uint8array' });
    expect(await reasonOf(otherZip)).toBe('not-xlsx');
    const truncated = (await xlsxOf({ Data: [['a']] })).subarray(0, 200);
    expect(await reasonOf(truncated)).toBe('corrupt');
  });

  it('reads an ArrayBuffer as the browser gives it', async () => {
    const bytes = await xlsxOf({ Data: [['a', 1]] });
    const buffer = new Uint8Array(bytes).buffer;
    expect((await snapshotOf(new Uint8Array(buffer))).sheets[0]!.rows).toEqual([['a', 1]]);
    expect(readSnapshot(await loadWorkbook(buffer)).sheets[0]!.rows).toEqual([['a', 1]]);
  });
});
