/**
 * What the byte-level sheet reader (./sheet-reader.ts) needs from the rest of a package, and the
 * rows of a sheet read from the package: the shared strings (scanned, as the part can hold a million
 * names), which cell formats show dates (styles.xml), whether dates count from 1904 (the workbook
 * part), and each sheet's rows with its merged ranges filled in. No Node import: the CLI's checker
 * thread and the page's Web Worker read a workbook with the same code.
 */
import type { CellValue } from '../../core';
import { RELATIONSHIP, type WorkbookPackage } from './parts';
import { mergeFiller, SharedStringsScanner, SheetScanner, type CellDecoding, type MergedRange } from './sheet-reader';
import { attributeOf, decodePart, descendantsOf, elementsOf, parseXml } from './xml';

/**
 * The number formats Excel does not write out, by id, as exceljs knows them (lib/xlsx/defaultnumformats.js):
 * the same table, so that both readers take the same cells for dates. (27–36 and 50–58, dates in
 * East Asian locales, are not in it, as they are not in exceljs's.)
 */
const BUILT_IN_FORMATS: Readonly<Record<number, string>> = {
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy "h":mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00 ;(#,##0.00)',
  40: '#,##0.00 ;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};

/** Whether a number format shows a date or a time: any y, m, d, h, s or b outside quotes and brackets (as exceljs decides). */
export function isDateFormat(format: string): boolean {
  return /[ymdhMsb]+/.test(
    format
      .replace(/\\(.)/g, '$1')
      .replace(/\[[^\]]*]/g, '')
      .replace(/"[^"]*"/g, ''),
  );
}

/** By cell format index (cellXfs), whether it shows a date. */
export function dateStylesOf(stylesXml: string, part: string): boolean[] {
  const { root } = parseXml(stylesXml, part);
  const custom = new Map<number, string>();
  for (const list of elementsOf(root, 'numFmts')) {
    for (const numFmt of elementsOf(list, 'numFmt')) custom.set(parseInt(attributeOf(numFmt, 'numFmtId') ?? '', 10), attributeOf(numFmt, 'formatCode') ?? '');
  }
  const styles: boolean[] = [];
  for (const list of elementsOf(root, 'cellXfs')) {
    for (const xf of elementsOf(list, 'xf')) {
      const id = parseInt(attributeOf(xf, 'numFmtId') ?? '0', 10);
      const format = id ? (custom.get(id) ?? BUILT_IN_FORMATS[id]) : undefined;
      styles.push(format !== undefined && isDateFormat(format));
    }
  }
  return styles;
}

/** Whether the workbook part says its dates count from 1904 (ST_OnOff: "1" or "true"). */
export function isDate1904(workbookXml: string, part: string): boolean {
  const { root } = parseXml(workbookXml, part);
  const value = descendantsOf(root, 'workbookPr')
    .map((e) => attributeOf(e, 'date1904'))
    .find((v) => v !== undefined);
  return value === '1' || value === 'true';
}

/**
 * Inflated chunks of the sheets go to the scanner in pieces of about this size. In Node each chunk is a
 * turn of zlib on the thread pool and of the stream and async iteration around it: at 64 KiB (6,300 chunks
 * for the register of a million members) those turns took the checker thread about 0.7 s, and the CLI at a
 * million members went from 11.3 to 10.3 s with 256 KiB (50,000 members: 1.82 → 1.70 s). 1 MiB was slower
 * again, 128 and 512 KiB within noise of 256 (docs/BENCHMARKS.md).
 */
export const SHEET_CHUNK_BYTES = 1 << 18;

/** The shared-strings table, the date formats and the date system of a package. */
export async function cellDecodingOf(pkg: WorkbookPackage): Promise<CellDecoding> {
  const sharedPart = pkg.workbookPartOfType(RELATIONSHIP.sharedStrings);
  const stylesPart = pkg.workbookPartOfType(RELATIONSHIP.styles);
  const [date1904, dateStyles, sharedStrings] = await Promise.all([
    pkg.text(pkg.workbookPart).then((xml) => isDate1904(xml, pkg.workbookPart)),
    stylesPart ? pkg.zip.read(pkg.entry(stylesPart)!).then((bytes) => dateStylesOf(decodePart(bytes), stylesPart)) : [],
    sharedPart ? readSharedStrings(pkg, sharedPart) : [],
  ]);
  return { date1904, dateStyles, sharedStrings };
}

async function readSharedStrings(pkg: WorkbookPackage, part: string): Promise<(string | null)[]> {
  const scanner = new SharedStringsScanner(part);
  for await (const chunk of pkg.inflated(part, SHEET_CHUNK_BYTES)) scanner.push(chunk);
  return scanner.end();
}

export interface RowTarget {
  row(rowNumber: number, values: readonly CellValue[]): void;
}

/**
 * Reads a sheet's rows into `begin()`'s target, every row in order, merged ranges filled in (a
 * range's cells take its first cell's value). The merged ranges come after the rows in the part:
 * the rows go straight into the target, and the sheet is read a second time, into a new target,
 * only if it turns out to have a merged range over its rows (from memory, when the package keeps
 * the sheets it inflates: WorkbookPackage.keepInflated). `begin` may be called twice: the first
 * target is then dropped. Holding a sheet's rows until its merged ranges were known cost 50,000
 * members 0.1 s of a 0.6 s read: given to the extractor as they come, they are parsed while zlib
 * inflates what follows (docs/BENCHMARKS.md).
 */
export async function readSheetRows(
  pkg: WorkbookPackage,
  part: string,
  decoding: CellDecoding,
  begin: () => RowTarget,
  onRow?: (rowNumber: number) => void,
): Promise<void> {
  let target = begin();
  let first = Infinity;
  let last = -Infinity;
  const merges = await scanSheet(pkg, part, decoding, (rowNumber, values) => {
    if (rowNumber < first) first = rowNumber;
    if (rowNumber > last) last = rowNumber;
    target.row(rowNumber, values);
    onRow?.(rowNumber);
  });
  const relevant = merges.filter((m) => m.bottom >= first && m.top <= last && (m.bottom > m.top || m.right > m.left));
  if (!relevant.length) return;
  target = begin();
  const fill = mergeFiller(relevant);
  await scanSheet(pkg, part, decoding, (rowNumber, values) => {
    fill(rowNumber, values);
    target.row(rowNumber, values);
    onRow?.(rowNumber);
  });
}

async function scanSheet(
  pkg: WorkbookPackage,
  part: string,
  decoding: CellDecoding,
  onRow: (rowNumber: number, values: CellValue[]) => void,
): Promise<MergedRange[]> {
  const scanner = new SheetScanner(part, decoding, onRow);
  for await (const chunk of pkg.inflated(part, SHEET_CHUNK_BYTES)) scanner.push(chunk);
  return scanner.end();
}
