import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { constants, crc32 as zlibCrc32, inflateRawSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { cooperativeSheets, xlsxOf } from '../../../tests/helpers/xlsx';
import { check, buildSpecialReport, type Finding } from '../../core';
import { extractPackage } from '../../../tests/oracles/exceljs/stream-source';
import { utf8Decoder, utf8Encoder } from './bytes';
import { SHEET_DEFLATE_LEVEL, writeCheckedCopy } from './checked-copy';
import { XlsxPackage } from './package';
import {
  LARGE_SHEET_BYTES,
  PieceMarker,
  cutSheet,
  joinPieces,
  pieceBytesOf,
  piecedSheetXml,
  piecesWithRows,
  readPastFirstLargeSheet,
  type SheetPieces,
} from './sheet-pieces';
import type { WorkbookPackage } from './parts';
import { ZipReader, nodeCodec, writeZipFile } from './zip';
import { crc32Combine, portableCodec, type DeflatedPiece } from './zip-archive';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const bytesOf = (text: string) => utf8Encoder.encode(text);
const textOf = (bytes: Uint8Array) => utf8Decoder.decode(bytes);

/** Pseudo-random bytes, the same at every run. */
function noise(length: number, seed: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    bytes[i] = x >>> 24;
  }
  return bytes;
}

async function* chunked(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
}

async function* each<T>(items: readonly T[]): AsyncGenerator<T> {
  yield* items;
}

function concat(pieces: readonly Uint8Array[]): Uint8Array {
  return Uint8Array.from(pieces.flatMap((piece) => [...piece]));
}

/** A worksheet with `rows` rows numbered from 1 (or as `numbers` says), its names prefixed with `prefix`. */
function sheetXml(numbers: readonly (number | undefined)[], prefix = ''): string {
  const rows = numbers
    .map(
      (n, i) =>
        `<${prefix}row${n === undefined ? '' : ` r="${n}"`}><${prefix}c r="A${n ?? i + 1}" t="inlineStr"><${prefix}is><${prefix}t>Membre ${i} &amp; co</${prefix}t></${prefix}is></${prefix}c><${prefix}c r="B${n ?? i + 1}"><${prefix}v>${i * 7}</${prefix}v></${prefix}c></${prefix}row>`,
    )
    .join('\n');
  const ns = prefix ? ` xmlns:${prefix.slice(0, -1)}` : ' xmlns';
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${prefix}worksheet${ns}="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><${prefix}sheetData>${rows}</${prefix}sheetData><${prefix}pageMargins left="0.7"/></${prefix}worksheet>`;
}

const codec = { crc32: zlibCrc32, pieces: nodeCodec.pieces! };
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe('crc32Combine', () => {
  it("gives zlib's CRC-32 of the two pieces joined, whatever their lengths", () => {
    for (const [a, b] of [
      [0, 0],
      [0, 5],
      [7, 0],
      [1, 1],
      [1000, 65_537],
      [3, 300_001],
      [17, 255],
      [256, 256],
      [5, (1 << 20) + 7],
    ] as const) {
      const first = noise(a, a + 1);
      const second = noise(b, b + 2);
      expect(crc32Combine(zlibCrc32(first), zlibCrc32(second), b)).toBe(zlibCrc32(concat([first, second])));
    }
  });

  it('runs a CRC past 4 GiB of bytes (ZIP64) as far as two steps to the same length do', () => {
    // Combined with 0, a CRC is only carried over the length: two lengths in turn are their sum at once.
    const crc = zlibCrc32(noise(100, 3));
    for (const [first, second] of [
      [2 ** 32 - 3, 10],
      [2 ** 33 + 12_345, 2 ** 31 + 1],
      [5, 2 ** 40],
    ] as const) {
      expect(crc32Combine(crc32Combine(crc, 0, first), 0, second)).toBe(crc32Combine(crc, 0, first + second));
    }
  });
});

describe('pieces deflated beforehand (Node codec)', () => {
  const pieces = nodeCodec.pieces!;
  const piece = async (data: Uint8Array): Promise<DeflatedPiece> => ({ deflated: await pieces.deflatePiece(data, 1), crc: zlibCrc32(data), size: data.length });

  it('join bytes deflated on the way into one DEFLATE stream with the CRC-32 and size of the whole', async () => {
    const parts = [noise(70_000, 1), bytesOf('<row r="1"/>'.repeat(5_000)), noise(3, 2), bytesOf('x'.repeat(100_000)), noise(40_000, 3)];
    const content = [parts[0]!, await piece(parts[1]!), await piece(parts[2]!), parts[3]!, await piece(parts[4]!)];
    const entry = await nodeCodec.deflateStream(each(content), 1);
    const whole = concat(parts);
    expect(entry.size).toBe(whole.length);
    expect(entry.crc).toBe(zlibCrc32(whole));
    expect(entry.compressedSize).toBe(entry.chunks.reduce((sum, chunk) => sum + chunk.length, 0));
    expect(Buffer.compare(inflateRawSync(concat(entry.chunks)), whole)).toBe(0);
  });

  it('inflate a piece back, and refuse one that does not inflate to its size', async () => {
    const data = bytesOf('<c r="A1"><v>1</v></c>'.repeat(3_000));
    const deflated = await pieces.deflatePiece(data, 1);
    // Not final: zlib reads it only as a piece of a stream.
    expect(() => inflateRawSync(deflated)).toThrow();
    expect(Buffer.compare(inflateRawSync(deflated, { finishFlush: constants.Z_SYNC_FLUSH }), data)).toBe(0);
    expect(textOf(pieces.inflatePiece(deflated, data.length))).toBe(textOf(data));
    expect(() => pieces.inflatePiece(deflated, data.length - 1)).toThrow();
  });

  it('are refused by the portable codec, which cannot end a piece on a byte boundary', async () => {
    expect(portableCodec.pieces).toBeUndefined();
    await expect(portableCodec.deflateStream(each([bytesOf('<a/>'), await piece(bytesOf('<b/>'))]), 1)).rejects.toThrow(/portable codec/);
  });
});

describe('cutSheet', () => {
  const cut = (xml: string, pieceBytes = 300, chunk = 97) => cutSheet(chunked(bytesOf(xml), chunk), codec, 1, pieceBytes);
  const rejoined = (sheet: SheetPieces) =>
    textOf(concat([sheet.head, ...sheet.pieces.map((p) => nodeCodec.pieces!.inflatePiece(p.deflated, p.size)), sheet.tail]));

  it.each([
    ['no prefix', ''],
    ['the x: prefix (.NET Open XML SDK)', 'x:'],
  ])('cuts at row starts into pieces that give back the sheet byte for byte (%s)', async (_, prefix) => {
    const xml = sheetXml(range(1, 40), prefix);
    const sheet = (await cut(xml))!;
    expect(textOf(sheet.head)).toMatch(new RegExp(`<${prefix}sheetData>$`));
    expect(textOf(sheet.tail)).toMatch(new RegExp(`^</${prefix}sheetData>`));
    expect(sheet.pieces.length).toBeGreaterThan(5);
    for (const piece of sheet.pieces) expect(textOf(nodeCodec.pieces!.inflatePiece(piece.deflated, piece.size))).toMatch(new RegExp(`^<${prefix}row r="`));
    expect(sheet.pieces.map((p) => p.lastRow)).toEqual([...sheet.pieces.map((p) => p.lastRow)].sort((a, b) => a - b));
    expect(sheet.pieces.at(-1)!.lastRow).toBe(40);
    expect(rejoined(sheet)).toBe(xml);
  });

  it('cuts the same pieces whatever the chunks, a tag cut anywhere between two of them', async () => {
    // Row tags quoting a ">" and one longer than the joins tried first (256 bytes), a row tag that is not one.
    const xml = sheetXml(range(1, 30))
      .replace('<row r="7">', '<row r="7" x:note="a > b">')
      .replace('<row r="12">', `<row r="12" spans="1:2" x:pad="${'p'.repeat(700)}">`)
      .replace('<row r="20">', '<rowish/><row r="20">');
    const whole = (await cut(xml, 300, xml.length))!;
    expect(whole.pieces.length).toBeGreaterThan(5);
    const signature = (sheet: SheetPieces) => sheet.pieces.map((p) => `${p.lastRow}:${p.size}:${p.crc}`);
    for (const chunk of [1, 2, 3, 5, 7, 13, 64, 97, 255, 256, 257, 1000]) {
      const sheet = (await cut(xml, 300, chunk))!;
      expect(signature(sheet), `chunks of ${chunk} bytes`).toEqual(signature(whole));
      expect(rejoined(sheet)).toBe(xml);
    }
  });

  it('gives each row to the one piece whose rows run up to its lastRow', async () => {
    const sheet = (await cut(sheetXml([2, 3, 5, 8, 13, 21, 34, 55, 89]), 150))!;
    const lastRows = sheet.pieces.map((p) => p.lastRow);
    const touched = piecesWithRows(sheet, [1, 4, 89, 90, 1000]);
    // Row 1 and row 4 are absent: they belong to the piece of the next row there is; rows past the last are in none.
    expect([...touched]).toEqual([...new Set([lastRows.findIndex((r) => r >= 1), lastRows.findIndex((r) => r >= 4), lastRows.length - 1])]);
  });

  it('serves no sheet whose rows a patch must all see', async () => {
    expect(await cut(sheetXml([1, 2, undefined, 4]))).toBeUndefined();
    expect(await cut(sheetXml([1, 3, 2, 4]))).toBeUndefined();
    expect(await cut(sheetXml([1, 2, 2]))).toBeUndefined();
    expect(await cut(sheetXml([]))).toBeUndefined();
    expect(await cut(sheetXml([1]).replace('<sheetData><row', '<sheetData/><x><row'))).toBeUndefined();
  });
});

describe('joinPieces', () => {
  it('puts every untouched piece back where its marker stands, markers cut anywhere between chunks', async () => {
    const xml = sheetXml(range(1, 60));
    const sheet = (await cutSheet(chunked(bytesOf(xml), 64), codec, 1, 200))!;
    const touched = new Set([1, 4]);
    const marker = new PieceMarker();
    const marked = concat(await collect(piecedSheetXml(sheet, touched, (p) => nodeCodec.pieces!.inflatePiece(p.deflated, p.size), marker)));
    expect(textOf(marked)).toContain('<!--coopcheck-piece:');
    for (const size of [1, 5, 13, 64, 1 << 20]) {
      const joined = await collect(joinPieces(chunked(marked, size), sheet, marker));
      const pieces = joined.filter((part): part is DeflatedPiece => 'deflated' in part);
      expect(pieces).toEqual(sheet.pieces.filter((_, i) => !touched.has(i)));
      const text = textOf(concat(joined.map((part) => ('deflated' in part ? nodeCodec.pieces!.inflatePiece(part.deflated, part.size) : part))));
      expect(text).toBe(xml);
    }
  });

  it('hands on the bytes between markers as views of the chunks it is given, copying only around a marker cut short', async () => {
    const xml = sheetXml(range(1, 2_000));
    const sheet = (await cutSheet(chunked(bytesOf(xml), 64), codec, 1, 2_000))!;
    const marker = new PieceMarker();
    const touched = new Set(sheet.pieces.map((_, i) => i).filter((i) => i % 2 === 0));
    const marked = concat(await collect(piecedSheetXml(sheet, touched, (p) => nodeCodec.pieces!.inflatePiece(p.deflated, p.size), marker)));
    const joined = await collect(joinPieces(chunked(marked, 1_000), sheet, marker));
    const bytes = joined.filter((part): part is Uint8Array => !('deflated' in part));
    const copied = bytes.filter((part) => part.buffer !== marked.buffer).reduce((sum, part) => sum + part.length, 0);
    const markers = sheet.pieces.length - touched.size;
    expect(bytes.reduce((sum, part) => sum + part.length, 0)).toBeGreaterThan(50_000);
    // At most a chunk's worth around each marker: a marker cut between two chunks joins the second to its start.
    expect(copied).toBeLessThanOrEqual(markers * 1_000);
  });
});

describe('the checked copy from pieces deflated beforehand', () => {
  it('has the same parts as the copy patched whole, with flags in touched pieces, in new rows and past the last row', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'coopcheck-pieces-'));
    dirs.push(dir);
    const sheets = cooperativeSheets();
    const members = [...sheets.Registre!];
    // Rows 30–39 left empty, so that a flag there adds a row inside a piece.
    for (let i = 23; i <= 200; i++)
      members[i < 29 || i > 38 ? i : 200 + i] = [`M${i}`, `Membre ${i}`, 'A', new Date(Date.UTC(2021, 0, 1)), null, null, null, 1];
    const input = join(dir, 'coop.xlsx');
    writeFileSync(input, await xlsxOf({ ...sheets, Registre: members }));
    const flag = (cell: string, severity: Finding['severity']): Finding => ({
      conditionId: 'DATA-1',
      severity,
      messageId: 'cellUnparsable',
      sheet: 'Registre',
      cell,
      subject: cell,
      fingerprint: `DATA-1:${cell}`,
      params: {},
    });
    const pkg = await XlsxPackage.open(input);
    try {
      const { model, state } = await extractPackage(pkg);
      const result = check(model);
      const findings = [...result.findings, flag('B3', 'breach'), flag('C35', 'warning'), flag('D150', 'breach'), flag('A400', 'breach')];
      const report = buildSpecialReport(
        result,
        { fileName: 'coop.xlsx', sha256: 'ab'.repeat(32), checkedAt: '2026-01-15T10:00:00Z', toolVersion: '0.1.0' },
        'fr',
      );
      const part = pkg.sheets.find((s) => s.name === 'Registre')!.part;
      const sheetPieces = new Map([[part, cutSheet(pkg.inflated(part), codec, SHEET_DEFLATE_LEVEL, 1_000)]]);
      const pieces = (await sheetPieces.get(part))!;
      expect(pieces.pieces.length).toBeGreaterThan(10);
      const whole = join(dir, 'whole.xlsx');
      const pieced = join(dir, 'pieced.xlsx');
      await writeZipFile(whole, (writer) => writeCheckedCopy(pkg, writer, { findings, lang: 'fr', report, state }));
      await writeZipFile(pieced, (writer) => writeCheckedCopy(pkg, writer, { findings, lang: 'fr', report, state, sheetPieces }));
      const [a, b] = await Promise.all([ZipReader.open(whole), ZipReader.open(pieced)]);
      try {
        expect([...b.entries.keys()]).toEqual([...a.entries.keys()]);
        for (const name of a.entries.keys()) expect(textOf(await b.read(b.entries.get(name)!)), name).toBe(textOf(await a.read(a.entries.get(name)!)));
        const sheet = textOf(await b.read(b.entries.get(part)!));
        expect(sheet).toMatch(/<c r="B3" s="\d+"/);
        expect(sheet).toMatch(/<row r="35"><c r="C35" s="\d+"\/><\/row>/);
        expect(sheet).toMatch(/<row r="400"><c r="A400" s="\d+"\/><\/row><\/sheetData>/);
        expect(sheet).not.toContain('coopcheck-piece');
        // The pieces were used: deflated apart, they take a few more bytes than one stream.
        expect(b.entries.get(part)!.compressedSize).toBeGreaterThan(a.entries.get(part)!.compressedSize);
      } finally {
        await Promise.all([a.close(), b.close()]);
      }
    } finally {
      await pkg.close();
    }
  });
});

describe('pieceBytesOf', () => {
  it('cuts a sheet into about a thousand pieces of 64 KiB to 1 MiB', () => {
    expect(pieceBytesOf(18_378_738)).toBe(64 << 10);
    expect(pieceBytesOf(1024 * (64 << 10) + 1)).toBe((64 << 10) + 1);
    expect(pieceBytesOf(398_852_033)).toBe(389_504);
    expect(pieceBytesOf(1024 * (1 << 20))).toBe(1 << 20);
    expect(pieceBytesOf(3e9)).toBe(1 << 20);
  });
});

describe('readPastFirstLargeSheet', () => {
  /** A workbook's sheets in order, each with its inflated size. */
  const workbook = (sheets: [string, number][]) =>
    ({
      sheets: sheets.map(([name], i) => ({ name, part: `xl/worksheets/sheet${i + 1}.xml` })),
      zip: { entries: new Map(sheets.map(([, size], i) => [`xl/worksheets/sheet${i + 1}.xml`, { size }])) },
    }) as unknown as WorkbookPackage;

  it('is true once the reader is at a sheet after the first one of LARGE_SHEET_BYTES or more', () => {
    const pkg = workbook([
      ['Paramètres', 2_000],
      ['Registre', LARGE_SHEET_BYTES],
      ['AG', 30_000],
      ['Mouvements', LARGE_SHEET_BYTES * 4],
    ]);
    expect(['Paramètres', 'Registre', 'AG', 'Mouvements', 'Autre'].map((name) => readPastFirstLargeSheet(pkg, name))).toEqual([
      false,
      false,
      true,
      true,
      false,
    ]);
  });

  it('is false in a workbook without a large sheet', () => {
    const pkg = workbook([
      ['Registre', LARGE_SHEET_BYTES - 1],
      ['Mouvements', 1_000],
    ]);
    expect(readPastFirstLargeSheet(pkg, 'Mouvements')).toBe(false);
  });
});
