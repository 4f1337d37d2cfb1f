/**
 * The small parts through a real XML parser (src/adapters/xlsx-package/xml.ts, parts.ts, styles.ts,
 * notes.ts): prefixes, single quotes, comments, CDATA, and a DOCTYPE refused with the part named.
 */
import { describe, expect, it } from 'vitest';
import { SheetNotes, EMPTY_VML } from '../../src/adapters/xlsx-package/notes';
import { parseRelationships, parseSheets, relationshipsXml } from '../../src/adapters/xlsx-package/parts';
import { StylesEditor } from '../../src/adapters/xlsx-package/styles';
import { XmlPartError, parseXml, serializeXml } from '../../src/adapters/xlsx-package/xml';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const PKG_RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const RELS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

describe('parseXml', () => {
  it.each([
    ['an external entity (XXE)', '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><r>&x;</r>'],
    ['an internal entity', '<!DOCTYPE r [<!ENTITY a "aaaa">]><r>&a;</r>'],
  ])('refuses a DOCTYPE with %s, naming the part', (_, xml) => {
    expect(() => parseXml(xml, 'xl/workbook.xml')).toThrow(new XmlPartError('xl/workbook.xml', 'a DOCTYPE is not allowed in an Office Open XML part'));
  });

  it('refuses XML that is not well-formed, and entities it does not know, naming the part', () => {
    expect(() => parseXml('<a><b></a>', 'xl/styles.xml')).toThrow(/^xl\/styles\.xml: not well-formed XML/);
    expect(() => parseXml('<a>&nbsp;</a>', 'xl/styles.xml')).toThrow(/^xl\/styles\.xml: not well-formed XML/);
  });

  it('writes back the same bytes for the same tree, comments, CDATA and prefixes kept, values escaped', () => {
    const xml = `<?xml version='1.0' encoding='UTF-8'?><!-- c --><x:a xmlns:x='${MAIN}' v='1 &amp; "2"&#10;'><x:b><![CDATA[<raw>]]></x:b><?pi body?>t&lt;</x:a>`;
    const written = serializeXml(parseXml(xml, 'p'));
    expect(written).toBe(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<!-- c --><x:a xmlns:x="${MAIN}" v="1 &amp; &quot;2&quot;&#10;"><x:b><![CDATA[<raw>]]></x:b><?pi body?>t&lt;</x:a>`,
    );
    expect(serializeXml(parseXml(written, 'p'))).toBe(written);
  });
});

describe('relationships and the workbook', () => {
  it('reads prefixed, single-quoted relationships with comments, and the sheets whatever their prefixes', () => {
    const rels =
      `<?xml version="1.0"?><!-- by hand --><p:Relationships xmlns:p='${PKG_RELS}'>` +
      `<p:Relationship Id='rId1' Type='${RELS}/worksheet' Target='worksheets/sheet1.xml'/>` +
      `<!-- <p:Relationship Id="rId9" Type="${RELS}/worksheet" Target="worksheets/ghost.xml"/> -->` +
      `<p:Relationship Id="rId2" Type="${RELS}/worksheet" Target="/xl/worksheets/sheet2.xml"/></p:Relationships>`;
    const relationships = parseRelationships('xl/workbook.xml', rels);
    expect(relationships.map((r) => [r.id, r.target])).toEqual([
      ['rId1', 'xl/worksheets/sheet1.xml'],
      ['rId2', 'xl/worksheets/sheet2.xml'],
    ]);
    const workbook =
      `<x:workbook xmlns:x="${MAIN}" xmlns:rel='${RELS}'><x:sheets>` +
      "<x:sheet name='A &amp; B' sheetId='1' rel:id='rId1'/><!-- <x:sheet name='ghost' sheetId='9' rel:id='rId9'/> -->" +
      '<x:sheet name="Hidden" sheetId="2" state="veryHidden" rel:id="rId2"/></x:sheets></x:workbook>';
    expect(parseSheets('xl/workbook.xml', workbook, relationships, () => true).map((s) => [s.name, s.state, s.part])).toEqual([
      ['A & B', 'visible', 'xl/worksheets/sheet1.xml'],
      ['Hidden', 'veryHidden', 'xl/worksheets/sheet2.xml'],
    ]);
    expect(parseRelationships('xl/workbook.xml', relationshipsXml(relationships, 'xl/workbook.xml'))).toEqual(relationships);
  });

  it('names the relationships part of a DOCTYPE', () => {
    expect(() => parseRelationships('xl/workbook.xml', '<!DOCTYPE x><Relationships/>')).toThrow(/^xl\/_rels\/workbook\.xml\.rels: a DOCTYPE/);
  });
});

describe('styles with a prefixed namespace', () => {
  const styles =
    `<?xml version="1.0"?><s:styleSheet xmlns:s='${MAIN}'><!-- fonts -->` +
    "<s:fonts count='1'><s:font><s:sz val='10'/><s:name val='Arial'/></s:font></s:fonts>" +
    "<s:fills count='2'><s:fill><s:patternFill patternType='none'/></s:fill><s:fill><s:patternFill patternType='gray125'/></s:fill></s:fills>" +
    "<s:borders count='1'><s:border/></s:borders><s:cellXfs count='1'><s:xf numFmtId='0' fontId='0' fillId='0' borderId='0'/></s:cellXfs></s:styleSheet>";

  it("adds fills, formats and fonts in the part's prefix, and finds an earlier check's", () => {
    const editor = new StylesEditor(styles);
    const flagged = editor.withFill(0, { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFF0000' } });
    const bold = editor.summaryStyle({ font: 'bold', numberFormat: '0.000' });
    expect([flagged, bold]).toEqual([1, 2]);
    const written = editor.toXml();
    expect(written).toContain('<s:fills count="3">');
    expect(written).toContain('<s:fill><s:patternFill patternType="solid"><s:fgColor rgb="FFFF0000"/>');
    expect(written).toContain('<s:font><s:b/><s:sz val="10"/><s:name val="Arial"/></s:font>');
    expect(written).toContain('<s:numFmts count="1"><s:numFmt numFmtId="164" formatCode="0.000"/></s:numFmts>');
    expect(written).not.toMatch(/<(fill|xf|font|numFmt)\b/);
    // A second check on the copy finds the formats the first one added.
    const again = new StylesEditor(written);
    expect(again.withFill(0, { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFF0000' } })).toBe(1);
    expect(again.toXml()).toBe(written);
  });

  it('gives back the part byte for byte when nothing is added', () => {
    expect(new StylesEditor(styles).toXml()).toBe(styles);
  });
});

describe('notes in a prefixed comments part', () => {
  it("reads rich and CDATA text, adds a note in the part's prefix and removes one", () => {
    const comments =
      `<c:comments xmlns:c='${MAIN}'><c:authors><c:author>Ann</c:author></c:authors><c:commentList>` +
      "<c:comment ref='A1' authorId='0'><c:text><c:r><c:t>Hello </c:t></c:r><c:r><c:t><![CDATA[<world>]]></c:t></c:r><c:rPh sb='0' eb='1'><c:t>ハ</c:t></c:rPh></c:text></c:comment>" +
      "<c:comment ref='B2' authorId='0'><c:text><c:t>bye</c:t></c:text></c:comment></c:commentList></c:comments>";
    const notes = new SheetNotes(comments, EMPTY_VML, 'xl/comments1.xml');
    expect(notes.textOf('A1')).toBe('Hello <world>');
    notes.remove('B2');
    notes.add('C3', 'CoopCheck: x < y');
    const written = notes.toCommentsXml();
    expect(written).toContain('<c:authors><c:author>Ann</c:author><c:author>CoopCheck</c:author></c:authors>');
    expect(written).toContain('<c:comment ref="C3" authorId="1"><c:text><c:r><c:t xml:space="preserve">CoopCheck: x &lt; y</c:t></c:r></c:text></c:comment>');
    expect(written).not.toContain('B2');
    expect(new SheetNotes(written, EMPTY_VML).textOf('C3')).toBe('CoopCheck: x < y');
  });
});
