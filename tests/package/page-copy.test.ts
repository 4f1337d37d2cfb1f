/**
 * Issue 10, "Writing .xlsx": the page's checked copy keeps every part of the input. Workbooks with
 * a chart, images, a pivot table, comments, defined names, conditional formats and data validations
 * go through the page's code path (the worker's READERS.package: the byte-level reader, the package
 * writer into memory, fflate), with findings on their first sheet. Every part of the input is in the
 * copy with the same bytes (inflated), except the flagged sheet, its notes and relationships, the
 * styles, workbook and content types parts, a calculation chain (dropped: Excel rebuilds it) and a
 * sheet left selected (only its tabSelected goes); CoopCheck's own sheets are added. LibreOffice
 * opens every copy as a second reader (skipped, saying so, without soffice). The CLI's code (a file,
 * zlib) writes the same parts, in the same order, with the same bytes.
 *
 * From the corpus (tests/fixtures/corpus/exceljs-spec): chart-sheet.xlsx (a chart sheet and its
 * chart), test-issue-880.xlsx (images, comments, defined names, conditional formats, a calculation
 * chain), test-issue-771.xlsx (data validations), images.xlsx and comments.xlsx. The pivot table is
 * added here to a workbook exceljs writes (exceljs cannot write one; the corpus holds none).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fingerprintOf, type Finding } from '../../src/core';
import { emptyState } from '../../src/adapters/workbook-state';
import { writeCheckedCopy } from '../../src/adapters/xlsx-package/checked-copy';
import { XlsxPackage } from '../../src/adapters/xlsx-package/package';
import { RELATIONSHIP, WorkbookPackage, relationshipsPartOf } from '../../src/adapters/xlsx-package/parts';
import { writeZipFile } from '../../src/adapters/xlsx-package/zip';
import { ZipArchive, ZipArchiveWriter, memorySink } from '../../src/adapters/xlsx-package/zip-archive';
import { READERS } from '../../src/ui/worker/readers';
import { buildSpecialReport, check } from '../../src/core';
import { xlsxOf } from '../helpers/xlsx';

const CORPUS = join(import.meta.dirname, '../fixtures/corpus/exceljs-spec');
const has = (command: string) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
const SOFFICE = has('soffice');
if (!SOFFICE) console.warn('page-copy.test: soffice (LibreOffice) not found, the second reader is skipped.');

const dir = mkdtempSync(join(tmpdir(), 'coopcheck-page-copy-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const decoder = new TextDecoder();
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PIVOT_TYPES = 'application/vnd.openxmlformats-officedocument.spreadsheetml';

/** An exceljs workbook (data, a defined name, a data validation, a note) given a pivot table of its data by hand. */
async function withPivotTable(): Promise<Uint8Array> {
  const base = await xlsxOf(
    {
      Data: [
        ['Nom', 'Parts'],
        ['A', 1],
        ['B', 2],
        ['A', 3],
      ],
      Pivot: [['']],
    },
    (workbook) => {
      workbook.definedNames.add('Data!$A$1:$B$4', 'Registre');
      workbook.getWorksheet('Data')!.getCell('B2').dataValidation = { type: 'whole', operator: 'greaterThan', formulae: [0], allowBlank: true };
      workbook.getWorksheet('Data')!.getCell('A1').note = 'Une note de la trésorière';
    },
  );
  const parts: Record<string, string> = {
    'xl/pivotCache/pivotCacheDefinition1.xml':
      `<pivotCacheDefinition xmlns="${MAIN}" xmlns:r="${R}" r:id="rId1" refreshOnLoad="1" recordCount="3">` +
      '<cacheSource type="worksheet"><worksheetSource ref="A1:B4" sheet="Data"/></cacheSource><cacheFields count="2">' +
      '<cacheField name="Nom" numFmtId="0"><sharedItems count="2"><s v="A"/><s v="B"/></sharedItems></cacheField>' +
      '<cacheField name="Parts" numFmtId="0"><sharedItems containsSemiMixedTypes="0" containsString="0" containsNumber="1" containsInteger="1" minValue="1" maxValue="3"/></cacheField>' +
      '</cacheFields></pivotCacheDefinition>',
    'xl/pivotCache/pivotCacheRecords1.xml': `<pivotCacheRecords xmlns="${MAIN}" count="3"><r><x v="0"/><n v="1"/></r><r><x v="1"/><n v="2"/></r><r><x v="0"/><n v="3"/></r></pivotCacheRecords>`,
    'xl/pivotCache/_rels/pivotCacheDefinition1.xml.rels': `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/pivotCacheRecords" Target="pivotCacheRecords1.xml"/></Relationships>`,
    'xl/pivotTables/pivotTable1.xml':
      `<pivotTableDefinition xmlns="${MAIN}" name="Tableau1" cacheId="1" dataCaption="Valeurs" applyNumberFormats="0" applyBorderFormats="0" applyFontFormats="0"` +
      ' applyPatternFormats="0" applyAlignmentFormats="0" applyWidthHeightFormats="1" updatedVersion="6" minRefreshableVersion="3" createdVersion="6" outline="1" outlineData="1">' +
      '<location ref="A3:B6" firstHeaderRow="1" firstDataRow="1" firstDataCol="1"/><pivotFields count="2">' +
      '<pivotField axis="axisRow" showAll="0"><items count="3"><item x="0"/><item x="1"/><item t="default"/></items></pivotField><pivotField dataField="1" showAll="0"/></pivotFields>' +
      '<rowFields count="1"><field x="0"/></rowFields><rowItems count="3"><i><x/></i><i><x v="1"/></i><i t="grand"><x/></i></rowItems><colItems count="1"><i/></colItems>' +
      '<dataFields count="1"><dataField name="Somme de Parts" fld="1" baseField="0" baseItem="0"/></dataFields></pivotTableDefinition>',
    'xl/pivotTables/_rels/pivotTable1.xml.rels': `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/pivotCacheDefinition" Target="../pivotCache/pivotCacheDefinition1.xml"/></Relationships>`,
    'xl/worksheets/_rels/sheet2.xml.rels': `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/pivotTable" Target="../pivotTables/pivotTable1.xml"/></Relationships>`,
  };
  const zip = await ZipArchive.fromBytes(base);
  const sink = memorySink();
  const writer = new ZipArchiveWriter(sink);
  for (const [name, entry] of zip.entries) {
    let text = /\.(xml|rels)$/.test(name) ? decoder.decode(await zip.read(entry)) : undefined;
    if (name === 'xl/workbook.xml') text = text!.replace('</workbook>', '<pivotCaches><pivotCache cacheId="1" r:id="rId99"/></pivotCaches></workbook>');
    else if (name === 'xl/_rels/workbook.xml.rels')
      text = text!.replace(
        '</Relationships>',
        `<Relationship Id="rId99" Type="${R}/pivotCacheDefinition" Target="pivotCache/pivotCacheDefinition1.xml"/></Relationships>`,
      );
    else if (name === '[Content_Types].xml') {
      text = text!.replace(
        '</Types>',
        `<Override PartName="/xl/pivotCache/pivotCacheDefinition1.xml" ContentType="${PIVOT_TYPES}.pivotCacheDefinition+xml"/>` +
          `<Override PartName="/xl/pivotCache/pivotCacheRecords1.xml" ContentType="${PIVOT_TYPES}.pivotCacheRecords+xml"/>` +
          `<Override PartName="/xl/pivotTables/pivotTable1.xml" ContentType="${PIVOT_TYPES}.pivotTable+xml"/></Types>`,
      );
    } else text = undefined;
    if (text === undefined) await writer.copy(zip, entry);
    else await writer.add(name, text);
  }
  for (const [name, text] of Object.entries(parts)) await writer.add(name, text);
  await writer.close();
  return sink.bytes();
}

const finding = (sheet: string, cell: string, subject: string): Finding => ({
  conditionId: 'ES-7',
  severity: 'breach',
  messageId: 'voterAboveTenth',
  sheet,
  cell,
  subject,
  fingerprint: fingerprintOf('ES-7', subject, 'voterAboveTenth'),
  params: { memberId: subject, meetingDate: '2025-06-17', votes: 3, ownVotes: 1, proxies: 2, votesRepresented: 20 },
});

async function partsOf(bytes: Uint8Array): Promise<Map<string, Uint8Array>> {
  const zip = await ZipArchive.fromBytes(bytes);
  const parts = new Map<string, Uint8Array>();
  for (const [name, entry] of zip.entries) parts.set(name, await zip.read(entry));
  return parts;
}

const WORKBOOKS: [string, () => Promise<Uint8Array>][] = [
  ...['chart-sheet.xlsx', 'test-issue-880.xlsx', 'test-issue-771.xlsx', 'images.xlsx', 'comments.xlsx'].map((name): [string, () => Promise<Uint8Array>] => [
    name,
    async () => new Uint8Array(readFileSync(join(CORPUS, name))),
  ]),
  ['a pivot table', withPivotTable],
];

const copies: string[] = [];

describe("the page's checked copy keeps every part of the input", () => {
  it.each(WORKBOOKS)('%s', async (name, bytesOf) => {
    const input = await bytesOf();
    const pkg = await WorkbookPackage.fromArchive(await ZipArchive.fromBytes(input));
    const flagged = pkg.sheets[0]!;
    const findings = [finding(flagged.name, 'A1', 'M001'), finding(flagged.name, 'C2', 'M002')];

    // The page: the worker's reader over the bytes, its check, its copy.
    const held = await READERS.package.open(input, () => undefined);
    const report = buildSpecialReport(
      check(await held.extract({}, () => undefined)),
      { fileName: name, sha256: 'ab'.repeat(32), checkedAt: '2026-01-15T10:00:00Z', toolVersion: '0.1.0' },
      'fr',
    );
    const copy = await held.checkedCopy!(findings, report, 'fr', {}, () => undefined);

    const [before, after] = [await partsOf(input), await partsOf(copy)];
    const relationships = await pkg.relationshipsOf(flagged.part);
    const changed = new Set([
      flagged.part,
      relationshipsPartOf(flagged.part),
      '[Content_Types].xml',
      pkg.workbookPart,
      relationshipsPartOf(pkg.workbookPart),
      pkg.workbookPartOfType(RELATIONSHIP.styles),
      ...relationships.filter((r) => r.type.endsWith('/comments') || r.type.endsWith('/vmlDrawing')).map((r) => r.target),
    ]);
    const calcChain = pkg.workbookPartOfType(RELATIONSHIP.calcChain);
    const sheetParts = new Set(pkg.sheets.map((s) => s.part));
    for (const [part, bytes] of before) {
      if (changed.has(part)) continue;
      if (part === calcChain) {
        expect(after.has(part), part).toBe(false);
        continue;
      }
      expect(after.has(part), part).toBe(true);
      const [a, b] = [decoder.decode(bytes), decoder.decode(after.get(part)!)];
      // A user's sheet left selected is unselected, byte for byte otherwise.
      if (sheetParts.has(part) && a !== b) expect(b, part).toBe(a.replace(/ tabSelected="(1|true)"/, ''));
      else expect(Buffer.from(after.get(part)!).equals(Buffer.from(bytes)), part).toBe(true);
    }
    const added = [...after.keys()].filter((part) => !before.has(part) && !changed.has(part));
    // The summary and state sheets, notes parts where the sheet had none, a styles part where the workbook had none.
    const own = /^xl\/(worksheets\/sheet\d+\.xml|comments\d*\.xml|drawings\/vmlDrawing\d+\.vml|worksheets\/_rels\/sheet\d+\.xml\.rels|styles\d*\.xml)$/;
    expect(added.filter((part) => !own.test(part))).toEqual([]);
    expect(decoder.decode(after.get(pkg.workbookPart)!)).toContain('name="Rapport spécial"');

    // The CLI's code: the same input and findings, through a file and zlib.
    const file = join(dir, name.replace(/\W+/g, '-') + '.xlsx');
    writeFileSync(file, input);
    const xlsx = await XlsxPackage.open(file);
    const output = file.replace(/\.xlsx$/, '.checked.xlsx');
    try {
      await writeZipFile(output, (writer) => writeCheckedCopy(xlsx, writer, { findings, lang: 'fr', report, state: { ...emptyState(), mapping: {} } }));
    } finally {
      await xlsx.close();
    }
    const cli = await partsOf(new Uint8Array(readFileSync(output)));
    expect([...cli.keys()]).toEqual([...after.keys()]);
    for (const [part, bytes] of after) expect(Buffer.from(cli.get(part)!).equals(Buffer.from(bytes)), part).toBe(true);
    writeFileSync(join(dir, `page-${copies.length}.xlsx`), copy);
    copies.push(join(dir, `page-${copies.length}.xlsx`));
  });

  it.skipIf(!SOFFICE)(
    'LibreOffice opens every copy the page wrote',
    () => {
      expect(copies).toHaveLength(WORKBOOKS.length);
      const out = join(dir, 'libreoffice');
      const converted = spawnSync(
        'soffice',
        [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'csv', '--outdir', out, ...copies],
        { encoding: 'utf8', timeout: 300_000 },
      );
      expect(converted.status, converted.stderr).toBe(0);
      // One file out per copy: LibreOffice read each (a copy it cannot open gives none, and a message).
      expect(readdirSync(out).sort()).toEqual(copies.map((_, i) => `page-${i}.csv`).sort());
      for (const csv of readdirSync(out)) expect(readFileSync(join(out, csv), 'utf8').length, csv).toBeGreaterThan(0);
    },
    320_000,
  );
});
