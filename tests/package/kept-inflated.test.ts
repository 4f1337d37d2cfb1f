/**
 * WorkbookPackage.keepInflated: a sheet inflated once, read again from memory (a sheet with merged
 * ranges read a second time, a flagged sheet patched by the CLI's copy), byte for byte the same.
 */
import { describe, expect, it, vi } from 'vitest';
import { cooperativeSheets, xlsxOf } from '../helpers/xlsx';
import { WorkbookPackage } from '../../src/adapters/xlsx-package/parts';
import { ZipArchive, portableCodec } from '../../src/adapters/xlsx-package/zip-archive';
import { cellDecodingOf, readSheetRows } from '../../src/adapters/xlsx-package/read-parts';
import type { CellValue } from '../../src/core';
import { READERS } from '../../src/ui/worker/readers';

async function opened(bytes: Uint8Array) {
  const pkg = await WorkbookPackage.fromArchive(await ZipArchive.fromBytes(bytes, portableCodec));
  const inflations = vi.spyOn(pkg.zip, 'inflated');
  const part = (name: string) => pkg.sheets.find((s) => s.name === name)!.part;
  return { pkg, inflations, part };
}

async function bytesOf(chunks: AsyncIterable<Uint8Array>): Promise<{ text: string; chunks: number }> {
  const decoder = new TextDecoder();
  let text = '';
  let count = 0;
  for await (const chunk of chunks) {
    text += decoder.decode(chunk, { stream: true });
    count++;
  }
  return { text, chunks: count };
}

describe('parts kept inflated', () => {
  it('a part streamed to its end is given again from memory, the same bytes in the same chunks', async () => {
    const { pkg, inflations, part } = await opened(await xlsxOf(cooperativeSheets()));
    pkg.keepInflated(1 << 20);
    const first = await bytesOf(pkg.inflated(part('Registre'), 512));
    const again = await bytesOf(pkg.inflated(part('Registre'), 512));
    expect(first.chunks).toBeGreaterThan(1);
    expect(again).toEqual(first);
    expect(first.text).toBe(await pkg.text(part('Registre')));
    expect(inflations).toHaveBeenCalledTimes(1);
  });

  it('a part left before its end is not kept, nor one past what is left of the budget, nor any without keepInflated', async () => {
    const { pkg, inflations, part } = await opened(await xlsxOf(cooperativeSheets()));
    const register = part('Registre');
    const size = pkg.entry(register)!.size;
    await bytesOf(pkg.inflated(register, 512));
    await bytesOf(pkg.inflated(register, 512));
    expect(inflations).toHaveBeenCalledTimes(2);

    pkg.keepInflated(size - 1);
    await bytesOf(pkg.inflated(register, 512));
    await bytesOf(pkg.inflated(register, 512));
    expect(inflations).toHaveBeenCalledTimes(4);

    pkg.keepInflated(size);
    for await (const chunk of pkg.inflated(register, 512)) if (chunk.length) break;
    await bytesOf(pkg.inflated(register, 512));
    expect(inflations).toHaveBeenCalledTimes(6);
    await bytesOf(pkg.inflated(register, 512));
    expect(inflations).toHaveBeenCalledTimes(6);
    // The budget is spent: the next part is inflated each time.
    await bytesOf(pkg.inflated(part('AG'), 512));
    await bytesOf(pkg.inflated(part('AG'), 512));
    expect(inflations).toHaveBeenCalledTimes(8);
  });

  it('a sheet whose merged ranges cover its rows is read again into a new target, merged cells filled, without inflating it again', async () => {
    const bytes = await xlsxOf({ Feuille: [['Registre des membres'], ['N°', 'Nom'], ['M1', 'Anne'], ['M2']] }, (workbook) => {
      const sheet = workbook.getWorksheet('Feuille')!;
      sheet.mergeCells('A1:C1');
      sheet.mergeCells('B3:B4');
    });
    const { pkg, inflations, part } = await opened(bytes);
    pkg.keepInflated(1 << 20);
    const decoding = await cellDecodingOf(pkg);
    const targets: [number, CellValue[]][][] = [];
    await readSheetRows(pkg, part('Feuille'), decoding, () => {
      const rows: [number, CellValue[]][] = [];
      targets.push(rows);
      return { row: (rowNumber, values) => rows.push([rowNumber, [...values]]) };
    });
    expect(targets).toEqual([
      [
        [1, ['Registre des membres']],
        [2, ['N°', 'Nom']],
        [3, ['M1', 'Anne']],
        [4, ['M2']],
      ],
      [
        [1, ['Registre des membres', 'Registre des membres', 'Registre des membres']],
        [2, ['N°', 'Nom']],
        [3, ['M1', 'Anne']],
        [4, ['M2', 'Anne']],
      ],
    ]);
    expect(inflations.mock.calls.filter(([entry]) => entry.name === part('Feuille'))).toHaveLength(1);
  });

  it('the page lists a sheet read twice once, its head as the second reading gives it, and builds the model again from memory', async () => {
    const bytes = await xlsxOf(cooperativeSheets(), (workbook) => {
      const meeting = workbook.getWorksheet('AG')!;
      meeting.spliceRows(1, 0, ['Assemblée générale du 17/06/2025']);
      meeting.mergeCells('A1:E1');
    });
    const inflations = vi.spyOn(ZipArchive.prototype, 'inflated');
    try {
      const held = await READERS.package.open(bytes, () => undefined);
      expect(held.heads.map((head) => head.name)).toEqual(['Registre', 'AG', 'Paramètres']);
      expect(held.heads.find((head) => head.name === 'AG')!.rows[0]).toEqual(Array(5).fill('Assemblée générale du 17/06/2025'));
      const read = inflations.mock.calls.length;
      const first = await held.extract({}, () => undefined);
      const again = await held.extract({ meetings: { sheet: 'AG' } }, () => undefined);
      expect(again).toEqual(first);
      // Every sheet was read to its end once: both models came from memory.
      expect(inflations.mock.calls.length).toBe(read);
    } finally {
      inflations.mockRestore();
    }
  });
});
