/**
 * The workbook's styles part, added to and never changed: the user's cells keep the formats they
 * point at, by index, byte for byte. A flagged cell gets a copy of its own format with the flag's
 * fill; the summary sheet gets a few formats of its own.
 */
import type { Fill } from 'exceljs';
import { fillXml, parseFill } from './fills';
import {
  XmlPartError,
  attributeOf,
  elementsOf,
  encodeXml,
  firstElement,
  newElement,
  parseFragment,
  parseXml,
  serializeElement,
  serializeXml,
  setAttribute,
  type XmlDocument,
  type XmlElement,
} from './xml';

/** A part with one cell format, for a workbook saved without any (the styles part is optional). */
export const DEFAULT_STYLES_XML =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';

type SectionName = 'numFmts' | 'fonts' | 'fills' | 'borders' | 'cellXfs';
const CHILD: Readonly<Record<SectionName, string>> = { numFmts: 'numFmt', fonts: 'font', fills: 'fill', borders: 'border', cellXfs: 'xf' };

interface Section {
  children: XmlElement[];
  /** Each child as text, to find one already there (an earlier check's). */
  keys: string[];
  /** How many children the part had; the ones after are added. */
  original: number;
}

/** How a cell of the summary sheet looks; each distinct look is one cell format. */
export interface SummaryStyle {
  font?: 'title' | 'tableTitle' | 'bold' | 'italic' | 'link';
  headerFill?: string;
  bottomBorder?: boolean;
  numberFormat?: string;
  wrap?: boolean;
}

/** Number formats Excel has built in (ECMA-376 §18.8.30), by code; others get an id from 164 up. */
const BUILT_IN_FORMATS: Readonly<Record<string, number>> = { General: 0, '0': 1, '0.00': 2, '#,##0': 3, '#,##0.00': 4, '0%': 9, '0.00%': 10 };

export class StylesEditor {
  private readonly doc: XmlDocument;
  private readonly sections = new Map<SectionName, Section>();
  private readonly formats = new Map<string, number>();
  /** The part's fills as read, by index: what a cell format shows, in the shape the flag records keep. */
  private readonly fills: (Fill | undefined)[];

  /**
   * `xml` is the styles part. Everything is read from it at once, synchronously: the formats added
   * later depend only on the order of the calls, never on the timing of a parse.
   */
  constructor(
    private readonly xml: string,
    private readonly part = 'xl/styles.xml',
  ) {
    this.doc = parseXml(xml, part);
    for (const name of Object.keys(CHILD) as SectionName[]) {
      const section = firstElement(this.doc.root, name);
      const children = section ? elementsOf(section, CHILD[name]) : [];
      this.sections.set(name, { children, keys: children.map(serializeElement), original: children.length });
    }
    for (const name of ['fonts', 'fills', 'borders', 'cellXfs'] as const) {
      if (!this.sections.get(name)!.children.length) throw new XmlPartError(part, `the styles part has no ${name}`);
    }
    this.fills = this.sections.get('fills')!.children.map(parseFill);
  }

  /** Elements written in the main namespace's default form, with the prefix the part gives that namespace. */
  private fragment(xml: string): XmlElement {
    return parseFragment(xml, this.doc.root.uri, this.doc.root.prefix, this.part)[0]!;
  }

  /** The index of `child` in the section, added unless the section has it already (an earlier check's). */
  private add(name: SectionName, child: XmlElement | string): number {
    const element = typeof child === 'string' ? this.fragment(child) : child;
    const section = this.sections.get(name)!;
    const key = serializeElement(element);
    const existing = section.keys.indexOf(key);
    if (existing >= 0) return existing;
    section.children.push(element);
    section.keys.push(key);
    return section.children.length - 1;
  }

  /** The fill of one of the part's cell formats, as exceljs reads it (fills.ts); null for none. */
  fillOf(xf: number): Fill | null {
    const format = this.sections.get('cellXfs')!.children[xf];
    // exceljs takes a missing or unreadable fillId as no fill.
    const fillId = format ? parseInt(attributeOf(format, 'fillId') ?? '', 10) : NaN;
    const fill = Number.isNaN(fillId) ? undefined : this.fills[fillId];
    return !fill || (fill.type === 'pattern' && fill.pattern === 'none') ? null : structuredClone(fill);
  }

  /** A copy of cell format `xf` with `fill` (none when null). */
  withFill(xf: number, fill: Fill | null): number {
    const key = `${xf}\u0000${fill ? JSON.stringify(fill) : ''}`;
    const known = this.formats.get(key);
    if (known !== undefined) return known;
    const fillId = fill ? this.add('fills', fillXml(fill)) : 0;
    const { children } = this.sections.get('cellXfs')!;
    const copy = structuredClone(children[xf] ?? children[0]!);
    setAttribute(copy, 'fillId', String(fillId));
    setAttribute(copy, 'applyFill', '1');
    const index = this.add('cellXfs', copy);
    this.formats.set(key, index);
    return index;
  }

  /** The cell format of a summary sheet cell; fonts follow the workbook's default font. */
  summaryStyle(style: SummaryStyle): number {
    const key = JSON.stringify(style);
    const known = this.formats.get(key);
    if (known !== undefined) return known;
    const fontId = style.font ? this.add('fonts', this.fontXml(style.font)) : 0;
    const fillId = style.headerFill
      ? this.add('fills', fillXml({ type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${style.headerFill.replace('#', '')}` } }))
      : 0;
    const borderId = style.bottomBorder
      ? this.add('borders', '<border><left/><right/><top/><bottom style="thin"><color auto="1"/></bottom><diagonal/></border>')
      : 0;
    const numFmtId = style.numberFormat ? this.numberFormatId(style.numberFormat) : 0;
    const alignment = `<alignment vertical="top"${style.wrap ? ' wrapText="1"' : ''}/>`;
    const index = this.add(
      'cellXfs',
      `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"` +
        ` applyNumberFormat="1" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1">${alignment}</xf>`,
    );
    this.formats.set(key, index);
    return index;
  }

  /** The workbook's default font with the look asked for: bold, italic, size, colour replaced. */
  private fontXml(font: NonNullable<SummaryStyle['font']>): XmlElement {
    const base = this.sections.get('fonts')!.children[0]!;
    const copy = structuredClone(base);
    const replaced = new Set(['b', 'i', 'u', 'sz', 'color']);
    copy.children = copy.children.filter((node) => !(node.type === 'element' && replaced.has(node.local)));
    const own = {
      title: '<b/><sz val="16"/>',
      tableTitle: '<b/><sz val="13"/>',
      bold: '<b/>',
      italic: '<i/>',
      link: '<u/><color rgb="FF0563C1"/>',
    }[font];
    const ownElements = parseFragment(own, this.doc.root.uri, this.doc.root.prefix, this.part);
    const size = ownElements.some((e) => e.local === 'sz') ? [] : [firstElement(base, 'sz') ?? this.fragment('<sz val="11"/>')];
    copy.children = [...ownElements, ...size.map((e) => structuredClone(e)), ...copy.children];
    return copy;
  }

  private numberFormatId(code: string): number {
    const builtIn = BUILT_IN_FORMATS[code];
    if (builtIn !== undefined) return builtIn;
    const formats = this.sections.get('numFmts')!.children;
    let highest = 163;
    for (const format of formats) {
      const id = Number(attributeOf(format, 'numFmtId'));
      if (attributeOf(format, 'formatCode') === code) return id;
      highest = Math.max(highest, id);
    }
    this.add('numFmts', `<numFmt numFmtId="${highest + 1}" formatCode="${encodeXml(code)}"/>`);
    return highest + 1;
  }

  /** The styles part with what was added; byte for byte the part read when nothing was. */
  toXml(): string {
    const { root } = this.doc;
    let changed = false;
    for (const name of Object.keys(CHILD) as SectionName[]) {
      const { children, original } = this.sections.get(name)!;
      if (children.length === original) continue;
      changed = true;
      let section = firstElement(root, name);
      if (!section) {
        // Only the number formats may be missing; they come first in the style sheet.
        section = newElement(root, name);
        root.children.unshift(section);
      }
      section.children = [...children];
      setAttribute(section, 'count', String(children.length));
    }
    return changed ? serializeXml(this.doc) : this.xml;
  }
}
