/**
 * Issue 16's cases for the package writer (src/adapters/xlsx-package/checked-copy.ts), run through
 * the page's code (READERS.package, a memory sink, fflate) and the CLI's (a file, zlib): rows stored
 * out of order get no second row of a number; a package that types its .rels parts one by one gets a
 * type for the sheet relationships part it gains; the same input gives the same bytes, whatever the
 * timing of the sheets' streams.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildSpecialReport, check, fingerprintOf, type Finding, type SpecialReport } from '../../src/core';
import { emptyState } from '../../src/adapters/workbook-state';
import { writeCheckedCopy } from '../../src/adapters/xlsx-package/checked-copy';
import { XlsxPackage } from '../../src/adapters/xlsx-package/package';
import { WorkbookPackage } from '../../src/adapters/xlsx-package/parts';
import { writeZipFile } from '../../src/adapters/xlsx-package/zip';
import { ZipArchive, ZipArchiveWriter, memorySink } from '../../src/adapters/xlsx-package/zip-archive';
import { READERS } from '../../src/ui/worker/readers';
import { openXlsx, xlsxOf } from '../helpers/xlsx';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const finding = (sheet: string, cell: string, subject = 'M001'): Finding => ({
  conditionId: 'ES-7',
  severity: 'breach',
  messageId: 'voterAboveTenth',
  sheet,
  cell,
  subject,
  fingerprint: fingerprintOf('ES-7', subject, 'voterAboveTenth'),
  params: { memberId: subject, meetingDate: '2025-06-17', votes: 3, ownVotes: 1, proxies: 2, votesRepresented: 20 },
});

const decoder = new TextDecoder();

/** The package with some of its XML parts edited (`edit` returns undefined to keep a part as it is). */
async function rewritten(bytes: Uint8Array, edit: (name: string, text: string) => string | undefined): Promise<Uint8Array> {
  const zip = await ZipArchive.fromBytes(bytes);
  const sink = memorySink();
  const writer = new ZipArchiveWriter(sink);
  for (const [name, entry] of zip.entries) {
    const edited = /\.(xml|rels)$/.test(name) ? edit(name, decoder.decode(await zip.read(entry))) : undefined;
    if (edited === undefined) await writer.copy(zip, entry);
    else await writer.add(name, edited);
  }
  await writer.close();
  return sink.bytes();
}

async function partText(bytes: Uint8Array, part: string): Promise<string | undefined> {
  const zip = await ZipArchive.fromBytes(bytes);
  const entry = zip.entries.get(part);
  return entry && decoder.decode(await zip.read(entry));
}

async function reportOf(bytes: Uint8Array): Promise<SpecialReport> {
  const held = await READERS.package.open(bytes, () => undefined);
  const result = check(await held.extract({}, () => undefined));
  return buildSpecialReport(result, { fileName: 'coop.xlsx', sha256: 'ab'.repeat(32), checkedAt: '2026-01-15T10:00:00Z', toolVersion: '0.1.0' }, 'fr');
}

/** The page's copy: the worker's reader over the bytes, its package writer into memory. */
async function pageCopy(bytes: Uint8Array, findings: Finding[]): Promise<Uint8Array> {
  const held = await READERS.package.open(bytes, () => undefined);
  return held.checkedCopy!(findings, await reportOf(bytes), 'fr', {}, () => undefined);
}

describe("the package writer on issue 16's cases", () => {
  it('adds no second row of a number to a sheet whose rows are stored out of order', async () => {
    const input = await rewritten(await xlsxOf({ AG: [['Voix'], [1], [2], [3], [4]] }), (name, text) =>
      // Rows 2 and 3 swapped: row 3 is stored before row 2.
      name === 'xl/worksheets/sheet1.xml' ? text.replace(/(<row r="2".*?<\/row>)(<row r="3".*?<\/row>)/, '$2$1') : undefined,
    );
    expect(await partText(input, 'xl/worksheets/sheet1.xml')).toMatch(/<row r="3".*<row r="2"/);
    const copy = await pageCopy(input, [finding('AG', 'A2'), finding('AG', 'B3', 'M002'), finding('AG', 'A7', 'M003')]);
    const sheet = (await partText(copy, 'xl/worksheets/sheet1.xml'))!;
    const rows = [...sheet.matchAll(/<row r="(\d+)"/g)].map((m) => Number(m[1]));
    expect(new Set(rows).size).toBe(rows.length);
    expect(rows).toEqual([1, 3, 2, 4, 5, 7]);
    const workbook = await openXlsx(copy);
    const ag = workbook.getWorksheet('AG')!;
    for (const address of ['A2', 'B3', 'A7']) expect(ag.getCell(address).fill).toMatchObject({ fgColor: { argb: 'FFFFC7CE' } });
    expect([ag.getCell('A2').value, ag.getCell('A3').value]).toEqual([1, 2]);
  });

  it('types the new sheet relationships part by an Override where the package types its .rels parts so', async () => {
    const byOverride = await rewritten(await xlsxOf({ AG: [['Voix'], [3]] }), (name, text) =>
      name === '[Content_Types].xml'
        ? text
            .replace(/<Default Extension="rels"[^>]*\/>/, '')
            .replace(
              '</Types>',
              '<Override PartName="/_rels/.rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
                '<Override PartName="/xl/_rels/workbook.xml.rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/></Types>',
            )
        : undefined,
    );
    expect(await partText(byOverride, 'xl/worksheets/_rels/sheet1.xml.rels')).toBeUndefined();
    const copy = await pageCopy(byOverride, [finding('AG', 'A2')]);
    expect(await partText(copy, 'xl/worksheets/_rels/sheet1.xml.rels')).toContain('comments');
    const types = (await partText(copy, '[Content_Types].xml'))!;
    expect(types).toContain(
      '<Override PartName="/xl/worksheets/_rels/sheet1.xml.rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>',
    );
    expect(types).not.toContain('Extension="rels"');
    // Typed by a Default, the package needs no Override for it.
    const byDefault = await pageCopy(await xlsxOf({ AG: [['Voix'], [3]] }), [finding('AG', 'A2')]);
    expect(await partText(byDefault, '[Content_Types].xml')).not.toContain('sheet1.xml.rels');
  });

  it('writes the same bytes for the same input, whichever sheet streams first', async () => {
    const input = await xlsxOf({ A: [['Voix'], [1], [2]], B: [['Voix'], [1], [2]] }, (workbook) => {
      workbook.getWorksheet('A')!.getCell('A2').font = { bold: true };
      workbook.getWorksheet('A')!.getCell('A3').numFmt = '0.00';
      workbook.getWorksheet('B')!.getCell('A2').font = { italic: true };
      workbook.getWorksheet('B')!.getCell('A3').border = { top: { style: 'thin' } };
    });
    const findings = [finding('A', 'A2'), finding('B', 'A2', 'M002'), finding('A', 'A3', 'M003'), finding('B', 'A3', 'M004')];
    const report = await reportOf(input);
    const pkg = await WorkbookPackage.fromArchive(await ZipArchive.fromBytes(input));
    /** The package with each sheet's stream held back for `delays[part]` ms before each chunk. */
    const slowed = (delays: Readonly<Record<string, number>>): WorkbookPackage =>
      Object.assign(Object.create(pkg) as WorkbookPackage, {
        async *inflated(part: string, chunkSize?: number) {
          for await (const chunk of pkg.inflated(part, chunkSize)) {
            await new Promise((resolve) => setTimeout(resolve, delays[part] ?? 0));
            yield chunk;
          }
        },
      });
    const copies: Uint8Array[] = [];
    for (const delays of [{ 'xl/worksheets/sheet1.xml': 40 }, { 'xl/worksheets/sheet2.xml': 40 }, {}] as Record<string, number>[]) {
      const sink = memorySink();
      await writeCheckedCopy(slowed(delays), new ZipArchiveWriter(sink), { findings, lang: 'fr', report, state: emptyState() });
      copies.push(sink.bytes());
    }
    const styles = await Promise.all(copies.map((copy) => partText(copy, 'xl/styles.xml')));
    expect(styles[1]).toBe(styles[0]);
    expect(Buffer.from(copies[1]!).equals(Buffer.from(copies[0]!))).toBe(true);
    expect(Buffer.from(copies[2]!).equals(Buffer.from(copies[0]!))).toBe(true);

    // The CLI's path: the same file twice gives the same file.
    const dir = mkdtempSync(join(tmpdir(), 'coopcheck-same-'));
    dirs.push(dir);
    writeFileSync(join(dir, 'coop.xlsx'), input);
    const written: Buffer[] = [];
    for (const name of ['one.xlsx', 'two.xlsx']) {
      const file = await XlsxPackage.open(join(dir, 'coop.xlsx'));
      try {
        await writeZipFile(join(dir, name), (writer) => writeCheckedCopy(file, writer, { findings, lang: 'fr', report, state: emptyState() }));
      } finally {
        await file.close();
      }
      written.push(readFileSync(join(dir, name)));
    }
    expect(written[1]!.equals(written[0]!)).toBe(true);
  });

  it("removes the partial file when the CLI's copy fails", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'coopcheck-fail-'));
    dirs.push(dir);
    const input = await xlsxOf({ AG: [['Voix'], [3]] });
    writeFileSync(join(dir, 'coop.xlsx'), input);
    const report = await reportOf(input);
    const file = await XlsxPackage.open(join(dir, 'coop.xlsx'));
    const broken = Object.assign(Object.create(file) as XlsxPackage, {
      // eslint-disable-next-line require-yield
      async *inflated(): AsyncGenerator<Uint8Array> {
        throw new Error('disk gone');
      },
    });
    try {
      await expect(
        writeZipFile(join(dir, 'out.xlsx'), (writer) =>
          writeCheckedCopy(broken, writer, { findings: [finding('AG', 'A2')], lang: 'fr', report, state: emptyState() }),
        ),
      ).rejects.toThrow('disk gone');
    } finally {
      await file.close();
    }
    expect(() => readFileSync(join(dir, 'out.xlsx'))).toThrow(/ENOENT/);
  });
});
