/**
 * The small XML parts (workbook, relationships, content types, styles, comments) parsed with a
 * real, namespace-aware XML parser (saxes) into a small tree, edited there and written back with
 * escaping. Prefixes, quotes, comments, CDATA and processing instructions are all understood; a
 * DOCTYPE is refused (no entity of any kind is expanded: no XXE, no billion laughs). Writing is
 * deterministic: the same tree gives the same bytes. The large sheets are never parsed as a whole
 * (sheet-patch.ts). No Node import: it runs in the browser too.
 */
import { SaxesParser } from 'saxes';

/** A part is not XML CoopCheck can read; names the part. */
export class XmlPartError extends Error {
  constructor(
    readonly part: string,
    readonly reason: string,
  ) {
    super(`${part}: ${reason}`);
    this.name = 'XmlPartError';
  }
}

export interface XmlAttribute {
  /** As written, with its prefix. */
  name: string;
  value: string;
  local: string;
  /** The namespace of a prefixed attribute; '' for an unprefixed one (attributes take no default namespace). */
  uri: string;
}

export interface XmlElement {
  type: 'element';
  /** As written, with its prefix. */
  name: string;
  prefix: string;
  local: string;
  uri: string;
  attributes: XmlAttribute[];
  children: XmlNode[];
}

export type XmlNode =
  | XmlElement
  | { type: 'text'; text: string }
  | { type: 'cdata'; text: string }
  | { type: 'comment'; text: string }
  | { type: 'pi'; target: string; body: string };

export interface XmlDocument {
  /** The XML declaration's standalone, when it had one; undefined without a declaration. */
  declaration?: { standalone?: string };
  /** Comments and processing instructions before the root. */
  prolog: XmlNode[];
  root: XmlElement;
}

export const XMLNS_URI = 'http://www.w3.org/2000/xmlns/';

/** The text of a part's bytes: UTF-8, or UTF-16 with its byte order mark, as ECMA-376 allows. */
export function decodePart(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return new TextDecoder('utf-8').decode(bytes);
}

const XML_URI = 'http://www.w3.org/XML/1998/namespace';

/**
 * saxes is run as exceljs runs it on the sheets: without its namespace option, and with the same
 * handlers (open tag, text, close tag, error) unless the part holds CDATA, comments or processing
 * instructions, which Excel never writes. A second shape of the same parser class in the process
 * made V8 deoptimise exceljs's parsing of the sheets: twice the parse time at 100,000 rows
 * (docs/BENCHMARKS.md, "The ZIP and XML layers"). Prefixes are resolved here instead, with the same rules.
 */
export function parseXml(text: string, part: string): XmlDocument {
  const parser = new SaxesParser();
  const stack: XmlElement[] = [];
  const scopes: Map<string, string>[] = [
    new Map([
      ['xml', XML_URI],
      ['xmlns', XMLNS_URI],
    ]),
  ];
  const prolog: XmlNode[] = [];
  let root: XmlElement | undefined;
  let declaration: XmlDocument['declaration'];
  const fail = (reason: string): never => {
    throw new XmlPartError(part, reason);
  };
  const append = (node: XmlNode) => {
    const parent = stack.at(-1);
    if (parent) parent.children.push(node);
    else if (node.type === 'comment' || node.type === 'pi') prolog.push(node);
  };
  const split = (name: string) => {
    const colon = name.indexOf(':');
    return colon < 0 ? { prefix: '', local: name } : { prefix: name.slice(0, colon), local: name.slice(colon + 1) };
  };
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const declared = /^<\?xml\s[^>]*?\?>/.exec(body);
  if (declared) declaration = { standalone: /\sstandalone\s*=\s*["'](yes|no)["']/.exec(declared[0])?.[1] };
  if (declaration?.standalone === undefined && declared) declaration = {};
  const rest = declared ? body.slice(declared[0].length) : body;
  const plain = !rest.includes('<![CDATA[') && !rest.includes('<!--') && !rest.includes('<?');
  // Without CDATA or comments, "<!DOCTYPE" can only be a document type declaration.
  if (plain && /<!DOCTYPE/i.test(rest)) fail('a DOCTYPE is not allowed in an Office Open XML part');
  parser.on('error', (error) => fail(`not well-formed XML (${error.message})`));
  // Registered in exceljs's order: error, opentag, text, closetag.
  parser.on('opentag', (tag) => {
    const entries = Object.entries(tag.attributes as Record<string, string>);
    let scope = scopes.at(-1)!;
    for (const [name, value] of entries) {
      if (name !== 'xmlns' && !name.startsWith('xmlns:')) continue;
      if (scope === scopes.at(-1)) scope = new Map(scope);
      scope.set(name === 'xmlns' ? '' : name.slice(6), value);
    }
    scopes.push(scope);
    const resolve = (prefix: string) => scope.get(prefix) ?? (prefix ? fail(`prefix ${prefix} is not declared`) : '');
    const { prefix, local } = split(tag.name);
    const element: XmlElement = {
      type: 'element',
      name: tag.name,
      prefix,
      local,
      uri: resolve(prefix),
      attributes: entries.map(([name, value]) => {
        const a = split(name);
        const uri = name === 'xmlns' ? XMLNS_URI : a.prefix ? resolve(a.prefix) : '';
        return { name, value, local: a.local, uri };
      }),
      children: [],
    };
    append(element);
    if (!stack.length) root = element;
    stack.push(element);
  });
  parser.on('text', (text) => append({ type: 'text', text }));
  parser.on('closetag', () => {
    stack.pop();
    scopes.pop();
  });
  if (!plain) {
    parser.on('doctype', () => fail('a DOCTYPE is not allowed in an Office Open XML part'));
    parser.on('cdata', (text) => append({ type: 'cdata', text }));
    parser.on('comment', (text) => append({ type: 'comment', text }));
    parser.on('processinginstruction', (pi) => append({ type: 'pi', target: pi.target, body: pi.body }));
  }
  parser.write(body).close();
  if (!root) fail('no root element');
  return { declaration, prolog, root: root! };
}

/** Drops the characters XML 1.0 cannot hold. */
// eslint-disable-next-line no-control-regex -- the control characters are what is matched, to be dropped
const stripInvalid = (text: string) => text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');

/** Escapes text for an element's content or a double-quoted attribute; drops characters XML 1.0 cannot hold. */
export function encodeXml(text: string): string {
  return stripInvalid(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** An attribute value, its tabs and line breaks kept as character references (a parser would turn them into spaces). */
const encodeAttribute = (text: string) => encodeXml(text).replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;');
const encodeText = (text: string) => encodeXml(text).replace(/\r/g, '&#13;');

function writeNode(node: XmlNode, out: string[]): void {
  switch (node.type) {
    case 'text':
      out.push(encodeText(node.text));
      return;
    // A CDATA section cannot hold "]]>"; it is split across two sections.
    case 'cdata':
      out.push(`<![CDATA[${node.text.replace(/]]>/g, ']]]]><![CDATA[>')}]]>`);
      return;
    case 'comment':
      out.push(`<!--${node.text}-->`);
      return;
    case 'pi':
      out.push(`<?${node.target}${node.body ? ` ${node.body}` : ''}?>`);
      return;
    case 'element': {
      out.push(`<${node.name}`);
      for (const a of node.attributes) out.push(` ${a.name}="${encodeAttribute(a.value)}"`);
      if (!node.children.length) {
        out.push('/>');
        return;
      }
      out.push('>');
      for (const child of node.children) writeNode(child, out);
      out.push(`</${node.name}>`);
    }
  }
}

/** One element (and what it holds) as text. */
export function serializeElement(element: XmlElement): string {
  const out: string[] = [];
  writeNode(element, out);
  return out.join('');
}

/** The document as a part: UTF-8, with an XML declaration (standalone kept as it was). */
export function serializeXml(doc: XmlDocument): string {
  const standalone = doc.declaration?.standalone ?? 'yes';
  const out = [`<?xml version="1.0" encoding="UTF-8" standalone="${standalone}"?>\n`];
  for (const node of doc.prolog) writeNode(node, out);
  writeNode(doc.root, out);
  return out.join('');
}

export const elementsOf = (parent: XmlElement, local?: string): XmlElement[] =>
  parent.children.filter((n): n is XmlElement => n.type === 'element' && (local === undefined || n.local === local));

export const firstElement = (parent: XmlElement, local: string): XmlElement | undefined => elementsOf(parent, local)[0];

/** Every element below `parent` of this local name, in document order. */
export function descendantsOf(parent: XmlElement, local: string): XmlElement[] {
  const found: XmlElement[] = [];
  const walk = (element: XmlElement) => {
    for (const child of elementsOf(element)) {
      if (child.local === local) found.push(child);
      walk(child);
    }
  };
  walk(parent);
  return found;
}

/** An unprefixed attribute's value (`uri` omitted), or a prefixed one's by its namespace. */
export function attributeOf(element: XmlElement, local: string, uri = ''): string | undefined {
  return element.attributes.find((a) => a.local === local && a.uri === uri && !(a.name === 'xmlns' || a.name.startsWith('xmlns:')))?.value;
}

/** The relationship id of an element (`r:id`, whatever the prefix), in the transitional or the strict namespace. */
export function relationshipIdOf(element: XmlElement): string | undefined {
  return element.attributes.find((a) => a.local === 'id' && isRelationshipsNamespace(a.uri))?.value;
}

export const isRelationshipsNamespace = (uri: string) =>
  uri === 'http://schemas.openxmlformats.org/officeDocument/2006/relationships' || uri === 'http://purl.oclc.org/ooxml/officeDocument/relationships';

/** Sets an unprefixed attribute, in place when it is there, else after the others. */
export function setAttribute(element: XmlElement, name: string, value: string): void {
  const existing = element.attributes.find((a) => a.name === name);
  if (existing) existing.value = value;
  else element.attributes.push({ name, value, local: name, uri: '' });
}

/** A new element in the namespace and with the prefix of `like` (its future parent or sibling). */
export function newElement(
  like: Pick<XmlElement, 'prefix' | 'uri'>,
  local: string,
  attributes: Readonly<Record<string, string>> = {},
  children: XmlNode[] = [],
): XmlElement {
  return {
    type: 'element',
    name: like.prefix ? `${like.prefix}:${local}` : local,
    prefix: like.prefix,
    local,
    uri: like.uri,
    attributes: Object.entries(attributes).map(([name, value]) => ({ name, value, local: name, uri: '' })),
    children,
  };
}

/**
 * Elements given as text in a namespace's default form (`<fill><patternFill/></fill>`), made the
 * children of a document that may write that namespace with a prefix: every element in `uri` takes
 * `prefix`.
 */
export function parseFragment(xml: string, uri: string, prefix: string, part: string): XmlElement[] {
  const wrapper = parseXml(`<wrapper xmlns="${encodeXml(uri)}">${xml}</wrapper>`, part).root;
  const rename = (element: XmlElement) => {
    if (element.uri === uri) {
      element.prefix = prefix;
      element.name = prefix ? `${prefix}:${element.local}` : element.local;
    }
    elementsOf(element).forEach(rename);
  };
  const elements = elementsOf(wrapper);
  elements.forEach(rename);
  return elements;
}

/** The text an element holds, its descendants' included (entities decoded, CDATA as text). */
export function textOf(element: XmlElement, skip: (child: XmlElement) => boolean = () => false): string {
  let text = '';
  for (const child of element.children) {
    if (child.type === 'text' || child.type === 'cdata') text += child.text;
    else if (child.type === 'element' && !skip(child)) text += textOf(child, skip);
  }
  return text;
}
