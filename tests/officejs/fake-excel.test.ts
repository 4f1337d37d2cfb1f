/** The fake Excel is only worth its tests if it is as strict as the real API where the adapter relies on it. */
import { describe, expect, it } from 'vitest';
import { fakeExcel } from './helpers';

const code = (promise: Promise<unknown>) =>
  promise.then(
    () => 'no error',
    (error: { code?: string; message: string }) => error.code ?? error.message,
  );

describe('fake Excel', () => {
  it('throws PropertyNotLoaded for a property read before load and sync', async () => {
    const book = fakeExcel();
    book.addSheet('Registre').setValues('A1', [[1, 'x']]);
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Registre').getRange('A1:B1');
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      range.load('values');
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await context.sync();
      expect(range.values).toEqual([[1, 'x']]);
    });
    expect(book.syncCount).toBe(1);
  });

  it('rejects a request above 5 MB without applying any of it, and a response above 5 MB', async () => {
    const book = fakeExcel();
    const sheet = book.addSheet('Registre');
    const rows = Array.from({ length: 60_000 }, (_, i) => [`membre-${i}-${'x'.repeat(80)}`]);
    expect(
      await code(
        Excel.run(async (context) => {
          context.workbook.worksheets.getItem('Registre').getRange('A1:A60000').values = rows;
          await context.sync();
        }),
      ),
    ).toBe('RequestPayloadSizeLimitExceeded');
    expect(sheet.usedValuesRect()).toBeUndefined();

    sheet.setValues('A1', rows);
    expect(
      await code(
        Excel.run(async (context) => {
          context.workbook.worksheets.getItem('Registre').getRange('A1:A60000').load('values');
          await context.sync();
        }),
      ),
    ).toBe('ResponsePayloadSizeLimitExceeded');
    expect(book.syncs.map((s) => s.error)).toEqual(['RequestPayloadSizeLimitExceeded', 'ResponsePayloadSizeLimitExceeded']);
  });

  it('gives null values over 5,000,000 cells and refuses long getRanges address lists', async () => {
    const book = fakeExcel();
    book.addSheet('Registre');
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Registre');
      const huge = sheet.getRangeByIndexes(0, 0, 1_048_576, 5).load('values');
      await context.sync();
      expect(huge.values).toBeNull();
    });
    const addresses = Array.from({ length: 2_000 }, (_, i) => `C${i * 2 + 1}`).join(',');
    expect(
      await code(
        Excel.run(async (context) => {
          context.workbook.worksheets.getItem('Registre').getRanges(addresses).format.fill.color = '#FFC7CE';
          await context.sync();
        }),
      ),
    ).toBe('InvalidArgument');
  });

  it('refuses to delete a very hidden sheet, and the notes API before ExcelApi 1.18', async () => {
    const book = fakeExcel('1.17');
    book.addSheet('Registre');
    book.addSheet('Cachée').visibility = 'VeryHidden';
    expect(
      await code(
        Excel.run(async (context) => {
          context.workbook.worksheets.getItem('Cachée').delete();
          await context.sync();
        }),
      ),
    ).toBe('InvalidOperation');
    expect(
      await code(
        Excel.run(async (context) => {
          context.workbook.worksheets.getItem('Registre').notes.add('A1', 'note');
          await context.sync();
        }),
      ),
    ).toBe('ApiNotFound');
  });

  it('fails a run that ends with calls never synced', async () => {
    const book = fakeExcel();
    book.addSheet('Registre');
    expect(
      await code(
        Excel.run(async (context) => {
          context.workbook.worksheets.getItem('Registre').getRange('A1').values = [['perdu']];
        }),
      ),
    ).toMatch(/never synced/);
  });
});
