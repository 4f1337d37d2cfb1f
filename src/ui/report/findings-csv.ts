/** The findings as CSV for a spreadsheet or an audit tool (quoting and formula neutralising: adapters/csv.ts). */
import { type Finding, type Lang, severityLabel, renderMessage } from '../../core';
import { CONDITION_BY_ID } from '../check/conditions';
import type { Translate } from '../i18n/i18n';
import { csvDocument } from '../../adapters/csv';

export function findingsCsv(findings: readonly Finding[], lang: Lang, t: Translate): string {
  const header = ['csv.condition', 'csv.severity', 'csv.sheet', 'csv.cell', 'csv.subject', 'csv.message', 'csv.messageId', 'csv.fingerprint'] as const;
  const rows = findings.map((finding) => {
    const condition = CONDITION_BY_ID.get(finding.conditionId);
    const message = condition ? renderMessage(finding, condition, lang) : finding.messageId;
    return [
      finding.conditionId,
      severityLabel(finding.severity, lang),
      finding.sheet,
      finding.cell,
      finding.subject,
      message,
      finding.messageId,
      finding.fingerprint,
    ];
  });
  return csvDocument([header.map((key) => t(key)), ...rows], lang);
}
