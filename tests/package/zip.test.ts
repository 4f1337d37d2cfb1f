/**
 * The ZIP layer (src/adapters/xlsx-package/zip-archive.ts and its Node face zip.ts) against archives
 * written independently (./zip-fixtures.ts): ZIP64, data descriptors, CP437 and UTF-8 names, and
 * damage, which must end in one ZipError naming the part. Each reading test runs with both codecs:
 * fflate (the browser's) and Node's zlib.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { constants, deflateRawSync, inflateRawSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import {
  ZipArchive,
  ZipArchiveWriter,
  ZipError,
  centralHeader,
  crc32,
  decodeCp437,
  endOfDirectory,
  localHeader,
  memorySink,
  portableCodec,
  type ZipCodec,
  type ZipSink,
  type ZipSource,
} from '../../src/adapters/xlsx-package/zip-archive';
import { ZipReader, ZipWriter, deflateEntry, nodeCodec } from '../../src/adapters/xlsx-package/zip';
import { zipFixture, type FixtureEntry } from './zip-fixtures';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function tempFile(name: string, bytes?: Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), 'coopcheck-zip-'));
  dirs.push(dir);
  const path = join(dir, name);
  if (bytes) writeFileSync(path, bytes);
  return path;
}

const text = (bytes: Uint8Array) => Buffer.from(bytes).toString('utf8');
async function collect(stream: AsyncIterable<Uint8Array>): Promise<string> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of stream) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

const XML = `<?xml version="1.0"?><worksheet>${'<row><c><v>42</v></c></row>'.repeat(2_000)}</worksheet>`;
const codecs: [string, ZipCodec][] = [
  ['fflate', portableCodec],
  ['zlib', nodeCodec],
];

/** Both ways of reading an entry must give the content, or both the same error. */
async function readBothWays(zip: ZipArchive, name: string): Promise<string> {
  const entry = zip.entries.get(name)!;
  const whole = text(await zip.read(entry));
  expect(await collect(zip.inflated(entry, 1_000))).toBe(whole);
  return whole;
}

describe.each(codecs)('reading with %s', (_, codec) => {
  it('reads deflated and stored entries, whole and streamed', async () => {
    const zip = await ZipArchive.fromBytes(
      zipFixture([
        { name: 'a.xml', content: XML },
        { name: 'b.txt', content: 'stored', method: 0 },
      ]),
      codec,
    );
    expect([...zip.entries.keys()]).toEqual(['a.xml', 'b.txt']);
    expect(await readBothWays(zip, 'a.xml')).toBe(XML);
    expect(await readBothWays(zip, 'b.txt')).toBe('stored');
  });

  it('reads ZIP64 records and extra fields', async () => {
    const zip = await ZipArchive.fromBytes(
      zipFixture(
        [
          { name: 'a.xml', content: XML },
          { name: 'b.xml', content: 'b', method: 0 },
        ],
        { zip64: true },
      ),
      codec,
    );
    expect(zip.entries.get('a.xml')).toMatchObject({ size: Buffer.byteLength(XML), method: 8 });
    expect(await readBothWays(zip, 'a.xml')).toBe(XML);
    expect(await readBothWays(zip, 'b.xml')).toBe('b');
  });

  it.each([
    ['without signature', { dataDescriptor: true }],
    ['with signature', { dataDescriptor: true, descriptorSignature: true }],
  ] as const)('reads entries with a data descriptor (%s), plain and ZIP64', async (_label, descriptor) => {
    for (const zip64 of [false, true]) {
      const zip = await ZipArchive.fromBytes(
        zipFixture(
          [
            { name: 'a.xml', content: XML, ...descriptor },
            { name: 'b.xml', content: 'b', ...descriptor },
          ],
          { zip64 },
        ),
        codec,
      );
      expect(await readBothWays(zip, 'a.xml')).toBe(XML);
      expect(await readBothWays(zip, 'b.xml')).toBe('b');
    }
  });

  it('decodes names as UTF-8 when flagged, else as CP437', async () => {
    const zip = await ZipArchive.fromBytes(
      zipFixture([
        { name: 'xl/Résumé ✓.xml', content: '1', utf8Flag: true },
        { name: new Uint8Array([0x82, 0x74, 0x82, 0x2e, 0x78, 0x6d, 0x6c, 0xe1]), content: '2' }, // "été.xmlß" in CP437
        { name: 'é.xml', content: '3' }, // UTF-8 bytes without the flag: CP437, as every unzip reads them
      ]),
      codec,
    );
    expect([...zip.entries.keys()]).toEqual(['xl/Résumé ✓.xml', 'été.xmlß', '├⌐.xml']);
    expect(await readBothWays(zip, 'été.xmlß')).toBe('2');
  });

  it('rejects a bad CRC with an error naming the part', async () => {
    const zip = await ZipArchive.fromBytes(
      zipFixture([
        { name: 'xl/worksheets/sheet1.xml', content: XML, wrongCrc: 0x12345678 },
        { name: 's.txt', content: 'x', method: 0, wrongCrc: 1 },
      ]),
      codec,
    );
    const entry = zip.entries.get('xl/worksheets/sheet1.xml')!;
    const expected = {
      name: 'ZipError',
      part: 'xl/worksheets/sheet1.xml',
      message: expect.stringMatching(/^xl\/worksheets\/sheet1\.xml: CRC-32 mismatch \(damaged file\)/),
    };
    await expect(zip.read(entry)).rejects.toMatchObject(expected);
    await expect(collect(zip.inflated(entry))).rejects.toMatchObject(expected);
    await expect(zip.read(zip.entries.get('s.txt')!)).rejects.toMatchObject({ part: 's.txt', reason: expect.stringMatching(/CRC-32 mismatch/) });
  });

  it('rejects a deflate stream cut short or damaged with one error naming the part', async () => {
    const deflated = deflateRawSync(Buffer.from(XML));
    const corrupt = Buffer.from(deflated);
    corrupt[0] = 0xff; // Block type 3: reserved, invalid.
    const zip = await ZipArchive.fromBytes(
      zipFixture([
        { name: 'cut.xml', content: XML, storedBytes: deflated.subarray(0, deflated.length >> 1) },
        { name: 'corrupt.xml', content: XML, storedBytes: corrupt },
      ]),
      codec,
    );
    for (const name of ['cut.xml', 'corrupt.xml']) {
      const entry = zip.entries.get(name)!;
      const expected = {
        name: 'ZipError',
        part: name,
        message: expect.stringMatching(new RegExp(`^${name.replace('.', '\\.')}: (damaged compressed data|size mismatch)`)),
      };
      await expect(zip.read(entry)).rejects.toMatchObject(expected);
      await expect(collect(zip.inflated(entry, 512))).rejects.toMatchObject(expected);
    }
  });

  it('rejects an entry holding more or less than its recorded size', async () => {
    const bytes = zipFixture([{ name: 'a.xml', content: XML }]);
    // The central directory's uncompressed size (offset 24 of the header).
    const central = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    for (const size of [100, Buffer.byteLength(XML) + 5]) {
      bytes.writeUInt32LE(size, central + 24);
      const zip = await ZipArchive.fromBytes(bytes, codec);
      const entry = zip.entries.get('a.xml')!;
      await expect(zip.read(entry)).rejects.toMatchObject({ part: 'a.xml', reason: expect.stringMatching(/size mismatch|CRC-32/) });
      await expect(collect(zip.inflated(entry))).rejects.toMatchObject({ part: 'a.xml', reason: expect.stringMatching(/size mismatch|CRC-32/) });
    }
  });
});

describe('damaged archives', () => {
  it.each([
    ['empty', Buffer.alloc(0), /too short/],
    ['not a ZIP', Buffer.from('hello world, this is not an archive'), /no end of central directory/],
    ['cut short', zipFixture([{ name: 'a.xml', content: XML }]).subarray(0, 200), /no end of central directory|past the end/],
  ])('%s: a ZipError', async (_, bytes, message) => {
    await expect(ZipArchive.fromBytes(bytes)).rejects.toMatchObject({ name: 'ZipError', message: expect.stringMatching(message) });
  });

  it('refuses two entries of the same name', async () => {
    await expect(
      ZipArchive.fromBytes(
        zipFixture([
          { name: 'a', content: '1' },
          { name: 'a', content: '2' },
        ]),
      ),
    ).rejects.toThrow(/a: the archive holds two entries/);
  });
});

/** A sink that keeps the bytes written except the large filler chunks, and a source that reads them back with zeros in place of the filler. */
function sparse(filler: Uint8Array): { sink: ZipSink; source: () => ZipSource } {
  const kept: { at: number; bytes: Uint8Array }[] = [];
  let offset = 0;
  return {
    sink: {
      write: async (bytes) => {
        if (bytes !== filler) kept.push({ at: offset, bytes: bytes.slice() });
        offset += bytes.length;
      },
      close: async () => undefined,
      abort: async () => undefined,
    },
    source: () => ({
      size: offset,
      read: async (at, length) => {
        const out = new Uint8Array(length);
        for (const piece of kept) {
          const from = Math.max(at, piece.at);
          const to = Math.min(at + length, piece.at + piece.bytes.length);
          if (from < to) out.set(piece.bytes.subarray(from - piece.at, to - piece.at), from - at);
        }
        return out;
      },
    }),
  };
}

describe('writing', () => {
  it('writes ZIP64 fields only where a value needs them', () => {
    const name = new TextEncoder().encode('big.xml');
    const fields = { name, flags: 0, method: 8, dosTime: 0, dosDate: 33, crc: 1 };
    const small = centralHeader({ ...fields, size: 10, compressedSize: 5, offset: 7 });
    expect(small.length).toBe(46 + name.length);
    const big = Buffer.from(centralHeader({ ...fields, size: 5 * 2 ** 30, compressedSize: 100, offset: 4 * 2 ** 30 + 3 }));
    expect([big.readUInt16LE(6), big.readUInt32LE(20), big.readUInt32LE(24), big.readUInt32LE(42)]).toEqual([45, 100, 0xffffffff, 0xffffffff]);
    const extra = big.subarray(46 + name.length);
    expect([extra.readUInt16LE(0), extra.readUInt16LE(2), Number(extra.readBigUInt64LE(4)), Number(extra.readBigUInt64LE(12))]).toEqual([
      1,
      16,
      5 * 2 ** 30,
      4 * 2 ** 30 + 3,
    ]);
    const local = Buffer.from(localHeader({ ...fields, size: 5 * 2 ** 30, compressedSize: 100, offset: 0 }));
    expect([local.readUInt32LE(18), local.readUInt32LE(22), local.readUInt16LE(28)]).toEqual([0xffffffff, 0xffffffff, 20]);
    expect(Number(local.readBigUInt64LE(30 + name.length + 4))).toBe(5 * 2 ** 30);
    expect(endOfDirectory(3, 100, 50).length).toBe(22);
    expect(endOfDirectory(70_000, 100, 50).length).toBe(22 + 56 + 20);
  });

  it('writes and reads back an entry past 4 GiB and a part of more than 4 GiB (ZIP64 offsets and sizes)', async () => {
    const filler = new Uint8Array(64 << 20);
    const { sink, source } = sparse(filler);
    const writer = new ZipArchiveWriter(sink);
    const chunks = Array.from({ length: 72 }, () => filler); // 4.5 GiB "stored" with a made-up CRC: never inflated here.
    await writer.addDeflated('huge.bin', { crc: 1, size: 5 * 2 ** 30, compressedSize: 72 * filler.length, chunks });
    await writer.add('after.xml', XML);
    await writer.close();
    for (const codec of [portableCodec, nodeCodec]) {
      const zip = await ZipArchive.fromSource(source(), codec);
      expect(zip.entries.get('huge.bin')).toMatchObject({ size: 5 * 2 ** 30, compressedSize: 72 * filler.length, localHeaderOffset: 0 });
      expect(zip.entries.get('after.xml')!.localHeaderOffset).toBeGreaterThan(2 ** 32);
      expect(text(await zip.read(zip.entries.get('after.xml')!))).toBe(XML);
    }
  });

  it('writes more than 65,535 entries (ZIP64 end of directory), which its reader and unzip read back', async () => {
    const sink = memorySink();
    const writer = new ZipArchiveWriter(sink);
    for (let i = 0; i < 70_000; i++) await writer.add(`p/${i}.txt`, String(i));
    await writer.close();
    const bytes = sink.bytes();
    const zip = await ZipArchive.fromBytes(bytes);
    expect(zip.entries.size).toBe(70_000);
    expect(text(await zip.read(zip.entries.get('p/69999.txt')!))).toBe('69999');
    const path = tempFile('many.zip', bytes);
    if (spawnSync('unzip', ['-v']).status === 0) expect(execFileSync('unzip', ['-tqq', path]).toString()).toBe('');
    // The fixture writer's ZIP64 archive of as many entries reads too.
    const fixture = zipFixture(
      Array.from({ length: 66_000 }, (_, i): FixtureEntry => ({ name: `${i}`, content: `${i}`, method: 0 })),
      { zip64: true },
    );
    expect((await ZipArchive.fromBytes(fixture)).entries.size).toBe(66_000);
  });

  it('copies entries raw: data descriptors dropped, names re-encoded as UTF-8, bytes and CRC kept; the copy passes unzip -t', async () => {
    const input = tempFile(
      'in.zip',
      zipFixture(
        [
          { name: 'a.xml', content: XML, dataDescriptor: true, descriptorSignature: true },
          { name: new Uint8Array([0x82, 0x2e, 0x78, 0x6d, 0x6c]), content: 'cp437' },
          { name: 'z.xml', content: 'zip64', dataDescriptor: true },
        ],
        { zip64: true },
      ),
    );
    const output = tempFile('out.zip');
    const reader = await ZipReader.open(input);
    const writer = await ZipWriter.create(output);
    for (const entry of reader.entries.values()) await writer.copy(reader, entry);
    await writer.add('new.xml', '<new/>');
    await writer.close();
    const copy = await ZipReader.open(output);
    try {
      expect([...copy.entries.keys()]).toEqual(['a.xml', 'é.xml', 'z.xml', 'new.xml']);
      for (const entry of copy.entries.values()) expect(entry.flags & 0x0008).toBe(0);
      expect(copy.entries.get('é.xml')!.flags & 0x0800).toBe(0x0800);
      expect(copy.entries.get('a.xml')!.crc).toBe(reader.entries.get('a.xml')!.crc);
      expect(await collect(await copy.stream(copy.entries.get('a.xml')!))).toBe(XML);
      expect(text(await copy.read(copy.entries.get('new.xml')!))).toBe('<new/>');
      if (spawnSync('unzip', ['-v']).status === 0) expect(execFileSync('unzip', ['-tqq', output]).toString()).toBe('');
    } finally {
      await Promise.all([reader.close(), copy.close()]);
    }
  });

  it('writes the same bytes for the same input', async () => {
    const write = async () => {
      const sink = memorySink();
      const writer = new ZipArchiveWriter(sink);
      await writer.add('a.xml', XML);
      await writer.add('b/é.xml', 'x');
      await writer.close();
      return Buffer.from(sink.bytes());
    };
    expect((await write()).equals(await write())).toBe(true);
  });
});

describe('the Node stream of a damaged part', () => {
  it('fails with the ZipError naming the part', async () => {
    const path = tempFile('bad.zip', zipFixture([{ name: 'xl/worksheets/sheet1.xml', content: XML, wrongCrc: 7 }]));
    const zip = await ZipReader.open(path);
    try {
      await expect(collect(await zip.stream(zip.entries.get('xl/worksheets/sheet1.xml')!))).rejects.toMatchObject({
        name: 'ZipError',
        part: 'xl/worksheets/sheet1.xml',
      });
    } finally {
      await zip.close();
    }
  });
});

describe('helpers', () => {
  it('CRC-32 matches zlib, CP437 maps its upper half', () => {
    const data = Buffer.from(XML);
    expect(crc32(data)).toBe(nodeCodec.crc32(data));
    expect(crc32(data.subarray(5), crc32(data.subarray(0, 5)))).toBe(crc32(data));
    expect(decodeCp437(new Uint8Array([0x80, 0x9b, 0xe1, 0xff, 0x41]))).toBe('Ç¢ß\u00a0A');
  });

  it('ZipError carries the part and the reason', () => {
    const error = new ZipError('CRC-32 mismatch', 'xl/styles.xml');
    expect([error.part, error.reason, error.message]).toEqual(['xl/styles.xml', 'CRC-32 mismatch', 'xl/styles.xml: CRC-32 mismatch']);
  });
});

describe("the Node writer's deflate of a streamed entry (deflateEntry)", () => {
  /** Bytes that deflate poorly enough to fill several 8 MB segments and well enough to be quick. */
  function content(size: number, seed: number): Buffer {
    const bytes = Buffer.alloc(size);
    for (let i = 0, x = seed; i < size; i++) {
      x = (x * 1_103_515_245 + 12_345) >>> 0;
      bytes[i] = 0x41 + ((x >>> 24) % 8);
    }
    return bytes;
  }
  async function* chunked(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
    for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
  }
  const inflatedOf = (chunks: readonly Uint8Array[]) => inflateRawSync(Buffer.concat(chunks));

  it('joins its segments into one stream: more than the segments in flight, in chunks of any size', async () => {
    const bytes = content(40 << 20, 1);
    for (const size of [1 << 20, 3_000_017]) {
      const entry = await deflateEntry(chunked(bytes, size), 1);
      expect([entry.size, entry.crc]).toEqual([bytes.length, nodeCodec.crc32(bytes)]);
      expect(entry.compressedSize).toBe(entry.chunks.reduce((sum, chunk) => sum + chunk.length, 0));
      expect(inflatedOf(entry.chunks).equals(bytes)).toBe(true);
    }
  });

  it('gathers small pieces (a patched row each) before they reach zlib, and keeps their order', async () => {
    const bytes = content(2_600_000, 5);
    const entry = await deflateEntry(chunked(bytes, 13), 1);
    expect([entry.size, entry.crc]).toEqual([bytes.length, nodeCodec.crc32(bytes)]);
    expect(inflatedOf(entry.chunks).equals(bytes)).toBe(true);
  });

  it('joins pieces deflated beforehand between its own bytes, at the end too, and ends an empty entry', async () => {
    const [a, b, c] = [content(100_000, 2), content(3_000_000, 3), content(50_000, 4)];
    const piece = (bytes: Buffer) => ({
      deflated: deflateRawSync(bytes, { finishFlush: constants.Z_SYNC_FLUSH }),
      crc: nodeCodec.crc32(bytes),
      size: bytes.length,
    });
    async function* mixed() {
      yield* chunked(a, 30_000);
      yield piece(b);
      yield c;
      yield piece(a);
    }
    const entry = await deflateEntry(mixed(), 1);
    const all = Buffer.concat([a, b, c, a]);
    expect([entry.size, entry.crc]).toEqual([all.length, nodeCodec.crc32(all)]);
    expect(inflatedOf(entry.chunks).equals(all)).toBe(true);
    const empty = await deflateEntry(chunked(new Uint8Array(0), 1), 1);
    expect([empty.size, inflatedOf(empty.chunks).length]).toEqual([0, 0]);
  });
});

describe("the Node codec's pieces (deflatePiece: a zlib stream kept from piece to piece)", () => {
  const text = (size: number, seed: number) =>
    Buffer.from(
      Array.from({ length: size }, (_, i) => `<row r="${seed + i}"><c><v>${(i * seed) % 997}</v></c></row>`)
        .join('')
        .slice(0, size),
    );
  const pieces = nodeCodec.pieces!;

  it('gives pieces that each inflate on their own, one after the other and several at once, whatever their size', async () => {
    const inputs = [text(70_000, 1), text(1, 2), text(1 << 20, 3), text(68 * 1024, 4), text(2_000_000, 5), new Uint8Array(0), text(300, 6)];
    const inTurn: Uint8Array[] = [];
    for (const input of inputs) inTurn.push(await pieces.deflatePiece(input, 1));
    const atOnce = await Promise.all(inputs.map((input) => pieces.deflatePiece(input, 6)));
    for (const [i, input] of inputs.entries()) {
      for (const deflated of [inTurn[i]!, atOnce[i]!]) {
        expect(Buffer.from(pieces.inflatePiece(deflated, input.length)).equals(Buffer.from(input)), `piece ${i}`).toBe(true);
        // Ended on a byte boundary by an empty stored block, and not final: pieces join into one stream.
        expect([...deflated.subarray(-4)]).toEqual([0x00, 0x00, 0xff, 0xff]);
      }
    }
    const joined = inflateRawSync(Buffer.concat([...inTurn, deflateRawSync(new Uint8Array(0))]));
    expect(joined.equals(Buffer.concat(inputs))).toBe(true);
  });
});
