/** Workbooks and findings for the Office.js adapter tests, on the fake Excel. */
import { onTestFinished } from 'vitest';
import type { Finding, Severity } from '../../src/core/findings';
import { fingerprintOf } from '../../src/core/findings';
import { installFakeOffice } from '../fake-excel/excel-api';
import type { FakeSheet, Scalar } from '../fake-excel/workbook';
import { FakeWorkbook } from '../fake-excel/workbook';

export const REGISTER_COLUMNS = [
  'N° membre',
  'Nom',
  'Prénom',
  'E-mail',
  'Téléphone',
  'Catégorie',
  "Date d'adhésion",
  'Date de sortie',
  'Parts',
  'Valeur nominale',
  'Libéré',
  'Fondateur',
];

/** Excel serial of 2015-01-01; admissions spread over the following years. */
const FIRST_ADMISSION = 42_005;

/** A member register as cooperatives keep it: a title in A1, headers in row 3, one member per row from row 4. */
export function addRegister(book: FakeWorkbook, members: number, name = 'Registre'): FakeSheet {
  const rows: (Scalar | null)[][] = [['Registre des sociétaires'], [], REGISTER_COLUMNS];
  for (let i = 1; i <= members; i += 1) {
    rows.push([
      `M${String(i).padStart(6, '0')}`,
      `Nom${i}`,
      `Prénom${i}`,
      `membre${i}@example.be`,
      `+32 470 ${String(i).padStart(6, '0')}`,
      i % 3 === 0 ? 'B' : 'A',
      FIRST_ADMISSION + (i % 3_650),
      i % 17 === 0 ? FIRST_ADMISSION + 4_000 : null,
      1 + (i % 20),
      25,
      (1 + (i % 20)) * 25,
      i % 50 === 0,
    ]);
  }
  return book.addSheet(name).setValues('A1', rows);
}

export function finding(sheet: string, cell: string, severity: Severity = 'breach', messageId = 'shareNotPaid'): Finding {
  const subject = `${sheet}!${cell}`;
  return { sheet, cell, conditionId: 'TEST-1', severity, messageId, params: {}, subject, fingerprint: fingerprintOf('TEST-1', subject, messageId) };
}

/** `count` findings scattered over the register's data cells; every tenth points at the cell of the one before. */
export function spreadFindings(sheet: string, count: number, members: number): Finding[] {
  return Array.from({ length: count }, (_, i) => {
    const spot = i % 10 === 9 ? i - 1 : i;
    const row = 4 + ((spot * 7_919) % members);
    const column = 'ABCDEFGHIJKL'[(spot * 5) % 12]!;
    return finding(sheet, `${column}${row}`, i % 4 === 0 ? 'warning' : 'breach');
  });
}

/** A fresh fake workbook installed as the Excel and Office globals for the current test. */
export function fakeExcel(excelApi = '1.18'): FakeWorkbook {
  const book = new FakeWorkbook();
  const uninstall = installFakeOffice(book, { excelApi });
  onTestFinished(uninstall);
  return book;
}

/** Syncs made while `work` runs. */
export async function syncsOf<T>(book: FakeWorkbook, work: () => Promise<T>): Promise<{ result: T; syncs: number }> {
  const before = book.syncCount;
  const result = await work();
  return { result, syncs: book.syncCount - before };
}
