import { describe, expect, it } from 'vitest';
import type ExcelJS from 'exceljs';
import type { Workbook } from 'exceljs';
import { cooperativeSheets, openXlsx, utc, xlsxOf } from '../../../tests/helpers/xlsx';
import { check, extractWorkbook, type Finding, fingerprintOf, buildSpecialReport, type SpecialReport } from '../../core';
import { loadWorkbook, readSnapshot } from './source';
import { ExcelJsSink } from './sink';
import { STATE_SHEET_NAME } from './state';

const finding = (sheet: string, cell: string, severity: Finding['severity'], subject = 'M001'): Finding => ({
  conditionId: 'ES-7', severity, messageId: 'voterAboveTenth', sheet, cell, subject, fingerprint: fingerprintOf('ES-7', subject, 'voterAboveTenth'),
  params: { memberId: subject, meetingDate: '2025-06-17', votes: 3, ownVotes: 1, proxies: 2, votesRepresented: 20 },
});

async function roundTrip(workbook: Workbook): Promise<Workbook> {
  return openXlsx(new Uint8Array(await workbook.xlsx.writeBuffer()));
}

const yellow = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } } as const;

async function userWorkbook(): Promise<Workbook> {
  return loadWorkbook(await xlsxOf({ AG: [['Voix', 'Nom'], [3, 'Anne'], [1, 'Bart']] }, (workbook) => {
    const sheet = workbook.getWorksheet('AG')!;
    // The same user style on several cells: exceljs shares one style object between them.
    for (const address of ['A2', 'A3', 'B2']) sheet.getCell(address).fill = { ...yellow };
    sheet.getCell('A3').note = 'Vérifié par le trésorier';
  }));
}

async function reportOf(lang: 'fr' | 'nl' | 'en'): Promise<SpecialReport> {
  const snapshot = readSnapshot(await loadWorkbook(await xlsxOf(cooperativeSheets())));
  const result = check(extractWorkbook(snapshot));
  return buildSpecialReport(result, { fileName: 'coop.xlsx', sha256: 'ab'.repeat(32), checkedAt: '2026-01-15T10:00:00Z', toolVersion: '0.1.0' }, lang);
}

describe('exceljs sink: flags', () => {
  it('fills and notes a flagged cell without touching its value or the cells that shared its style', async () => {
    const workbook = await userWorkbook();
    const summary = await new ExcelJsSink(workbook).applyFlags([finding('AG', 'A2', 'breach'), finding('AG', 'A3', 'warning', 'M002')], 'fr');
    expect(summary).toEqual({ flagged: 2, noted: 2 });
    const sheet = (await roundTrip(workbook)).getWorksheet('AG')!;
    expect(sheet.getCell('A2').value).toBe(3);
    expect(sheet.getCell('A3').value).toBe(1);
    expect(sheet.getCell('A2').fill).toMatchObject({ fgColor: { argb: 'FFFFC7CE' } });
    expect(sheet.getCell('A3').fill).toMatchObject({ fgColor: { argb: 'FFFFEB9C' } });
    expect(sheet.getCell('B2').fill).toMatchObject(yellow);
    expect(sheet.getCell('A2').note).toMatch(/^CoopCheck: ES-7 Le sociétaire M001 vote avec 3 voix/);
    // A user's note is kept and the message appended after it.
    expect(sheet.getCell('A3').note).toMatch(/^Vérifié par le trésorier\n\nCoopCheck: ES-7 /);
  });

  it('puts several findings of one cell in one note, and leaves info findings unflagged', async () => {
    const workbook = await userWorkbook();
    const summary = await new ExcelJsSink(workbook).applyFlags(
      [finding('AG', 'A2', 'warning'), finding('AG', 'A2', 'breach', 'M009'), finding('AG', 'B3', 'info')], 'en');
    expect(summary).toEqual({ flagged: 1, noted: 1 });
    const cell = workbook.getWorksheet('AG')!.getCell('A2');
    expect(String(cell.note).match(/CoopCheck:/g)).toHaveLength(2);
    expect(cell.fill).toMatchObject({ fgColor: { argb: 'FFFFC7CE' } });
    expect(workbook.getWorksheet('AG')!.getCell('B3').fill).toBeUndefined();
  });

  it('clears its flags back to the fills and notes the cells had, also after the file was saved and reopened', async () => {
    const original = await userWorkbook();
    const before = JSON.stringify(['A2', 'A3', 'B2'].map((a) => [original.getWorksheet('AG')!.getCell(a).fill, original.getWorksheet('AG')!.getCell(a).note]));
    await new ExcelJsSink(original).applyFlags([finding('AG', 'A2', 'breach'), finding('AG', 'A3', 'warning', 'M002'), finding('AG', 'C9', 'breach', 'M003')], 'nl');
    const reopened = await roundTrip(original);
    await new ExcelJsSink(reopened).clearFlags();
    const cleared = await roundTrip(reopened);
    const sheet = cleared.getWorksheet('AG')!;
    expect(JSON.stringify(['A2', 'A3', 'B2'].map((a) => [sheet.getCell(a).fill, sheet.getCell(a).note]))).toBe(before);
    expect(sheet.getCell('C9').note).toBeUndefined();
    expect(sheet.getCell('C9').fill).toBeUndefined();
  });

  it('keeps a note the user wrote over a flagged cell when clearing, and removes an emptied state sheet', async () => {
    const workbook = await userWorkbook();
    await new ExcelJsSink(workbook).applyFlags([finding('AG', 'B3', 'breach', 'M002')], 'fr');
    workbook.getWorksheet('AG')!.getCell('B3').note = 'Remboursement validé par le CA';
    await new ExcelJsSink(workbook).clearFlags();
    expect(workbook.getWorksheet('AG')!.getCell('B3').note).toBe('Remboursement validé par le CA');
    expect(workbook.getWorksheet(STATE_SHEET_NAME)).toBeUndefined();
  });

  it('replaces the flags of an earlier run rather than stacking notes', async () => {
    const workbook = await userWorkbook();
    await new ExcelJsSink(workbook).applyFlags([finding('AG', 'A3', 'warning', 'M002')], 'fr');
    const again = await roundTrip(workbook);
    await new ExcelJsSink(again).applyFlags([finding('AG', 'A3', 'warning', 'M002')], 'fr');
    expect(String(again.getWorksheet('AG')!.getCell('A3').note).match(/CoopCheck:/g)).toHaveLength(1);
    expect(again.getWorksheet('AG')!.getCell('A3').note).toMatch(/^Vérifié par le trésorier\n\n/);
  });
});

describe('exceljs sink: summary sheet', () => {
  it('writes the report as the last visible sheet, named in the language, with its state very hidden', async () => {
    const annexes = { fr: 'Annexe T5', nl: 'Bijlage T5', en: 'Annex T5' };
    for (const [lang, name] of [['fr', 'Rapport spécial'], ['nl', 'Bijzonder verslag'], ['en', 'Special report']] as const) {
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
      sheet.eachRow((row, n) => { if (!found && row.getCell(1).value === text) found = n; });
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
    sheet.getRow(findings + 2).eachCell((cell) => { if (cell.isMerged ? cell.master === cell : true) cells.push(cell.value); });
    expect(cells).toContainEqual({ formula: 'HYPERLINK("#\'AG\'!E2","AG!E2")', result: 'AG!E2' });
    // The message wraps over its merged span: the row is as tall as its lines.
    expect(sheet.getColumn(2).width).toBe(3);
    expect(sheet.getRow(findings + 2).height).toBeGreaterThan(15);
  });

  it('writes money in euros with a euro format and percentages as fractions', async () => {
    const workbook = await userWorkbook();
    const report: SpecialReport = {
      lang: 'en', sheetName: 'Special report', title: 'Special report', header: [],
      tables: [{
        id: 'T4', title: 'T4', columns: [{ header: 'Amount', kind: 'money' }, { header: 'Rate', kind: 'percent' }],
        rows: [[123_456, 60_000]],
      }],
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
  it("the checked copy reads as the same data as the user's file", async () => {
    const bytes = await xlsxOf(cooperativeSheets());
    const workbook = await loadWorkbook(bytes);
    const before = readSnapshot(workbook);
    const result = check(extractWorkbook(before));
    const sink = new ExcelJsSink(workbook);
    await sink.applyFlags(result.findings, 'fr');
    await sink.writeSummary(buildSpecialReport(result, { fileName: 'c.xlsx', sha256: '0', checkedAt: '2026-01-01', toolVersion: '0' }, 'fr'));
    const after = readSnapshot(await loadWorkbook(new Uint8Array(await workbook.xlsx.writeBuffer())));
    expect(after).toEqual(before);
  });
});
