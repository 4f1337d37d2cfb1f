/**
 * The package writer reads a cell format's fill itself (src/adapters/xlsx-package/fills.ts) in the
 * shape exceljs gives it, the shape the flag records keep and the Office adapter reads. exceljs's own
 * parse of the styles part is the oracle here (a test only: no face uses it any more), on every
 * styles part of the corpus, the example workbook and a workbook with every kind of fill; and the
 * fill written back is the one exceljs writes.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import ExcelJS, { type Fill } from 'exceljs';
import { describe, expect, it } from 'vitest';
import { fillXml, parseFill } from '../../src/adapters/xlsx-package/fills';
import { RELATIONSHIP, WorkbookPackage } from '../../src/adapters/xlsx-package/parts';
import { StylesEditor } from '../../src/adapters/xlsx-package/styles';
import { parseXml } from '../../src/adapters/xlsx-package/xml';
import { ZipArchive } from '../../src/adapters/xlsx-package/zip-archive';
import { xlsxOf } from '../helpers/xlsx';

const require = createRequire(import.meta.url);
const StylesXform = require('exceljs/lib/xlsx/xform/style/styles-xform') as new () => {
  parseStream(stream: Readable): Promise<void>;
  getStyleModel(xf: number): { fill?: Fill } | null;
  model: { styles: unknown[] };
};
const FillXform = require('exceljs/lib/xlsx/xform/style/fill-xform') as new () => { render(stream: { xml: string }, fill: Fill): void };
const XmlStream = require('exceljs/lib/utils/xml-stream') as new () => { xml: string };

const CORPUS = join(import.meta.dirname, '../fixtures/corpus/exceljs-spec');
const EXAMPLES = join(import.meta.dirname, '../../examples');

/** A workbook with pattern fills of every colour kind, and angle and path gradients. */
async function everyFill(): Promise<Uint8Array> {
  const fills: Fill[] = [
    { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } },
    {
      type: 'pattern',
      pattern: 'darkTrellis',
      fgColor: { theme: 4, tint: -0.25 } as unknown as ExcelJS.Color,
      bgColor: { indexed: 64 } as unknown as unknown as ExcelJS.Color,
    },
    { type: 'pattern', pattern: 'lightGray', fgColor: { theme: 0 } },
    {
      type: 'gradient',
      gradient: 'angle',
      degree: 90,
      stops: [
        { position: 0, color: { argb: 'FF0000FF' } },
        { position: 1, color: { theme: 5, tint: 0.4 } as unknown as ExcelJS.Color },
      ],
    },
    {
      type: 'gradient',
      gradient: 'path',
      center: { left: 0.5, top: 0.5 },
      stops: [
        { position: 0, color: { argb: 'FFFF0000' } },
        { position: 1, color: { argb: 'FF00FF00' } },
      ],
    },
  ];
  return xlsxOf({ Fills: [fills.map((_, i) => i)] }, (workbook) => {
    fills.forEach((fill, i) => {
      workbook.getWorksheet('Fills')!.getCell(1, i + 1).fill = fill;
    });
  });
}

async function stylesPartOf(bytes: Uint8Array): Promise<string | undefined> {
  const pkg = await WorkbookPackage.fromArchive(await ZipArchive.fromBytes(bytes));
  const part = pkg.workbookPartOfType(RELATIONSHIP.styles);
  return part && pkg.text(part);
}

/** exceljs's reading of each cell format's fill, as StylesEditor.fillOf gives it (the pattern none, or no pattern at all, as null). */
async function excelJsFills(xml: string): Promise<(Fill | null)[]> {
  const styles = new StylesXform();
  await styles.parseStream(Readable.from([xml]));
  return styles.model.styles.map((_, xf) => {
    const fill = styles.getStyleModel(xf)?.fill;
    return !fill || !fill.type || (fill.type === 'pattern' && fill.pattern === 'none') ? null : fill;
  });
}

const workbooks: [string, () => Promise<Uint8Array>][] = [
  ...readdirSync(CORPUS)
    .filter((name) => name.endsWith('.xlsx'))
    .map((name): [string, () => Promise<Uint8Array>] => [name, async () => new Uint8Array(readFileSync(join(CORPUS, name)))]),
  ...readdirSync(EXAMPLES)
    .filter((name) => name.endsWith('.xlsx'))
    .map((name): [string, () => Promise<Uint8Array>] => [name, async () => new Uint8Array(readFileSync(join(EXAMPLES, name)))]),
  ['every kind of fill', everyFill],
];

describe('fills read from a styles part, as exceljs reads them', () => {
  it.each(workbooks)('%s', async (_, bytesOf) => {
    let xml: string | undefined;
    try {
      xml = await stylesPartOf(await bytesOf());
    } catch {
      // Not a workbook the package layer opens (the corpus has damaged files on purpose): nothing to compare.
      return;
    }
    if (xml === undefined) return;
    const editor = new StylesEditor(xml);
    const expected = await excelJsFills(xml);
    expect(expected.map((_, xf) => editor.fillOf(xf))).toEqual(expected);
  });

  it('reads the corpus: most of its workbooks have styles to compare', async () => {
    let compared = 0;
    for (const [, bytesOf] of workbooks) {
      try {
        if ((await stylesPartOf(await bytesOf())) !== undefined) compared += 1;
      } catch {
        /* damaged on purpose */
      }
    }
    expect(compared).toBeGreaterThan(30);
  });

  it('writes each fill as exceljs writes it, and reads it back the same', async () => {
    const xml = (await stylesPartOf(await everyFill()))!;
    const editor = new StylesEditor(xml);
    const fills = (await excelJsFills(xml)).filter((fill): fill is Fill => fill !== null);
    expect(fills.length).toBeGreaterThanOrEqual(5);
    for (const fill of fills) {
      const stream = new XmlStream();
      new FillXform().render(stream, fill);
      expect(fillXml(fill)).toBe(stream.xml);
      expect(parseFill(parseXml(fillXml(fill), 'fill').root)).toEqual(fill);
    }
    expect(editor.fillOf(10_000)).toBeNull();
  });
});
