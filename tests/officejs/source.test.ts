import { describe, expect, it } from 'vitest';
import { OfficeSnapshotSource } from '../../src/adapters/officejs/source';
import { PAYLOAD_BUDGET_BYTES } from '../../src/adapters/officejs/batches';
import { STATE_SHEET_NAME, stateChunks } from '../../src/adapters/workbook-state';
import type { Progress } from '../../src/core/ports';
import { extractWorkbook } from '../../src/core/extract/extract';
import { isoOfDay } from '../../src/core/dates';
import { REGISTER_COLUMNS, addRegister, fakeExcel, syncsOf } from './helpers';

describe('OfficeSnapshotSource', () => {
  it('reads a 50,000-member register in a few syncs, each within the payload budget', async () => {
    const book = fakeExcel();
    addRegister(book, 50_000);
    const progress: Progress[] = [];
    const { result: snapshot, syncs } = await syncsOf(book, () => new OfficeSnapshotSource().read((p) => progress.push(p)));
    console.log(`[officejs] read of a 50,000-member register: ${syncs} syncs, largest response ${Math.max(...book.syncs.map((s) => s.responseBytes))} bytes`);

    // Two to list the sheets and their used ranges, then one per row block of ≤ 2 MB.
    expect(syncs).toBeLessThanOrEqual(10);
    expect(book.syncs.every((s) => s.responseBytes <= PAYLOAD_BUDGET_BYTES * 1.25 && !s.error)).toBe(true);
    const rows = snapshot.sheets[0]!.rows;
    expect(rows).toHaveLength(50_003);
    expect(rows[0]).toEqual(['Registre des sociétaires']);
    expect(rows[1]).toEqual([]);
    expect(rows[2]).toEqual(REGISTER_COLUMNS);
    expect(rows[3]).toEqual(['M000001', 'Nom1', 'Prénom1', 'membre1@example.be', '+32 470 000001', 'A', 42_006, null, 2, 25, 50, false]);
    expect(progress.at(-1)).toEqual({ phase: 'reading', done: 50_003, total: 50_003, sheet: 'Registre' });
  });

  it('places a used range that does not start at A1, turns "" into null and keeps errors as text', async () => {
    const book = fakeExcel();
    book.addSheet('Assemblées').setValues('C3', [
      ['Date', 'Membre', 'Présent'],
      [45_000, '', true],
      ['#N/A', 'M2', false],
      [null, '  ', null],
    ]);
    const snapshot = await new OfficeSnapshotSource().read();
    expect(snapshot.sheets).toEqual([
      {
        name: 'Assemblées',
        // The row of blanks after the data is dropped, as the exceljs adapter drops it.
        rows: [[], [], [null, null, 'Date', 'Membre', 'Présent'], [null, null, 45_000, null, true], [null, null, '#N/A', 'M2', false]],
      },
    ]);
  });

  it('gives an empty sheet no rows', async () => {
    const book = fakeExcel();
    book.addSheet('Vide');
    expect(await new OfficeSnapshotSource().read()).toEqual({ sheets: [{ name: 'Vide', rows: [] }] });
  });

  it('halves the block when Excel refuses a payload, and still reads everything', async () => {
    const book = fakeExcel();
    addRegister(book, 20_000);
    book.payloadLimitBytes = 900_000;
    const snapshot = await new OfficeSnapshotSource().read();
    expect(snapshot.sheets[0]!.rows).toHaveLength(20_003);
    expect(book.syncs.some((s) => s.error === 'ResponsePayloadSizeLimitExceeded')).toBe(true);
    expect(snapshot.sheets[0]!.rows[20_002]![0]).toBe('M020000');
  });

  it("leaves CoopCheck's own sheets out: the state sheet and the summary sheet it wrote", async () => {
    const book = fakeExcel();
    addRegister(book, 3);
    book.addSheet('Rapport spécial').setValues('A1', [['Rapport spécial 2025']]);
    const state = book.addSheet(STATE_SHEET_NAME);
    state.visibility = 'VeryHidden';
    state.setValues(
      'A1',
      stateChunks({ version: 1, summarySheet: 'Rapport spécial', flags: [] }).map((chunk) => [chunk]),
    );
    const snapshot = await new OfficeSnapshotSource().read();
    expect(snapshot.sheets.map((s) => s.name)).toEqual(['Registre']);
  });
});

describe('OfficeSnapshotSource and the 1904 date system', () => {
  it('asks Excel which date system the workbook uses, in the syncs it already makes, so that a date reads the same day', async () => {
    const rows = [
      ['N° sociétaire', "Date d'adhésion"],
      ['M1', 44_363],
    ];
    const mac = fakeExcel();
    mac.date1904 = true;
    mac.addSheet('Registre').setValues('A1', rows);
    const { result: snapshot, syncs } = await syncsOf(mac, () => new OfficeSnapshotSource().read());
    expect(snapshot.date1904).toBe(true);
    // 44 363 in the 1904 system is 17/06/2025, as 45 825 is in the 1900 system.
    expect(isoOfDay(extractWorkbook(snapshot).members[0]!.admissionDate!)).toBe('2025-06-17');

    const windows = fakeExcel();
    windows.addSheet('Registre').setValues('A1', [rows[0]!, ['M1', 45_825]]);
    const { result: plain, syncs: plainSyncs } = await syncsOf(windows, () => new OfficeSnapshotSource().read());
    expect(plain.date1904).toBeUndefined();
    expect(isoOfDay(extractWorkbook(plain).members[0]!.admissionDate!)).toBe('2025-06-17');
    expect(syncs).toBe(plainSyncs);
  });
});

describe('OfficeSnapshotSource and merged cells', () => {
  it('gives a merged range’s value to every cell of it, as the exceljs source does, with no sync of its own', async () => {
    const book = fakeExcel();
    const sheet = book.addSheet('Registre');
    sheet.setValues('A1', [
      ['N° sociétaire', 'Catégorie', "Date d'adhésion"],
      ['M1', 'A', 45_000],
      ['M2', '', 45_001],
      ['M3', '', 45_002],
      ['M4', 'B', 45_003],
    ]);
    sheet.merged.push({ row: 1, column: 1, rows: 3, columns: 1 });
    const { result: snapshot, syncs } = await syncsOf(book, () => new OfficeSnapshotSource().read());
    expect(snapshot.sheets[0]!.rows.map((r) => r[1])).toEqual(['Catégorie', 'A', 'A', 'A', 'B']);
    expect(extractWorkbook(snapshot).members.map((m) => m.category)).toEqual(['A', 'A', 'A', 'B']);

    const plain = fakeExcel();
    plain.addSheet('Registre').setValues('A1', [
      ['N° sociétaire', 'Catégorie'],
      ['M1', 'A'],
    ]);
    const { syncs: plainSyncs } = await syncsOf(plain, () => new OfficeSnapshotSource().read());
    expect(syncs).toBe(plainSyncs);
  });

  it('reads addresses of merged areas as Excel writes them, quoted sheet names included', async () => {
    const { mergedAreas } = await import('../../src/adapters/officejs/source');
    expect(mergedAreas("Registre!B2:B4, 'AG 2025'!$C$5, 'L''an'!A1:C2")).toEqual([
      { row: 1, column: 1, rows: 3, columns: 1 },
      { row: 4, column: 2, rows: 1, columns: 1 },
      { row: 0, column: 0, rows: 2, columns: 3 },
    ]);
  });
});
