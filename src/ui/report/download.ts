/**
 * Hands a file to the user, from memory: nothing is sent anywhere.
 *
 * On the standalone page, a browser download. Inside Excel the task pane's web view may ignore a
 * download link (Excel on Mac does: OfficeDev/office-js#2700, #4681), so there the file opens as a
 * new workbook instead (`Excel.createWorkbook`, ExcelApi 1.8), which the user saves where they like:
 * an .xlsx as it is, a .csv as a one-sheet workbook of its rows.
 */
import { XLSX_MIME } from '../session/workbook-host';

/** Whether the pane runs inside Excel with Excel.createWorkbook (ExcelApi 1.8). */
export function canOpenInExcel(): boolean {
  return (
    typeof Office !== 'undefined' &&
    typeof Excel !== 'undefined' &&
    typeof Excel.createWorkbook === 'function' &&
    Office.context?.requirements?.isSetSupported('ExcelApi', '1.8') === true
  );
}

function linkDownload(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoked later: some browsers start reading the blob only after the click handler returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

function base64Of(bytes: Uint8Array): string {
  let binary = '';
  for (let at = 0; at < bytes.length; at += 0x8000) binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
  return btoa(binary);
}

/** The rows of a CSV as findings-csv.ts writes it: optional BOM, ";" or "," separated, "…" quoting. */
export function parseCsv(text: string): string[][] {
  const source = text.replace(/^\uFEFF/, '');
  const separator = /^[^\r\n]*;/.test(source) ? ';' : ',';
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < source.length; i += 1) {
    const c = source[i]!;
    if (quoted) {
      if (c === '"' && source[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === separator) {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && source[i + 1] === '\n') i += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** The bytes of the .xlsx to open in Excel: the file itself, or a workbook made of a CSV's rows. */
async function workbookBytes(blob: Blob, fileName: string): Promise<Uint8Array> {
  if (!/\.csv$/i.test(fileName) && !blob.type.startsWith('text/csv')) return new Uint8Array(await blob.arrayBuffer());
  const ExcelJS = (await import(/* webpackChunkName: "exceljs" */ 'exceljs')).default;
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(
    fileName
      .replace(/\.csv$/i, '')
      .slice(-31)
      .replace(/[:\\/?*[\]]/g, '_') || 'CSV',
  );
  // Text cells: a field that looks like a number or a formula stays as written.
  for (const values of parseCsv(await blob.text()))
    sheet.addRow(values).eachCell((cell) => {
      cell.numFmt = '@';
    });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/**
 * Gives the file to the user: a new workbook in Excel, a download elsewhere (or when Excel refuses
 * to open it). Resolves once done, saying which; never rejects.
 */
export async function downloadBlob(blob: Blob, fileName: string): Promise<'opened' | 'downloaded'> {
  // Only a workbook (or a CSV made one) opens in Excel; a document is downloaded.
  if (canOpenInExcel() && /\.(xlsx|csv)$/i.test(fileName)) {
    try {
      await Excel.createWorkbook(base64Of(await workbookBytes(blob, fileName)));
      return 'opened';
    } catch {
      // An Excel that cannot open it (an extension-hardening policy, say): try the browser's download.
    }
  }
  linkDownload(blob.type ? blob : new Blob([blob], { type: XLSX_MIME }), fileName);
  return 'downloaded';
}

/** "Registre 2025.xlsx" → "Registre 2025", the stem of the files offered for download. */
export function fileStem(name: string): string {
  return name.replace(/\.xls[xm]?$/i, '') || 'workbook';
}
