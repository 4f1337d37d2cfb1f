/**
 * How a flagged cell looks, the same whichever adapter flags it: the fill by severity and the
 * note's text. Info findings are not flagged on their cells; the summary sheet lists them.
 */
import { type Condition, type Finding, type Severity, type Lang, renderMessage } from '../core';
import { fitInCell } from './excel-limits';

export type FlaggedSeverity = Exclude<Severity, 'info'>;

/** Excel's own "light red" and "neutral" fills, so flags read like conditional formatting users know. */
export const FLAG_COLOURS: Readonly<Record<FlaggedSeverity, string>> = {
  breach: '#FFC7CE',
  warning: '#FFEB9C',
};

/** Every note CoopCheck writes starts with this, so that it never takes a user's note for its own. */
export const NOTE_PREFIX = 'CoopCheck:';

export function isFlagged(finding: Finding): finding is Finding & { severity: FlaggedSeverity } {
  return finding.severity !== 'info';
}

/** The severity a cell shows when several findings point at it: the worst. */
export function cellSeverity(findings: readonly Finding[]): FlaggedSeverity {
  return findings.some((f) => f.severity === 'breach') ? 'breach' : 'warning';
}

/** The note of a flagged cell: every finding on it, cut to Excel's limit (the summary sheet lists them all). */
export function flagNote(findings: readonly Finding[], lang: Lang, conditions: ReadonlyMap<string, Condition>): string {
  return fitInCell(
    findings
      .map((finding) => {
        const condition = conditions.get(finding.conditionId);
        return `${NOTE_PREFIX} ${finding.conditionId} ${condition ? renderMessage(finding, condition, lang) : finding.messageId}`;
      })
      .join('\n\n'),
  );
}
