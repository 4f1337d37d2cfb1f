/**
 * The draft special report (CONDITIONS.md "The draft special report") as plain, already-translated
 * data: parts (one per accreditation held, then the internal annex), sections, and blocks of text,
 * tables and placeholders. An adapter (src/adapters/docx) lays it out as a Word document; it
 * decides nothing about what the report says.
 */
import type { Lang } from '../../i18n/lang';

/** Where a paragraph's text comes from, so that a layout can show the difference. */
export type ParagraphRole =
  /** A fixed text of the report (framework, condition wording). */
  | 'fixed'
  /** A sentence generated from the checked data: the figures a reader can check. */
  | 'generated'
  /** A text of last year's report carried over from the `narrative` sheet, as written. */
  | 'narrative'
  /** A small explanatory line (legal basis, source of a figure). */
  | 'note';

/** A run of text: plain, or emphasised (a label such as "Statuts :"). */
export type DraftRun = string | { text: string; bold?: boolean; italic?: boolean };

export type DraftBlock =
  | { kind: 'paragraph'; role: ParagraphRole; runs: readonly DraftRun[] }
  /**
   * What only the board can write: shown visibly marked ("[À compléter par le conseil
   * d'administration : …]") so that no draft goes out with it unfilled.
   */
  | { kind: 'placeholder'; text: string }
  | { kind: 'bullets'; items: readonly string[] }
  | { kind: 'table'; table: DraftTable };

export type DraftAlign = 'left' | 'right';

export interface DraftColumn {
  header: string;
  align: DraftAlign;
  /** Width in hundredths of the text width; when the columns add up to more, they share it in these proportions. */
  weight: number;
}

/** A table whose cells are already formatted text ("4.104", "17/06/2025", "1.500,00 €"). */
export interface DraftTable {
  /** Stable id: T1…T6, compliance, findings. */
  id: string;
  title: string;
  columns: readonly DraftColumn[];
  rows: readonly (readonly string[])[];
  /** Rows to set in bold (totals). */
  totalRows?: readonly number[];
  /** Columns to set in bold (totals of a table laid out with the categories as columns). */
  totalColumns?: readonly number[];
  /** Under the table: what it counts, or why it is empty. */
  note?: string;
}

export interface DraftSection {
  /** Stable id: framework, ES-1…ES-9, intro, P1…P7, activities, signature, compliance, findings… */
  id: string;
  heading: string;
  blocks: readonly DraftBlock[];
}

export interface DraftPart {
  /** ES, CNC, or annex (internal: the findings, never in the body). */
  id: 'ES' | 'CNC' | 'annex';
  title: string;
  /** Under the title: the legal basis of the report. */
  subtitle?: string;
  sections: readonly DraftSection[];
  /** The part begins on a new page. */
  newPage: boolean;
}

export interface DraftReport {
  lang: Lang;
  /** Document title (also the file's title property). */
  title: string;
  /** Lines under the title: cooperative, company number, fiscal year. */
  header: readonly string[];
  /** What this document is: a draft for the board, generated on … from … */
  draftNotice: string;
  parts: readonly DraftPart[];
  /** Footer text of every page ("Projet — CoopCheck 0.1.0 — …"). */
  footer: string;
  /** Page numbering words: "Page {page}". */
  pageLabel: string;
}
