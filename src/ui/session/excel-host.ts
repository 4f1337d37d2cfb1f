/**
 * The workbook open in Excel, through the Office.js adapters. Loaded lazily (chunk "excel"), and only
 * when Office hosts the pane.
 */
import { OfficeJsSink } from '../../adapters/officejs/sink';
import { OfficeSnapshotSource } from '../../adapters/officejs/source';
import { readMapping, saveMapping } from '../../adapters/officejs/state';
import type { WorkbookHost } from './workbook-host';
import { sha256Hex } from './workbook-host';

async function workbookName(): Promise<string> {
  try {
    return await Excel.run(async (context) => {
      const workbook = context.workbook.load('name');
      await context.sync();
      return workbook.name;
    });
  } catch {
    // Workbook.name needs ExcelApi 1.7; without it the downloads get a generic name.
    return 'workbook.xlsx';
  }
}

export async function connectExcelWorkbook(): Promise<WorkbookHost> {
  return {
    kind: 'excel',
    name: await workbookName(),
    source: new OfficeSnapshotSource(),
    sink: new OfficeJsSink(),
    loadMapping: async () => (await readMapping()) ?? {},
    saveMapping,
    // No file bytes in Excel: the digest is of the cell values read, which is what the report describes.
    sha256: (snapshot) => sha256Hex(new TextEncoder().encode(JSON.stringify(snapshot.sheets))),
  };
}
