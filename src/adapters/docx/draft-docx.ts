/**
 * Lays the draft special report (src/core/report/draft, plain data) out as a Word document, in Node
 * and the browser: A4 portrait, 2 cm margins, Word's own heading styles (so that the navigation pane
 * and a table of contents work), body at 11 pt and tables at 10 pt, table header rows repeated on each
 * page and rows never split, placeholders highlighted in yellow, last year's texts set off by a grey
 * rule, page numbers in the footer. It decides nothing about what the report says.
 *
 * The WordprocessingML is written here, element for element as the `docx` package wrote it before
 * (same elements, attributes and order; ECMA-376 Part 1 §17): that package, built for documents of any
 * kind, took 0.65 s of CPU and 0.32 s of the CLI's 2.2 s at 50,000 members for this report of a few
 * hundred paragraphs, its megabyte of code loaded and compiled for one document (docs/BENCHMARKS.md).
 */
import type { DraftBlock, DraftPart, DraftReport, DraftRun, DraftTable, Lang } from '../../core';
import { relationshipsPartOf, relationshipsXml } from '../xlsx-package/parts';
import { ZipArchiveWriter, memorySink, portableCodec, type ZipCodec } from '../xlsx-package/zip-archive';
import { encodeXml } from '../xlsx-package/xml';

/** A4 in twentieths of a point. */
const A4 = { width: 11_906, height: 16_838 };
const MARGIN = 1_134; // 2 cm
const CONTENT_WIDTH = A4.width - 2 * MARGIN;

/** Sizes in half-points. */
const BODY_SIZE = 22; // 11 pt
const TABLE_SIZE = 20; // 10 pt
const NOTE_SIZE = 20; // 10 pt
const FONT = 'Calibri';
const ACCENT = '1F3864';
const HEADER_FILL = 'D9E1F2';
const TOTAL_FILL = 'F2F2F2';

/** The paragraph style of table cells: 10 pt, single-spaced, no space after. */
const TABLE_TEXT_STYLE = 'TableText';

const LANGUAGE_TAG: Readonly<Record<Lang, string>> = { fr: 'fr-BE', nl: 'nl-BE', en: 'en-GB' };

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_RELATIONSHIPS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';

/** How a run looks: CT_RPr's elements, written in the schema's order. */
interface RunLook {
  bold?: boolean;
  italic?: boolean;
  color?: string;
  size?: number;
  highlight?: 'yellow';
}

/** How a paragraph looks: CT_PPr's elements, written in the schema's order. */
interface ParagraphLook {
  style?: string;
  keepNext?: boolean;
  pageBreakBefore?: boolean;
  bullet?: boolean;
  borders?: string;
  spacing?: { before?: number; after?: number };
  indentLeft?: number;
  alignRight?: boolean;
}

function runXml(text: string, look: RunLook = {}): string {
  let properties = '';
  if (look.bold) properties += '<w:b/><w:bCs/>';
  if (look.italic) properties += '<w:i/><w:iCs/>';
  if (look.color) properties += `<w:color w:val="${look.color}"/>`;
  if (look.size) properties += `<w:sz w:val="${look.size}"/><w:szCs w:val="${look.size}"/>`;
  if (look.highlight) properties += `<w:highlight w:val="${look.highlight}"/>`;
  return `<w:r>${properties && `<w:rPr>${properties}</w:rPr>`}<w:t xml:space="preserve">${encodeXml(text)}</w:t></w:r>`;
}

function paragraphXml(runs: string, look: ParagraphLook = {}): string {
  let properties = '';
  if (look.style) properties += `<w:pStyle w:val="${look.style}"/>`;
  if (look.keepNext) properties += '<w:keepNext/>';
  if (look.pageBreakBefore) properties += '<w:pageBreakBefore/>';
  if (look.bullet) properties += '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>';
  if (look.borders) properties += `<w:pBdr>${look.borders}</w:pBdr>`;
  if (look.spacing) {
    const { before, after } = look.spacing;
    properties += `<w:spacing${after === undefined ? '' : ` w:after="${after}"`}${before === undefined ? '' : ` w:before="${before}"`}/>`;
  }
  if (look.indentLeft) properties += `<w:ind w:left="${look.indentLeft}"/>`;
  if (look.alignRight) properties += '<w:jc w:val="right"/>';
  if (!properties && !runs) return '<w:p/>';
  return `<w:p>${properties && `<w:pPr>${properties}</w:pPr>`}${runs}</w:p>`;
}

const border = (side: 'top' | 'left' | 'bottom' | 'right', size: number, space: number) =>
  `<w:${side} w:val="single" w:color="A6A6A6" w:sz="${size}" w:space="${space}"/>`;

function draftRunXml(run: DraftRun, look: RunLook = {}): string {
  return typeof run === 'string' ? runXml(run, look) : runXml(run.text, { ...look, bold: run.bold, italic: run.italic });
}

function partXml(part: DraftPart, out: string[]): void {
  out.push(paragraphXml(runXml(part.title), { style: 'Heading1', pageBreakBefore: part.newPage }));
  if (part.subtitle) out.push(paragraphXml(runXml(part.subtitle, { italic: true, color: '404040' }), { spacing: { after: 200 } }));
  for (const section of part.sections) {
    if (section.heading) out.push(paragraphXml(runXml(section.heading), { style: 'Heading2' }));
    for (const block of section.blocks) blockXml(block, out);
  }
}

function blockXml(block: DraftBlock, out: string[]): void {
  switch (block.kind) {
    case 'paragraph': {
      if (block.role === 'note') {
        out.push(paragraphXml(block.runs.map((r) => draftRunXml(r, { color: '404040', size: NOTE_SIZE })).join(''), { spacing: { after: 80 } }));
        return;
      }
      const runs = block.runs.map((r) => draftRunXml(r)).join('');
      // Last year's text, as written: set off by a grey rule on the left.
      out.push(block.role === 'narrative' ? paragraphXml(runs, { borders: border('left', 18, 8), indentLeft: 200 }) : paragraphXml(runs));
      return;
    }
    case 'placeholder':
      out.push(paragraphXml(runXml(block.text, { italic: true, highlight: 'yellow' })));
      return;
    case 'bullets':
      for (const item of block.items) out.push(paragraphXml(runXml(item), { style: 'ListParagraph', bullet: true, spacing: { after: 60 } }));
      return;
    case 'table':
      tableXml(block.table, out);
      return;
  }
}

const TABLE_PROPERTIES =
  '<w:tblBorders>' +
  ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((side) => `<w:${side} w:val="single" w:color="auto" w:sz="4"/>`).join('') +
  '</w:tblBorders><w:tblLayout w:type="fixed"/>' +
  '<w:tblCellMar><w:top w:type="dxa" w:w="40"/><w:left w:type="dxa" w:w="70"/><w:bottom w:type="dxa" w:w="40"/><w:right w:type="dxa" w:w="70"/></w:tblCellMar>';

function tableXml(table: DraftTable, out: string[]): void {
  if (table.title) out.push(paragraphXml(runXml(table.title), { style: 'Heading3', keepNext: true }));
  // Weights are hundredths of the text width: a table of few narrow columns stays narrow, a wide one fills the width.
  const total = Math.max(
    100,
    table.columns.reduce((sum, c) => sum + c.weight, 0),
  );
  const widths = table.columns.map((c) => Math.floor((CONTENT_WIDTH * c.weight) / total));
  const tableWidth = widths.reduce((sum, w) => sum + w, 0);
  const totals = new Set(table.totalRows ?? []);
  const totalColumns = new Set(table.totalColumns ?? []);
  // A cell says only what differs from the table's margins and the table text style.
  const cell = (text: string, index: number, options: { header?: boolean; total?: boolean }) => {
    const fill = options.header ? HEADER_FILL : options.total ? TOTAL_FILL : undefined;
    const shading = fill ? `<w:shd w:fill="${fill}" w:color="auto" w:val="clear"/>` : '';
    const paragraph = paragraphXml(runXml(text, { bold: options.header || options.total }), {
      style: TABLE_TEXT_STYLE,
      alignRight: table.columns[index]?.align === 'right',
    });
    return `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${widths[index]}"/>${shading}</w:tcPr>${paragraph}</w:tc>`;
  };
  const rows = [
    `<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>${table.columns.map((c, i) => cell(c.header, i, { header: true })).join('')}</w:tr>`,
    ...table.rows.map(
      (row, r) =>
        `<w:tr><w:trPr><w:cantSplit/></w:trPr>${table.columns.map((_, i) => cell(row[i] ?? '', i, { total: totals.has(r) || totalColumns.has(i) })).join('')}</w:tr>`,
    ),
  ];
  out.push(
    `<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="${tableWidth}"/>${TABLE_PROPERTIES}</w:tblPr>` +
      `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>${rows.join('')}</w:tbl>`,
  );
  out.push(paragraphXml(table.note ? runXml(table.note, { italic: true, size: NOTE_SIZE, color: '404040' }) : '', { spacing: { before: 60, after: 160 } }));
}

/** word/document.xml: the body, then the section (A4 portrait, margins, the footer). */
function documentXml(draft: DraftReport): string {
  const body: string[] = [
    paragraphXml(runXml(draft.title), { style: 'Title' }),
    ...draft.header.map((line) =>
      paragraphXml(runXml(line, { bold: true, highlight: line.startsWith('[') ? 'yellow' : undefined }), { spacing: { after: 40 } }),
    ),
    paragraphXml(runXml(draft.draftNotice, { italic: true, size: NOTE_SIZE, color: '595959' }), {
      borders: border('top', 6, 6) + border('bottom', 6, 6),
      spacing: { before: 120, after: 240 },
    }),
  ];
  for (const part of draft.parts) partXml(part, body);
  const section =
    '<w:sectPr><w:footerReference w:type="default" r:id="rIdFooter"/>' +
    `<w:pgSz w:w="${A4.width}" w:h="${A4.height}" w:orient="portrait"/>` +
    `<w:pgMar w:top="${MARGIN}" w:right="${MARGIN}" w:bottom="${MARGIN}" w:left="${MARGIN}" w:header="567" w:footer="567" w:gutter="0"/>` +
    '<w:docGrid w:linePitch="360"/></w:sectPr>';
  return `${XML_DECLARATION}<w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>${body.join('')}${section}</w:body></w:document>`;
}

/** The footer: "<footer> — Page n / N", PAGE and NUMPAGES fields that Word and LibreOffice fill in. */
function footerXml(draft: DraftReport): string {
  const look = '<w:rPr><w:color w:val="595959"/><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr>';
  const field = (instruction: string) =>
    `<w:r>${look}<w:fldChar w:fldCharType="begin"/></w:r><w:r>${look}<w:instrText xml:space="preserve">${instruction}</w:instrText></w:r>` +
    `<w:r>${look}<w:fldChar w:fldCharType="separate"/></w:r><w:r>${look}<w:fldChar w:fldCharType="end"/></w:r>`;
  const text = (value: string) => `<w:r>${look}<w:t xml:space="preserve">${encodeXml(value)}</w:t></w:r>`;
  return (
    `${XML_DECLARATION}<w:ftr xmlns:w="${W}" xmlns:r="${R}"><w:p><w:pPr><w:jc w:val="center"/></w:pPr>` +
    `${text(`${draft.footer} — ${draft.pageLabel} `)}${field('PAGE')}${text(' / ')}${field('NUMPAGES')}</w:p></w:ftr>`
  );
}

const fonts = `<w:rFonts w:ascii="${FONT}" w:cs="${FONT}" w:eastAsia="${FONT}" w:hAnsi="${FONT}"/>`;

/** A heading style: Word's built-in name (so that the navigation pane and a table of contents find it) and outline level. */
function headingStyle(id: string, name: string, level: number | undefined, look: { size: number; color: string; before?: number; after: number }): string {
  const keep = level === undefined ? '' : '<w:keepNext/><w:keepLines/>';
  const spacing = `<w:spacing w:after="${look.after}"${look.before === undefined ? '' : ` w:before="${look.before}"`}/>`;
  const outline = level === undefined ? '' : `<w:outlineLvl w:val="${level}"/>`;
  return (
    `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>` +
    `<w:pPr>${keep}${spacing}${outline}</w:pPr><w:rPr>${fonts}<w:b/><w:bCs/><w:color w:val="${look.color}"/><w:sz w:val="${look.size}"/><w:szCs w:val="${look.size}"/></w:rPr></w:style>`
  );
}

function stylesXml(lang: Lang): string {
  return (
    `${XML_DECLARATION}<w:styles xmlns:w="${W}">` +
    `<w:docDefaults><w:rPrDefault><w:rPr>${fonts}<w:sz w:val="${BODY_SIZE}"/><w:szCs w:val="${BODY_SIZE}"/><w:lang w:val="${LANGUAGE_TAG[lang]}"/></w:rPr></w:rPrDefault>` +
    '<w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264"/></w:pPr></w:pPrDefault></w:docDefaults>' +
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>' +
    '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>' +
    '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>' +
    '<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>' +
    headingStyle('Title', 'Title', undefined, { size: 36, color: ACCENT, after: 160 }) +
    headingStyle('Heading1', 'heading 1', 0, { size: 30, color: ACCENT, before: 240, after: 80 }) +
    headingStyle('Heading2', 'heading 2', 1, { size: 25, color: ACCENT, before: 280, after: 100 }) +
    headingStyle('Heading3', 'heading 3', 2, { size: BODY_SIZE, color: '404040', before: 160, after: 60 }) +
    '<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="34"/><w:qFormat/></w:style>' +
    `<w:style w:type="paragraph" w:styleId="${TABLE_TEXT_STYLE}"><w:name w:val="Table Text"/><w:basedOn w:val="Normal"/>` +
    `<w:pPr><w:spacing w:after="0" w:line="240"/></w:pPr><w:rPr><w:sz w:val="${TABLE_SIZE}"/><w:szCs w:val="${TABLE_SIZE}"/></w:rPr></w:style>` +
    '</w:styles>'
  );
}

/** One bullet list (numId 1) for the report's bullets: a round bullet, indented as Word's own. */
const NUMBERING_XML =
  `${XML_DECLARATION}<w:numbering xmlns:w="${W}"><w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="hybridMultilevel"/>` +
  '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="●"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl>' +
  '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>';

/** Word 2013 and later's layout rules (compatibilityMode 15): not opened in compatibility mode. */
const SETTINGS_XML =
  `${XML_DECLARATION}<w:settings xmlns:w="${W}"><w:defaultTabStop w:val="720"/>` +
  '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>';

const CONTENT_TYPES_XML =
  `${XML_DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
  [
    ['/word/document.xml', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml'],
    ['/word/styles.xml', 'application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml'],
    ['/word/numbering.xml', 'application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml'],
    ['/word/settings.xml', 'application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml'],
    ['/word/footer1.xml', 'application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml'],
    ['/docProps/core.xml', 'application/vnd.openxmlformats-package.core-properties+xml'],
    ['/docProps/app.xml', 'application/vnd.openxmlformats-officedocument.extended-properties+xml'],
  ]
    .map(([part, type]) => `<Override PartName="${part}" ContentType="${type}"/>`)
    .join('') +
  '</Types>';

/** A part's relationships part, by id, type and target part (the package's relationships writer). */
const related = (sourcePart: string, relationships: readonly (readonly [id: string, type: string, target: string])[]) =>
  [
    relationshipsPartOf(sourcePart),
    relationshipsXml(
      relationships.map(([id, type, target]) => ({ id, type, target, external: false })),
      sourcePart,
    ),
  ] as const;

const DOCUMENT_PART = 'word/document.xml';
const PACKAGE_RELS = related('', [
  ['rId1', `${R}/officeDocument`, DOCUMENT_PART],
  ['rId2', `${PACKAGE_RELATIONSHIPS}/metadata/core-properties`, 'docProps/core.xml'],
  ['rId3', `${R}/extended-properties`, 'docProps/app.xml'],
]);
const DOCUMENT_RELS = related(DOCUMENT_PART, [
  ['rIdStyles', `${R}/styles`, 'word/styles.xml'],
  ['rIdNumbering', `${R}/numbering`, 'word/numbering.xml'],
  ['rIdSettings', `${R}/settings`, 'word/settings.xml'],
  ['rIdFooter', `${R}/footer`, 'word/footer1.xml'],
]);

const APP_XML = `${XML_DECLARATION}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>CoopCheck</Application></Properties>`;

function coreXml(draft: DraftReport, now: Date): string {
  const at = `${now.toISOString().slice(0, 19)}Z`;
  return (
    `${XML_DECLARATION}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
    `<dc:title>${encodeXml(draft.title)}</dc:title><dc:creator>CoopCheck</dc:creator><dc:description>${encodeXml(draft.draftNotice)}</dc:description>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${at}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${at}</dcterms:modified></cp:coreProperties>`
  );
}

export interface DocxOptions {
  /** When the document is made (core.xml); the same draft at the same moment gives the same bytes. */
  now?: Date;
  /**
   * The ZIP writer's DEFLATE: the CLI gives Node's zlib (nodeCodec), the 50,000 members' draft packed in 20–25 ms
   * in a fresh process against 45–65 ms with fflate, whose code is compiled for this one document
   * (scripts/bench/draft-docx.ts, docs/BENCHMARKS.md); the page keeps fflate, which it loads anyway.
   */
  codec?: ZipCodec;
}

/** The .docx file's bytes, written by the same ZIP writer as the checked copy; works in Node and the browser. */
export async function draftReportDocx(draft: DraftReport, { now = new Date(), codec = portableCodec }: DocxOptions = {}): Promise<Uint8Array> {
  const parts: [string, string][] = [
    ['[Content_Types].xml', CONTENT_TYPES_XML],
    [...PACKAGE_RELS],
    ['docProps/core.xml', coreXml(draft, now)],
    ['docProps/app.xml', APP_XML],
    [DOCUMENT_PART, documentXml(draft)],
    [...DOCUMENT_RELS],
    ['word/styles.xml', stylesXml(draft.lang)],
    ['word/numbering.xml', NUMBERING_XML],
    ['word/settings.xml', SETTINGS_XML],
    ['word/footer1.xml', footerXml(draft)],
  ];
  const sink = memorySink();
  const writer = new ZipArchiveWriter(sink, codec);
  for (const [name, xml] of parts) await writer.add(name, xml);
  await writer.close();
  return sink.bytes();
}
