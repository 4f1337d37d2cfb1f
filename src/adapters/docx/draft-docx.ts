/**
 * Lays the draft special report (src/core/report/draft, plain data) out as a Word document with the
 * `docx` package, in Node and the browser: A4 portrait, 2 cm margins, Word's own heading styles (so
 * that the navigation pane and a table of contents work), body at 11 pt and tables at 10 pt, table
 * header rows repeated on each page and rows never split, placeholders highlighted in yellow, last
 * year's texts set off by a grey rule, page numbers in the footer. It decides nothing about what the
 * report says.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { DraftBlock, DraftPart, DraftReport, DraftRun, DraftTable, Lang } from '../../core';

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

export function draftDocument(draft: DraftReport): Document {
  const children: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(draft.title)] }),
    ...draft.header.map((line) => paragraphOfText(line, { bold: true, placeholder: line.startsWith('[') })),
    new Paragraph({
      spacing: { before: 120, after: 240 },
      border: { top: rule('A6A6A6'), bottom: rule('A6A6A6') },
      children: [new TextRun({ text: draft.draftNotice, italics: true, size: NOTE_SIZE, color: '595959' })],
    }),
  ];
  for (const part of draft.parts) children.push(...partChildren(part));

  return new Document({
    creator: 'CoopCheck',
    title: draft.title,
    description: draft.draftNotice,
    styles: {
      default: {
        document: { run: { font: FONT, size: BODY_SIZE, language: { value: LANGUAGE_TAG[draft.lang] } }, paragraph: { spacing: { after: 120, line: 264 } } },
        title: { run: { font: FONT, size: 36, bold: true, color: ACCENT }, paragraph: { spacing: { after: 160 } } },
        heading1: {
          run: { font: FONT, size: 30, bold: true, color: ACCENT },
          paragraph: { spacing: { before: 240, after: 80 }, keepNext: true, keepLines: true },
        },
        heading2: {
          run: { font: FONT, size: 25, bold: true, color: ACCENT },
          paragraph: { spacing: { before: 280, after: 100 }, keepNext: true, keepLines: true },
        },
        heading3: {
          run: { font: FONT, size: BODY_SIZE, bold: true, color: '404040' },
          paragraph: { spacing: { before: 160, after: 60 }, keepNext: true, keepLines: true },
        },
      },
      paragraphStyles: [
        {
          id: TABLE_TEXT_STYLE,
          name: 'Table Text',
          basedOn: 'Normal',
          run: { size: TABLE_SIZE },
          paragraph: { spacing: { after: 0, line: 240 } },
        },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: A4.width, height: A4.height, orientation: PageOrientation.PORTRAIT },
            margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN, header: 567, footer: 567 },
          },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({
                    size: 18,
                    color: '595959',
                    children: [`${draft.footer} — ${draft.pageLabel} `, PageNumber.CURRENT, ' / ', PageNumber.TOTAL_PAGES],
                  }),
                ],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
}

/** The .docx file's bytes; works in Node and the browser. */
export async function draftReportDocx(draft: DraftReport): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(draftDocument(draft)));
}

const rule = (color: string) => ({ style: BorderStyle.SINGLE, size: 6, color, space: 6 });

function partChildren(part: DraftPart): (Paragraph | Table)[] {
  const children: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: part.newPage, children: [new TextRun(part.title)] }),
  ];
  if (part.subtitle) {
    children.push(new Paragraph({ spacing: { after: 200 }, children: [new TextRun({ text: part.subtitle, italics: true, color: '404040' })] }));
  }
  for (const section of part.sections) {
    if (section.heading) children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(section.heading)] }));
    for (const block of section.blocks) children.push(...blockChildren(block));
  }
  return children;
}

function runOf(run: DraftRun, size?: number, color?: string): TextRun {
  if (typeof run === 'string') return new TextRun({ text: run, size, color });
  return new TextRun({ text: run.text, bold: run.bold, italics: run.italic, size, color });
}

function paragraphOfText(text: string, options: { bold?: boolean; placeholder?: boolean } = {}): Paragraph {
  return new Paragraph({
    spacing: { after: 40 },
    children: [new TextRun({ text, bold: options.bold, highlight: options.placeholder ? 'yellow' : undefined })],
  });
}

function blockChildren(block: DraftBlock): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'paragraph': {
      if (block.role === 'note') {
        return [new Paragraph({ spacing: { after: 80 }, children: block.runs.map((r) => runOf(r, NOTE_SIZE, '404040')) })];
      }
      if (block.role === 'narrative') {
        // Last year's text, as written: set off by a grey rule on the left.
        return [
          new Paragraph({
            indent: { left: 200 },
            border: { left: { style: BorderStyle.SINGLE, size: 18, color: 'A6A6A6', space: 8 } },
            children: block.runs.map((r) => runOf(r)),
          }),
        ];
      }
      return [new Paragraph({ children: block.runs.map((r) => runOf(r)) })];
    }
    case 'placeholder':
      return [new Paragraph({ children: [new TextRun({ text: block.text, highlight: 'yellow', italics: true })] })];
    case 'bullets':
      return block.items.map((item) => new Paragraph({ bullet: { level: 0 }, spacing: { after: 60 }, children: [new TextRun(item)] }));
    case 'table':
      return tableChildren(block.table);
  }
}

function tableChildren(table: DraftTable): (Paragraph | Table)[] {
  const children: (Paragraph | Table)[] = [];
  if (table.title) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_3, keepNext: true, children: [new TextRun(table.title)] }));
  }
  // Weights are hundredths of the text width: a table of few narrow columns stays narrow, a wide one fills the width.
  const total = Math.max(
    100,
    table.columns.reduce((sum, c) => sum + c.weight, 0),
  );
  const widths = table.columns.map((c) => Math.floor((CONTENT_WIDTH * c.weight) / total));
  const tableWidth = widths.reduce((sum, w) => sum + w, 0);
  const totals = new Set(table.totalRows ?? []);
  const totalColumns = new Set(table.totalColumns ?? []);
  // A cell says only what differs from the table's margins and the table text style: the annex's hundred rows
  // are built, laid out as XML and zipped in a fresh thread, where the docx package's code is not yet compiled.
  const cell = (text: string, index: number, options: { header?: boolean; total?: boolean }) =>
    new TableCell({
      width: { size: widths[index]!, type: WidthType.DXA },
      shading: options.header
        ? { type: ShadingType.CLEAR, fill: HEADER_FILL, color: 'auto' }
        : options.total
          ? { type: ShadingType.CLEAR, fill: TOTAL_FILL, color: 'auto' }
          : undefined,
      children: [
        new Paragraph({
          style: TABLE_TEXT_STYLE,
          alignment: table.columns[index]?.align === 'right' ? AlignmentType.RIGHT : undefined,
          children: [new TextRun({ text, bold: options.header || options.total ? true : undefined })],
        }),
      ],
    });
  const rows = [
    new TableRow({ tableHeader: true, cantSplit: true, children: table.columns.map((c, i) => cell(c.header, i, { header: true })) }),
    ...table.rows.map(
      (row, r) =>
        new TableRow({
          cantSplit: true,
          children: table.columns.map((_, i) => cell(row[i] ?? '', i, { total: totals.has(r) || totalColumns.has(i) })),
        }),
    ),
  ];
  children.push(
    new Table({
      width: { size: tableWidth, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      margins: { top: 40, bottom: 40, left: 70, right: 70 },
      rows,
    }),
  );
  children.push(
    new Paragraph({
      spacing: { before: 60, after: 160 },
      children: table.note ? [new TextRun({ text: table.note, italics: true, size: NOTE_SIZE, color: '404040' })] : [],
    }),
  );
  return children;
}
