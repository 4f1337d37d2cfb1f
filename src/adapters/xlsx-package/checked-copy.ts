/**
 * Writes the checked copy of a workbook package without loading it: every part is copied as its
 * compressed bytes, except the sheets that get flags (streamed through sheet-patch.ts), their notes,
 * the styles, workbook and relationship parts (edited as text: they are small) and CoopCheck's two
 * sheets. The input is only read. What happens to each cell is the shared flag plan's decision
 * (../flag-plan.ts), as in the add-in; this writer reads what the plan needs (each cell's note
 * before the sheets stream, its fill as its sheet streams) and writes what it decides. It runs in
 * Node (the CLI, a file sink) and in the browser (the page, a memory sink) alike.
 */
import type { Fill } from 'exceljs';
import { type Condition, CONDITIONS, type Finding, type Lang, type SpecialReport } from '../../core';
import { cellsBySheet, fillAction, planCells, planNotes, recordOf, type PlannedCell } from '../flag-plan';
import { STATE_SHEET_NAME, type CoopCheckState } from '../workbook-state';
import { SheetNotes, EMPTY_COMMENTS_XML, EMPTY_VML } from './notes';
import { isSelectedSheet, laidSheetXml, stateSheetXml, unselectedSheet } from './own-sheets';
import { layOutReport } from '../report-layout';
import { RELATIONSHIP, isType, relationshipsPartOf, relationshipsXml, type Relationship, type SheetEntry, type WorkbookPackage } from './parts';
import { RowsOutOfOrder, patchSheet, rowsPresent, type SheetPatch } from './sheet-patch';
import { PieceMarker, joinPieces, piecedSheetXml, piecesWithRows, type SheetPieces } from './sheet-pieces';
import { DEFAULT_STYLES_XML, StylesEditor } from './styles';
import {
  XMLNS_URI,
  XmlPartError,
  attributeOf,
  elementsOf,
  firstElement,
  isRelationshipsNamespace,
  newElement,
  parseXml,
  relationshipIdOf,
  serializeXml,
  setAttribute,
  type XmlDocument,
  type XmlElement,
} from './xml';
import type { DeflatedEntry, DeflatedPiece, ZipArchiveWriter } from './zip-archive';

/** Excel's limit on a sheet name. */
const MAX_SHEET_NAME = 31;
/**
 * zlib level of the sheets rewritten: the fastest, since a flagged register of a million rows is
 * deflated again in full (docs/BENCHMARKS.md). The sheet comes out as large as exceljs writes it,
 * a third larger than at zlib's default level, which takes three times as long.
 */
export const SHEET_DEFLATE_LEVEL = 1;

const isDeflated = (content: Iterable<string> | DeflatedEntry): content is DeflatedEntry => 'chunks' in content;

async function* encoded(pieces: Iterable<string>): AsyncGenerator<Uint8Array> {
  const encoder = new TextEncoder();
  for (const piece of pieces) yield encoder.encode(piece);
}

/** Chunks of the sheets patched: larger than exceljs's, since only byte searches go over them. */
const PATCH_CHUNK_BYTES = 1 << 20;

const TYPE_BASE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const CONTENT_TYPES_PART = '[Content_Types].xml';
const CONTENT_TYPE = {
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  comments: 'application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml',
  vml: 'application/vnd.openxmlformats-officedocument.vmlDrawing',
  styles: 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml',
  relationships: 'application/vnd.openxmlformats-package.relationships+xml',
} as const;

export interface CheckedCopyInput {
  findings: readonly Finding[];
  lang: Lang;
  report: SpecialReport;
  /** The state the workbook holds from an earlier check (extractPackage gives it). */
  state: CoopCheckState;
  conditions?: readonly Condition[];
  /** Large sheets deflated beforehand in pieces (deflateLargeSheets), by part: only the pieces with a cell to flag are redone. */
  sheetPieces?: ReadonlyMap<string, Promise<SheetPieces | undefined>>;
}

export interface CheckedCopySummary {
  flagged: number;
  /** Flagged cells given CoopCheck's note. */
  noted: number;
  /** Flagged cells left without a note: past the flag plan's MAX_NOTES. */
  withoutNote: number;
  summarySheet: string;
}

/** A name not yet taken (Excel compares sheet names case-blind): the name, or "Name (2)", "Name (3)"… */
function freeSheetName(base: string, taken: readonly string[]): string {
  const used = new Set(taken.map((name) => name.toLowerCase()));
  let name = base.slice(0, MAX_SHEET_NAME);
  for (let n = 2; used.has(name.toLowerCase()); n += 1) {
    const suffix = ` (${n})`;
    name = base.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
  }
  return name;
}

function freeRelationshipId(relationships: readonly Relationship[]): string {
  const ids = new Set(relationships.map((r) => r.id));
  for (let n = relationships.length + 1; ; n++) if (!ids.has(`rId${n}`)) return `rId${n}`;
}

/** What the copy changes in the package besides the patched sheets: parts replaced or added, parts dropped, content types. */
class PackageEdits {
  /** Small parts as text; CoopCheck's laid-out sheets as pieces of text, deflated before the styles are written. */
  readonly replaced = new Map<string, string | Iterable<string> | DeflatedEntry>();
  readonly removed = new Set<string>();
  readonly overrides = new Map<string, string>();
  readonly defaults = new Map<string, string>();
  /** New parts typed by an override only where no default covers their extension (.rels parts). */
  readonly typedUnlessDefault = new Map<string, string>();
  readonly workbookRelationships: Relationship[];
  private readonly parts: Set<string>;

  constructor(readonly pkg: WorkbookPackage) {
    this.parts = new Set(pkg.zip.entries.keys());
    this.workbookRelationships = [...pkg.workbookRelationships];
  }

  /** A part name not used yet, e.g. xl/comments3.xml for `comments${n}.xml`. */
  newPart(pattern: (n: number) => string): string {
    const folder = this.pkg.workbookPart.slice(0, Math.max(0, this.pkg.workbookPart.lastIndexOf('/')));
    for (let n = 1; ; n++) {
      const part = folder ? `${folder}/${pattern(n)}` : pattern(n);
      if (!this.parts.has(part)) {
        this.parts.add(part);
        return part;
      }
    }
  }

  relateToWorkbook(type: string, part: string): string {
    const id = freeRelationshipId(this.workbookRelationships);
    this.workbookRelationships.push({ id, type: `${TYPE_BASE}/${type}`, target: part, external: false });
    return id;
  }

  /** Excel rebuilds the calculation chain when it is missing; a stale one (formulas moved or gone) makes it repair the file. */
  dropCalculationChain(): void {
    const calcChain = this.workbookRelationships.find((r) => isType(r, RELATIONSHIP.calcChain));
    if (!calcChain) return;
    this.workbookRelationships.splice(this.workbookRelationships.indexOf(calcChain), 1);
    this.removed.add(calcChain.target);
  }

  /** The content types part, edited in its tree: overrides of removed parts dropped, new defaults and overrides added. */
  async contentTypesXml(): Promise<string> {
    const doc = parseXml(await this.pkg.text(CONTENT_TYPES_PART), CONTENT_TYPES_PART);
    const { root } = doc;
    // Part names compare case-blind (ECMA-376 part 2, 6.2.2.3).
    const partName = (element: XmlElement) => (attributeOf(element, 'PartName') ?? '').replace(/^\//, '').toLowerCase();
    const removed = new Set([...this.removed].map((part) => part.toLowerCase()));
    root.children = root.children.filter((node) => !(node.type === 'element' && node.local === 'Override' && removed.has(partName(node))));
    const extensions = new Set(elementsOf(root, 'Default').map((e) => (attributeOf(e, 'Extension') ?? '').toLowerCase()));
    const overridden = new Set(elementsOf(root, 'Override').map(partName));
    for (const [extension, type] of this.defaults) {
      if (!extensions.has(extension.toLowerCase())) root.children.push(newElement(root, 'Default', { Extension: extension, ContentType: type }));
    }
    const overrides = [...this.overrides];
    for (const [part, type] of this.typedUnlessDefault) {
      // A package may type its .rels parts one by one (an Override each) rather than by a Default.
      const extension = part.slice(part.lastIndexOf('.') + 1).toLowerCase();
      if (!extensions.has(extension) && !this.defaults.has(extension)) overrides.push([part, type]);
    }
    for (const [part, type] of overrides) {
      if (!overridden.has(part.toLowerCase())) root.children.push(newElement(root, 'Override', { PartName: `/${part}`, ContentType: type }));
    }
    return serializeXml(doc);
  }
}

/** The workbook part's list of sheets, edited in the part's tree. */
class WorkbookSheets {
  private readonly doc: XmlDocument;
  private readonly list: XmlElement;
  private nextSheetId: number;

  constructor(
    xml: string,
    private readonly edits: PackageEdits,
  ) {
    this.doc = parseXml(xml, edits.pkg.workbookPart);
    const list = firstElement(this.doc.root, 'sheets');
    if (!list) throw new XmlPartError(edits.pkg.workbookPart, 'no list of sheets');
    this.list = list;
    this.nextSheetId = Math.max(0, ...elementsOf(list, 'sheet').map((sheet) => Number(attributeOf(sheet, 'sheetId')) || 0)) + 1;
  }

  add(name: string, part: string, hidden: boolean): void {
    const id = this.edits.relateToWorkbook('worksheet', part);
    this.edits.overrides.set(part, CONTENT_TYPE.worksheet);
    const sheet = newElement(this.list, 'sheet', { name, sheetId: String(this.nextSheetId++), ...(hidden ? { state: 'veryHidden' } : {}) });
    // The relationship id takes the prefix the other sheets use for the relationships namespace; else it declares r.
    const like = elementsOf(this.list, 'sheet')
      .flatMap((s) => s.attributes)
      .find((a) => a.local === 'id' && isRelationshipsNamespace(a.uri));
    if (like) sheet.attributes.push({ ...like, value: id });
    else sheet.attributes.push({ name: 'xmlns:r', value: TYPE_BASE, local: 'r', uri: XMLNS_URI }, { name: 'r:id', value: id, local: 'id', uri: TYPE_BASE });
    this.list.children.push(sheet);
  }

  rename(sheet: SheetEntry, name: string): void {
    const element = elementsOf(this.list, 'sheet').find((s) => relationshipIdOf(s) === sheet.relationshipId);
    if (element) setAttribute(element, 'name', name);
  }

  /** Drops a sheet CoopCheck wrote (an annex no longer needed): the sheet-local defined names after it move down one. */
  remove(sheet: SheetEntry): void {
    const elements = elementsOf(this.list, 'sheet');
    const index = elements.findIndex((s) => relationshipIdOf(s) === sheet.relationshipId);
    if (index < 0) return;
    this.list.children.splice(this.list.children.indexOf(elements[index]!), 1);
    const relationships = this.edits.workbookRelationships;
    const relationship = relationships.findIndex((r) => r.id === sheet.relationshipId);
    if (relationship >= 0) relationships.splice(relationship, 1);
    this.edits.removed.add(sheet.part);
    if (this.edits.pkg.entry(relationshipsPartOf(sheet.part))) this.edits.removed.add(relationshipsPartOf(sheet.part));
    const names = firstElement(this.doc.root, 'definedNames');
    if (!names) return;
    names.children = names.children.filter((node) => {
      const local = node.type === 'element' && node.local === 'definedName' ? attributeOf(node, 'localSheetId') : undefined;
      if (local === undefined) return true;
      if (Number(local) === index) return false;
      if (Number(local) > index) setAttribute(node as XmlElement, 'localSheetId', String(Number(local) - 1));
      return true;
    });
  }

  private indexOf(name: string): number {
    return elementsOf(this.list, 'sheet').findIndex((s) => attributeOf(s, 'name') === name);
  }

  /** The copy opens on this sheet (the sheets' own tabSelected are cleared apart). */
  activate(name: string): void {
    const index = this.indexOf(name);
    let views = firstElement(this.doc.root, 'bookViews');
    if (!views) {
      views = newElement(this.doc.root, 'bookViews');
      this.doc.root.children.splice(this.doc.root.children.indexOf(this.list), 0, views);
    }
    let view = firstElement(views, 'workbookView');
    if (!view) views.children.push((view = newElement(views, 'workbookView')));
    setAttribute(view, 'activeTab', String(index));
    if (Number(attributeOf(view, 'firstSheet') ?? 0) > index) setAttribute(view, 'firstSheet', '0');
  }

  /** The rows printed at the top of each page of a sheet: Excel's print titles, a name local to the sheet. */
  printTitles(name: string, rows: readonly [number, number] | undefined): void {
    const index = this.indexOf(name);
    let names = firstElement(this.doc.root, 'definedNames');
    if (!names) {
      if (!rows) return;
      names = newElement(this.doc.root, 'definedNames');
      // After the sheets and what CT_Workbook puts between them and the defined names.
      const before =
        ['functionGroups', 'externalReferences']
          .map((local) => firstElement(this.doc.root, local))
          .filter(Boolean)
          .pop() ?? this.list;
      this.doc.root.children.splice(this.doc.root.children.indexOf(before) + 1, 0, names);
    }
    names.children = names.children.filter(
      (node) =>
        !(
          node.type === 'element' &&
          node.local === 'definedName' &&
          attributeOf(node, 'name') === '_xlnm.Print_Titles' &&
          attributeOf(node, 'localSheetId') === String(index)
        ),
    );
    if (!rows) return;
    const reference = `'${name.replace(/'/g, "''")}'!$${rows[0]}:$${rows[1]}`;
    names.children.push(newElement(names, 'definedName', { name: '_xlnm.Print_Titles', localSheetId: String(index) }, [{ type: 'text', text: reference }]));
  }

  toXml(): string {
    return serializeXml(this.doc);
  }
}

interface SheetNotesParts {
  notes: SheetNotes;
  relationships: Relationship[];
  comments?: string;
  vml?: string;
}

/** The notes of each sheet with planned cells, as they are. */
async function notesOf(pkg: WorkbookPackage, sheets: Iterable<SheetEntry>): Promise<Map<SheetEntry, SheetNotesParts>> {
  const found = new Map<SheetEntry, SheetNotesParts>();
  for (const sheet of sheets) {
    const relationships = await pkg.relationshipsOf(sheet.part);
    const comments = relationships.find((r) => !r.external && isType(r, RELATIONSHIP.comments) && pkg.entry(r.target))?.target;
    const vml = relationships.find((r) => !r.external && isType(r, RELATIONSHIP.vmlDrawing) && pkg.entry(r.target))?.target;
    const notes = new SheetNotes(comments ? await pkg.text(comments) : EMPTY_COMMENTS_XML, vml ? await pkg.text(vml) : EMPTY_VML, comments ?? 'comments');
    found.set(sheet, { notes, relationships, comments, vml });
  }
  return found;
}

/** Writes a sheet's changed notes; returns the relationship id of a note drawing the sheet did not have. */
function writeNotes(sheet: SheetEntry, { notes, relationships, comments, vml }: SheetNotesParts, edits: PackageEdits): string | undefined {
  if (!notes.isChanged) return undefined;
  const commentsPart = comments ?? edits.newPart((n) => `comments${n}.xml`);
  const vmlPart = vml ?? edits.newPart((n) => `drawings/vmlDrawing${n}.vml`);
  edits.replaced.set(commentsPart, notes.toCommentsXml());
  edits.replaced.set(vmlPart, notes.toVml());
  if (comments && vml) return undefined;
  const own = [...relationships];
  if (!comments) {
    own.push({ id: freeRelationshipId(own), type: `${TYPE_BASE}/comments`, target: commentsPart, external: false });
    edits.overrides.set(commentsPart, CONTENT_TYPE.comments);
  }
  let drawingId: string | undefined;
  if (!vml) {
    drawingId = freeRelationshipId(own);
    own.push({ id: drawingId, type: `${TYPE_BASE}/vmlDrawing`, target: vmlPart, external: false });
    edits.defaults.set('vml', CONTENT_TYPE.vml);
  }
  const relsPart = relationshipsPartOf(sheet.part);
  edits.replaced.set(relsPart, relationshipsXml(own, sheet.part));
  if (!edits.pkg.entry(relsPart)) edits.typedUnlessDefault.set(relsPart, CONTENT_TYPE.relationships);
  return drawingId;
}

async function loadStyles(pkg: WorkbookPackage): Promise<{ part?: string; styles: StylesEditor }> {
  const part = pkg.workbookPartOfType(RELATIONSHIP.styles);
  if (!part) return { styles: new StylesEditor(DEFAULT_STYLES_XML) };
  return { part, styles: new StylesEditor(await pkg.text(part), part) };
}

/** The same content, calling `done` once it has all been read: not when it stops on an error. */
async function* endingWith<T>(content: AsyncIterable<T>, done: () => void): AsyncGenerator<T> {
  yield* content;
  done();
}

/**
 * Writes the checked copy of `pkg` into `writer` and closes it. On failure the writer is left
 * open: the caller aborts it (and removes a file: zip.ts's writeZipFile).
 */
export async function writeCheckedCopy(pkg: WorkbookPackage, writer: ZipArchiveWriter, input: CheckedCopyInput): Promise<CheckedCopySummary> {
  const { findings, lang, report, state } = input;
  const conditions = new Map((input.conditions ?? CONDITIONS).map((c) => [c.id, c]));
  const edits = new PackageEdits(pkg);
  const stateSheet = pkg.sheets.find((s) => s.name === STATE_SHEET_NAME);
  const oldSummary = state.summarySheet === undefined ? undefined : pkg.sheets.find((s) => s.name === state.summarySheet && s !== stateSheet);
  const oldAnnexes = pkg.sheets.filter((s) => s !== stateSheet && s !== oldSummary && state.annexSheets?.includes(s.name));
  const userSheets = new Map(pkg.sheets.filter((s) => s !== stateSheet && s !== oldSummary && !oldAnnexes.includes(s)).map((s) => [s.name, s]));

  // The plan's sheet key is the sheet's name: only the user's sheets are flagged.
  const plan = planCells(findings, state.flags, (name) => (userSheets.has(name) ? name : undefined));
  const bySheet = cellsBySheet(plan.cells);
  const { part: stylesPart, styles } = await loadStyles(pkg);
  const notesBySheet = await notesOf(
    pkg,
    [...bySheet.keys()].map((name) => userSheets.get(name)!),
  );
  const notesOfCell = (cell: PlannedCell) => notesBySheet.get(userSheets.get(cell.sheetKey)!)!.notes;
  // Each cell's note and fill as they are, before anything is written: what the plan decides from, and what a new record keeps.
  // Only the cells that have a note: most of half a million flagged cells have none.
  const noteNow = new Map<PlannedCell, string>();
  for (const cell of plan.cells) {
    const text = notesOfCell(cell).textOf(cell.address);
    if (text != null) noteNow.set(cell, text);
  }
  const fillNow = new Map<PlannedCell, Fill | null>();
  const notePlan = planNotes(plan.cells, (cell) => noteNow.get(cell) ?? null, { lang, conditions });
  plan.cells.forEach((cell, i) => {
    const action = notePlan.actions[i]!;
    const notes = notesOfCell(cell);
    if (action.kind === 'write') {
      if (!noteNow.has(cell)) notes.add(cell.address, action.text);
      else notes.setText(cell.address, action.text);
    } else if (action.kind === 'restore') {
      if (action.text === null) notes.remove(cell.address);
      else notes.setText(cell.address, action.text);
    }
  });

  const patches = new Map<string, (rows?: ReadonlySet<number>) => AsyncIterable<Uint8Array | DeflatedPiece>>();
  /** The sheet as `patch` makes it: from its pieces deflated beforehand when there are, else from the whole part. */
  async function* patchedSheet(part: string, patch: (xml: AsyncIterable<Uint8Array>) => AsyncIterable<Uint8Array>, rows: readonly number[]) {
    const sheet = await input.sheetPieces?.get(part);
    const pieces = writer.codec.pieces;
    if (!sheet || !pieces) {
      yield* patch(pkg.inflated(part, PATCH_CHUNK_BYTES));
      return;
    }
    const marker = new PieceMarker();
    const touched = piecesWithRows(sheet, rows);
    yield* joinPieces(patch(piecedSheetXml(sheet, touched, (piece) => pieces.inflatePiece(piece.deflated, piece.size), marker)), sheet, marker);
  }
  for (const [name, cells] of bySheet) {
    const sheet = userSheets.get(name)!;
    const patch: SheetPatch<PlannedCell> = {
      cells,
      legacyDrawingId: writeNotes(sheet, notesBySheet.get(sheet)!, edits),
      restyle(cell, xf) {
        const now = styles.fillOf(xf);
        fillNow.set(cell, now);
        const action = fillAction(cell, now);
        return action.kind === 'keep' ? xf : styles.withFill(xf, action.fill);
      },
    };
    // A sheet whose rows are out of order has no pieces (cutSheet): patchedSheet reads it whole, rowsPresent or not.
    const rows = cells.map((cell) => cell.row);
    patches.set(sheet.part, (rowsPresent) => patchedSheet(sheet.part, (xml) => patchSheet(unselectedSheet(xml), { ...patch, rowsPresent }), rows));
  }
  // The copy opens on the summary sheet alone: a user's sheet left selected is unselected, its other bytes as they were.
  for (const sheet of userSheets.values()) {
    if (!patches.has(sheet.part) && (await isSelectedSheet(pkg.inflated(sheet.part)))) {
      patches.set(sheet.part, () => patchedSheet(sheet.part, unselectedSheet, []));
    }
  }
  // The summary sheet takes the place of the earlier one, else comes after the user's sheets.
  const workbook = new WorkbookSheets(await pkg.text(pkg.workbookPart), edits);
  const summarySheet = freeSheetName(report.sheetName, [...userSheets.keys(), STATE_SHEET_NAME]);
  if (oldSummary) {
    workbook.rename(oldSummary, summarySheet);
    const oldRelationships = relationshipsPartOf(oldSummary.part);
    if (pkg.entry(oldRelationships)) edits.removed.add(oldRelationships);
  }
  const summaryPart = oldSummary?.part ?? edits.newPart((n) => `worksheets/sheet${n}.xml`);
  if (!oldSummary) workbook.add(summarySheet, summaryPart, false);
  const layout = layOutReport({ ...report, sheetName: summarySheet });
  edits.replaced.set(summaryPart, laidSheetXml(layout, styles, true));
  const statePart = stateSheet?.part ?? edits.newPart((n) => `worksheets/sheet${n}.xml`);
  if (!stateSheet) workbook.add(STATE_SHEET_NAME, statePart, true);
  // The annex sheets (T5's every exit) take the places of the earlier ones, else come last; the ones left over go.
  const annexSheets: string[] = [];
  layout.annexes.forEach((annex, i) => {
    const old = oldAnnexes[i];
    const name = freeSheetName(annex.name, [...userSheets.keys(), STATE_SHEET_NAME, summarySheet, ...annexSheets]);
    annexSheets.push(name);
    if (old) {
      workbook.rename(old, name);
      if (pkg.entry(relationshipsPartOf(old.part))) edits.removed.add(relationshipsPartOf(old.part));
    }
    const part = old?.part ?? edits.newPart((n) => `worksheets/sheet${n}.xml`);
    if (!old) workbook.add(name, part, false);
    edits.replaced.set(part, laidSheetXml({ ...annex, name }, styles, false));
    workbook.printTitles(name, annex.printTitleRows);
  });
  for (const old of oldAnnexes.slice(layout.annexes.length)) workbook.remove(old);
  workbook.activate(summarySheet);
  edits.dropCalculationChain();
  const stylesTarget = stylesPart ?? edits.newPart((n) => (n === 1 ? 'styles.xml' : `styles${n}.xml`));
  if (!stylesPart) {
    edits.relateToWorkbook('styles', stylesTarget);
    edits.overrides.set(stylesTarget, CONTENT_TYPE.styles);
  }

  // The sheets are patched one after the other, in the order of the archive, so that the cell formats a patch adds
  // come in the same order at every run. A sheet's patch starts once the last one has been patched through, while
  // that one still deflates on the thread pool, not once it has deflated (docs/BENCHMARKS.md).
  const deflated = new Map<string, Promise<DeflatedEntry>>();
  let previous: Promise<unknown> = Promise.resolve();
  for (const [name] of pkg.zip.entries) {
    const patched = patches.get(name);
    if (!patched) continue;
    let patchedThrough!: () => void;
    const through = new Promise<void>((resolve) => (patchedThrough = resolve));
    const entry = previous.then(async () => {
      try {
        try {
          return await writer.deflate(endingWith(patched(), patchedThrough), SHEET_DEFLATE_LEVEL);
        } catch (error) {
          if (!(error instanceof RowsOutOfOrder)) throw error;
          // Rows stored out of order: patched again, knowing which rows the sheet has, so that none is added twice.
          const cells = bySheet.get([...userSheets.values()].find((s) => s.part === name)!.name)!;
          const present = await rowsPresent(pkg.inflated(name, PATCH_CHUNK_BYTES), new Set(cells.map((c) => c.row)));
          return await writer.deflate(endingWith(patched(present), patchedThrough), SHEET_DEFLATE_LEVEL);
        }
      } finally {
        // A sheet that failed lets the next one go: the failure is thrown where its sheet is written.
        patchedThrough();
      }
    });
    // A failure is thrown where its sheet is written; until then it must not count as unhandled.
    entry.catch(() => undefined);
    deflated.set(name, entry);
    previous = through;
  }
  const writtenLast = new Set([CONTENT_TYPES_PART, pkg.workbookPart, relationshipsPartOf(pkg.workbookPart), stylesTarget, statePart]);
  for (const [name, entry] of pkg.zip.entries) {
    if (edits.removed.has(name) || edits.replaced.has(name) || writtenLast.has(name)) continue;
    const patched = deflated.get(name);
    if (patched) await writer.addDeflated(name, await patched);
    else await writer.copy(pkg.zip, entry);
  }
  // After the sheets: their fills decided the records and the cell formats.
  const flags = plan.flagged.map((cell) => recordOf(cell, fillNow.get(cell) ?? null, noteNow.get(cell) ?? null));
  const newState: CoopCheckState = { ...state, summarySheet, flags };
  if (annexSheets.length) newState.annexSheets = annexSheets;
  else delete newState.annexSheets;
  // Excel's id of the summary sheet holds for the sheet reused only.
  if (!oldSummary) delete newState.summarySheetId;
  edits.replaced.set(statePart, stateSheetXml(newState));
  // The laid-out sheets add their cell formats as they are written out: before the styles part.
  for (const [name, content] of edits.replaced) {
    if (typeof content !== 'string' && !isDeflated(content)) edits.replaced.set(name, await writer.deflate(encoded(content), SHEET_DEFLATE_LEVEL));
  }
  edits.replaced.set(stylesTarget, styles.toXml());
  edits.replaced.set(pkg.workbookPart, workbook.toXml());
  edits.replaced.set(relationshipsPartOf(pkg.workbookPart), relationshipsXml(edits.workbookRelationships, pkg.workbookPart));
  edits.replaced.set(CONTENT_TYPES_PART, await edits.contentTypesXml());
  for (const [name, content] of edits.replaced) {
    if (typeof content === 'string') await writer.add(name, content);
    else await writer.addDeflated(name, content as DeflatedEntry);
  }
  await writer.close();
  return { flagged: plan.flagged.length, noted: notePlan.counts.noted, withoutNote: notePlan.counts.withoutNote, summarySheet };
}
