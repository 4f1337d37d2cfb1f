import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type ExcelJS from 'exceljs';
import { cooperativeSheets, openXlsx, xlsxOf, type Rows } from '../../../tests/helpers/xlsx';
import { check, type Finding, fingerprintOf, buildSpecialReport } from '../../core';
import { extractPackage } from '../../../tests/oracles/exceljs/stream-source';
import { STATE_SHEET_NAME } from '../workbook-state';
import { writeCheckedCopy } from './checked-copy';
import { XlsxPackage } from './package';
import { ZipReader, ZipWriter, writeZipFile } from './zip';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'coopcheck-copy-'));
  dirs.push(dir);
  return dir;
}

async function fileOf(sheets: Readonly<Record<string, Rows>>, configure?: (workbook: ExcelJS.Workbook) => void): Promise<string> {
  const path = join(tempDir(), 'coop.xlsx');
  writeFileSync(path, await xlsxOf(sheets, configure));
  return path;
}

const finding = (sheet: string, cell: string, severity: Finding['severity'], subject = 'M001'): Finding => ({
  conditionId: 'ES-7',
  severity,
  messageId: 'voterAboveTenth',
  sheet,
  cell,
  subject,
  fingerprint: fingerprintOf('ES-7', subject, 'voterAboveTenth'),
  params: { memberId: subject, meetingDate: '2025-06-17', votes: 3, ownVotes: 1, proxies: 2, votesRepresented: 20 },
});

/** Checks `input` as the CLI does and writes its copy; `findings` replaces the check's own when given. */
async function checkedCopy(input: string, options: { findings?: Finding[]; lang?: 'fr' | 'en' } = {}) {
  const output = join(tempDir(), 'coop.checked.xlsx');
  const pkg = await XlsxPackage.open(input);
  try {
    const { model, state } = await extractPackage(pkg);
    const result = check(model);
    const lang = options.lang ?? 'fr';
    const report = buildSpecialReport(
      result,
      { fileName: 'coop.xlsx', sha256: 'ab'.repeat(32), checkedAt: '2026-01-15T10:00:00Z', toolVersion: '0.1.0' },
      lang,
    );
    const summary = await writeZipFile(output, (writer) =>
      writeCheckedCopy(pkg, writer, { findings: options.findings ?? result.findings, lang, report, state }),
    );
    return { output, summary, workbook: await openXlsx(readFileSync(output)) };
  } finally {
    await pkg.close();
  }
}

const stateOf = (workbook: ExcelJS.Workbook) => {
  let json = '';
  workbook
    .getWorksheet(STATE_SHEET_NAME)!
    .getColumn(1)
    .eachCell((cell) => {
      json += String(cell.value);
    });
  return JSON.parse(json);
};

/** The text of parts of a package. */
async function partsOf(path: string, parts: readonly string[]): Promise<string[]> {
  const zip = await ZipReader.open(path);
  try {
    return await Promise.all(
      parts.map(async (part) => {
        const chunks: Buffer[] = [];
        for await (const chunk of await zip.stream(zip.entries.get(part)!)) chunks.push(chunk as Buffer);
        return Buffer.concat(chunks).toString('utf8');
      }),
    );
  } finally {
    await zip.close();
  }
}

const yellow = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } } as const;
/** A cell's fill; exceljs reads "no fill" as undefined or as the pattern none, depending on the cell format. */
const fillOf = (cell: ExcelJS.Cell) => (cell.fill?.type === 'pattern' && cell.fill.pattern === 'none' ? undefined : cell.fill);

describe('checked copy of a workbook package', () => {
  it('flags and notes the cells of findings, adds the summary and state sheets, and keeps every value', async () => {
    const input = await fileOf(cooperativeSheets());
    const { summary, workbook } = await checkedCopy(input);
    // ES-7 on AG!E2. ES-5 is not evaluated: without a refund column or share movements, a missing
    // refund cannot be told from an unrecorded one (never pass, nor warn, on half the evidence).
    expect(summary).toEqual({ flagged: 1, noted: 1, withoutNote: 0, summarySheet: 'Rapport spécial' });
    const cell = workbook.getWorksheet('AG')!.getCell('E2');
    expect(cell.value).toBe(1);
    expect(cell.fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } });
    expect(cell.note).toMatch(/^CoopCheck: ES-7 Le sociétaire M001 vote avec 3 voix/);
    expect(workbook.worksheets.map((s) => [s.name, s.state])).toEqual([
      ['Registre', 'visible'],
      ['AG', 'visible'],
      ['Paramètres', 'visible'],
      ['Rapport spécial', 'visible'],
      [STATE_SHEET_NAME, 'veryHidden'],
      ['Annexe T5', 'visible'],
    ]);
    const original = await openXlsx(readFileSync(input));
    for (const sheet of original.worksheets) {
      sheet.eachRow((row, r) => row.eachCell((c, col) => expect(workbook.getWorksheet(sheet.name)!.getCell(r, col).value).toEqual(c.value)));
    }
    expect(workbook.getWorksheet('Rapport spécial')!.getCell('A1').value).toMatch(/^Rapport spécial/);
    expect(stateOf(workbook)).toEqual({
      version: 1,
      summarySheet: 'Rapport spécial',
      annexSheets: ['Annexe T5'],
      flags: [{ sheet: 'AG', cell: 'E2', fill: null, note: null }],
    });
  });

  it('copies the parts it does not change as they were, compressed bytes and all', async () => {
    const input = await fileOf(cooperativeSheets());
    const { output } = await checkedCopy(input, { findings: [finding('AG', 'E2', 'breach')] });
    const [before, after] = [await ZipReader.open(input), await ZipReader.open(output)];
    try {
      // Only the AG sheet has a finding.
      for (const part of ['xl/worksheets/sheet1.xml', 'xl/worksheets/sheet3.xml', 'xl/sharedStrings.xml', 'xl/theme/theme1.xml', 'docProps/core.xml']) {
        const [a, b] = [before.entries.get(part)!, after.entries.get(part)!];
        expect([b.crc, b.compressedSize, b.size]).toEqual([a.crc, a.compressedSize, a.size]);
      }
      expect(after.entries.get('xl/worksheets/sheet2.xml')!.crc).not.toBe(before.entries.get('xl/worksheets/sheet2.xml')!.crc);
    } finally {
      await Promise.all([before.close(), after.close()]);
    }
  });

  it("keeps a user's fill and note, records them, and leaves the cells sharing the style alone", async () => {
    const input = await fileOf(
      {
        AG: [
          ['Voix', 'Nom'],
          [3, 'Anne'],
          [1, 'Bart'],
        ],
      },
      (workbook) => {
        const sheet = workbook.getWorksheet('AG')!;
        for (const address of ['A2', 'A3', 'B2']) sheet.getCell(address).fill = { ...yellow };
        sheet.getCell('A3').note = 'Vérifié par le trésorier';
      },
    );
    const { workbook, summary } = await checkedCopy(input, {
      findings: [finding('AG', 'A2', 'breach'), finding('AG', 'A3', 'warning', 'M002'), finding('AG', 'B3', 'info')],
    });
    expect(summary).toMatchObject({ flagged: 2, noted: 1 });
    const sheet = workbook.getWorksheet('AG')!;
    expect(sheet.getCell('A2').fill).toMatchObject({ fgColor: { argb: 'FFFFC7CE' } });
    expect(sheet.getCell('A3').fill).toMatchObject({ fgColor: { argb: 'FFFFEB9C' } });
    expect(sheet.getCell('B2').fill).toMatchObject(yellow);
    expect(fillOf(sheet.getCell('B3'))).toBeUndefined();
    expect(sheet.getCell('A2').note).toMatch(/^CoopCheck: ES-7 /);
    // The user's note is left as it is; the finding is on the summary sheet.
    expect(sheet.getCell('A3').note).toBe('Vérifié par le trésorier');
    expect(stateOf(workbook).flags).toEqual([
      { sheet: 'AG', cell: 'A2', fill: yellow, note: null },
      { sheet: 'AG', cell: 'A3', fill: yellow, note: 'Vérifié par le trésorier' },
    ]);
  });

  it("opens on the report, laid out to print, with T5's annex; a re-check reuses the annex sheet", async () => {
    // The user's workbook was saved with its register selected.
    const input = await fileOf(cooperativeSheets(), (workbook) => {
      workbook.getWorksheet('Registre')!.views = [{ tabSelected: true } as unknown as ExcelJS.WorksheetView];
    });
    const first = await checkedCopy(input);
    const [workbookXml, registre, summaryXml, annexXml] = await partsOf(first.output, [
      'xl/workbook.xml',
      'xl/worksheets/sheet1.xml',
      'xl/worksheets/sheet4.xml',
      'xl/worksheets/sheet6.xml',
    ]);
    // Sheets: Registre, AG, Paramètres, the report (index 3), the state, the annex (index 5).
    expect(workbookXml).toMatch(/<workbookView\b[^>]*activeTab="3"/);
    expect(registre).not.toMatch(/tabSelected/);
    expect(summaryXml).toMatch(/<sheetView tabSelected="1"/);
    expect(summaryXml).toMatch(/<pageSetup paperSize="9" scale="100" orientation="portrait"\/>/);
    expect(summaryXml).toMatch(/<mergeCells count="\d+"><mergeCell ref="A1:AD1"\/>/);
    expect(summaryXml).toMatch(/<row r="1" ht="\d+(\.\d+)?" customHeight="1">/);
    expect(annexXml).toContain('Annexe — T5');
    expect(workbookXml).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="5">'Annexe T5'!$2:$2</definedName>`);

    const second = await checkedCopy(first.output, { lang: 'en' });
    expect(second.workbook.worksheets.map((s) => s.name)).toEqual(['Registre', 'AG', 'Paramètres', 'Special report', STATE_SHEET_NAME, 'Annex T5']);
    expect(stateOf(second.workbook)).toMatchObject({ summarySheet: 'Special report', annexSheets: ['Annex T5'] });
    const [again] = await partsOf(second.output, ['xl/workbook.xml']);
    expect(again!.match(/_xlnm\.Print_Titles/g)).toHaveLength(1);
    expect(again!).toContain(`localSheetId="5">'Annex T5'!$2:$2<`);
  });

  it('clears the flags of an earlier check before flagging again, reusing its summary sheet', async () => {
    const input = await fileOf(
      {
        AG: [
          ['Voix', 'Nom'],
          [3, 'Anne'],
          [1, 'Bart'],
        ],
      },
      (workbook) => {
        workbook.getWorksheet('AG')!.getCell('A2').fill = { ...yellow };
        workbook.getWorksheet('AG')!.getCell('B3').note = 'À revoir';
      },
    );
    const first = await checkedCopy(input, {
      findings: [finding('AG', 'A2', 'breach'), finding('AG', 'A3', 'warning', 'M002'), finding('AG', 'B3', 'breach', 'M003')],
    });
    const second = await checkedCopy(first.output, { findings: [finding('AG', 'A3', 'breach', 'M002')], lang: 'en' });
    const sheet = second.workbook.getWorksheet('AG')!;
    expect(sheet.getCell('A2').fill).toMatchObject(yellow);
    expect(sheet.getCell('A2').note).toBeUndefined();
    expect(sheet.getCell('A3').fill).toMatchObject({ fgColor: { argb: 'FFFFC7CE' } });
    expect(sheet.getCell('A3').note).toMatch(/^CoopCheck: ES-7 Member M002/);
    expect(fillOf(sheet.getCell('B3'))).toBeUndefined();
    expect(sheet.getCell('B3').note).toBe('À revoir');
    expect(second.workbook.worksheets.map((s) => s.name)).toEqual(['AG', 'Special report', STATE_SHEET_NAME]);
    expect(stateOf(second.workbook)).toMatchObject({ summarySheet: 'Special report', flags: [{ sheet: 'AG', cell: 'A3', fill: null, note: null }] });
    // Reading the copy again skips CoopCheck's sheets.
    const pkg = await XlsxPackage.open(second.output);
    try {
      expect((await extractPackage(pkg)).model.unrecognisedSheets).toEqual(['AG']);
    } finally {
      await pkg.close();
    }
  });

  it('drops a calculation chain, which Excel rebuilds, and adds a styles part to a workbook without one', async () => {
    const plain = await fileOf({ AG: [['Voix'], [3]] });
    const bare = join(tempDir(), 'bare.xlsx');
    const zip = await ZipReader.open(plain);
    const writer = await ZipWriter.create(bare);
    for (const [name, entry] of zip.entries) {
      if (name === 'xl/styles.xml') continue;
      if (name === 'xl/_rels/workbook.xml.rels') {
        const rels = (await zip.read(entry))
          .toString('utf8')
          .replace(/<Relationship [^>]*styles[^>]*\/>/, '')
          .replace(
            '</Relationships>',
            '<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain" Target="calcChain.xml"/></Relationships>',
          );
        await writer.add(name, rels);
      } else if (name === '[Content_Types].xml') {
        const types = (await zip.read(entry))
          .toString('utf8')
          .replace(/<Override PartName="\/xl\/styles.xml"[^>]*\/>/, '')
          .replace(
            '</Types>',
            '<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/></Types>',
          );
        await writer.add(name, types);
      } else {
        await writer.copy(zip, entry);
      }
    }
    await writer.add('xl/calcChain.xml', '<calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="B9" i="1"/></calcChain>');
    await writer.close();
    await zip.close();

    const { output, workbook } = await checkedCopy(bare, { findings: [finding('AG', 'A2', 'breach')] });
    expect(workbook.getWorksheet('AG')!.getCell('A2').fill).toMatchObject({ fgColor: { argb: 'FFFFC7CE' } });
    const copy = await ZipReader.open(output);
    try {
      expect(copy.entries.has('xl/calcChain.xml')).toBe(false);
      expect(copy.entries.has('xl/styles.xml')).toBe(true);
      const types = (await copy.read(copy.entries.get('[Content_Types].xml')!)).toString('utf8');
      expect(types).not.toContain('calcChain');
      expect(types).toContain('/xl/styles.xml');
    } finally {
      await copy.close();
    }
  });
});
