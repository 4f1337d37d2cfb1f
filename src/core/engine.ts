/**
 * Runs every condition on the model and turns what each reports into exactly one outcome
 * (CONDITIONS.md "Outcomes"): a condition whose accreditation is not held is not-applicable, one whose
 * inputs are missing is not-evaluated with what is missing, one that throws is crashed while the
 * others still run.
 */
import type { Condition, EvaluationContext, EvaluationResult, MissingInput, Place } from './conditions/condition';
import { statuteArticlesOf, type StatuteArticles } from './conditions/shared/statutes';
import { applyJustifications, justificationsOfModel, type JustificationInput, type JustificationProblem } from './justifications';
import { CONDITIONS } from './conditions/registry';
import type { CellValue } from './snapshot';
import { a1 } from './snapshot';
import type { Finding, Outcome, Params } from './findings';
import { fingerprintOf } from './findings';
import { recordWithOrigin, type Model, type Narrative } from './model';
import { indexModel } from './model-index';
import type { ResolvedParameters } from './parameters';
import { resolveParameters } from './parameters';
import type { Day, FiscalYear } from './dates';
import { dayFromYmd, fiscalYearOf, ymdOfDay } from './dates';
import type { Figures } from './report/figures';
import { computeFigures } from './report/figures';

export type { MissingInput };

export interface ConditionResult {
  id: string;
  group: Condition['group'];
  kind: Condition['kind'];
  outcome: Outcome;
  /** Number of breaches and warnings of this condition (info findings are listed, not counted). */
  findings: number;
  /** How many of them a reviewer justified (CONDITIONS.md outcome `justified`). */
  justified?: number;
  missing?: readonly MissingInput[];
  /** Why not-applicable, attested or missing-evidence, or a figure supporting the outcome. */
  note?: { messageId: string; params: Params };
  /** The error message when the outcome is crashed. */
  error?: string;
  /**
   * The statutes article(s) the `statutes` sheet gives for this condition: shown as evidence beside
   * the outcome of any condition, data conditions included (CONDITIONS.md "Outcomes").
   */
  statutes?: StatuteArticles;
}

export interface CheckResult {
  /** Justifications that name no finding of this check (stale) or one already justified (duplicate). */
  justificationProblems: readonly JustificationProblem[];
  fiscalYear: FiscalYear;
  parameters: ResolvedParameters;
  conditions: ConditionResult[];
  findings: Finding[];
  figures: Figures;
  /** Last year's texts of the special report (the `narrative` sheet), for the draft report. */
  narrative?: readonly Narrative[];
}

export interface CheckOptions {
  /** Raw parameter values that win over the parameters sheet (CLI `--param`, task pane settings). */
  parameterOverrides?: Readonly<Record<string, CellValue>>;
  /** The conditions to run; all of the catalogue by default. */
  conditions?: readonly Condition[];
  /** Reviewers' justifications given besides the workbook's own sheet (CLI `--justifications`). */
  justifications?: readonly JustificationInput[];
}

const SEVERITY_ORDER = { breach: 0, warning: 1, info: 2 } as const;

export function check(model: Model, options: CheckOptions = {}): CheckResult {
  const resolved = resolveParameters(model, options.parameterOverrides);
  const fiscalYear = resolveFiscalYear(model, resolved.parameters.fiscalYear, resolved.parameters.fiscalYearStart);
  resolved.parameters.fiscalYear = fiscalYear.year;
  const context: EvaluationContext = {
    model,
    index: indexModel(model),
    parameters: resolved.parameters,
    parameterProblems: resolved.problems,
    fiscalYear,
  };
  const findings: Finding[] = [];
  const conditions = (options.conditions ?? CONDITIONS).map((condition) => {
    const own: Finding[] = [];
    const result = runCondition(condition, context, own);
    // One push per finding: spreading hundreds of thousands of arguments overflows the call stack.
    for (const finding of own) findings.push(finding);
    return result;
  });
  const justificationProblems = applyJustifications(findings, [...justificationsOfModel(model.justifications), ...(options.justifications ?? [])]);
  reportJustificationProblems(justificationProblems, conditions, findings);
  for (const result of conditions) settleJustified(result, findings);
  findings.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  return {
    fiscalYear,
    parameters: resolved,
    conditions,
    findings,
    figures: computeFigures(context),
    justificationProblems,
    ...(model.narrative?.length && { narrative: model.narrative.map(recordWithOrigin) }),
  };
}

/**
 * CONDITIONS.md `justified`: a failed or to-review condition all of whose breaches and warnings a
 * reviewer justified is a documented exception, never `passed`; a condition missing an input stays
 * not-evaluated whatever is justified.
 */
function settleJustified(result: ConditionResult, findings: readonly Finding[]): void {
  let problems = 0;
  let justified = 0;
  for (const f of findings) {
    if (f.conditionId !== result.id || f.severity === 'info') continue;
    problems += 1;
    if (f.justification) justified += 1;
  }
  if (!justified) return;
  result.justified = justified;
  if (justified === problems && (result.outcome === 'failed' || result.outcome === 'review') && !result.missing?.length) result.outcome = 'justified';
}

/** Stale and duplicate justifications read from the workbook are DATA-4 warnings on their rows: references to what does not exist. */
function reportJustificationProblems(problems: readonly JustificationProblem[], conditions: ConditionResult[], findings: Finding[]): void {
  const data4 = conditions.find((c) => c.id === 'DATA-4');
  if (!data4) return;
  for (const { kind, input, names } of problems) {
    if (!input.origin) continue;
    const messageId = kind === 'stale' ? 'staleJustification' : 'duplicateJustification';
    const field = input.fingerprint !== undefined ? 'fingerprint' : 'conditionId';
    const at = cellOf({ origin: input.origin, field });
    const subject = `justification ${names}`;
    findings.push({
      conditionId: 'DATA-4',
      severity: 'warning',
      messageId,
      params: { names },
      sheet: at.sheet,
      cell: at.cell,
      subject,
      fingerprint: fingerprintOf('DATA-4', subject, messageId),
    });
    data4.findings += 1;
    if (data4.outcome === 'passed') data4.outcome = 'review';
  }
}

function runCondition(condition: Condition, context: EvaluationContext, findings: Finding[]): ConditionResult {
  const articles = statuteArticlesOf(context.model.statutes, condition.id);
  const base = { id: condition.id, group: condition.group, kind: condition.kind, ...(articles && { statutes: articles }) };
  if (condition.group !== 'DATA' && !context.parameters.accreditations.includes(condition.group)) {
    return { ...base, outcome: 'not-applicable', findings: 0 };
  }
  const exemption = condition.notApplicableWhen?.(context.parameters);
  if (exemption) return { ...base, outcome: 'not-applicable', findings: 0, note: exemption };
  const blocking = missingInputs(condition, context.model, false);
  if (blocking.length) return { ...base, outcome: 'not-evaluated', findings: 0, missing: blocking };

  let result: EvaluationResult | void;
  try {
    result = condition.evaluate(context, (messageId, place, subject, params) => {
      const message = condition.messages[messageId];
      if (!message) throw new Error(`${condition.id} reported unknown message ${messageId}`);
      const at = cellOf(place);
      findings.push({
        conditionId: condition.id,
        severity: message.severity,
        messageId,
        params: params as Params,
        sheet: at.sheet,
        cell: at.cell,
        subject,
        fingerprint: fingerprintOf(condition.id, subject, messageId),
      });
    });
  } catch (error) {
    findings.length = 0;
    return { ...base, outcome: 'crashed', findings: 0, error: error instanceof Error ? error.message : String(error) };
  }
  const hasWarning = findings.some((f) => f.severity === 'warning');
  // Info findings (e.g. which header matched a field) explain; they are not problems to count.
  const problems = findings.filter((f) => f.severity !== 'info').length;
  const note = result?.notApplicable ?? result?.attestation ?? result?.evidence;
  const noteOf = note ? { note: { messageId: note.messageId, params: note.params } } : {};
  if (result?.notApplicable) return { ...base, outcome: 'not-applicable', findings: problems, ...noteOf };
  // Never pass on half the evidence: what is missing is named whether or not a breach was found.
  const missing = [...missingInputs(condition, context.model, true), ...(result?.missing ?? [])];
  const missingOf = missing.length ? { missing } : {};
  if (findings.some((f) => f.severity === 'breach')) return { ...base, outcome: 'failed', findings: problems, ...noteOf, ...missingOf };
  if (missing.length) return { ...base, outcome: 'not-evaluated', findings: problems, ...noteOf, missing };
  if (result?.attestation) {
    const outcome: Outcome = result.attestation.attested ? 'attested' : condition.kind === 'produced' ? 'review' : 'missing-evidence';
    return { ...base, outcome, findings: problems, ...noteOf };
  }
  if (hasWarning) return { ...base, outcome: 'review', findings: problems, ...noteOf };
  return { ...base, outcome: 'passed', findings: problems, ...noteOf };
}

/** The condition's missing inputs: those that stop it, or (`neededToPass`) those it cannot pass without. */
export function missingInputs(condition: Condition, model: Model, neededToPass?: boolean): MissingInput[] {
  const missing: MissingInput[] = [];
  for (const requirement of condition.requires) {
    if (neededToPass !== undefined && Boolean(requirement.neededToPass) !== neededToPass) continue;
    const mapping = model.mappings[requirement.sheet];
    if (!mapping) {
      missing.push({ sheet: requirement.sheet });
      continue;
    }
    const columns = requirement.columns.filter((field) => mapping.columns[field] === undefined);
    if (columns.length) missing.push({ sheet: requirement.sheet, columns });
  }
  return missing;
}
function cellOf(place: Place): { sheet: string; cell: string } {
  if ('cell' in place) return place;
  const { origin, field } = place;
  const column = field !== undefined ? origin.columns[field] : undefined;
  const firstColumn = Math.min(...(Object.values(origin.columns) as number[]), Infinity);
  return { sheet: origin.sheet, cell: a1(column ?? (Number.isFinite(firstColumn) ? firstColumn : 0), origin.row) };
}

/**
 * CONDITIONS.md `fiscalYear`: a parameter, else inferred as the fiscal year holding most movement and
 * admission dates of the last 24 months of records (a tie goes to the later year). Meeting dates do
 * not count: the GA that approves year N is held in N+1 and must never move the check to N+1.
 * Without any date, the last fiscal year closed before `today`.
 */
export function resolveFiscalYear(model: Model, year: number | undefined, start: string, today: Day = Math.floor(Date.now() / 86_400_000)): FiscalYear {
  const [startMonth, startDay] = start.split('-').map(Number) as [number, number];
  if (year !== undefined) return fiscalYearOf(year, startMonth, startDay);
  const dates: Day[] = [];
  const { members, movements } = model;
  for (let i = 0; i < members.length; i++) {
    const day = members[i]!.admissionDate;
    if (day !== undefined) dates.push(day);
  }
  for (let i = 0; i < movements.length; i++) {
    const day = movements[i]!.date;
    if (day !== undefined) dates.push(day);
  }
  const fiscalYearOfDay = (day: Day): FiscalYear => {
    const { year: calendarYear } = ymdOfDay(day);
    const fy = fiscalYearOf(calendarYear, startMonth, startDay);
    return day >= fy.start && day <= fy.end ? fy : fiscalYearOf(calendarYear + 1, startMonth, startDay);
  };
  if (!dates.length) {
    const current = fiscalYearOfDay(today);
    return { ...fiscalYearOf(current.year - 1, startMonth, startDay), inferred: true };
  }
  let latest = dates[0]!;
  for (const day of dates) if (day > latest) latest = day;
  const { year: y, month, day: d } = ymdOfDay(latest);
  const windowStart = dayFromYmd(y - 2, month, d) ?? dayFromYmd(y - 2, month, d - 1)!;
  const counts = new Map<number, number>();
  let best: FiscalYear | undefined;
  const byYear = new Map<number, FiscalYear>();
  for (const day of dates) {
    if (day < windowStart) continue;
    const fy = fiscalYearOfDay(day);
    byYear.set(fy.year, fy);
    counts.set(fy.year, (counts.get(fy.year) ?? 0) + 1);
  }
  for (const [candidate, count] of counts) {
    const bestCount = best ? counts.get(best.year)! : -1;
    if (count > bestCount || (count === bestCount && candidate > best!.year)) best = byYear.get(candidate);
  }
  return { ...best!, inferred: true };
}
