/**
 * CSV as a spreadsheet opens it, for the findings (the pane) and the batch summary (the CLI): one
 * implementation. A cell that a spreadsheet would read as a formula (starting with = + - @, a tab
 * or a carriage return) gets a leading quote, so that a member's name, a message or a file name can
 * never run as a formula when the file is opened (CSV injection).
 */
import type { Lang } from '../core';

const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** Excel in Belgium (and most of Europe) splits CSV on semicolons; in English locales on commas. */
export function csvSeparator(lang: Lang): string {
  return lang === 'en' ? ',' : ';';
}

/** One line: text neutralised and quoted when it holds the separator, a quote or a line break; numbers as they are; undefined empty. */
export function csvRow(cells: readonly (string | number | undefined)[], separator: string): string {
  return cells
    .map((cell) => {
      if (cell === undefined) return '';
      if (typeof cell === 'number') return String(cell);
      const safe = neutraliseFormula(cell);
      return safe.includes(separator) || /["\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
    })
    .join(separator);
}

/** The whole file: a byte-order mark so that Excel reads accents as UTF-8, CRLF line ends (RFC 4180). */
export function csvDocument(rows: readonly (readonly (string | number | undefined)[])[], lang: Lang): string {
  const separator = csvSeparator(lang);
  return `\uFEFF${rows.map((row) => csvRow(row, separator)).join('\r\n')}\r\n`;
}
