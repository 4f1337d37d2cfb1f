/** The workbook's sheets as every operation of the adapter starts from them. */
import type { Area } from './batches';

export interface LoadedSheet {
  sheet: Excel.Worksheet;
  name: string;
  id: string;
  /** The used range counting values only; undefined for an empty sheet. */
  area: Area | undefined;
}

/** Every worksheet with its name, id and used range: two syncs whatever the workbook's size. */
export async function loadSheets(context: Excel.RequestContext): Promise<LoadedSheet[]> {
  const worksheets = context.workbook.worksheets.load('items/name,items/id');
  await context.sync();
  const used = worksheets.items.map((sheet) => sheet.getUsedRangeOrNullObject(true).load('rowIndex,columnIndex,rowCount,columnCount'));
  await context.sync();
  return worksheets.items.map((sheet, i) => {
    const range = used[i]!;
    return {
      sheet,
      name: sheet.name,
      id: sheet.id,
      area: range.isNullObject
        ? undefined
        : { rowIndex: range.rowIndex, columnIndex: range.columnIndex, rowCount: range.rowCount, columnCount: range.columnCount },
    };
  });
}
