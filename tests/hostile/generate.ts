/**
 * Hostile, huge and malformed workbooks (issue 16), built byte by byte: ZIP bombs and lying sizes,
 * unsafe entry names, damaged deflate and CRC, XXE, undefined entities and invalid XML, huge strings,
 * 16,384 columns, rows out of order, duplicate and missing parts, 1,000 sheets, 500,000 findings,
 * relationships parts typed by Override. Each case says what the CLI must do with it: a valid checked
 * copy (exit 0 or 1), or exit 2 with one line naming the file and the part.
 *
 *   npx tsx tests/hostile/generate.ts OUT_DIR [case…]   writes the cases (all without a name given)
 *
 * The archives are written with the project's own ZIP headers (zip-archive.ts) over zlib, so that
 * any field can lie; the large ones from a few deflated segments repeated (each ended by a sync
 * flush, so that they join into one DEFLATE stream) and never held inflated.
 */
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { constants, crc32, deflateRawSync } from 'node:zlib';
import { strFromU8, unzipSync } from 'fflate';
import { generateWorkbook } from '../../scripts/generate-workbook';
import { centralHeader, endOfDirectory, localHeader } from '../../src/adapters/xlsx-package/zip-archive';
import { cooperativeSheets, xlsxOf, type Rows } from '../helpers/xlsx';

// ---------------------------------------------------------------------------------------------
// A ZIP writer whose every field can lie.

/** Compressed data with the size and CRC of what it inflates to. */
export interface Deflated {
  chunks: readonly Uint8Array[];
  size: number;
  crc: number;
}

export interface RawEntry {
  name: string;
  /** The content, deflated here; or `deflated`, already compressed. */
  content?: Uint8Array | string;
  deflated?: Deflated;
  /** Kept as it is (method 0) rather than deflated. */
  stored?: boolean;
  /** What the directory records instead of the truth. */
  recordedSize?: number;
  recordedCrc?: number;
}

const encoder = new TextEncoder();
const bytesOf = (content: Uint8Array | string) => (typeof content === 'string' ? encoder.encode(content) : content);

function deflatedOf(entry: RawEntry): Deflated & { method: number } {
  if (entry.deflated) return { ...entry.deflated, method: 8 };
  const data = bytesOf(entry.content ?? '');
  return { chunks: [entry.stored ? data : deflateRawSync(data)], size: data.length, crc: crc32(data), method: entry.stored ? 0 : 8 };
}

/** Writes the archive to `path` piece by piece (a bomb's compressed data is tens of MB at most). */
export function writeZip(path: string, entries: readonly RawEntry[]): void {
  const fd = openSync(path, 'w');
  try {
    let offset = 0;
    const write = (bytes: Uint8Array) => {
      writeSync(fd, bytes);
      offset += bytes.length;
    };
    const central: Uint8Array[] = [];
    for (const entry of entries) {
      const { chunks, size, crc, method } = deflatedOf(entry);
      const name = encoder.encode(entry.name);
      const fields = {
        name,
        flags: name.length === entry.name.length ? 0 : 0x0800,
        method,
        dosTime: 0,
        dosDate: 33,
        crc: entry.recordedCrc ?? crc,
        size: entry.recordedSize ?? size,
        compressedSize: chunks.reduce((sum, c) => sum + c.length, 0),
        offset,
      };
      write(localHeader(fields));
      for (const chunk of chunks) write(chunk);
      central.push(centralHeader(fields));
    }
    const directoryOffset = offset;
    for (const header of central) write(header);
    write(endOfDirectory(central.length, directoryOffset, offset - directoryOffset));
  } finally {
    closeSync(fd);
  }
}

/** An empty final block (fixed Huffman, end of block at once): ends a stream of sync-flushed segments. */
const FINAL_BLOCK = new Uint8Array([0x03, 0x00]);

/**
 * `head`, `body` repeated `times`, then `tail`, as one DEFLATE stream: each piece deflated alone and
 * ended by a sync flush, so that its bytes can be repeated. The CRC is computed as the body repeats,
 * unless `crc` is false (0 then): for a bomb the reader must refuse before it inflates a byte.
 */
export function repeated(head: string, body: string, times: number, tail: string, { level = 9, crc: withCrc = true } = {}): Deflated {
  const piece = (text: string) => deflateRawSync(Buffer.from(text), { level, finishFlush: constants.Z_SYNC_FLUSH });
  const [h, b, t] = [Buffer.from(head), Buffer.from(body), Buffer.from(tail)];
  let crc = 0;
  if (withCrc) {
    crc = crc32(h);
    for (let i = 0; i < times; i++) crc = crc32(b, crc);
    crc = crc32(t, crc);
  }
  const bodyBytes = piece(body);
  return {
    chunks: [piece(head), ...Array.from({ length: times }, () => bodyBytes), piece(tail), FINAL_BLOCK],
    size: h.length + b.length * times + t.length,
    crc,
  };
}

// ---------------------------------------------------------------------------------------------
// A workbook's parts, edited as text.

export type Parts = Map<string, Uint8Array>;

/** The small cooperative of the CLI tests (an ES-7 breach on AG!E2), as exceljs writes it. */
export async function cooperativeParts(): Promise<Parts> {
  return new Map(Object.entries(unzipSync(new Uint8Array(await xlsxOf(cooperativeSheets())))));
}

export const textOf = (parts: Parts, name: string) => strFromU8(parts.get(name)!);
export function edit(parts: Parts, name: string, change: (xml: string) => string): Parts {
  const before = textOf(parts, name);
  const after = change(before);
  if (after === before) throw new Error(`the edit of ${name} changed nothing`);
  parts.set(name, encoder.encode(after));
  return parts;
}

export const entriesOf = (parts: Parts, override: Readonly<Record<string, Partial<RawEntry>>> = {}): RawEntry[] =>
  [...parts].map(([name, content]) => ({ name, content, ...override[name] }));

const WORKSHEET_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet';
const WORKSHEET_CONTENT = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
export const SHEET_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

/** Adds a worksheet part named `part` (xl/worksheets/…) to the workbook, its content left to the caller's entry. */
export function addSheet(parts: Parts, name: string, part: string): void {
  const n = [...parts.keys()].filter((p) => p.startsWith('xl/worksheets/sheet')).length + 1;
  const id = `rIdHostile${n}`;
  edit(parts, 'xl/workbook.xml', (xml) => xml.replace('</sheets>', `<sheet name="${name}" sheetId="${100 + n}" r:id="${id}"/></sheets>`));
  edit(parts, 'xl/_rels/workbook.xml.rels', (xml) =>
    xml.replace('</Relationships>', `<Relationship Id="${id}" Type="${WORKSHEET_TYPE}" Target="${part.replace(/^xl\//, '')}"/></Relationships>`),
  );
  edit(parts, '[Content_Types].xml', (xml) => xml.replace('</Types>', `<Override PartName="/${part}" ContentType="${WORKSHEET_CONTENT}"/></Types>`));
}

export const sheetXml = (rows: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${SHEET_NS}"><sheetData>${rows}</sheetData></worksheet>`;

/** A1 names of a 0-based column. */
export function columnName(column: number): string {
  let name = '';
  for (let c = column + 1; c > 0; c = Math.floor((c - 1) / 26)) name = String.fromCharCode(65 + ((c - 1) % 26)) + name;
  return name;
}

// ---------------------------------------------------------------------------------------------
// The cases.

/** What the CLI must do: a valid copy, or exit 2 with one line naming `part` and matching `reason`. */
export type Expectation = { copy: true } | { part: string; reason: RegExp };

export interface HostileCase {
  name: string;
  /** Writes the case's workbook to `path`. */
  write(path: string): Promise<void>;
  expect: Expectation;
  /** More than a few seconds: in `npm run test:hostile` only. */
  slow?: boolean;
}

const GB = 2 ** 30;
const MB = 2 ** 20;
const SHEET1 = 'xl/worksheets/sheet1.xml';
const BIG = 'xl/worksheets/sheet9.xml';

/** A row, then spaces to `bytes`: a run of one byte deflates about 1,000 to 1, a bomb's ratio. */
const paddedRow = (bytes: number) => `<row><c><v>0</v></c></row>${' '.repeat(bytes - 26)}`;

/**
 * About 1 MiB of rows without a row number, 270 cells each: 3 GB of them is some 770,000 rows (under
 * Excel's 1,048,576) and deflates about 340 to 1, under the bomb ratio: a sheet to be read, not refused.
 */
const unnumberedRows = () => `<row>${'<c><v>0</v></c>'.repeat(270)}</row>`.repeat(258);

async function withBigSheet(path: string, deflated: Deflated, recordedSize?: number): Promise<void> {
  const parts = await cooperativeParts();
  addSheet(parts, 'Données', BIG);
  parts.set(BIG, new Uint8Array());
  writeZip(path, entriesOf(parts, { [BIG]: { deflated, recordedSize } }));
}

const bomb = (bytes: number) =>
  repeated(`<?xml version="1.0"?><worksheet xmlns="${SHEET_NS}"><sheetData>`, paddedRow(MB), Math.round(bytes / MB), '</sheetData></worksheet>', {
    crc: false,
  });

async function withPart(path: string, part: string, deflated: Deflated): Promise<void> {
  const parts = await cooperativeParts();
  writeZip(path, entriesOf(parts, { [part]: { deflated } }));
}

/** 1 MiB of `item(n)` for varied n, each 40 times: deflates about 120 to 1, under the bomb ratio, so that only a size limit refuses it. */
function looseText(item = (n: number) => `<si><t>Membre ${n}</t></si>`): string {
  let text = '';
  for (let i = 0; text.length < MB; i++) text += item((i * 2_654_435_761) % 4_294_967_291).repeat(40);
  return text.slice(0, MB);
}

async function damagedDeflate(path: string): Promise<void> {
  const parts = await cooperativeParts();
  const data = Buffer.from(deflateRawSync(parts.get(SHEET1)!));
  for (let i = 20; i < data.length - 4; i += 7) data[i] = data[i]! ^ 0x5a;
  writeZip(path, entriesOf(parts, { [SHEET1]: { deflated: { chunks: [data], size: parts.get(SHEET1)!.length, crc: crc32(parts.get(SHEET1)!) } } }));
}

async function edited(path: string, part: string, change: (xml: string) => string, override: Readonly<Record<string, Partial<RawEntry>>> = {}): Promise<void> {
  writeZip(path, entriesOf(edit(await cooperativeParts(), part, change), override));
}

async function withEntry(path: string, entry: RawEntry): Promise<void> {
  writeZip(path, [...entriesOf(await cooperativeParts()), entry]);
}

/** The cooperative with `count` sheets in all: the others of a few cells each. */
async function manySheets(path: string, count: number): Promise<void> {
  const sheets: Record<string, Rows> = cooperativeSheets();
  for (let i = Object.keys(sheets).length + 1; i <= count; i++)
    sheets[`Feuille ${i}`] = [
      ['Note', 'Valeur'],
      [`ligne ${i}`, i],
    ];
  const parts = new Map(Object.entries(unzipSync(new Uint8Array(await xlsxOf(sheets)))));
  writeZip(path, entriesOf(parts));
}

/** AG's rows stored out of order: row 2 (whose E2 is flagged) after the last. */
async function rowsOutOfOrder(path: string): Promise<void> {
  const parts = await cooperativeParts();
  const ag = `xl/worksheets/sheet${Object.keys(cooperativeSheets()).indexOf('AG') + 1}.xml`;
  edit(parts, ag, (xml) => {
    const row2 = /<row r="2"[^>]*>.*?<\/row>/.exec(xml)![0];
    return xml.replace(row2, '').replace('</sheetData>', `${row2}</sheetData>`);
  });
  writeZip(path, entriesOf(parts));
}

/** The relationships parts typed one by one (Override), not by their extension (Default). */
async function relsByOverride(path: string): Promise<void> {
  const parts = await cooperativeParts();
  const rels = [...parts.keys()].filter((p) => p.endsWith('.rels'));
  edit(parts, '[Content_Types].xml', (xml) =>
    xml
      .replace(/<Default Extension="rels"[^>]*\/>/, '')
      .replace(
        '</Types>',
        `${rels.map((p) => `<Override PartName="/${p}" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>`).join('')}</Types>`,
      ),
  );
  writeZip(path, entriesOf(parts));
}

/** A register of 500,000 members, each with a flaw: 500,000 findings, 250,000 of them on cells of the register. */
async function halfAMillionFindings(path: string): Promise<void> {
  await generateWorkbook({ members: 500_000, voters: 2_000, year: 2025, seed: 16, flaws: 500_000, out: path });
}

const SHARED = 'xl/sharedStrings.xml';
const STYLES = 'xl/styles.xml';
const unsafe = (name: string): HostileCase => ({
  name: `unsafe-name-${name.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '')}`,
  write: (path) => withEntry(path, { name, content: 'pwned' }),
  expect: { part: JSON.stringify(name).slice(1, -1), reason: /entry name: not a workbook part \(refused\)/ },
});

export const CASES: readonly HostileCase[] = [
  // ZIP bombs and lying sizes: refused on the directory's sizes, or as soon as the data passes them.
  {
    name: 'bomb-sheet-3gb',
    write: (path) => withBigSheet(path, bomb(3 * GB)),
    expect: { part: BIG, reason: /inflates \d+ to 1 \(3,221,225,\d+ bytes\), more than the 500 to 1 of any workbook: a ZIP bomb \(refused\)\)$/ },
  },
  {
    name: 'bomb-sheet-3gb-lying-size',
    write: (path) => withBigSheet(path, bomb(3 * GB), MB),
    expect: { part: BIG, reason: /size mismatch: more data than the 1048576 bytes the directory records|CRC-32 mismatch/ },
  },
  {
    name: 'sheet-3gb-streamed',
    slow: true,
    expect: { copy: true },
    write: (path) =>
      withBigSheet(path, repeated(`<?xml version="1.0"?><worksheet xmlns="${SHEET_NS}"><sheetData>`, unnumberedRows(), 3000, '</sheetData></worksheet>')),
  },
  {
    name: 'shared-strings-1.5gb',
    write: (path) => withPart(path, SHARED, repeated(`<sst xmlns="${SHEET_NS}">`, looseText(), 1536, '</sst>', { crc: false })),
    expect: { part: SHARED, reason: /inflates to 1,610,61\d,\d+ bytes, more than the 256 MiB CoopCheck reads in the shared strings \(refused\)\)$/ },
  },
  {
    name: 'shared-strings-bomb',
    write: (path) => withPart(path, SHARED, repeated(`<sst xmlns="${SHEET_NS}">`, `<si><t>0</t></si>${' '.repeat(MB - 17)}`, 200, '</sst>', { crc: false })),
    expect: { part: SHARED, reason: /a ZIP bomb/ },
  },
  {
    name: 'styles-1.5gb',
    write: (path) =>
      withPart(
        path,
        STYLES,
        repeated(
          `<styleSheet xmlns="${SHEET_NS}"><cellXfs>`,
          looseText((n) => `<xf numFmtId="${n}"/>`),
          1536,
          '</cellXfs></styleSheet>',
          { crc: false },
        ),
      ),
    expect: { part: STYLES, reason: /inflates to 1,610,61\d,\d+ bytes, more than the 64 MiB CoopCheck reads in a part read whole \(refused\)\)$/ },
  },
  {
    name: 'styles-lying-size',
    expect: { part: STYLES, reason: /size mismatch: more data than the 100000 bytes the directory records/ },
    write: async (path) =>
      writeZip(
        path,
        entriesOf(await cooperativeParts(), {
          [STYLES]: {
            deflated: repeated(`<styleSheet xmlns="${SHEET_NS}"><cellXfs>`, looseText(), 1536, '</cellXfs></styleSheet>', { crc: false }),
            recordedSize: 100_000,
          },
        }),
      ),
  },

  // Unsafe names: refused, never copied.
  unsafe('../evil.txt'),
  unsafe('xl/../../evil.txt'),
  unsafe('/etc/evil.xml'),
  unsafe('xl\\worksheets\\sheet9.xml'),
  unsafe('C:/evil.xml'),

  // Damage.
  { name: 'damaged-deflate', write: damagedDeflate, expect: { part: SHEET1, reason: /damaged compressed data|size mismatch|CRC-32/ } },
  {
    name: 'bad-crc',
    write: async (path) => writeZip(path, entriesOf(await cooperativeParts(), { [SHEET1]: { recordedCrc: 0x12345678 } })),
    expect: { part: SHEET1, reason: /CRC-32 mismatch \(damaged file\): expected 12345678/ },
  },
  {
    name: 'duplicate-entry',
    write: (path) => withEntry(path, { name: SHEET1, content: sheetXml('') }),
    expect: { part: SHEET1, reason: /the archive holds two entries of this name/ },
  },

  // XML attacks and faults: refused with the part named, never the parser's own text.
  {
    name: 'xxe',
    write: (path) =>
      edited(path, SHARED, (xml) =>
        xml.replace('<sst', '<!DOCTYPE sst [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><sst').replace('Membre 1<', 'Membre &xxe;<'),
      ),
    expect: { part: SHARED, reason: /a DOCTYPE is not allowed in an Office Open XML part/ },
  },
  {
    name: 'xxe-workbook',
    write: (path) =>
      edited(path, 'xl/workbook.xml', (xml) => xml.replace('<workbook', '<!DOCTYPE workbook [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><workbook')),
    expect: { part: 'xl/workbook.xml', reason: /a DOCTYPE is not allowed in an Office Open XML part/ },
  },
  {
    name: 'undefined-entity',
    write: (path) => edited(path, SHARED, (xml) => xml.replace('Membre 1<', 'Membre &eacute;1<')),
    expect: { part: SHARED, reason: /undefined entity &eacute;/ },
  },
  {
    name: 'invalid-code-point',
    write: (path) => edited(path, SHARED, (xml) => xml.replace('Membre 1<', 'Membre &#1114112;<')),
    expect: { part: SHARED, reason: /a character reference past Unicode/ },
  },
  {
    name: 'invalid-xml',
    write: (path) => edited(path, SHEET1, (xml) => xml.replace('</sheetData>', '</row></sheetData>')),
    expect: { part: SHEET1, reason: /an end tag that does not match/ },
  },

  // Huge strings and the grid's edges.
  {
    name: 'cell-32767-chars',
    expect: { copy: true },
    write: async (path) => {
      const parts = await cooperativeParts();
      addSheet(parts, 'Long', BIG);
      parts.set(BIG, encoder.encode(sheetXml(`<row r="1"><c r="A1" t="inlineStr"><is><t>${'é'.repeat(32_767)}</t></is></c></row>`)));
      writeZip(path, entriesOf(parts));
    },
  },
  {
    name: 'cell-20mb',
    expect: { part: BIG, reason: /a tag, cell or string of more than 1 MiB of XML, far beyond Excel's 32,767 characters a cell \(at byte \d+\)\)$/ },
    write: (path) =>
      withBigSheet(
        path,
        repeated(
          `<?xml version="1.0"?><worksheet xmlns="${SHEET_NS}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>`,
          looseText((n) => `Membre ${n} `),
          20,
          '</t></is></c></row></sheetData></worksheet>',
        ),
      ),
  },
  {
    name: 'columns-16384',
    expect: { copy: true },
    write: async (path) => {
      const parts = await cooperativeParts();
      addSheet(parts, 'Large', BIG);
      const cells = Array.from({ length: 16_384 }, (_, c) => `<c r="${columnName(c)}1"><v>${c}</v></c>`).join('');
      parts.set(BIG, encoder.encode(sheetXml(`<row r="1">${cells}</row>`)));
      writeZip(path, entriesOf(parts));
    },
  },
  {
    name: 'column-past-xfd',
    expect: { part: BIG, reason: /a cell whose reference \(r attribute\) is not a column A to XFD/ },
    write: async (path) => {
      const parts = await cooperativeParts();
      addSheet(parts, 'Large', BIG);
      parts.set(BIG, encoder.encode(sheetXml('<row r="1"><c r="XFE1"><v>1</v></c></row>')));
      writeZip(path, entriesOf(parts));
    },
  },
  {
    name: 'rows-repeated',
    expect: { part: BIG, reason: /more row elements than Excel's 1,048,576 rows/ },
    write: (path) =>
      withBigSheet(
        path,
        repeated(`<?xml version="1.0"?><worksheet xmlns="${SHEET_NS}"><sheetData>`, '<row r="1"/>'.repeat(65_536), 17, '</sheetData></worksheet>'),
      ),
  },

  // Missing parts: read without them, or refused naming what is missing.
  {
    name: 'missing-styles',
    write: async (path) => {
      const parts = await cooperativeParts();
      parts.delete(STYLES);
      writeZip(path, entriesOf(parts));
    },
    expect: { copy: true },
  },
  {
    name: 'missing-sheet-part',
    write: async (path) => {
      const parts = await cooperativeParts();
      addSheet(parts, 'Absente', BIG);
      writeZip(path, entriesOf(parts));
    },
    expect: { copy: true },
  },
  {
    name: 'missing-content-types',
    write: async (path) => {
      const parts = await cooperativeParts();
      parts.delete('[Content_Types].xml');
      writeZip(path, entriesOf(parts));
    },
    expect: { part: '[Content_Types].xml', reason: /no such part in the archive/ },
  },

  // Structure the writer must keep valid.
  { name: 'rows-out-of-order', write: rowsOutOfOrder, expect: { copy: true } },
  { name: 'rels-by-override', write: relsByOverride, expect: { copy: true } },
  { name: 'sheets-1000', write: (path) => manySheets(path, 1000), expect: { copy: true } },
  { name: 'findings-500k', write: halfAMillionFindings, expect: { copy: true }, slow: true },
];

// `npx tsx tests/hostile/generate.ts OUT_DIR [case…]`
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [out, ...names] = process.argv.slice(2);
  if (!out) throw new Error('usage: tsx tests/hostile/generate.ts OUT_DIR [case…]');
  mkdirSync(out, { recursive: true });
  for (const hostile of CASES.filter((c) => !names.length || names.includes(c.name))) {
    await hostile.write(join(out, `${hostile.name}.xlsx`));
    console.log(`${hostile.name}.xlsx`);
  }
}
