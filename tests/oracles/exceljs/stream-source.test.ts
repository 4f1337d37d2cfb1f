import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type ExcelJS from 'exceljs';
import { cooperativeSheets, utc, xlsxOf, type Rows } from '../../helpers/xlsx';
import { extractWorkbook, type CellValue } from '../../../src/core';
import { XlsxPackage } from '../../../src/adapters/xlsx-package/package';
import { loadWorkbook, readSnapshot } from './source';
import { writeState } from '../../../src/adapters/exceljs/state';
import { extractPackage, streamRows } from './stream-source';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function both(sheets: Readonly<Record<string, Rows>>, configure?: (workbook: ExcelJS.Workbook) => void) {
  const bytes = await xlsxOf(sheets, configure);
  const dir = mkdtempSync(join(tmpdir(), 'coopcheck-stream-'));
  dirs.push(dir);
  writeFileSync(join(dir, 'coop.xlsx'), bytes);
  return { bytes, pkg: await XlsxPackage.open(join(dir, 'coop.xlsx')) };
}

/** The rows each sheet gives, by row number, as the streaming reader pushes them and as the snapshot holds them. */
async function rowsBothWays(sheets: Readonly<Record<string, Rows>>, configure?: (workbook: ExcelJS.Workbook) => void) {
  const { bytes, pkg } = await both(sheets, configure);
  const streamed: Record<string, Record<number, CellValue[]>> = {};
  try {
    await streamRows(pkg, {
      beginSheet(name) {
        const rows: Record<number, CellValue[]> = (streamed[name] = {});
        return {
          row: (rowNumber, values) => {
            if (values.length) rows[rowNumber] = [...values];
          },
          end: () => undefined,
        };
      },
    });
  } finally {
    await pkg.close();
  }
  const loaded: Record<string, Record<number, CellValue[]>> = {};
  for (const sheet of readSnapshot(await loadWorkbook(bytes)).sheets) {
    loaded[sheet.name] = Object.fromEntries(sheet.rows.flatMap((values, i) => (values.length ? [[i + 1, values]] : [])));
  }
  return { streamed, loaded };
}

describe('streaming source', () => {
  it('gives the values a workbook loaded whole gives: dates as serials, formulas as results, text of rich text and links', async () => {
    const { streamed, loaded } = await rowsBothWays({
      Data: [
        [utc(2025, 6, 17), new Date(Date.UTC(2025, 5, 17, 15, 30)), { formula: 'A1+1', result: 45826 }, { formula: 'TODAY()', result: utc(2025, 12, 31) }],
        [
          { richText: [{ text: 'Date ', font: { bold: true } }, { text: "d'adhésion" }] },
          { text: 'site', hyperlink: 'https://example.org' },
          { error: '#N/A' },
        ],
        [],
        [true, 12.5, '', null, 'François Peeters-Dubois de la Tour'],
      ],
    });
    expect(streamed).toEqual(loaded);
    expect(streamed.Data![1]).toEqual([45825, 45825, 45826, 46022]);
  });

  it('gives each cell of a merged range its first cell, as exceljs does', async () => {
    const { streamed, loaded } = await rowsBothWays({ Data: [['Titre'], ['a', 'b'], ['c', 'd']] }, (workbook) => {
      const sheet = workbook.getWorksheet('Data')!;
      sheet.mergeCells('A1:C1');
      sheet.mergeCells('B2:B3');
    });
    expect(streamed).toEqual(loaded);
    expect(streamed.Data).toEqual({ 1: ['Titre', 'Titre', 'Titre'], 2: ['a', 'b'], 3: ['c', 'b'] });
  });

  it('gives a date of a 1904 workbook as a serial of that system, which the extractor moves', async () => {
    const { streamed, loaded } = await rowsBothWays({ Data: [[utc(2025, 6, 17)]] }, (workbook) => {
      workbook.properties.date1904 = true;
    });
    expect(streamed).toEqual(loaded);
    expect(streamed.Data![1]).toEqual([45825 - 1462]);
  });

  it('builds the model the snapshot path builds', async () => {
    const { bytes, pkg } = await both(cooperativeSheets());
    try {
      const { model, hasData } = await extractPackage(pkg);
      expect(hasData).toBe(true);
      expect(model).toEqual(extractWorkbook(readSnapshot(await loadWorkbook(bytes))));
      expect(model.members).toHaveLength(22);
    } finally {
      await pkg.close();
    }
  });

  it("skips CoopCheck's state sheet and the summary sheet it names, and returns the state", async () => {
    const { pkg } = await both({ Registre: [['x']], 'Rapport spécial': [['Id', 'Condition']] }, (workbook) =>
      writeState(workbook, { version: 1, summarySheet: 'Rapport spécial', flags: [] }),
    );
    try {
      const names: string[] = [];
      const { state } = await streamRows(pkg, {
        beginSheet: (name) => {
          names.push(name);
          return { row: () => undefined, end: () => undefined };
        },
      });
      expect(names).toEqual(['Registre']);
      expect(state).toEqual({ version: 1, summarySheet: 'Rapport spécial', flags: [] });
    } finally {
      await pkg.close();
    }
  });
});
