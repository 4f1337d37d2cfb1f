import { describe, expect, it } from 'vitest';
import { columnLetters } from '../../core/snapshot';
import { RowsOutOfOrder, patchSheet, rowsPresent, type CellTarget, type SheetPatch } from './sheet-patch';

const HEAD =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">';

/** The sheet cut into chunks of `size` bytes, so that markers and rows fall across chunk boundaries. */
async function* chunks(xml: string, size: number): AsyncGenerator<Buffer> {
  const bytes = Buffer.from(xml, 'utf8');
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}

async function patched(xml: string, patch: SheetPatch, size = 7): Promise<string> {
  const out: Uint8Array[] = [];
  for await (const piece of patchSheet(chunks(xml, size), patch)) out.push(piece);
  return Buffer.concat(out).toString('utf8');
}

/** Every target gets format 90 + its old one, so the test sees which format each started from. */
const shift = (cells: CellTarget[], legacyDrawingId?: string): SheetPatch => ({ cells, restyle: (_cell, xf) => 90 + xf, legacyDrawingId });

describe('patchSheet', () => {
  const sheet =
    `${HEAD}<cols><col min="3" max="4" width="12" style="5" customWidth="1"/></cols><sheetData>` +
    '<row r="1" spans="1:3"><c r="A1" t="s"><v>0</v></c><c r="B1" s="2"><v>1</v></c></row>' +
    '<row r="3" spans="1:3" s="7" customFormat="1"><c r="A3"><v>é</v></c><c r="C3" s="4"/></row>' +
    '<row r="4"/>' +
    '</sheetData><mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells><pageMargins left="0.7"/><tableParts count="1"><tablePart r:id="rId1"/></tableParts></worksheet>';

  it.each([1, 2, 7, 64, 100_000])('restyles written cells, adds missing cells and rows, whatever the chunks (%i bytes)', async (size) => {
    const result = await patched(
      sheet,
      shift([
        { row: 1, column: 1 }, // B1, s="2"
        { row: 1, column: 2 }, // C1, missing: its column's format 5
        { row: 2, column: 0 }, // A2, in a missing row
        { row: 3, column: 1 }, // B3, missing in a row with its own format 7
        { row: 3, column: 2 }, // C3, s="4"
        { row: 4, column: 0 }, // A4, in an empty row
        { row: 6, column: 3 }, // D6, after the last row
      ]),
      size,
    );
    expect(result).toBe(
      `${HEAD}<cols><col min="3" max="4" width="12" style="5" customWidth="1"/></cols><sheetData>` +
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" s="92"><v>1</v></c><c r="C1" s="95"/></row>' +
        '<row r="2"><c r="A2" s="90"/></row>' +
        '<row r="3" s="7" customFormat="1"><c r="A3"><v>é</v></c><c r="B3" s="97"/><c r="C3" s="94"/></row>' +
        '<row r="4"><c r="A4" s="90"/></row>' +
        '<row r="6"><c r="D6" s="95"/></row>' +
        '</sheetData><mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells><pageMargins left="0.7"/><tableParts count="1"><tablePart r:id="rId1"/></tableParts></worksheet>',
    );
  });

  it('passes a sheet with nothing to flag through byte for byte', async () => {
    expect(await patched(sheet, shift([]), 5)).toBe(sheet);
  });

  it('adds a style attribute to a cell that has none, and numbers rows and cells without r', async () => {
    const result = await patched(
      `${HEAD}<sheetData><row><c><v>1</v></c><c><v>2</v></c></row><row><c t="b"><v>1</v></c></row></sheetData></worksheet>`,
      shift([
        { row: 1, column: 1 },
        { row: 2, column: 0 },
      ]),
      3,
    );
    expect(result).toContain('<row><c><v>1</v></c><c s="90"><v>2</v></c></row><row><c s="90" t="b"><v>1</v></c></row>');
  });

  it('fills an empty sheet', async () => {
    const result = await patched(`${HEAD}<dimension ref="A1"/><sheetData/><pageMargins left="0.7"/></worksheet>`, shift([{ row: 2, column: 1 }]));
    expect(result).toBe(`${HEAD}<dimension ref="A1"/><sheetData><row r="2"><c r="B2" s="90"/></row></sheetData><pageMargins left="0.7"/></worksheet>`);
  });

  it('points at the note drawing before the parts that follow it, declaring the relationships namespace if need be', async () => {
    const bare =
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>' +
      '<pageMargins left="0.7"/><extLst><ext uri="x"/></extLst></worksheet>';
    const result = await patched(bare, shift([{ row: 1, column: 0 }], 'rId9'), 4);
    expect(result).toBe(
      '<worksheet xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
        '<sheetData><row r="1"><c r="A1" s="90"><v>1</v></c></row></sheetData><pageMargins left="0.7"/><legacyDrawing r:id="rId9"/><extLst><ext uri="x"/></extLst></worksheet>',
    );
    expect(await patched(sheet, shift([], 'rId2'))).toContain('<pageMargins left="0.7"/><legacyDrawing r:id="rId2"/><tableParts count="1">');
  });

  it('finds the rows to patch among many, the chunks skipping those before them', async () => {
    const rows = Array.from(
      { length: 5_000 },
      (_, i) => `<row r="${i + 1}" spans="1:2"><c r="A${i + 1}"><v>${i}</v></c><c r="B${i + 1}" s="1"><v>x</v></c></row>`,
    ).join('');
    const xml = `${HEAD}<sheetData>${rows}</sheetData></worksheet>`;
    const result = await patched(
      xml,
      shift([
        { row: 2_500, column: 1 },
        { row: 4_999, column: 0 },
      ]),
      4_096,
    );
    const expected = xml.replace('<c r="B2500" s="1">', '<c r="B2500" s="91">').replace('<c r="A4999">', '<c r="A4999" s="90">');
    expect(result === expected).toBe(true);
  });

  it('reads chunks larger than what is joined to the last one where they lie: rows across chunks, a row longer than the join', async () => {
    // 20,000 short rows (about 1.6 MB) and, at row 10,000, a row of 6,000 cells (about 150 KB): with chunks of
    // 200,001 bytes a row starts in one chunk and ends in the next, and the long row passes the 64 KB joined.
    const row = (r: number) =>
      r === 10_000
        ? `<row r="${r}">${Array.from({ length: 6_000 }, (_, c) => `<c r="${columnLetters(c)}${r}" s="1"><v>${c}</v></c>`).join('')}</row>`
        : `<row r="${r}"><c r="A${r}"><v>${r}</v></c><c r="B${r}" s="1"><v>x</v></c></row>`;
    const xml = `${HEAD}<sheetData>${Array.from({ length: 20_000 }, (_, i) => row(i + 1)).join('')}</sheetData></worksheet>`;
    const targets = [2_000, 4_321, 9_999, 12_345, 19_999].map((r) => ({ row: r, column: 1 }));
    const expected = targets
      .reduce((sheet, { row: r }) => sheet.replace(`<c r="B${r}" s="1">`, `<c r="B${r}" s="91">`), xml)
      .replace(`<c r="${columnLetters(3_999)}10000" s="1">`, `<c r="${columnLetters(3_999)}10000" s="91">`);
    const patch = shift([...targets, { row: 10_000, column: 3_999 }].sort((a, b) => a.row - b.row));
    for (const size of [200_001, 1 << 20, 4_096]) expect((await patched(xml, patch, size)) === expected).toBe(true);
  });

  it('adds no second row of a number when the rows are stored out of order (issue 16): the patch is redone knowing the rows', async () => {
    // Row 3 is stored after row 5; a cell of row 3 to flag must not make a new <row r="3"> before row 5.
    const xml =
      `${HEAD}<sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="5"><c r="A5"><v>5</v></c></row>` +
      '<row r="3"><c r="A3" s="2"><v>3</v></c></row></sheetData></worksheet>';
    const cells = [
      { row: 3, column: 0 },
      { row: 4, column: 1 },
      { row: 7, column: 0 },
    ];
    for (const size of [3, 16, 100_000]) {
      await expect(patched(xml, shift(cells), size)).rejects.toBeInstanceOf(RowsOutOfOrder);
      const present = await rowsPresent(chunks(xml, size), new Set(cells.map((c) => c.row)));
      expect([...present]).toEqual([3]);
      const result = await patched(xml, { ...shift(cells), rowsPresent: present }, size);
      expect(result).toBe(
        `${HEAD}<sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="4"><c r="B4" s="90"/></row><row r="5"><c r="A5"><v>5</v></c></row>` +
          '<row r="3"><c r="A3" s="92"><v>3</v></c></row><row r="7"><c r="A7" s="90"/></row></sheetData></worksheet>',
      );
      expect(result.match(/<row r="3"/g)).toHaveLength(1);
    }
    // Stored twice, a row number is out of order too.
    await expect(patched(`${HEAD}<sheetData><row r="2"/><row r="2"/></sheetData></worksheet>`, shift([{ row: 9, column: 0 }]))).rejects.toBeInstanceOf(
      RowsOutOfOrder,
    );
  });

  it('refuses a worksheet cut short', async () => {
    await expect(patched(`${HEAD}<sheetData><row r="1"><c r="A1"><v>1</v></c></row>`, shift([{ row: 1, column: 0 }]))).rejects.toThrow(/ends inside sheetData/);
  });
});
