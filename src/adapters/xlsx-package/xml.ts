/**
 * The little XML the package adapter needs on small parts (workbook, relationships, content types,
 * styles, comments): attributes of one tag, escaping. The large sheets are never parsed as a whole.
 */

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
    if (name[0] === '#') return String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1)));
    return ENTITIES[name] ?? whole;
  });
}

/** Escapes text for an element's content or a double-quoted attribute; drops characters XML 1.0 cannot hold. */
export function encodeXml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The attributes of a start tag's text (`<sheet name="x" r:id="rId1"/>`), decoded, by qualified name. */
export function attributes(tag: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of tag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) found.set(match[1]!, decodeXml(match[2] ?? match[3] ?? ''));
  return found;
}

/** Each start (or empty) tag of an element, by its local name whatever its prefix. */
export function tagsOf(xml: string, localName: string): string[] {
  return xml.match(new RegExp(`<(?:[\\w.-]+:)?${localName}(?=[\\s/>])[^>]*>`, 'g')) ?? [];
}

/** The value of the attribute whose local name is `localName` (`r:id` for "id"), whatever its prefix. */
export function prefixedAttribute(attrs: ReadonlyMap<string, string>, localName: string): string | undefined {
  for (const [name, value] of attrs) if (name.endsWith(`:${localName}`)) return value;
  return undefined;
}
