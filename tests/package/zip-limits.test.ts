/**
 * What one entry may inflate to (issue 16), with both codecs: a part read whole past 64 MiB, shared
 * strings past 256 MiB and any part past 16 MiB at more than 500 to 1 are refused on the sizes the
 * directory records, before a byte is inflated; a directory that lies is caught as soon as the data
 * passes the size it records, in bounded memory. Entry names that would escape a folder are refused,
 * and the Node streams hold no file descriptor of their own.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  MAX_RATIO,
  MAX_SHARED_STRINGS,
  MAX_WHOLE_PART,
  ZipArchive,
  checkInflatedSize,
  portableCodec,
  type ZipCodec,
} from '../../src/adapters/xlsx-package/zip-archive';
import { ZipReader, nodeCodec } from '../../src/adapters/xlsx-package/zip';
import { repeated, writeZip, type RawEntry } from '../hostile/generate';

const dir = mkdtempSync(join(tmpdir(), 'coopcheck-zip-limits-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const MB = 2 ** 20;

function archive(entries: RawEntry[]): { path: string; bytes: Uint8Array } {
  const path = join(dir, `${entries[0]!.name.replace(/\W/g, '_')}-${Math.random().toString(36).slice(2)}.zip`);
  writeZip(path, entries);
  return { path, bytes: new Uint8Array(readFileSync(path)) };
}

/** 1 MiB of one byte repeated: DEFLATE's best ratio, about 1,000 to 1. */
const spaces = ' '.repeat(MB);
/** About 120 to 1: under the bomb ratio. */
const loose = Array.from({ length: 45_000 }, (_, i) => `<si><t>${(i * 2_654_435_761) % 4_294_967_291}</t></si>`)
  .join('')
  .slice(0, MB);

async function drain(stream: AsyncIterable<Uint8Array>): Promise<number> {
  let size = 0;
  for await (const chunk of stream) size += chunk.length;
  return size;
}

describe.each([
  ['fflate', portableCodec],
  ['zlib', nodeCodec],
] as [string, ZipCodec][])('limits, reading with %s', (_, codec) => {
  it('refuses a part read whole that records more than 64 MiB, before inflating it', async () => {
    const zip = await ZipArchive.fromBytes(archive([{ name: 'xl/styles.xml', deflated: repeated('<a>', loose, 80, '</a>', { crc: false }) }]).bytes, codec);
    const entry = zip.entries.get('xl/styles.xml')!;
    expect(entry.size).toBeGreaterThan(MAX_WHOLE_PART);
    await expect(zip.read(entry)).rejects.toMatchObject({
      name: 'ZipError',
      part: 'xl/styles.xml',
      reason: 'inflates to 83,886,087 bytes, more than the 64 MiB CoopCheck reads in a part read whole (refused)',
    });
  });

  it('refuses a bomb (more than 500 to 1 past 16 MiB), read whole or streamed', async () => {
    const zip = await ZipArchive.fromBytes(
      archive([{ name: 'xl/worksheets/sheet1.xml', deflated: repeated('<a>', spaces, 2048, '</a>', { crc: false }) }]).bytes,
      codec,
    );
    const entry = zip.entries.get('xl/worksheets/sheet1.xml')!;
    expect(entry.size / entry.compressedSize).toBeGreaterThan(MAX_RATIO);
    const reason = expect.stringMatching(/^inflates \d+ to 1 \(2,147,483,655 bytes\), more than the 500 to 1 of any workbook: a ZIP bomb \(refused\)$/);
    await expect(drain(zip.inflated(entry))).rejects.toMatchObject({ part: 'xl/worksheets/sheet1.xml', reason });
    await expect(zip.read(entry)).rejects.toMatchObject({ part: 'xl/worksheets/sheet1.xml' });
  });

  it('stops a bomb whose directory records 1 MiB as soon as the data passes it', async () => {
    const zip = await ZipArchive.fromBytes(
      archive([{ name: 'xl/worksheets/sheet1.xml', deflated: repeated('<a>', spaces, 1024, '</a>', { crc: false }), recordedSize: MB }]).bytes,
      codec,
    );
    const entry = zip.entries.get('xl/worksheets/sheet1.xml')!;
    const before = process.memoryUsage().arrayBuffers;
    let peak = 0;
    let size = 0;
    const reading = (async () => {
      for await (const chunk of zip.inflated(entry)) {
        size += chunk.length;
        peak = Math.max(peak, process.memoryUsage().arrayBuffers - before);
      }
    })();
    await expect(reading).rejects.toMatchObject({
      part: 'xl/worksheets/sheet1.xml',
      reason: expect.stringMatching(/^size mismatch: more data than the 1048576 bytes the directory records/),
    });
    expect(size).toBeLessThanOrEqual(MB);
    // 1 GiB was there to inflate; the reader held at most one push of it.
    expect(peak).toBeLessThan(64 * MB);
    await expect(zip.read(entry)).rejects.toMatchObject({ part: 'xl/worksheets/sheet1.xml', reason: expect.stringMatching(/size mismatch|CRC-32 mismatch/) });
  });

  it.each(['../evil.txt', 'xl/../../evil.txt', '/etc/evil.xml', 'xl\\worksheets\\sheet1.xml', 'C:/evil.xml', 'xl/a\u0000.xml'])(
    'refuses the entry name %j, naming it',
    async (name) => {
      const bytes = archive([
        { name: 'xl/workbook.xml', content: '<workbook/>' },
        { name, content: 'x' },
      ]).bytes;
      await expect(ZipArchive.fromBytes(bytes, codec)).rejects.toMatchObject({
        name: 'ZipError',
        part: JSON.stringify(name).slice(1, -1),
        reason: expect.stringMatching(/ in the entry name: not a workbook part \(refused\)$|^an absolute entry name/),
      });
    },
  );
});

describe('checkInflatedSize', () => {
  const entry = (size: number, compressedSize: number) => ({
    name: 'xl/sharedStrings.xml',
    method: 8,
    flags: 0,
    crc: 0,
    size,
    compressedSize,
    localHeaderOffset: 0,
    dosTime: 0,
    dosDate: 0,
  });
  it('lets through what Excel writes: small parts at any ratio, large ones under 500 to 1 and their limit', () => {
    expect(() => checkInflatedSize(entry(16 * MB, 1))).not.toThrow();
    expect(() => checkInflatedSize(entry(3 * 2 ** 30, (3 * 2 ** 30) / 400))).not.toThrow();
    expect(() => checkInflatedSize(entry(MAX_SHARED_STRINGS, MB), MAX_SHARED_STRINGS, 'the shared strings')).not.toThrow();
  });
  it('refuses past the limit or the ratio, naming the part', () => {
    expect(() => checkInflatedSize(entry(MAX_SHARED_STRINGS + 1, 10 * MB), MAX_SHARED_STRINGS, 'the shared strings')).toThrow(
      'xl/sharedStrings.xml: inflates to 268,435,457 bytes, more than the 256 MiB CoopCheck reads in the shared strings (refused)',
    );
    expect(() => checkInflatedSize(entry(16 * MB + 1, 1000))).toThrow(
      'xl/sharedStrings.xml: inflates 16777 to 1 (16,777,217 bytes), more than the 500 to 1 of any workbook: a ZIP bomb (refused)',
    );
  });
});

describe('the Node streams', () => {
  it('hold no file descriptor: 1,500 streams left after their first chunk leave none open', async () => {
    const { path } = archive(
      Array.from({ length: 20 }, (_, i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, content: `<worksheet>${'<row/>'.repeat(50_000)}</worksheet>` })),
    );
    const zip = await ZipReader.open(path);
    const open = () => readdirSync('/proc/self/fd').length;
    const before = open();
    try {
      for (let i = 0; i < 1_500; i++) {
        for await (const chunk of await zip.stream(zip.entries.get(`xl/worksheets/sheet${(i % 20) + 1}.xml`)!)) {
          expect(chunk.length).toBeGreaterThan(0);
          break;
        }
      }
      expect(open() - before).toBeLessThan(10);
    } finally {
      await zip.close();
    }
  });
});
