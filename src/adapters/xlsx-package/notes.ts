/**
 * A sheet's notes: the comments part (the text, edited in its XML tree) and its legacy VML drawing
 * (the box each note opens in, edited as text). Notes added get a box like the ones exceljs and Excel write; the user's notes
 * are kept as they are, and removed only when CoopCheck wrote them.
 */
import { columnIndex } from '../../core';
import {
  attributeOf,
  elementsOf,
  encodeXml,
  firstElement,
  newElement,
  parseFragment,
  parseXml,
  serializeXml,
  setAttribute,
  textOf,
  type XmlDocument,
  type XmlElement,
} from './xml';

const AUTHOR = 'CoopCheck';

export const EMPTY_COMMENTS_XML =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors></authors><commentList></commentList></comments>';

const SHAPE_TYPE =
  '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">' +
  '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>';

export const EMPTY_VML =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">' +
  `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout>${SHAPE_TYPE}</xml>`;

/** Zero-based row and column of an A1 address. */
function position(ref: string): { row: number; column: number } {
  const match = /^([A-Z]+)(\d+)$/i.exec(ref);
  return { row: Number(match?.[2] ?? 1) - 1, column: columnIndex(match?.[1] ?? 'A') ?? 0 };
}

/** A hidden note box beside the cell, as exceljs places it by default. */
function shapeXml(id: number, ref: string): string {
  const { row, column } = position(ref);
  const top = Math.max(row - 1, 0);
  const anchor = [column + 1, 6, top, 14, column + 3, 2, top + 4, 16].join(', ');
  return (
    `<v:shape id="_x0000_s${id}" type="#_x0000_t202" style="position:absolute; margin-left:105.3pt;margin-top:10.5pt;width:97.8pt;height:59.1pt;z-index:1;visibility:hidden"` +
    ' fillcolor="infoBackground [80]" strokecolor="none [81]" o:insetmode="auto"><v:fill color2="infoBackground [80]"/><v:shadow color="none [81]" obscured="t"/>' +
    '<v:path o:connecttype="none"/><v:textbox style="mso-direction-alt:auto" inset="1.3mm,1.3mm,2.5mm,2.5mm"><div style="text-align:left"/></v:textbox>' +
    `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${anchor}</x:Anchor><x:Locked>True</x:Locked><x:AutoFill>False</x:AutoFill>` +
    `<x:LockText>True</x:LockText><x:Row>${row}</x:Row><x:Column>${column}</x:Column></x:ClientData></v:shape>`
  );
}

/** The text of a note as Excel shows it: its runs put together (phonetic runs left out). */
function commentText(comment: XmlElement): string {
  const text = firstElement(comment, 'text');
  return text ? textOf(text, (child) => child.local === 'rPh' || child.local === 'phoneticPr') : '';
}

/** One run in the note's default font, as exceljs writes a note given as text. */
const textXml = (text: string) => `<text><r><t xml:space="preserve">${encodeXml(text)}</t></r></text>`;

export class SheetNotes {
  private readonly doc: XmlDocument;
  private readonly comments = new Map<string, XmlElement>();
  /** Each ref once, in the order of the part: a note removed then written again keeps its place. */
  private readonly order = new Set<string>();
  private readonly added: XmlElement[] = [];
  private readonly removed = new Set<string>();
  private changed = false;

  /** The comments part's text (the part's name for errors) and its VML drawing's. */
  constructor(
    commentsXml: string,
    private readonly vml: string,
    private readonly part = 'comments',
  ) {
    this.doc = parseXml(commentsXml, part);
    for (const list of elementsOf(this.doc.root, 'commentList')) {
      for (const comment of elementsOf(list, 'comment')) {
        const ref = attributeOf(comment, 'ref')?.toUpperCase();
        if (!ref || this.comments.has(ref)) continue;
        this.comments.set(ref, comment);
        this.order.add(ref);
      }
    }
  }

  private fragment(xml: string): XmlElement {
    return parseFragment(xml, this.doc.root.uri, this.doc.root.prefix, this.part)[0]!;
  }

  get isChanged(): boolean {
    return this.changed;
  }

  textOf(ref: string): string | undefined {
    const comment = this.comments.get(ref);
    return comment === undefined ? undefined : commentText(comment);
  }

  add(ref: string, text: string): void {
    const comment = this.fragment(`<comment ref="${encodeXml(ref)}" authorId="0">${textXml(text)}</comment>`);
    this.order.add(ref);
    this.comments.set(ref, comment);
    this.added.push(comment);
    this.changed = true;
  }

  setText(ref: string, text: string): void {
    const comment = this.comments.get(ref);
    if (comment === undefined) return;
    const replacement = this.fragment(textXml(text));
    const at = comment.children.findIndex((node) => node.type === 'element' && node.local === 'text');
    if (at >= 0) comment.children[at] = replacement;
    else comment.children.push(replacement);
    this.changed = true;
  }

  remove(ref: string): void {
    if (!this.comments.delete(ref)) return;
    this.removed.add(ref);
    this.changed = true;
  }

  toCommentsXml(): string {
    const { root } = this.doc;
    let authors = firstElement(root, 'authors');
    if (!authors) {
      authors = newElement(root, 'authors');
      root.children.unshift(authors);
    }
    let authorId = elementsOf(authors, 'author').findIndex((author) => textOf(author) === AUTHOR);
    if (this.added.length && authorId < 0) {
      authorId = elementsOf(authors, 'author').length;
      authors.children.push(newElement(root, 'author', {}, [{ type: 'text', text: AUTHOR }]));
    }
    for (const comment of this.added) setAttribute(comment, 'authorId', String(authorId));
    const lists = elementsOf(root, 'commentList');
    const list = lists[0] ?? newElement(root, 'commentList');
    if (!lists.length) root.children.splice(root.children.indexOf(authors) + 1, 0, list);
    // Later lists (not valid, but read above) are merged into the first.
    root.children = root.children.filter((node) => !(node.type === 'element' && node.local === 'commentList' && node !== list));
    list.children = [...this.order].filter((ref) => this.comments.has(ref)).map((ref) => this.comments.get(ref)!);
    return serializeXml(this.doc);
  }

  /** The VML drawing stays edited as text: a legacy format that Excel writes with HTML-like markup (single quotes, `<br>`), not always well-formed XML. */
  toVml(): string {
    let vml = this.vml;
    for (const ref of this.removed) {
      const { row, column } = position(ref);
      vml = vml.replace(/<v:shape\b[\s\S]*?<\/v:shape>/g, (shape) =>
        shape.includes(`<x:Row>${row}</x:Row>`) && shape.includes(`<x:Column>${column}</x:Column>`) && /ObjectType="Note"/.test(shape) ? '' : shape,
      );
    }
    if (!this.added.length) return vml;
    let id = Math.max(1024, ...[...vml.matchAll(/_x0000_s(\d+)/g)].map((m) => Number(m[1])));
    const shapes = this.added.map((comment) => shapeXml((id += 1), attributeOf(comment, 'ref')!)).join('');
    const type = vml.includes('id="_x0000_t202"') ? '' : SHAPE_TYPE;
    return vml.replace(/<\/xml>\s*$/, () => `${type}${shapes}</xml>`);
  }
}
