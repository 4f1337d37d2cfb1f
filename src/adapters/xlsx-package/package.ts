/**
 * An .xlsx on disk as a package of parts (./parts.ts over ./zip.ts), the largest parts streamed
 * with Node's zlib. Node only; ./parts.ts is the same without the file.
 */
import { open } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { UnreadableWorkbookError } from './unreadable';
import { WorkbookPackage, asUnreadable, readPackageContents } from './parts';
import { XmlPartError } from './xml';
import { ZipError, ZipReader } from './zip';

export {
  RELATIONSHIP,
  isType,
  parseRelationships,
  relationshipsPartOf,
  relativeTarget,
  resolveTarget,
  type Relationship,
  type SheetEntry,
  type SheetState,
} from './parts';

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0];

async function signatureOf(path: string): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const bytes = Buffer.alloc(4);
    await handle.read(bytes, 0, 4, 0);
    return bytes;
  } finally {
    await handle.close();
  }
}

const startsWith = (bytes: Buffer, signature: readonly number[]) => signature.every((byte, i) => bytes[i] === byte);

/** A fault in one part (an unsafe name, a bomb, damaged XML) is kept as it is, so that the one line shown names the part. */
const unreadable = (error: unknown) => (error instanceof XmlPartError || (error instanceof ZipError && error.part !== undefined) ? error : asUnreadable(error));

export class XlsxPackage extends WorkbookPackage<ZipReader> {
  /** Opens the file as a workbook package; UnreadableWorkbookError says why it is not one, a ZipError or XmlPartError which part is damaged. */
  static async open(path: string): Promise<XlsxPackage> {
    const signature = await signatureOf(path);
    if (startsWith(signature, OLE_SIGNATURE)) throw new UnreadableWorkbookError('encrypted', 'OLE compound file');
    if (!startsWith(signature, ZIP_SIGNATURE)) throw new UnreadableWorkbookError('not-xlsx', 'no ZIP signature');
    let zip: ZipReader;
    try {
      zip = await ZipReader.open(path);
    } catch (error) {
      throw unreadable(error);
    }
    try {
      const contents = await readPackageContents(zip);
      return new XlsxPackage(zip, contents.workbookPart, contents.workbookRelationships, contents.sheets);
    } catch (error) {
      await zip.close();
      throw unreadable(error);
    }
  }

  /** A part as a stream of its uncompressed bytes (Buffers), checked: a damaged part fails the stream with a ZipError naming it. */
  async stream(part: string, chunkSize?: number): Promise<Readable> {
    const entry = this.entry(part);
    if (!entry) throw new ZipError('no such part in the archive', part);
    this.checkStreamedSize(entry);
    return this.zip.stream(entry, chunkSize);
  }
}
