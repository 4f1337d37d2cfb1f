/**
 * An .xlsx as the package of parts it is (ECMA-376 part 2), over any ZIP archive: the workbook
 * part, its sheets in workbook order and the relationships between parts, read through the ZIP's
 * central directory so that any part can be read in any order. No Node import: ./package.ts opens
 * a file with it in Node; the browser opens the bytes of a dropped file.
 */
import { UnreadableWorkbookError } from './unreadable';
import { decodePart, elementsOf, attributeOf, encodeXml, parseXml, relationshipIdOf, XmlPartError } from './xml';
import { MAX_SHARED_STRINGS, MAX_WHOLE_PART, ZipError, checkInflatedSize, type ZipArchive, type ZipEntry } from './zip-archive';

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

const dirname = (part: string) => part.slice(0, Math.max(0, part.lastIndexOf('/')));
const basename = (part: string) => part.slice(part.lastIndexOf('/') + 1);

/** A part name with "." and ".." resolved. */
function normalize(path: string): string {
  const out: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') out.pop();
    else out.push(segment);
  }
  return out.join('/');
}

/** The relationships part of a part: xl/_rels/workbook.xml.rels for xl/workbook.xml. */
export function relationshipsPartOf(part: string): string {
  return normalize(`${dirname(part)}/_rels/${basename(part)}.rels`);
}

/** A relationship's target as a part name: relative to the source part's folder, or absolute from the package root. */
export function resolveTarget(sourcePart: string, target: string): string {
  return target.startsWith('/') ? normalize(target) : normalize(`${dirname(sourcePart)}/${target}`);
}

/** The target written in a relationship from `sourcePart` to `part`. */
export function relativeTarget(sourcePart: string, part: string): string {
  const from = dirname(sourcePart).split('/').filter(Boolean);
  const to = part.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => '..'), ...to.slice(common)].join('/');
}

const RELATIONSHIPS_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** The relationships of `sourcePart`, read from its relationships part's text. */
export function parseRelationships(sourcePart: string, xml: string): Relationship[] {
  const { root } = parseXml(xml, relationshipsPartOf(sourcePart));
  return elementsOf(root, 'Relationship').map((element) => {
    const external = attributeOf(element, 'TargetMode') === 'External';
    const target = attributeOf(element, 'Target') ?? '';
    return {
      id: attributeOf(element, 'Id') ?? '',
      type: attributeOf(element, 'Type') ?? '',
      target: external ? target : resolveTarget(sourcePart, target),
      external,
    };
  });
}

/** A relationships part, written anew (it holds nothing but its relationships). */
export function relationshipsXml(relationships: readonly Relationship[], sourcePart: string): string {
  const items = relationships.map(
    (r) =>
      `<Relationship Id="${encodeXml(r.id)}" Type="${encodeXml(r.type)}" Target="${encodeXml(r.external ? r.target : relativeTarget(sourcePart, r.target))}"${r.external ? ' TargetMode="External"' : ''}/>`,
  );
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${RELATIONSHIPS_NS}">${items.join('')}</Relationships>`;
}

export function isType(relationship: Relationship, type: string): boolean {
  return relationship.type.endsWith(type);
}

/** The sheets listed in a workbook part, in order, that point at a worksheet part the archive holds. */
export function parseSheets(workbookPart: string, xml: string, relationships: readonly Relationship[], has: (part: string) => boolean): SheetEntry[] {
  const { root } = parseXml(xml, workbookPart);
  const byId = new Map(relationships.map((r) => [r.id, r]));
  const sheets: SheetEntry[] = [];
  for (const list of elementsOf(root, 'sheets')) {
    for (const element of elementsOf(list, 'sheet')) {
      const relationshipId = relationshipIdOf(element) ?? '';
      const relationship = byId.get(relationshipId);
      // Chart sheets and dialog sheets hold no cells.
      if (!relationship || relationship.external || !isType(relationship, RELATIONSHIP.worksheet) || !has(relationship.target)) continue;
      const state = attributeOf(element, 'state');
      sheets.push({
        name: attributeOf(element, 'name') ?? '',
        sheetId: attributeOf(element, 'sheetId') ?? '',
        relationshipId,
        part: relationship.target,
        state: state === 'hidden' || state === 'veryHidden' ? state : 'visible',
      });
    }
  }
  return sheets;
}

/** A ZipError or XmlPartError while opening: the file is a damaged workbook. */
export function asUnreadable(error: unknown): unknown {
  if (error instanceof ZipError || error instanceof XmlPartError) return new UnreadableWorkbookError('corrupt', error.message);
  return error;
}

export interface PackageContents {
  workbookPart: string;
  workbookRelationships: Relationship[];
  sheets: SheetEntry[];
}

/** Reads what every use of the package needs first; UnreadableWorkbookError says why it is not a workbook. */
export async function readPackageContents(zip: ZipArchive): Promise<PackageContents> {
  const text = async (part: string) => {
    const entry = zip.entries.get(part);
    return entry ? decodePart(await zip.read(entry)) : undefined;
  };
  const rootRelationships = await text('_rels/.rels');
  const workbookPart =
    rootRelationships && parseRelationships('', rootRelationships).find((r) => !r.external && isType(r, RELATIONSHIP.officeDocument))?.target;
  const workbookXml = workbookPart && (await text(workbookPart));
  // Another kind of ZIP (.docx, .ods…), or an .xlsx without its workbook.
  if (!workbookPart || !workbookXml) throw new UnreadableWorkbookError('not-xlsx', 'no workbook part');
  const workbookRelationships = parseRelationships(workbookPart, (await text(relationshipsPartOf(workbookPart))) ?? '<Relationships/>');
  const sheets = parseSheets(workbookPart, workbookXml, workbookRelationships, (part) => zip.entries.has(part));
  if (!sheets.length) throw new UnreadableWorkbookError('not-xlsx', 'no worksheet');
  return { workbookPart, workbookRelationships, sheets };
}

/** A part kept inflated, streamed again (WorkbookPackage.keepInflated). */
async function* fromMemory(chunks: readonly Uint8Array[]): AsyncGenerator<Uint8Array> {
  yield* chunks;
}

/** A workbook package over any ZIP archive (the browser's: ZipArchive.fromBytes). */
export class WorkbookPackage<Z extends ZipArchive = ZipArchive> {
  constructor(
    readonly zip: Z,
    readonly workbookPart: string,
    readonly workbookRelationships: readonly Relationship[],
    readonly sheets: readonly SheetEntry[],
  ) {}

  static async fromArchive(zip: ZipArchive): Promise<WorkbookPackage> {
    try {
      const contents = await readPackageContents(zip);
      return new WorkbookPackage(zip, contents.workbookPart, contents.workbookRelationships, contents.sheets);
    } catch (error) {
      throw asUnreadable(error);
    }
  }

  close(): Promise<void> {
    this.kept = undefined;
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

  private required(part: string): ZipEntry {
    const entry = this.entry(part);
    if (!entry) throw new ZipError('no such part in the archive', part);
    return entry;
  }

  /** A small part's text, checked (size, CRC-32). */
  async text(part: string): Promise<string> {
    return decodePart(await this.zip.read(this.required(part)));
  }

  /** Parts kept inflated once streamed to their end (keepInflated), and the bytes more may take. */
  private kept: Map<string, readonly Uint8Array[]> | undefined;
  private keptBudget = 0;

  /**
   * From now on, a part streamed to its end is kept inflated if it fits in what is left of
   * `budgetBytes`: streamed again, its chunks come from memory (checked when first inflated).
   * Consumers only read the chunks they are given.
   */
  keepInflated(budgetBytes: number): void {
    this.kept ??= new Map();
    this.keptBudget = budgetBytes;
  }

  /** A part's bytes as they stream out, checked. */
  inflated(part: string, chunkSize?: number): AsyncGenerator<Uint8Array> {
    const entry = this.required(part);
    this.checkStreamedSize(entry);
    const kept = this.kept?.get(part);
    if (kept) return fromMemory(kept);
    const chunks = this.zip.inflated(entry, chunkSize);
    return this.kept && entry.size <= this.keptBudget ? this.keeping(part, chunks) : chunks;
  }

  /** The chunks, kept once the last has been read and checked; not if the stream is left before its end. */
  private async *keeping(part: string, chunks: AsyncGenerator<Uint8Array>): AsyncGenerator<Uint8Array> {
    const read: Uint8Array[] = [];
    let size = 0;
    for await (const chunk of chunks) {
      read.push(chunk);
      size += chunk.length;
      yield chunk;
    }
    if (this.kept && !this.kept.has(part) && size <= this.keptBudget) {
      this.kept.set(part, read);
      this.keptBudget -= size;
    }
  }

  /**
   * Refuses a part streamed past what it may hold: a sheet is read row by row, in bounded memory,
   * whatever its size (a bomb's ratio aside); the shared strings are kept (MAX_SHARED_STRINGS);
   * any other part is kept whole by whoever streams it (MAX_WHOLE_PART).
   */
  protected checkStreamedSize(entry: ZipEntry): void {
    if (this.sheets.some((sheet) => sheet.part === entry.name)) checkInflatedSize(entry);
    else if (entry.name === this.workbookPartOfType(RELATIONSHIP.sharedStrings)) checkInflatedSize(entry, MAX_SHARED_STRINGS, 'the shared strings');
    else checkInflatedSize(entry, MAX_WHOLE_PART, 'a part read whole');
  }

  /** The relationships from a part; none when it has no relationships part. */
  async relationshipsOf(part: string): Promise<Relationship[]> {
    const rels = relationshipsPartOf(part);
    return this.entry(rels) ? parseRelationships(part, await this.text(rels)) : [];
  }
}
