/** The workbook's sheets as every operation of the adapter starts from them. */
import type { Area } from './batches';

export interface LoadedSheet {
  sheet: Excel.Worksheet;
  name: string;
  /** Excel's id of the sheet: it stays when the sheet is renamed or moved. */
  id: string;
  visibility: Excel.SheetVisibility | 'Visible' | 'Hidden' | 'VeryHidden';
  /** Review › Protect Sheet: its cells cannot be formatted and its notes not edited. */
  protected: boolean;
  /** The used range counting values only; undefined for an empty sheet. */
  area: Area | undefined;
}

/** Whether the workbook can be written, as Excel reports it before any write. */
export interface WorkbookAccess {
  /** Opened read-only (ExcelApi 1.8): nothing can be changed, or saved (Excel on the web's viewing mode). */
  readOnly: boolean;
  /** The workbook's structure is protected (ExcelApi 1.7): no sheet can be added, deleted, renamed or hidden. */
  structureProtected: boolean;
}

export interface LoadedWorkbook extends WorkbookAccess {
  sheets: LoadedSheet[];
}

async function load(context: Excel.RequestContext, beforeFirstSync: () => void): Promise<LoadedSheet[]> {
  const worksheets = context.workbook.worksheets.load('items/name,items/id,items/visibility,items/protection/protected');
  beforeFirstSync();
  await context.sync();
  const used = worksheets.items.map((sheet) => sheet.getUsedRangeOrNullObject(true).load('rowIndex,columnIndex,rowCount,columnCount'));
  await context.sync();
  return worksheets.items.map((sheet, i) => {
    const range = used[i]!;
    return {
      sheet,
      name: sheet.name,
      id: sheet.id,
      visibility: sheet.visibility,
      protected: sheet.protection.protected,
      area: range.isNullObject
        ? undefined
        : { rowIndex: range.rowIndex, columnIndex: range.columnIndex, rowCount: range.rowCount, columnCount: range.columnCount },
    };
  });
}

/** Every worksheet with its name, id, visibility, protection and used range: two syncs whatever the workbook's size. */
export function loadSheets(context: Excel.RequestContext): Promise<LoadedSheet[]> {
  return load(context, () => undefined);
}

/** The sheets and whether the workbook can be written, in the same two syncs. */
export async function loadWorkbook(context: Excel.RequestContext): Promise<LoadedWorkbook> {
  const workbook = context.workbook;
  let protection: Excel.WorkbookProtection | undefined;
  const sheets = await load(context, () => {
    workbook.load('readOnly');
    protection = workbook.protection.load('protected');
  });
  return { sheets, readOnly: workbook.readOnly, structureProtected: protection!.protected };
}
