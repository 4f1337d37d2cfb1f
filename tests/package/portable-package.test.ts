/**
 * The package layer the browser page can use: the ZIP container, the XML parts and the package of
 * parts, with fflate as the codec and the workbook given as bytes, importing nothing from Node.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cooperativeSheets, xlsxOf } from '../helpers/xlsx';
import { WorkbookPackage } from '../../src/adapters/xlsx-package/parts';
import { ZipArchive, portableCodec } from '../../src/adapters/xlsx-package/zip-archive';

describe('the package layer without Node', () => {
  it.each(['zip-archive.ts', 'xml.ts', 'parts.ts'])('%s imports nothing from Node', (file) => {
    const source = readFileSync(new URL(`../../src/adapters/xlsx-package/${file}`, import.meta.url), 'utf8');
    expect(source).not.toMatch(/from '(node:|fs|path|stream|zlib)/);
    expect(source).not.toMatch(/\bBuffer\./);
  });

  it('opens a workbook from its bytes and streams a sheet, checked, with fflate', async () => {
    const pkg = await WorkbookPackage.fromArchive(await ZipArchive.fromBytes(await xlsxOf(cooperativeSheets()), portableCodec));
    expect(pkg.sheets.map((s) => s.name)).toContain('Registre');
    const part = pkg.sheets.find((s) => s.name === 'Registre')!.part;
    let xml = '';
    const decoder = new TextDecoder();
    for await (const chunk of pkg.inflated(part, 4_096)) xml += decoder.decode(chunk, { stream: true });
    expect(xml).toMatch(/<sheetData>[\s\S]*<\/sheetData>/);
    expect(xml).toBe(await pkg.text(part));
  });
});
