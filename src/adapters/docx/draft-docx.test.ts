/**
 * The draft special report as a .docx: a valid package (the parts Word needs, A4 portrait, repeated
 * table header rows, highlighted placeholders) that LibreOffice opens headless and converts to PDF
 * with no warning, the PDF's text carrying the second seed's figures.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { extractWorkbook, check, buildDraftReport } from '../../core';
import { seed2025Workbook } from '../../../tests/fixtures/seed-2025';
import { draftReportDocx } from './draft-docx';
import { nodeCodec } from '../xlsx-package/zip';

const INPUT = { fileName: 'smartcoop-2025.xlsx', sha256: 'cd'.repeat(32), checkedAt: '2026-03-02T09:00:00Z', toolVersion: '0.1.0' };
const result = check(extractWorkbook(seed2025Workbook()));
const dir = mkdtempSync(join(tmpdir(), 'coopcheck-docx-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const has = (command: string) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
const SOFFICE = has('soffice') && has('pdftotext');
if (!SOFFICE)
  console.warn(
    'draft-docx.test: soffice or pdftotext not found, the LibreOffice conversion test is skipped (apt-get install -y libreoffice-writer-nogui poppler-utils)',
  );

/**
 * soffice's own start-up notice when the Java helper of the UNO runtime is not installed (Debian
 * package ure-java): about the installation, not the document.
 */
const ENVIRONMENT_NOTICE = /^Warning: failed to launch javaldx - java may not function correctly$/;

describe('the draft special report as a .docx', () => {
  it('is a valid Word package: A4 portrait, repeated header rows, highlighted placeholders', async () => {
    const bytes = await draftReportDocx(buildDraftReport(result, INPUT, 'fr'));
    const files = unzipSync(bytes);
    for (const part of ['[Content_Types].xml', '_rels/.rels', 'word/document.xml', 'word/styles.xml']) expect(files[part]).toBeDefined();
    const document = strFromU8(files['word/document.xml']!);
    expect(document).toMatch(/<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"\/>/);
    expect(document).toContain('<w:tblHeader/>');
    expect(document).toMatch(/<w:highlight w:val="yellow"\/>/);
    expect(document).toContain('4.104 sociétaires ont rejoint la coopérative');
  });

  it("sets table text at 10 pt with the tables' cell margins, header and total rows in bold", async () => {
    const files = unzipSync(await draftReportDocx(buildDraftReport(result, INPUT, 'en')));
    const document = strFromU8(files['word/document.xml']!);
    const styles = strFromU8(files['word/styles.xml']!);
    const tableText = /<w:style w:type="paragraph" w:styleId="TableText">.*?<\/w:style>/.exec(styles)?.[0];
    expect(tableText).toMatch(/<w:spacing w:after="0" w:line="240"\/>/);
    expect(tableText).toMatch(/<w:sz w:val="20"\/>/);
    const tables = document.match(/<w:tbl>.*?<\/w:tbl>/g)!;
    expect(tables.length).toBeGreaterThan(3);
    for (const table of tables) {
      expect(table).toMatch(
        /<w:tblCellMar><w:top w:type="dxa" w:w="40"\/><w:left w:type="dxa" w:w="70"\/><w:bottom w:type="dxa" w:w="40"\/><w:right w:type="dxa" w:w="70"\/><\/w:tblCellMar>/,
      );
      const cells = table.match(/<w:tc>.*?<\/w:tc>/g)!;
      for (const cell of cells) expect(cell).toContain('<w:pStyle w:val="TableText"/>');
      // Other cells, unshaded, are plain: not bold, and no "not bold" written either.
      for (const cell of cells.filter((c) => !c.includes('<w:shd'))) expect(cell).not.toContain('<w:b');
      // The header row: shaded and bold.
      const header = /<w:tr>.*?<\/w:tr>/.exec(table)![0];
      expect(header).toContain('<w:tblHeader/>');
      for (const cell of header.match(/<w:tc>.*?<\/w:tc>/g)!) expect(cell).toMatch(/<w:shd [^>]*w:fill="D9E1F2"[^>]*\/>.*<w:b\/>/);
    }
  });

  it("declares every part it holds, uses Word's heading styles with their outline levels, and numbers bullets from its own list", async () => {
    const now = new Date('2026-03-02T09:00:00.250Z');
    const bytes = await draftReportDocx(buildDraftReport(result, INPUT, 'nl'), { now });
    const files = unzipSync(bytes);
    const text = (part: string) => strFromU8(files[part]!);
    // Every XML part but the relationships has its content type; every relationship's target is in the package.
    const types = text('[Content_Types].xml');
    for (const part of Object.keys(files).filter((p) => p.endsWith('.xml') && p !== '[Content_Types].xml')) expect(types).toContain(`PartName="/${part}"`);
    for (const [rels, folder] of [
      ['_rels/.rels', ''],
      ['word/_rels/document.xml.rels', 'word/'],
    ] as const)
      for (const [, target] of text(rels).matchAll(/Target="([^"]+)"/g)) expect(files[folder + target!]).toBeDefined();
    const styles = text('word/styles.xml');
    expect(styles).toContain('<w:lang w:val="nl-BE"/>');
    for (const level of [1, 2, 3])
      expect(styles).toMatch(
        new RegExp(`<w:style w:type="paragraph" w:styleId="Heading${level}"><w:name w:val="heading ${level}"/>.*?<w:outlineLvl w:val="${level - 1}"/>`),
      );
    const document = text('word/document.xml');
    expect(document).toContain('<w:pStyle w:val="Heading1"/>');
    expect(document).toContain('<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>');
    expect(text('word/numbering.xml')).toMatch(/<w:num w:numId="1"><w:abstractNumId w:val="0"\/><\/w:num>/);
    expect(text('word/footer1.xml')).toContain('<w:instrText xml:space="preserve">NUMPAGES</w:instrText>');
    expect(text('docProps/core.xml')).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2026-03-02T09:00:00Z</dcterms:created>');
    // The same draft at the same moment gives the same bytes.
    expect(await draftReportDocx(buildDraftReport(result, INPUT, 'nl'), { now })).toEqual(bytes);
  });

  it("holds the same parts, byte for byte once inflated, whether Node's zlib (the CLI) or fflate (the page) deflates them", async () => {
    const now = new Date('2026-03-02T09:00:00Z');
    const draft = buildDraftReport(result, INPUT, 'fr');
    const byZlib = await draftReportDocx(draft, { now, codec: nodeCodec });
    const byFflate = await draftReportDocx(draft, { now });
    expect(byZlib).not.toEqual(byFflate);
    expect(unzipSync(byZlib)).toEqual(unzipSync(byFflate));
    expect(Object.keys(unzipSync(byZlib))).toHaveLength(10);
  });

  it('escapes what XML reserves and drops the characters it cannot hold', async () => {
    const draft = buildDraftReport(result, INPUT, 'en');
    const odd = { ...draft, title: 'A & B <C> "D"\u0001', parts: [] };
    const document = strFromU8(unzipSync(await draftReportDocx(odd))['word/document.xml']!);
    expect(document).toContain('<w:t xml:space="preserve">A &amp; B &lt;C&gt; &quot;D&quot;</w:t>');
  });

  it.skipIf(!SOFFICE).each(['fr', 'nl'] as const)('opens in LibreOffice and converts to PDF with no warning (%s)', { timeout: 120_000 }, async (lang) => {
    const file = join(dir, `draft-${lang}.docx`);
    // As the CLI writes it: deflated by Node's zlib.
    writeFileSync(file, await draftReportDocx(buildDraftReport(result, INPUT, lang), { codec: nodeCodec }));
    const profile = join(dir, `profile-${lang}`);
    const run = spawnSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, file], {
      encoding: 'utf8',
      timeout: 110_000,
    });
    expect(run.status).toBe(0);
    const warnings = `${run.stderr}\n${run.stdout}`
      .split('\n')
      .filter((line) => line.trim() && !line.startsWith('convert ') && !ENVIRONMENT_NOTICE.test(line.trim()));
    expect(warnings).toEqual([]);
    const pdf = join(dir, `draft-${lang}.pdf`);
    expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    const figures =
      lang === 'fr'
        ? [
            '4.104 sociétaires ont rejoint',
            "aucune demande d'adhésion n'a été refusée",
            '213 sociétaires ont démissionné',
            '6 sont sortis de plein droit',
            '3 ont été exclus',
            '45.598 sociétaires au 31/12/2025',
            '45.473 en catégorie A',
            '101 en catégorie B',
            '24 en catégorie C',
            '17/06/2025 a réuni 1.611',
            '90 journées',
            '864 participants',
          ]
        : [
            '4.104 aandeelhouders',
            'geen enkele aanvraag tot toetreding werd geweigerd',
            '213 uittredingen',
            '6 uittredingen van rechtswege',
            '3 uitsluitingen',
            '45.598 aandeelhouders op 31/12/2025',
            '45.473 in categorie A',
            '101 in categorie B',
            '24 in categorie C',
            '17/06/2025 waren 1.611',
            '90 opleidingsdagen',
            '864 deelnemers',
          ];
    for (const figure of figures) expect(text).toContain(figure);
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
  });
});
