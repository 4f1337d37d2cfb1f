/**
 * The byte-level sheet reader (src/adapters/xlsx-package/sheet-reader.ts, read-parts.ts and
 * src/adapters/xlsx/read-workbook.ts) gives the core what exceljs's streaming reader gave
 * (tests/oracles/exceljs/stream-source.ts): every row, in order, with the same values, on every
 * workbook the project writes and on exceljs's own corpus (tests/fixtures/corpus/). Where they
 * differ, exceljs is wrong and the reader gives what exceljs's full load (source.ts) or Excel gives:
 * each such cell is listed below with the reason. Then XML written by hand for each thing a reader
 * of files saved by other programs must understand, and the errors it must give instead of a value.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { cooperativeSheets, utc, xlsxOf, type Rows } from '../helpers/xlsx';
import { seed2025Workbook } from '../fixtures/seed-2025';
import { generateWorkbook } from '../../scripts/generate-workbook';
import { extractPackage } from '../oracles/exceljs/stream-source';
import { writeState } from '../../src/adapters/exceljs/state';
import { extractWorkbookPackage, readWorkbookRows } from '../../src/adapters/xlsx/read-workbook';
import { XlsxPackage } from '../../src/adapters/xlsx-package/package';
import { mergeFiller, SharedStringsScanner, SheetScanner, type CellDecoding } from '../../src/adapters/xlsx-package/sheet-reader';
import { XmlPartError } from '../../src/adapters/xlsx-package/xml';
import { ZipArchive, ZipError } from '../../src/adapters/xlsx-package/zip-archive';
import type { CellValue } from '../../src/core/snapshot';
import { differences, outcome, viaExceljs, viaReader, type Recorded } from './conformance-helpers';

const ROOT = join(import.meta.dirname, '../..');
const CORPUS = join(ROOT, 'tests/fixtures/corpus/exceljs-spec');
const dir = mkdtempSync(join(tmpdir(), 'coopcheck-conformance-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let files = 0;
function file(bytes: Uint8Array, name = `w${files++}.xlsx`): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

/** Reads `path` both ways (and the reader over the browser's codec) and expects the same rows. */
async function expectSame(path: string, allowed: readonly string[] = []): Promise<Recorded> {
  const [exceljs, reader, portable] = [await viaExceljs(path), await viaReader(path), await viaReader(path, 'portable')];
  expect(differences(exceljs, reader).filter((d) => !d.includes(' length '))).toEqual(allowed);
  expect(differences(reader, portable)).toEqual([]);
  return reader;
}

describe('the reader gives what exceljs gave, on every workbook the project writes', () => {
  const written: [string, () => Promise<Uint8Array>][] = [
    ["the helpers' cooperative", () => xlsxOf(cooperativeSheets())],
    ["the helpers' cooperative without breach", () => xlsxOf(cooperativeSheets({ proxyBreach: false }))],
    ['the seed fixture (45,598 members)', () => xlsxOf(Object.fromEntries(seed2025Workbook().sheets.map((s) => [s.name, s.rows as Rows])))],
    [
      'dates, date-times, formulas, rich text, links, errors, booleans',
      () =>
        xlsxOf({
          Data: [
            [utc(2025, 6, 17), new Date(Date.UTC(2025, 5, 17, 15, 30)), { formula: 'A1+1', result: 45826 }, { formula: 'TODAY()', result: utc(2025, 12, 31) }],
            [
              { richText: [{ text: 'Date ', font: { bold: true } }, { text: "d'adhésion" }] },
              { text: 'site', hyperlink: 'https://example.org' },
              { error: '#N/A' },
            ],
            [],
            [true, false, 12.5, -0.1, 1e-7, 123456789012345, '', null, ' ', 'François Peeters-Dubois de la Tour', '<&>"\''],
            [utc(1900, 1, 1), utc(1900, 3, 1), utc(9999, 12, 31), 0.30000000000000004, 2 ** 53],
          ],
        }),
    ],
    [
      'merged ranges',
      () =>
        xlsxOf({ Data: [['Titre'], ['a', 'b'], ['c', 'd'], [null, null, 'e']] }, (workbook) => {
          const sheet = workbook.getWorksheet('Data')!;
          sheet.mergeCells('A1:C1');
          sheet.mergeCells('B2:B3');
          sheet.mergeCells('C4:D6');
        }),
    ],
    [
      '1904 dates',
      () =>
        xlsxOf({ Data: [[utc(2025, 6, 17), utc(1904, 1, 2), 17]] }, (workbook) => {
          workbook.properties.date1904 = true;
        }),
    ],
    [
      "CoopCheck's state and summary sheets",
      () =>
        xlsxOf({ Registre: [['x']], 'Rapport spécial': [['Id', 'Condition']] }, (workbook) =>
          writeState(workbook, { version: 1, summarySheet: 'Rapport spécial', flags: [] }),
        ),
    ],
    ['the example (examples/les-tisserands.xlsx)', async () => readFileSync(join(ROOT, 'examples/les-tisserands.xlsx'))],
  ];
  it.each(written)('%s', async (_, make) => {
    const path = file(await make());
    await expectSame(path);
    // The model too, as the checker builds it.
    const [a, b] = [await XlsxPackage.open(path), await XlsxPackage.open(path)];
    try {
      expect((await extractWorkbookPackage(b)).model).toEqual((await extractPackage(a)).model);
    } finally {
      await a.close();
      await b.close();
    }
  });

  it.each([[false], [true]])("the generator's workbook (600 members, 40 flaws, shared strings %s)", async (sharedStrings) => {
    const out = join(dir, `generated-${sharedStrings}.xlsx`);
    await generateWorkbook({ members: 600, voters: 50, year: 2025, seed: 3, flaws: 40, sharedStrings, out });
    const read = await expectSame(out);
    expect(read.sheets.reduce((n, s) => n + s.rows.length, 0)).toBeGreaterThan(600);
  });
});

/**
 * Cells where exceljs's streaming reader is wrong, and why the reader's value is right:
 * - `_x005F_x000D_` is OOXML's escape of "_x000D_" (ST_Xstring); exceljs's full load unescapes it, its streaming reader does not.
 * - a formula whose cached result is 0 (or an error, which the streaming reader makes NaN) is dropped by
 *   exceljs (`if (value)` in FormulaValue._copyModel): the cell's value is its result, 0 or "#REF!".
 */
const EXCELJS_WRONG: Readonly<Record<string, readonly string[]>> = {
  'shared_string_with_escape.xlsx': ['Sheet1!1:0 "_x005F_x000D_" → "_x000D_"'],
  'test-issue-877.xlsx': ['Ersatzteilliste!5:9 undefined → 0', 'Ersatzteilliste!6:9 undefined → 0', 'Ersatzteilliste!33:9 undefined → 0'],
  'test-issue-880.xlsx': [
    'A!3:0 undefined → "#REF!"',
    'A!4:0 undefined → "#REF!"',
    'A!5:0 undefined → "#REF!"',
    'A!6:0 undefined → "#REF!"',
    'Ersatzteilliste!5:9 undefined → 0',
    'Ersatzteilliste!6:9 undefined → 0',
    'Ersatzteilliste!33:9 undefined → 0',
  ],
};
/** Files neither reader can read, and the error each gives. */
const UNREADABLE: Readonly<Record<string, RegExp>> = {
  'invalid-xml.xlsx': /^xl\/worksheets\/sheet1\.xml: text outside the root element/,
  'missing-bits.xlsx': /no workbook part/,
};

describe("the reader gives what exceljs gave, on exceljs's corpus (Excel, LibreOffice, Google Sheets files)", () => {
  const corpus = readdirSync(CORPUS)
    .filter((f) => f.endsWith('.xlsx'))
    .sort();
  it('holds the whole corpus', () => expect(corpus).toHaveLength(36));
  it.each(corpus.filter((f) => !UNREADABLE[f]))('%s', async (name) => {
    await expectSame(join(CORPUS, name), EXCELJS_WRONG[name] ?? []);
  });
  it.each(Object.entries(UNREADABLE))('%s: an error naming the part, as exceljs fails too', async (name, message) => {
    const path = join(CORPUS, name);
    expect(await outcome(viaExceljs(path))).toHaveProperty('error');
    const read = await outcome(viaReader(path));
    expect(read).toHaveProperty('message');
    expect((read as { message: string }).message).toMatch(message);
  });
});

// ---------------------------------------------------------------------------------------------
// Hand-made packages.

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

interface HandMade {
  sheet: string;
  sharedStrings?: string;
  styles?: string;
  workbookPr?: string;
  prefixed?: boolean;
}

/** A minimal package around one sheet's XML (and optionally its shared strings and styles), as another program might write it. */
function handMade({ sheet, sharedStrings, styles, workbookPr = '', prefixed = false }: HandMade): Uint8Array {
  const x = prefixed ? 'x:' : '';
  const ns = prefixed ? `xmlns:x="${MAIN}"` : `xmlns="${MAIN}"`;
  const rels = [`<Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>`];
  if (sharedStrings) rels.push(`<Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`);
  if (styles) rels.push(`<Relationship Id="rId3" Type="${REL}/styles" Target="styles.xml"/>`);
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    'xl/workbook.xml': strToU8(
      `<?xml version="1.0"?><${x}workbook ${ns} xmlns:r="${REL}">${workbookPr}<${x}sheets><${x}sheet name="Data" sheetId="1" r:id="rId1"/></${x}sheets></${x}workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`,
    ),
    'xl/worksheets/sheet1.xml': strToU8(sheet),
  };
  if (sharedStrings) files['xl/sharedStrings.xml'] = strToU8(sharedStrings);
  if (styles) files['xl/styles.xml'] = strToU8(styles);
  return zipSync(files);
}

const worksheet = (rows: string, after = '') =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}"><sheetData>${rows}</sheetData>${after}</worksheet>`;

/** The rows the reader gives for a hand-made package, as { rowNumber: values }, over both codecs. */
async function rowsOf(made: HandMade): Promise<Record<number, CellValue[]>> {
  const path = file(handMade(made));
  const read = await viaReader(path);
  expect(await viaReader(path, 'portable')).toEqual(read);
  return Object.fromEntries(read.sheets[0]!.rows.map(([n, values]) => [n, values]));
}

async function readError(made: HandMade | Uint8Array): Promise<unknown> {
  const path = file(made instanceof Uint8Array ? made : handMade(made));
  const pkg = await XlsxPackage.open(path);
  try {
    await readWorkbookRows(pkg, { beginSheet: () => ({ row: () => undefined, end: () => undefined }) });
  } catch (error) {
    return error;
  } finally {
    await pkg.close();
  }
  return undefined;
}

const STYLES =
  `<styleSheet xmlns="${MAIN}"><numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><numFmt numFmtId="165" formatCode="#,##0.00\\ &quot;€&quot;"/></numFmts>` +
  '<cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="4"/></cellXfs></styleSheet>';

describe('XML as other programs write it', () => {
  it('prefixed namespaces (<x:worksheet>, as the .NET Open XML SDK writes it) are read, not an empty workbook', async () => {
    const sheet = `<?xml version="1.0"?><x:worksheet xmlns:x="${MAIN}"><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>Nom</x:t></x:is></x:c><x:c r="B1"><x:v>42</x:v></x:c></x:row></x:sheetData></x:worksheet>`;
    const sst = `<x:sst xmlns:x="${MAIN}"><x:si><x:t>shared</x:t></x:si></x:sst>`;
    expect(
      await rowsOf({
        sheet: sheet.replace('<x:c r="B1"><x:v>42</x:v></x:c>', '<x:c r="B1"><x:v>42</x:v></x:c><x:c r="C1" t="s"><x:v>0</x:v></x:c>'),
        sharedStrings: sst,
        prefixed: true,
      }),
    ).toEqual({ 1: ['Nom', 42, 'shared'] });
  });

  it('t="inlineStr", "str", "b", "e", "n", "d", and shared strings with rich-text runs (phonetic runs left out)', async () => {
    const sst =
      `<sst xmlns="${MAIN}"><si><t>plain</t></si><si><r><rPr><b/></rPr><t xml:space="preserve">Date </t></r><r><t>d'adhésion</t></r></si>` +
      '<si><t>漢字</t><rPh sb="0" eb="2"><t>かんじ</t></rPh><phoneticPr fontId="1"/></si><si><t/></si></sst>';
    const rows =
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>99</v></c></row>' +
      '<row r="2"><c r="A2" t="inlineStr"><is><r><t xml:space="preserve">Hello </t></r><r><rPr><i/></rPr><t>World</t></r><rPh><t>x</t></rPh></is></c>' +
      '<c r="B2" t="str"><f>A2&amp;""</f><v>Hello World</v></c><c r="C2" t="b"><v>1</v></c><c r="D2" t="b"><v>0</v></c><c r="E2" t="e"><v>#N/A</v></c>' +
      '<c r="F2" t="n"><v>-1.5E3</v></c><c r="G2" t="d"><v>2025-06-17T00:00:00Z</v></c><c r="H2" t="b"><f>1=2</f><v>0</v></c><c r="I2"><f>1-1</f><v>0</v></c><c r="J2" t="e"><f>1/0</f><v>#DIV/0!</v></c></row>';
    expect(await rowsOf({ sheet: worksheet(rows), sharedStrings: sst })).toEqual({
      1: ['plain', "Date d'adhésion", '漢字'],
      2: ['Hello World', 'Hello World', true, false, '#N/A', -1500, 45825, false, 0, '#DIV/0!'],
    });
  });

  it('whitespace kept as written (xml:space), entities, character references, CDATA, comments, CR LF read as LF', async () => {
    const rows =
      '<row r="1"><c r="A1" t="inlineStr"><is><t xml:space="preserve">  deux espaces  </t></is></c>' +
      '<c r="B1" t="inlineStr"><is><t>&lt;Coop&gt; &amp; &quot;fils&quot; &apos;x&apos; &#233;t&#xE9; &#x1F600;</t></is></c>' +
      '<c r="C1" t="inlineStr"><is><t><![CDATA[<b>&amp;</b>]]> et <!-- note --> suite</t></is></c>' +
      '<c r="D1" t="inlineStr"><is><t>ligne 1\r\nligne 2\rligne 3&#13;</t></is></c>' +
      '<c r="E1" t="inlineStr"><is><t>_x000D__x005F_x0041_</t></is></c><c r="F1"><v> 12 </v></c></row>';
    expect(await rowsOf({ sheet: worksheet(rows) })).toEqual({
      1: ['  deux espaces  ', '<Coop> & "fils" \'x\' été 😀', '<b>&amp;</b> et  suite', 'ligne 1\nligne 2\nligne 3\r', '\r_x0041_', 12],
    });
  });

  it('rows and cells without an r attribute are the next row and the next column; cells out of order land where they say', async () => {
    const rows =
      '<row><c t="inlineStr"><is><t>a</t></is></c><c><v>1</v></c><c r="E1"><v>5</v></c><c><v>6</v></c></row>' +
      '<row><c><v>2</v></c></row><row r="7"><c r="C7"><v>3</v></c><c r="A7"><v>4</v></c></row><row><c><v>8</v></c></row><row r="9"/>';
    expect(await rowsOf({ sheet: worksheet(rows) })).toEqual({ 1: ['a', 1, null, null, 5, 6], 2: [2], 7: [4, null, 3], 8: [8], 9: [] });
  });

  it('short strings whose bytes hash alike are still told apart ("Aa" and "BB", remembered by the same hash)', async () => {
    const cell = (ref: string, text: string) => `<c r="${ref}" t="str"><v>${text}</v></c>`;
    const rows = `<row r="1">${cell('A1', 'Aa')}${cell('B1', 'BB')}${cell('C1', 'Aa')}${cell('D1', 'AaBB')}${cell('E1', 'BBAa')}${cell('F1', 'BB')}</row>`;
    expect(await rowsOf({ sheet: worksheet(rows) })).toEqual({ 1: ['Aa', 'BB', 'Aa', 'AaBB', 'BBAa', 'BB'] });
  });

  it('a very long string and 16,384 columns', async () => {
    const long = 'é'.repeat(40_000) + 'fin';
    const cells = Array.from({ length: 16_384 }, (_, i) => `<c><v>${i}</v></c>`).join('');
    const rows = `<row r="1"><c r="A1" t="inlineStr"><is><t>${long}</t></is></c><c r="XFD1"><v>1</v></c></row><row r="2">${cells}</row>`;
    const read = await rowsOf({ sheet: worksheet(rows) });
    expect(read[1]![0]).toBe(long);
    expect(read[1]).toHaveLength(16_384);
    expect(read[1]![16_383]).toBe(1);
    expect(read[2]).toEqual(Array.from({ length: 16_384 }, (_, i) => i));
  });

  it('dates by cell format, as whole days of the workbook\'s own date system, 1900 or 1904 (date1904="1" or "true")', async () => {
    const rows =
      '<row r="1"><c r="A1" s="1"><v>45825</v></c><c r="B1" s="2"><v>45825.75</v></c><c r="C1" s="3"><v>45825</v></c><c r="D1" s="4"><v>45825</v></c><c r="E1"><v>45825</v></c><c r="F1" s="2"><f>A1</f><v>45825</v></c><c r="G1" s="1"><v>1</v></c><c r="H1" t="d"><v>2025-06-17T15:30:00</v></c></row>';
    // Serials below 61 count Excel's 29 February 1900 in the 1900 system only.
    expect(await rowsOf({ sheet: worksheet(rows), styles: STYLES })).toEqual({ 1: [45825, 45825, 45825, 45825, 45825, 45825, 0, 45825] });
    for (const flag of ['1', 'true']) {
      expect(await rowsOf({ sheet: worksheet(rows), styles: STYLES, workbookPr: `<workbookPr date1904="${flag}"/>` })).toEqual({
        1: [45825, 45825, 45825, 45825, 45825, 45825, 1, 45825 - 1462],
      });
    }
  });

  it("merged ranges, found after the rows, give their cells the first cell's value", async () => {
    const rows = '<row r="1"><c r="A1" t="inlineStr"><is><t>Titre</t></is></c></row><row r="2"><c r="A2"><v>1</v></c><c r="B2"><v>2</v></c></row><row r="3"/>';
    expect(await rowsOf({ sheet: worksheet(rows, '<mergeCells count="2"><mergeCell ref="A1:C1"/><mergeCell ref="B2:B3"/></mergeCells>') })).toEqual({
      1: ['Titre', 'Titre', 'Titre'],
      2: [1, 2],
      3: [null, 2],
    });
  });
});

describe('the scanner, chunk by chunk', () => {
  const decoding: CellDecoding = { sharedStrings: ['s0', 's1'], dateStyles: [false, true], date1904: false };
  const xml = worksheet(
    '<row r="1"><c r="A1" t="inlineStr"><is><t>a&amp;b ' +
      'x'.repeat(300) +
      '</t></is></c><c r="B1" s="1"><v>45825</v></c><c r="C1" t="s"><v>1</v></c></row>' +
      '<!-- a comment --><row r="2"><c r="A2"><v>3.25</v></c><c r="B2" t="inlineStr"><is><t><![CDATA[c]]>d</t></is></c></row>' +
      '<row r="3"><c r="A3" t="str"><v>x&amp;y</v></c><c r="B3" t="e"><v>#N/A</v></c><c r="C3"><v>7</v> </c></row>',
    '<mergeCells><mergeCell ref="A2:A3"/></mergeCells>',
  );
  const bytes = new TextEncoder().encode(xml);
  /** The rows and merged ranges of a sheet's bytes pushed in pieces of `size`. */
  const scanIn = (sheet: Uint8Array, size: number) => {
    const rows: [number, CellValue[]][] = [];
    const scanner = new SheetScanner('xl/worksheets/sheet1.xml', decoding, (n, values) => rows.push([n, [...values]]));
    for (let at = 0; at < sheet.length; at += size) scanner.push(sheet.subarray(at, at + size));
    return { rows, merges: scanner.end() };
  };
  const read = (size: number) => scanIn(bytes, size);
  it.each([1, 2, 3, 7, 64, 100_000])('gives the same rows whatever the chunk size (%i bytes)', (size) => {
    expect(read(size)).toEqual({
      rows: [
        [1, [`a&b ${'x'.repeat(300)}`, 45825, 's1']],
        [2, [3.25, 'cd']],
        [3, ['x&y', '#N/A', 7]],
      ],
      merges: [{ top: 2, bottom: 3, left: 0, right: 0 }],
    });
  });
  it('reads pieces larger than what is joined to the last one where they lie: cells across pieces, a string longer than the join', () => {
    // 8,000 rows (about 700 KB) and, at row 4,000, an inline string of 40,000 characters: pieces of 50,001 bytes cut
    // rows and cells, and the long string passes the 16 KB joined to what the last piece left.
    const long = 'é'.repeat(20_000) + 'z'.repeat(20_000);
    const rowXml = (r: number) =>
      r === 4_000
        ? `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>${long}</t></is></c><c r="B${r}"><v>${r}</v></c></row>`
        : `<row r="${r}"><c r="A${r}" t="s"><v>${r % 2}</v></c><c r="B${r}" s="1"><v>${45_000 + r}</v></c><c r="C${r}"><v>${r}.5</v></c></row>`;
    const big = new TextEncoder().encode(worksheet(Array.from({ length: 8_000 }, (_, i) => rowXml(i + 1)).join('')));
    const readIn = (size: number) => scanIn(big, size).rows;
    const whole = readIn(big.length);
    expect(whole).toHaveLength(8_000);
    expect(whole[3_999]).toEqual([4_000, [long, 4_000]]);
    expect(whole[7_999]).toEqual([8_000, ['s0', 53_000, 8_000.5]]);
    for (const size of [50_001, 16_385, 200_000]) expect(readIn(size)).toEqual(whole);
    // An error's position counts the bytes read before it, whatever the pieces.
    const damaged = new TextEncoder().encode(new TextDecoder().decode(big).replace('<c r="C7000">', '<c r="C7000" <'));
    const errorIn = (size: number) => {
      const scanner = new SheetScanner('xl/worksheets/sheet1.xml', decoding, () => undefined);
      try {
        for (let at = 0; at < damaged.length; at += size) scanner.push(damaged.subarray(at, at + size));
        scanner.end();
      } catch (error) {
        return (error as Error).message;
      }
      return 'no error';
    };
    expect(errorIn(50_001)).toMatch(/at byte \d+/);
    expect(errorIn(50_001)).toBe(errorIn(damaged.length));
  });
  it('reads a cell start tag however it is written (quotes, spaces, prefixes, no attribute, empty), whole or cut anywhere', () => {
    const forms = [
      '<c r="A1" s="1"><v>45825</v></c>',
      "<c r='B1' t='s'><v>1</v></c>",
      '<c r = "C1"\tt="s"><v>0</v></c>',
      '<c  r="D1"   s="0"><v>4</v></c>',
      '<c r="E1" x14ac:foo="1" t="inlineStr"><is><t>e</t></is></c>',
      '<c r="F1" customAttribute="a&amp;b"><v>6</v></c>',
      '<c><v>7</v></c>',
      '<c r="H1" s="1"/>',
      '<c r="I1" s="1" />',
      '<c r="J1" t="str"><v>a&lt;b</v></c>',
      // Not a cell: skipped, its column left empty.
      '<cx r="K1"><v>9</v></cx>',
      '<c r="L1" t="b"><v>1</v></c>',
    ];
    const sheet = new TextEncoder().encode(worksheet(`<row r="1">${forms.join('')}</row><row r="2"><c r="A2"><v>2</v></c></row>`));
    const readIn = (size: number) => scanIn(sheet, size).rows;
    const expected = [
      [1, [45825, 's1', 's0', 4, 'e', 6, 7, null, null, 'a<b', null, true]],
      [2, [2]],
    ];
    for (let size = 1; size <= 64; size++) expect(readIn(size)).toEqual(expected);
    expect(readIn(sheet.length)).toEqual(expected);
    // Refused, whatever the chunks: a cell whose attributes run together, an empty tag not closed at once.
    for (const damaged of ['<c r="A1"s="1"><v>1</v></c>', '<c r="A1" / ><v>1</v></c>']) {
      const bytes = new TextEncoder().encode(worksheet(`<row r="1">${damaged}</row>`));
      const scanner = new SheetScanner('xl/worksheets/sheet1.xml', decoding, () => undefined);
      expect(() => {
        scanner.push(bytes);
        scanner.end();
      }).toThrow(/not (well-formed|separated)/);
    }
  });
  it('shared strings the same', () => {
    const sst = new TextEncoder().encode(
      `<sst xmlns="${MAIN}"><si><t>un</t></si><si><r><t>de</t></r><r><t>ux</t></r></si><si/><si><t>&#x74;rois</t></si></sst>`,
    );
    for (const size of [1, 5, 1000]) {
      const scanner = new SharedStringsScanner('xl/sharedStrings.xml');
      for (let at = 0; at < sst.length; at += size) scanner.push(sst.subarray(at, at + size));
      expect(scanner.end()).toEqual(['un', 'deux', null, 'trois']);
    }
  });
  it('fills merges as exceljs does', () => {
    const fill = mergeFiller([{ top: 1, bottom: 2, left: 1, right: 2 }]);
    const first: CellValue[] = ['a', 'b'];
    const second: CellValue[] = ['c', 'd', 'e', 'f'];
    fill(1, first);
    fill(2, second);
    expect([first, second]).toEqual([
      ['a', 'b', 'b'],
      ['c', 'b', 'b', 'f'],
    ]);
  });
});

describe('XML it cannot read: an error naming the part, never a value', () => {
  const part = 'xl/worksheets/sheet1.xml';
  it.each([
    ['an undefined entity', worksheet('<row r="1"><c r="A1" t="inlineStr"><is><t>caf&eacute;</t></is></c></row>'), /undefined entity &eacute;/],
    ['a bare "&"', worksheet('<row r="1"><c r="A1" t="inlineStr"><is><t>a & b</t></is></c></row>'), /"&" that starts no entity/],
    ['a character reference XML forbids', worksheet('<row r="1"><c r="A1" t="inlineStr"><is><t>&#0;</t></is></c></row>'), /character reference/],
    ['tags that do not match', worksheet('<row r="1"><c r="A1"><v>1</c></v></row>'), /end tag that does not match/],
    ["a cell's end tag without its start tag's prefix", worksheet('<row r="1"><x:c r="A1"><v>1</v></c></row>'), /end tag that does not match/],
    ['a truncated part', worksheet('<row r="1"><c r="A1"><v>1</v></c></row>').slice(0, -40), /truncated part/],
    ['text outside the root', `${worksheet('')}trailing`, /text outside the root element/],
    ['a DOCTYPE', `<!DOCTYPE worksheet [<!ENTITY x "y">]>${worksheet('')}`, /DOCTYPE is not allowed/],
    ['a cell past column XFD', worksheet('<row r="1"><c r="XFE1"><v>1</v></c></row>'), /column A to XFD/],
    ['a row number past the sheet', worksheet('<row r="1048577"><c><v>1</v></c></row>'), /row whose number/],
    ['an unknown cell type', worksheet('<row r="1"><c r="A1" t="x"><v>1</v></c></row>'), /unknown type t="x"/],
    ['an attribute without quotes', worksheet('<row r=1><c><v>1</v></c></row>'), /attribute value without quotes/],
    ['another root element', `<?xml version="1.0"?><chartsheet xmlns="${MAIN}"/>`, /not a worksheet/],
    ['UTF-16', `\ufeff${worksheet('')}`, null],
  ])('%s', async (_, sheet, message) => {
    let made: HandMade | Uint8Array = { sheet };
    if (message === null) {
      // A UTF-16 part (byte order mark FF FE).
      const text = sheet.slice(1);
      const utf16 = new Uint8Array(2 + text.length * 2);
      utf16[0] = 0xff;
      utf16[1] = 0xfe;
      for (let i = 0; i < text.length; i++) utf16[2 + 2 * i] = text.charCodeAt(i);
      made = zipSync({ ...unzipped(handMade({ sheet: '' })), [part]: utf16 });
    }
    const error = await readError(made);
    expect(error).toBeInstanceOf(XmlPartError);
    expect((error as Error).message.startsWith(`${part}: `)).toBe(true);
    expect((error as Error).message).toMatch(message ?? /UTF-16/);
  });

  it('bytes that are not UTF-8', async () => {
    const bytes = unzipped(handMade({ sheet: worksheet('<row r="1"><c r="A1" t="inlineStr"><is><t>caf\u00e9!</t></is></c></row>') }));
    const sheet = bytes[part]!;
    const at = sheet.indexOf(0xc3);
    const broken = new Uint8Array([...sheet.subarray(0, at), 0xe9, ...sheet.subarray(at + 2)]);
    const error = await readError(zipSync({ ...bytes, [part]: broken }));
    expect(error).toBeInstanceOf(XmlPartError);
    expect((error as Error).message).toMatch(/^xl\/worksheets\/sheet1\.xml: bytes that are not UTF-8/);
  });

  it('a damaged deflate stream: a ZipError naming the part', async () => {
    const bytes = new Uint8Array(await xlsxOf(cooperativeSheets()));
    const archive = await ZipArchive.fromBytes(bytes);
    const entry = archive.entries.get(part)!;
    const start = await archive.dataOffset(entry);
    for (let i = start + 20; i < start + entry.compressedSize - 4; i += 7) bytes[i] = bytes[i]! ^ 0x5a;
    const error = await readError(bytes);
    expect(error).toBeInstanceOf(ZipError);
    expect((error as Error).message).toMatch(/^xl\/worksheets\/sheet1\.xml: /);
  });
});

function unzipped(zip: Uint8Array): Record<string, Uint8Array> {
  return unzipSync(zip);
}
