/**
 * A reviewer's justifications applied to the findings (CONDITIONS.md outcome `justified`): a finding
 * is named by its fingerprint (condition + subject + message id, stable across runs and moved rows),
 * or by condition + subject, which covers every breach and warning of that subject. A justified
 * finding keeps its severity and stays listed; a condition whose every breach and warning is
 * justified is `justified`, never `passed`. A justification that names no finding of this check is
 * stale, and two that name the same finding are duplicates: both are reported on their cells.
 */
import type { Finding } from './findings';
import type { JustificationRow, Origin } from './model';
import { isoOfDay } from './dates';
import { normaliseLabel } from './extract/values';

export interface Justification {
  reason: string;
  by?: string;
  /** ISO date. */
  date?: string;
}

/**
 * A justification as given to the engine: a row of the workbook's sheet, or one from a file
 * (`--justifications`), whose `origin` is absent when the file has no cells to point to.
 */
export type JustificationInput = Omit<JustificationRow, 'origin'> & { origin?: Origin };

export interface JustificationProblem {
  kind: 'stale' | 'duplicate';
  input: JustificationInput;
  /** What the row names, as written: the fingerprint, or condition and subject. */
  names: string;
}

/** Conditions are compared like "ES-1" = "es 1" = "ES1", subjects as written but trimmed. */
const conditionKey = (id: string) => normaliseLabel(id).replace(/ /g, '');
const subjectKey = (conditionId: string, subject: string) => `${conditionKey(conditionId)}|${subject.trim()}`;

export function justificationsOfModel(rows: readonly JustificationRow[]): JustificationInput[] {
  return rows
    .filter((r) => r.reason.trim())
    .map(({ origin, fingerprint, conditionId, subject, reason, by, date }) => ({
      origin,
      reason: reason.trim(),
      ...(fingerprint?.trim() && { fingerprint: fingerprint.trim() }),
      ...(conditionId?.trim() && { conditionId: conditionId.trim() }),
      ...(subject?.trim() && { subject: subject.trim() }),
      ...(by?.trim() && { by: by.trim() }),
      ...(date !== undefined && { date }),
    }));
}

const namesOf = (input: JustificationInput) => input.fingerprint ?? `${input.conditionId ?? ''} · ${input.subject ?? ''}`;

/**
 * Marks each breach and warning that a justification names; returns the problems of the
 * justifications themselves. Linear in findings + justifications.
 */
export function applyJustifications(
  findings: readonly (Finding & { justification?: Justification })[],
  inputs: readonly JustificationInput[],
): JustificationProblem[] {
  const byFingerprint = new Map<string, (Finding & { justification?: Justification })[]>();
  const bySubject = new Map<string, (Finding & { justification?: Justification })[]>();
  for (const finding of findings) {
    if (finding.severity === 'info') continue;
    const fp = byFingerprint.get(finding.fingerprint);
    if (fp) fp.push(finding);
    else byFingerprint.set(finding.fingerprint, [finding]);
    const key = subjectKey(finding.conditionId, finding.subject);
    const bs = bySubject.get(key);
    if (bs) bs.push(finding);
    else bySubject.set(key, [finding]);
  }
  const problems: JustificationProblem[] = [];
  const seen = new Set<string>();
  for (const input of inputs) {
    const key = input.fingerprint ?? (input.conditionId && input.subject !== undefined ? `subject:${subjectKey(input.conditionId, input.subject)}` : undefined);
    if (key === undefined) {
      problems.push({ kind: 'stale', input, names: namesOf(input) });
      continue;
    }
    if (seen.has(key)) {
      problems.push({ kind: 'duplicate', input, names: namesOf(input) });
      continue;
    }
    seen.add(key);
    const targets = input.fingerprint ? byFingerprint.get(input.fingerprint) : bySubject.get(subjectKey(input.conditionId!, input.subject!));
    if (!targets?.length) {
      problems.push({ kind: 'stale', input, names: namesOf(input) });
      continue;
    }
    const justification: Justification = {
      reason: input.reason,
      ...(input.by && { by: input.by }),
      ...(input.date !== undefined && { date: isoOfDay(input.date) }),
    };
    for (const finding of targets) finding.justification ??= justification;
  }
  return problems;
}
