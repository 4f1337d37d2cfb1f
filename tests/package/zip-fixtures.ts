/**
 * Writes ZIP archives byte by byte, independently of src/adapters/xlsx-package/, in the shapes the
 * ZIP layer must read: ZIP64 records and extra fields (forced even for small entries), data
 * descriptors, CP437 or UTF-8 names, and damage (a wrong CRC, a deflate stream cut short or corrupt).
 */
import { crc32, deflateRawSync } from 'node:zlib';

export interface FixtureEntry {
  /** The name's bytes are these: a string is written as UTF-8 (flag bit 11 set when `utf8Flag`). */
  name: string | Uint8Array;
  content: string | Uint8Array;
  method?: 0 | 8;
  utf8Flag?: boolean;
  /** Sizes and CRC after the data (bit 3), the local header's left at zero; `descriptorSignature` writes the optional signature. */
  dataDescriptor?: boolean;
  descriptorSignature?: boolean;
  /** The CRC recorded instead of the right one. */
  wrongCrc?: number;
  /** The compressed data as stored, instead of the content deflated. */
  storedBytes?: Uint8Array;
}

export interface FixtureOptions {
  /** Every entry's sizes and offset in ZIP64 extra fields, and the ZIP64 end records. */
  zip64?: boolean;
}

const u16 = (v: number) => {
  const b = Buffer.alloc(2);
  b.writeUInt16LE(v);
  return b;
};
const u32 = (v: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(v >>> 0);
  return b;
};
const u64 = (v: number) => {
  const b = Buffer.alloc(8);
  b.writeBigUInt64LE(BigInt(v));
  return b;
};

export function zipFixture(entries: readonly FixtureEntry[], options: FixtureOptions = {}): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  const push = (b: Buffer) => {
    parts.push(b);
    offset += b.length;
  };
  for (const entry of entries) {
    const name = typeof entry.name === 'string' ? Buffer.from(entry.name, 'utf8') : Buffer.from(entry.name);
    const content = typeof entry.content === 'string' ? Buffer.from(entry.content, 'utf8') : Buffer.from(entry.content);
    const method = entry.method ?? 8;
    const data = entry.storedBytes ? Buffer.from(entry.storedBytes) : method === 8 ? deflateRawSync(content) : content;
    const crc = entry.wrongCrc ?? crc32(content);
    const flags = (entry.utf8Flag ? 0x0800 : 0) | (entry.dataDescriptor ? 0x0008 : 0);
    const localOffset = offset;
    const z = options.zip64;
    const localExtra = z
      ? Buffer.concat([u16(1), u16(16), u64(entry.dataDescriptor ? 0 : content.length), u64(entry.dataDescriptor ? 0 : data.length)])
      : Buffer.alloc(0);
    const blank = entry.dataDescriptor;
    push(
      Buffer.concat([
        u32(0x04034b50),
        u16(z ? 45 : 20),
        u16(flags),
        u16(method),
        u16(0),
        u16(0x21),
        u32(blank ? 0 : crc),
        u32(z ? 0xffffffff : blank ? 0 : data.length),
        u32(z ? 0xffffffff : blank ? 0 : content.length),
        u16(name.length),
        u16(localExtra.length),
        name,
        localExtra,
      ]),
    );
    push(data);
    if (entry.dataDescriptor) {
      const sizes = z ? Buffer.concat([u64(data.length), u64(content.length)]) : Buffer.concat([u32(data.length), u32(content.length)]);
      push(Buffer.concat([entry.descriptorSignature ? u32(0x08074b50) : Buffer.alloc(0), u32(crc), sizes]));
    }
    const centralExtra = z ? Buffer.concat([u16(1), u16(24), u64(content.length), u64(data.length), u64(localOffset)]) : Buffer.alloc(0);
    central.push(
      Buffer.concat([
        u32(0x02014b50),
        u16(z ? 45 : 20),
        u16(z ? 45 : 20),
        u16(flags),
        u16(method),
        u16(0),
        u16(0x21),
        u32(crc),
        u32(z ? 0xffffffff : data.length),
        u32(z ? 0xffffffff : content.length),
        u16(name.length),
        u16(centralExtra.length),
        u16(0),
        u16(0),
        u16(0),
        u32(0),
        u32(z ? 0xffffffff : localOffset),
        name,
        centralExtra,
      ]),
    );
  }
  const directoryOffset = offset;
  for (const c of central) push(c);
  const directorySize = offset - directoryOffset;
  if (options.zip64) {
    const eocd64Offset = offset;
    push(
      Buffer.concat([
        u32(0x06064b50),
        u64(44),
        u16(45),
        u16(45),
        u32(0),
        u32(0),
        u64(entries.length),
        u64(entries.length),
        u64(directorySize),
        u64(directoryOffset),
      ]),
    );
    push(Buffer.concat([u32(0x07064b50), u32(0), u64(eocd64Offset), u32(1)]));
    push(Buffer.concat([u32(0x06054b50), u16(0), u16(0), u16(0xffff), u16(0xffff), u32(0xffffffff), u32(0xffffffff), u16(0)]));
  } else {
    push(Buffer.concat([u32(0x06054b50), u16(0), u16(0), u16(entries.length), u16(entries.length), u32(directorySize), u32(directoryOffset), u16(0)]));
  }
  return Buffer.concat(parts);
}
