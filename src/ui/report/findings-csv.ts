/**
 * The findings as CSV for a spreadsheet or an audit tool. A cell that a spreadsheet would read as a
 * formula (starting with = + - @, a tab or a carriage return) is prefixed with a quote, so that a
 * member name or a message can never run as a formula when the file is opened (CSV injection).
 */
import { type Finding, type Lang, severityLabel, renderMessage } from '../../core';
import { CONDITION_BY_ID } from '../check/conditions';
import type { Translate } from '../i18n/i18n';

const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** Excel in Belgium (and most of Europe) splits CSV on semicolons; in English locales on commas. */
export function csvSeparator(lang: Lang): string {
  return lang === 'en' ? ',' : ';';
}

export function csvRow(cells: readonly string[], separator: string): string {
  return cells.map((cell) => {
    const safe = neutraliseFormula(cell);
    return safe.includes(separator) || /["\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  }).join(separator);
}

/** With a byte-order mark so that Excel reads the accents as UTF-8; CRLF line ends (RFC 4180). */
export function findingsCsv(findings: readonly Finding[], lang: Lang, t: Translate): string {
  const separator = csvSeparator(lang);
  const header = ['csv.condition', 'csv.severity', 'csv.sheet', 'csv.cell', 'csv.subject', 'csv.message', 'csv.messageId', 'csv.fingerprint'] as const;
  const rows = findings.map((finding) => {
    const condition = CONDITION_BY_ID.get(finding.conditionId);
    const message = condition ? renderMessage(finding, condition, lang) : finding.messageId;
    return [finding.conditionId, severityLabel(finding.severity, lang), finding.sheet, finding.cell, finding.subject, message, finding.messageId, finding.fingerprint];
  });
  return `\uFEFF${[header.map((key) => t(key)), ...rows].map((row) => csvRow(row, separator)).join('\r\n')}\r\n`;
}
