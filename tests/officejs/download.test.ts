/**
 * Issue 12, item 3: inside Excel a report or the findings open as a new workbook
 * (Excel.createWorkbook, ExcelApi 1.8) rather than as a blob download, which Excel on Mac ignores.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { downloadBlob, parseCsv } from '../../src/ui/report/download';
import { fakeExcel } from './helpers';

describe('downloads inside Excel', () => {
  it('opens an .xlsx as a new workbook in Excel on Mac, with no download link', async () => {
    const book = fakeExcel();
    book.platform = 'mac';
    const bytes = new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3]);
    await downloadBlob(new Blob([bytes]), 'Registre.report.xlsx');
    expect(book.createdWorkbooks).toEqual([Buffer.from(bytes).toString('base64')]);
  });

  it('opens the findings CSV as a workbook of its rows, every field kept as text', async () => {
    const book = fakeExcel();
    const csv = '\uFEFFCondition;Cellule;Message\r\nES-7;Registre!C5;"Vote ""limité""; voir PV"\r\nDATA-2;Registre!G9;=1+1\r\n';
    await downloadBlob(new Blob([csv], { type: 'text/csv;charset=utf-8' }), 'Registre.findings.csv');
    expect(book.createdWorkbooks).toHaveLength(1);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(Buffer.from(book.createdWorkbooks[0]!, 'base64')).buffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(2).values).toEqual([undefined, 'ES-7', 'Registre!C5', 'Vote "limité"; voir PV']);
    expect(sheet.getCell('C3').value).toBe('=1+1');
  });

  it('reads back the CSV findings-csv.ts writes', () => {
    expect(parseCsv('\uFEFFa;b\r\n"x;y";"z""w"\r\n')).toEqual([
      ['a', 'b'],
      ['x;y', 'z"w'],
    ]);
  });
});
