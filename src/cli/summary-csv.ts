/**
 * `--summary FILE.csv` (DESIGN.md "CLI, second edition"): one row per workbook of a batch: file,
 * cooperative, company number, fiscal year, input SHA-256, one column per condition with its outcome
 * (spelled as in CONDITIONS.md, like the JSON report), breaches, warnings, justified, error.
 *
 * The column names are the same in every language, so that a federation can merge the summaries of
 * several runs; the separator follows the language as the task pane's findings CSV does
 * (src/ui/report/findings-csv.ts: a semicolon for French and Dutch, which Excel in Belgium splits
 * on, a comma for English), with a byte-order mark and CRLF line ends (RFC 4180). A cell a
 * spreadsheet would read as a formula (= + - @, tab, carriage return) gets a leading quote: a
 * cooperative's name or a file name can never run as a formula when the summary is opened.
 */
import type { Lang, JsonReport } from '../core';
import { csvDocument } from '../adapters/csv';

export interface SummaryRow {
  /** The file as given on the command line. */
  file: string;
  /** Its report, when it could be checked. */
  report?: JsonReport;
  /** SHA-256 of its bytes when they could be read, even if the workbook could not be checked. */
  sha256?: string;
  /** The one-line reason it could not be checked. */
  error?: string;
}

export function summaryCsv(rows: readonly SummaryRow[], conditionIds: readonly string[], lang: Lang): string {
  const header = ['file', 'cooperative', 'companyNumber', 'fiscalYear', 'sha256', ...conditionIds, 'breaches', 'warnings', 'justified', 'error'];
  const lines = rows.map(({ file, report, sha256, error }) => {
    if (!report) return [file, undefined, undefined, undefined, sha256, ...conditionIds.map(() => undefined), undefined, undefined, undefined, error ?? ''];
    const outcomes = new Map(report.conditions.map((c) => [c.id, c.outcome]));
    let breaches = 0;
    let warnings = 0;
    let justified = 0;
    for (const finding of report.findings) {
      if (finding.severity === 'info') continue;
      if (finding.severity === 'breach') breaches += 1;
      else warnings += 1;
      if (finding.justification) justified += 1;
    }
    const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
    return [
      file,
      text(report.parameters.cooperativeName),
      text(report.parameters.companyNumber),
      report.fiscalYear,
      report.input.sha256,
      ...conditionIds.map((id) => outcomes.get(id)),
      breaches,
      warnings,
      justified,
      error ?? '',
    ];
  });
  return csvDocument([header, ...lines], lang);
}
