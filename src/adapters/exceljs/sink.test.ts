import { describe, expect, it } from 'vitest';
import type ExcelJS from 'exceljs';
import type { Workbook } from 'exceljs';
import { cooperativeSheets, openXlsx, utc, xlsxOf } from '../../../tests/helpers/xlsx';
import { check, extractWorkbook, buildSpecialReport, type SpecialReport } from '../../core';
import { loadWorkbook, readSnapshot } from '../../../tests/oracles/exceljs/source';
import { ExcelJsSink } from './sink';
import { STATE_SHEET_NAME } from './state';

async function roundTrip(workbook: Workbook): Promise<Workbook> {
  return openXlsx(new Uint8Array(await workbook.xlsx.writeBuffer()));
}

const yellow = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } } as const;

async function userWorkbook(): Promise<Workbook> {
  return loadWorkbook(
    await xlsxOf(
      {
        AG: [
          ['Voix', 'Nom'],
          [3, 'Anne'],
          [1, 'Bart'],
        ],
      },
      (workbook) => {
        const sheet = workbook.getWorksheet('AG')!;
        // The same user style on several cells: exceljs shares one style object between them.
        for (const address of ['A2', 'A3', 'B2']) sheet.getCell(address).fill = { ...yellow };
        sheet.getCell('A3').note = 'Vérifié par le trésorier';
      },
    ),
  );
}

async function reportOf(lang: 'fr' | 'nl' | 'en'): Promise<SpecialReport> {
  const snapshot = readSnapshot(await loadWorkbook(await xlsxOf(cooperativeSheets())));
  const result = check(extractWorkbook(snapshot));
  return buildSpecialReport(result, { fileName: 'coop.xlsx', sha256: 'ab'.repeat(32), checkedAt: '2026-01-15T10:00:00Z', toolVersion: '0.1.0' }, lang);
}

describe('exceljs sink: summary sheet', () => {
  it('writes the report as the last visible sheet, named in the language, with its state very hidden', async () => {
    const annexes = { fr: 'Annexe T5', nl: 'Bijlage T5', en: 'Annex T5' };
    for (const [lang, name] of [
      ['fr', 'Rapport spécial'],
      ['nl', 'Bijzonder verslag'],
      ['en', 'Special report'],
    ] as const) {
      const workbook = await userWorkbook();
      expect(await new ExcelJsSink(workbook).writeSummary(await reportOf(lang))).toBe(name);
      const reopened = await roundTrip(workbook);
      const visible = reopened.worksheets.filter((s) => s.state === 'visible').map((s) => s.name);
      // T5's every exit goes to an annex sheet after the report.
      expect(visible).toEqual(['AG', name, annexes[lang]]);
      // The copy opens on the report, the only sheet selected.
      expect(reopened.views[0]!.activeTab).toBe(reopened.worksheets.findIndex((s) => s.name === name));
      // (exceljs reads tabSelected back as nothing: the views it writes are checked.)
      expect(workbook.worksheets.filter((s) => (s.views?.[0] as { tabSelected?: boolean } | undefined)?.tabSelected).map((s) => s.name)).toEqual([name]);
      expect(reopened.getWorksheet(STATE_SHEET_NAME)!.state).toBe('veryHidden');
    }
  });

  it("picks a new name when the user's workbook has a sheet of that name, and replaces its own on a re-check", async () => {
    const workbook = await loadWorkbook(await xlsxOf({ 'Rapport spécial': [['notes du trésorier']] }));
    const report = await reportOf('fr');
    expect(await new ExcelJsSink(workbook).writeSummary(report)).toBe('Rapport spécial (2)');
    const reopened = await roundTrip(workbook);
    expect(await new ExcelJsSink(reopened).writeSummary(report)).toBe('Rapport spécial (2)');
    expect(reopened.worksheets.map((s) => s.name).sort()).toEqual(['Annexe T5', 'Rapport spécial', 'Rapport spécial (2)', STATE_SHEET_NAME].sort());
    expect(reopened.getWorksheet('Rapport spécial')!.getCell('A1').value).toBe('notes du trésorier');
  });

  it('lays out the title, header block and tables with typed, formatted cells and links to the flagged cells', async () => {
    const workbook = await userWorkbook();
    const report = await reportOf('fr');
    await new ExcelJsSink(workbook).writeSummary(report);
    const sheet = (await roundTrip(workbook)).getWorksheet('Rapport spécial')!;
    expect(sheet.getCell('A1').value).toBe('Rapport spécial — exercice 2025');
    expect(sheet.getCell('A1').font).toMatchObject({ bold: true });
    // A4 portrait at 100 %, on the grid of report-layout.ts: header labels span A:H, their values I on.
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'portrait', scale: 100 });
    expect(sheet.getCell('A3').value).toBe('Coopérative');
    expect(sheet.getCell('I3').value).toBe('Les Tisserands');

    const rowOf = (text: string) => {
      let found = 0;
      sheet.eachRow((row, n) => {
        if (!found && row.getCell(1).value === text) found = n;
      });
      return found;
    };
    const compliance = rowOf("Respect des conditions d'agrément");
    expect(compliance).toBeGreaterThan(0);
    expect(sheet.getRow(compliance + 1).getCell(1).value).toBe('Id');
    expect(sheet.getRow(compliance + 1).getCell(1).font).toMatchObject({ bold: true });

    const meetings = rowOf('T2 Assemblées générales');
    const meeting = sheet.getRow(meetings + 2);
    // exceljs reads a date-formatted serial back as a Date.
    expect(meeting.getCell(1).value).toEqual(utc(2025, 6, 17));
    expect(meeting.getCell(1).numFmt).toBe('dd/mm/yyyy');

    const findings = rowOf('Constats');
    const cells: ExcelJS.CellValue[] = [];
    sheet.getRow(findings + 2).eachCell((cell) => {
      if (cell.isMerged ? cell.master === cell : true) cells.push(cell.value);
    });
    expect(cells).toContainEqual({ formula: 'HYPERLINK("#\'AG\'!E2","AG!E2")', result: 'AG!E2' });
    // The message wraps over its merged span: the row is as tall as its lines.
    expect(sheet.getColumn(2).width).toBe(3);
    expect(sheet.getRow(findings + 2).height).toBeGreaterThan(15);
  });

  it('writes money in euros with a euro format and percentages as fractions', async () => {
    const workbook = await userWorkbook();
    const report: SpecialReport = {
      lang: 'en',
      sheetName: 'Special report',
      title: 'Special report',
      header: [],
      tables: [
        {
          id: 'T4',
          title: 'T4',
          columns: [
            { header: 'Amount', kind: 'money' },
            { header: 'Rate', kind: 'percent' },
          ],
          rows: [[123_456, 60_000]],
        },
      ],
    };
    await new ExcelJsSink(workbook).writeSummary(report);
    const sheet = (await roundTrip(workbook)).getWorksheet('Special report')!;
    // Title on row 1, the table's title on row 4, its header on row 5; the rate's span starts after the amount's.
    expect(sheet.getCell('A6').value).toBe(1234.56);
    expect(sheet.getCell('A6').numFmt).toBe('#,##0.00 "€"');
    const rate = sheet.getRow(6).findCell([...Array(30).keys()].find((c) => sheet.getRow(6).getCell(c + 1).value === 0.06)! + 1)!;
    expect(rate.numFmt).toBe('0.00%');
  });
});

describe('exceljs round trip', () => {
  it("the workbook with its summary reads as the same data as the user's file", async () => {
    const bytes = await xlsxOf(cooperativeSheets());
    const workbook = await loadWorkbook(bytes);
    const before = readSnapshot(workbook);
    const result = check(extractWorkbook(before));
    await new ExcelJsSink(workbook).writeSummary(
      buildSpecialReport(result, { fileName: 'c.xlsx', sha256: '0', checkedAt: '2026-01-01', toolVersion: '0' }, 'fr'),
    );
    const after = readSnapshot(await loadWorkbook(new Uint8Array(await workbook.xlsx.writeBuffer())));
    expect(after).toEqual(before);
  });
});
