/**
 * An .xlsx on disk as the package of parts it is (ECMA-376 part 2): the workbook part, its sheets in
 * workbook order and the relationships between parts, read through the ZIP's central directory so
 * that any part can be read in any order, the largest as a stream. Node only.
 */
import { open } from 'node:fs/promises';
import { posix } from 'node:path';
import type { Readable } from 'node:stream';
import { UnreadableWorkbookError } from '../exceljs/source';
import { attributes, prefixedAttribute, tagsOf } from './xml';
import { ZipError, ZipReader, type ZipEntry } from './zip';

/** Relationship types by the end of their URI, the same in the transitional and strict namespaces. */
export const RELATIONSHIP = {
  officeDocument: '/officeDocument',
  worksheet: '/worksheet',
  sharedStrings: '/sharedStrings',
  styles: '/styles',
  calcChain: '/calcChain',
  comments: '/comments',
  vmlDrawing: '/vmlDrawing',
} as const;

export interface Relationship {
  id: string;
  type: string;
  /** The part it points to, as a ZIP entry name; the URI itself when external. */
  target: string;
  external: boolean;
}

export type SheetState = 'visible' | 'hidden' | 'veryHidden';

export interface SheetEntry {
  name: string;
  sheetId: string;
  /** The workbook relationship that points at the sheet's part. */
  relationshipId: string;
  state: SheetState;
  /** ZIP entry name, e.g. xl/worksheets/sheet1.xml. */
  part: string;
}

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0];

/** The relationships part of a part: xl/_rels/workbook.xml.rels for xl/workbook.xml. */
export function relationshipsPartOf(part: string): string {
  return posix.join(posix.dirname(part), '_rels', `${posix.basename(part)}.rels`);
}

/** A relationship's target as a part name: relative to the source part's folder, or absolute from the package root. */
export function resolveTarget(sourcePart: string, target: string): string {
  return target.startsWith('/') ? target.slice(1) : posix.normalize(posix.join(posix.dirname(sourcePart), target));
}

/** The target written in a relationship from `sourcePart` to `part`. */
export function relativeTarget(sourcePart: string, part: string): string {
  return posix.relative(posix.dirname(sourcePart), part);
}

export function parseRelationships(sourcePart: string, xml: string): Relationship[] {
  return tagsOf(xml, 'Relationship').map((tag) => {
    const a = attributes(tag);
    const external = a.get('TargetMode') === 'External';
    const target = a.get('Target') ?? '';
    return { id: a.get('Id') ?? '', type: a.get('Type') ?? '', target: external ? target : resolveTarget(sourcePart, target), external };
  });
}

export function isType(relationship: Relationship, type: string): boolean {
  return relationship.type.endsWith(type);
}

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

export class XlsxPackage {
  private constructor(
    readonly zip: ZipReader,
    readonly workbookPart: string,
    readonly workbookRelationships: readonly Relationship[],
    readonly sheets: readonly SheetEntry[],
  ) {}

  /** Opens the file as a workbook package; UnreadableWorkbookError says why it is not one. */
  static async open(path: string): Promise<XlsxPackage> {
    const signature = await signatureOf(path);
    if (startsWith(signature, OLE_SIGNATURE)) throw new UnreadableWorkbookError('encrypted', 'OLE compound file');
    if (!startsWith(signature, ZIP_SIGNATURE)) throw new UnreadableWorkbookError('not-xlsx', 'no ZIP signature');
    let zip: ZipReader;
    try {
      zip = await ZipReader.open(path);
    } catch (error) {
      if (error instanceof ZipError) throw new UnreadableWorkbookError('corrupt', error.message);
      throw error;
    }
    try {
      return await XlsxPackage.read(zip);
    } catch (error) {
      await zip.close();
      if (error instanceof ZipError) throw new UnreadableWorkbookError('corrupt', error.message);
      throw error;
    }
  }

  private static async read(zip: ZipReader): Promise<XlsxPackage> {
    const text = async (part: string) => {
      const entry = zip.entries.get(part);
      return entry ? (await zip.read(entry)).toString('utf8') : undefined;
    };
    const rootRelationships = await text('_rels/.rels');
    const workbookPart = rootRelationships && parseRelationships('', rootRelationships).find((r) => isType(r, RELATIONSHIP.officeDocument))?.target;
    const workbookXml = workbookPart && await text(workbookPart);
    // Another kind of ZIP (.docx, .ods…), or an .xlsx without its workbook.
    if (!workbookPart || !workbookXml) throw new UnreadableWorkbookError('not-xlsx', 'no workbook part');
    const relationships = parseRelationships(workbookPart, await text(relationshipsPartOf(workbookPart)) ?? '');
    const byId = new Map(relationships.map((r) => [r.id, r]));
    const sheets: SheetEntry[] = [];
    for (const tag of tagsOf(workbookXml, 'sheet')) {
      const a = attributes(tag);
      const relationshipId = prefixedAttribute(a, 'id') ?? '';
      const relationship = byId.get(relationshipId);
      // Chart sheets and dialog sheets hold no cells.
      if (!relationship || !isType(relationship, RELATIONSHIP.worksheet) || !zip.entries.has(relationship.target)) continue;
      const state = a.get('state');
      sheets.push({
        name: a.get('name') ?? '', sheetId: a.get('sheetId') ?? '', relationshipId, part: relationship.target,
        state: state === 'hidden' || state === 'veryHidden' ? state : 'visible',
      });
    }
    if (!sheets.length) throw new UnreadableWorkbookError('not-xlsx', 'no worksheet');
    return new XlsxPackage(zip, workbookPart, relationships, sheets);
  }

  close(): Promise<void> {
    return this.zip.close();
  }

  entry(part: string): ZipEntry | undefined {
    return this.zip.entries.get(part);
  }

  /** The part of the workbook's first relationship of this type (styles, shared strings…). */
  workbookPartOfType(type: string): string | undefined {
    const part = this.workbookRelationships.find((r) => !r.external && isType(r, type))?.target;
    return part && this.zip.entries.has(part) ? part : undefined;
  }

  async text(part: string): Promise<string> {
    const entry = this.entry(part);
    if (!entry) throw new ZipError(`no part ${part}`);
    return (await this.zip.read(entry)).toString('utf8');
  }

  async stream(part: string, chunkSize?: number): Promise<Readable> {
    const entry = this.entry(part);
    if (!entry) throw new ZipError(`no part ${part}`);
    return this.zip.stream(entry, chunkSize);
  }

  /** The relationships from a part; none when it has no relationships part. */
  async relationshipsOf(part: string): Promise<Relationship[]> {
    const rels = relationshipsPartOf(part);
    return this.entry(rels) ? parseRelationships(part, await this.text(rels)) : [];
  }
}
