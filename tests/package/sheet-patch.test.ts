/**
 * The byte-level sheet patch (src/adapters/xlsx-package/sheet-patch.ts) on the shapes of worksheet
 * XML other writers than exceljs produce: a prefixed main namespace, inline and rich text, shared
 * formulas, empty rows, spans, single quotes, ">" inside attribute values, comments and CDATA.
 * Every case runs with the sheet cut into chunks of several sizes, so that markers fall across chunks.
 */
import { describe, expect, it } from 'vitest';
import { patchSheet, type CellTarget, type SheetPatch } from '../../src/adapters/xlsx-package/sheet-patch';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

async function* chunks(xml: string, size: number): AsyncGenerator<Buffer> {
  const bytes = Buffer.from(xml, 'utf8');
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}

async function patched(xml: string, patch: SheetPatch, size: number): Promise<string> {
  const out: Uint8Array[] = [];
  for await (const piece of patchSheet(chunks(xml, size), patch)) out.push(piece);
  return Buffer.concat(out).toString('utf8');
}

/** Every target gets format 90 + its old one. */
const shift = (cells: CellTarget[], legacyDrawingId?: string): SheetPatch => ({ cells, restyle: (_cell, xf) => 90 + xf, legacyDrawingId });
const SIZES = [1, 3, 16, 100_000];

describe.each(SIZES)('patchSheet, chunks of %i bytes', (size) => {
  it('follows a prefixed main namespace (<x:worksheet>): rows, cells, new rows and the note drawing', async () => {
    const sheet =
      `<?xml version="1.0" encoding="UTF-8"?><x:worksheet xmlns:x="${MAIN}" xmlns:rel="${RELS}">` +
      '<x:cols><x:col min="2" max="2" style="3"/></x:cols><x:sheetData>' +
      '<x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c></x:row>' +
      '<x:row r="3"><x:c r="A3" s="1"><x:v>3</x:v></x:c></x:row>' +
      '</x:sheetData><x:pageMargins left="0.7"/><x:tableParts count="0"/></x:worksheet>';
    const result = await patched(
      sheet,
      shift(
        [
          { row: 1, column: 1 },
          { row: 2, column: 0 },
          { row: 3, column: 0 },
          { row: 5, column: 1 },
        ],
        'rId7',
      ),
      size,
    );
    expect(result).toBe(
      `<?xml version="1.0" encoding="UTF-8"?><x:worksheet xmlns:x="${MAIN}" xmlns:rel="${RELS}">` +
        '<x:cols><x:col min="2" max="2" style="3"/></x:cols><x:sheetData>' +
        '<x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c><x:c r="B1" s="93"/></x:row>' +
        '<x:row r="2"><x:c r="A2" s="90"/></x:row>' +
        '<x:row r="3"><x:c r="A3" s="91"><x:v>3</x:v></x:c></x:row>' +
        '<x:row r="5"><x:c r="B5" s="93"/></x:row>' +
        '</x:sheetData><x:pageMargins left="0.7"/><x:legacyDrawing rel:id="rId7"/><x:tableParts count="0"/></x:worksheet>',
    );
  });

  it('declares the relationships namespace under a free prefix when r is taken', async () => {
    const sheet = `<worksheet xmlns="${MAIN}" xmlns:r="urn:other"><sheetData><row r="1"><c r="A1"/></row></sheetData></worksheet>`;
    const result = await patched(sheet, shift([{ row: 1, column: 0 }], 'rId2'), size);
    expect(result).toBe(
      `<worksheet xmlns:r1="${RELS}" xmlns="${MAIN}" xmlns:r="urn:other"><sheetData><row r="1"><c r="A1" s="90"/></row></sheetData><legacyDrawing r1:id="rId2"/></worksheet>`,
    );
  });

  it('leaves inline strings, rich text and shared formulas as they are, restyling their cells', async () => {
    const rows =
      '<row r="1" spans="1:3">' +
      '<c r="A1" t="inlineStr"><is><t xml:space="preserve"> a &lt;c r="Z9"&gt; </t></is></c>' +
      '<c r="B1" t="inlineStr" s="2"><is><r><rPr><b/></rPr><t>bold</t></r><r><t>plain</t></r></is></c>' +
      '<c r="C1"><f t="shared" ref="C1:C2" si="0">A1&amp;"x"</f><v>x</v></c></row>' +
      '<row r="2" spans="1:3"><c r="C2"><f t="shared" si="0"/><v>y</v></c></row>';
    const sheet = `<worksheet xmlns="${MAIN}"><sheetData>${rows}</sheetData></worksheet>`;
    const result = await patched(
      sheet,
      shift([
        { row: 1, column: 0 },
        { row: 1, column: 1 },
        { row: 2, column: 2 },
      ]),
      size,
    );
    expect(result).toBe(
      sheet
        .replace('<c r="A1" t="inlineStr">', '<c r="A1" s="90" t="inlineStr">')
        .replace('<c r="B1" t="inlineStr" s="2">', '<c r="B1" t="inlineStr" s="92">')
        .replace('<c r="C2">', '<c r="C2" s="90">'),
    );
  });

  it('handles empty rows, drops spans only where a cell is added, and keeps other rows byte for byte', async () => {
    const sheet =
      `<worksheet xmlns="${MAIN}"><sheetData><row r="1" spans="1:2"/><row r="2" spans="1:2"><c r="A2"/></row>` +
      '<row r="3" spans="1:2"><c r="B3"/></row><row r="4" spans="2:2" ht="20" customHeight="1"></row></sheetData></worksheet>';
    const result = await patched(
      sheet,
      shift([
        { row: 1, column: 0 },
        { row: 3, column: 1 },
        { row: 4, column: 3 },
      ]),
      size,
    );
    expect(result).toBe(
      `<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" s="90"/></row><row r="2" spans="1:2"><c r="A2"/></row>` +
        '<row r="3" spans="1:2"><c r="B3" s="90"/></row><row r="4" ht="20" customHeight="1"><c r="D4" s="90"/></row></sheetData></worksheet>',
    );
  });

  it('reads single-quoted attributes, ">" inside values, and skips comments and CDATA inside a row', async () => {
    const sheet =
      `<worksheet xmlns='${MAIN}'><sheetData><row r='1' x14ac:dyDescent='0.25' note='a>b' xmlns:x14ac='urn:x'>` +
      "<!-- <c r='A1' s='5'/> --><c r='A1' s='4' t='str'><f>\"&gt;\"</f><v><![CDATA[<c r=\"B1\">]]></v></c><c r='B1'><v>2</v></c></row>" +
      "<row r='2' s='6' customFormat='1'><c r='A2'/></row></sheetData></worksheet>";
    const result = await patched(
      sheet,
      shift(
        [
          { row: 1, column: 1 },
          { row: 2, column: 1 },
          { row: 1, column: 0 },
        ].sort((a, b) => a.row - b.row || a.column - b.column),
      ),
      size,
    );
    expect(result).toBe(
      sheet
        .replace("<c r='A1' s='4' t='str'>", "<c r='A1' s='94' t='str'>")
        .replace("<c r='B1'><v>2</v>", '<c r=\'B1\' s="90"><v>2</v>')
        .replace("<c r='A2'/></row>", '<c r=\'A2\'/><c r="B2" s="96"/></row>'),
    );
  });
});
