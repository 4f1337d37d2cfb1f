/**
 * Year over year (issue 15): two JSON reports of the same cooperative (`buildJsonReport` output),
 * last year's and this year's, turned into a comparison as plain data: the T1–T6 figures side by
 * side with their change, the conditions whose outcome changed, the findings new, resolved and
 * recurring (matched by fingerprint: condition + subject + message id, not the cell, so a finding on
 * a moved row still recurs), and which justifications were carried over. Texts are rendered at the
 * edge (i18n/compare-texts.ts); this module decides nothing about layout.
 *
 * Two reports are comparable only when they describe the same cooperative (company numbers, when
 * both are given, equal once written the same way) and two different years, the earlier first:
 * `comparisonRefusal` says why not.
 */
import type { Outcome, Severity } from '../findings';
import { ALLOCATION_ITEMS } from '../extract/fields';
import type { AllocationItem } from '../model';
import type { Figures } from './figures';
import type { JsonFinding, JsonReport } from './json-report';

/** How a figure is valued: a count, an amount in cents, a number of days, a rate in ppm. */
export type FigureUnit = 'count' | 'money' | 'days' | 'rate';

export interface FigureChange {
  table: 'T1' | 'T2' | 'T3' | 'T4' | 'T5' | 'T6';
  /** Stable key: `members.start`, `members.endByCategory.A`, `allocation.dividends`, `training.spent`… */
  key: string;
  unit: FigureUnit;
  /** Null when that year's report has no such figure (no allocation line, a category that did not exist…). */
  last: number | null;
  this: number | null;
  /** this − last when both are known. */
  delta: number | null;
}

export interface OutcomeChange {
  id: string;
  /** Null when the condition was not in that year's report (a condition added by a newer version). */
  last: Outcome | null;
  this: Outcome | null;
}

export interface RecurringFinding {
  fingerprint: string;
  last: JsonFinding;
  this: JsonFinding;
}

export interface ParameterChange {
  name: string;
  last: unknown;
  this: unknown;
}

export interface ComparedSide {
  file: string;
  sha256: string;
  fiscalYear: number;
  cooperative?: string;
  companyNumber?: string;
  toolVersion: string;
}

export interface Comparison {
  last: ComparedSide;
  this: ComparedSide;
  /** Whether the company numbers could be matched: false when one year does not give it. */
  sameCompanyChecked: boolean;
  figures: FigureChange[];
  /** Only the conditions whose outcome changed, in this year's order. */
  outcomeChanges: OutcomeChange[];
  /** Parameter values (CONDITIONS.md "Rates and parameters") that differ between the two years. */
  parameterChanges: ParameterChange[];
  /** Breaches and warnings only: info findings explain, they are not problems to follow up. */
  findings: {
    new: JsonFinding[];
    resolved: JsonFinding[];
    recurring: RecurringFinding[];
  };
  justifications: {
    /** Recurring findings justified both years. */
    carriedOver: RecurringFinding[];
    /** Recurring findings justified last year but not this year: the decision must be taken again (or copied). */
    lapsed: RecurringFinding[];
    /** Findings justified this year that had no justification last year (new or recurring). */
    added: JsonFinding[];
  };
  counts: { last: SeverityCounts; this: SeverityCounts };
}

export interface SeverityCounts {
  breaches: number;
  warnings: number;
  justified: number;
}

export type ComparisonRefusal =
  { reason: 'differentCompanies'; last: string; this: string } | { reason: 'sameYear'; year: number } | { reason: 'notLater'; last: number; this: number };

/** A Belgian company number written any way ("BE 0123.456.789", "0123456789", "123.456.789") as its ten digits. */
export function normaliseCompanyNumber(text: string): string {
  const digits = text.replace(/\D/g, '');
  return digits.length === 9 ? `0${digits}` : digits;
}

const companyOf = (report: JsonReport) => {
  const value = report.parameters.companyNumber;
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
};
const cooperativeOf = (report: JsonReport) => {
  const value = report.parameters.cooperativeName;
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
};

/** Why the two reports cannot be compared, or undefined when they can. */
export function comparisonRefusal(last: JsonReport, current: JsonReport): ComparisonRefusal | undefined {
  const a = companyOf(last);
  const b = companyOf(current);
  if (a !== undefined && b !== undefined && normaliseCompanyNumber(a) !== normaliseCompanyNumber(b)) return { reason: 'differentCompanies', last: a, this: b };
  if (last.fiscalYear === current.fiscalYear) return { reason: 'sameYear', year: current.fiscalYear };
  if (last.fiscalYear > current.fiscalYear) return { reason: 'notLater', last: last.fiscalYear, this: current.fiscalYear };
  return undefined;
}

function side(report: JsonReport): ComparedSide {
  const cooperative = cooperativeOf(report);
  const companyNumber = companyOf(report);
  return {
    file: report.input.file,
    sha256: report.input.sha256,
    fiscalYear: report.fiscalYear,
    toolVersion: report.tool?.version ?? '',
    ...(cooperative !== undefined && { cooperative }),
    ...(companyNumber !== undefined && { companyNumber }),
  };
}

/** The figures of one report as key → value, in the order the comparison lists them. */
interface FigureSpec {
  table: FigureChange['table'];
  key: string;
  unit: FigureUnit;
  value: (f: Figures) => number | undefined;
}

const MEMBER_KEYS = ['start', 'admitted', 'refused', 'resigned', 'leftByRight', 'excluded', 'transferred', 'exitsRefused', 'end'] as const;
const sum = <T>(items: readonly T[] | undefined, of: (item: T) => number) => (items ?? []).reduce((total, item) => total + of(item), 0);

const FIXED_FIGURES: readonly FigureSpec[] = [
  ...MEMBER_KEYS.map((key): FigureSpec => ({ table: 'T1', key: `members.${key}`, unit: 'count', value: (f) => f.members?.[key] })),
  { table: 'T2', key: 'meetings.count', unit: 'count', value: (f) => f.meetings?.length },
  { table: 'T2', key: 'meetings.present', unit: 'count', value: (f) => sum(f.meetings, (m) => m.present) },
  { table: 'T2', key: 'meetings.represented', unit: 'count', value: (f) => sum(f.meetings, (m) => m.represented) },
  { table: 'T2', key: 'meetings.voters', unit: 'count', value: (f) => sum(f.meetings, (m) => m.voters) },
  { table: 'T2', key: 'meetings.votesRepresented', unit: 'count', value: (f) => sum(f.meetings, (m) => m.votesRepresented) },
  { table: 'T2', key: 'meetings.aboveCap', unit: 'count', value: (f) => sum(f.meetings, (m) => m.aboveCap) },
  { table: 'T3', key: 'board.mandates', unit: 'count', value: (f) => f.board?.length },
  { table: 'T3', key: 'board.inOffice', unit: 'count', value: (f) => f.boardSummary?.inOffice },
  { table: 'T3', key: 'board.newMandates', unit: 'count', value: (f) => f.boardSummary?.newMandates },
  { table: 'T3', key: 'board.renewed', unit: 'count', value: (f) => f.boardSummary?.renewed },
  { table: 'T3', key: 'board.coopted', unit: 'count', value: (f) => f.boardSummary?.coopted },
  { table: 'T3', key: 'board.vacancies', unit: 'count', value: (f) => f.boardSummary?.vacancies },
  { table: 'T3', key: 'board.remuneration', unit: 'money', value: (f) => sum(f.board, (d) => d.remuneration) },
  { table: 'T3', key: 'board.attendanceFees', unit: 'money', value: (f) => sum(f.board, (d) => d.attendanceFees) },
  { table: 'T3', key: 'board.allowance', unit: 'money', value: (f) => sum(f.board, (d) => d.allowance) },
  ...(Object.keys(ALLOCATION_ITEMS) as AllocationItem[]).map((item): FigureSpec => ({
    table: 'T4',
    key: `allocation.${item}`,
    unit: 'money',
    value: (f) => f.allocation?.[item],
  })),
  { table: 'T4', key: 'allocation.highestDividendRate', unit: 'rate', value: (f) => f.allocation?.highestDividendRatePpm },
  { table: 'T5', key: 'exits.exits', unit: 'count', value: (f) => f.exitTotals?.exits },
  { table: 'T5', key: 'exits.refunds', unit: 'count', value: (f) => f.exitTotals?.refunds },
  { table: 'T5', key: 'exits.refunded', unit: 'money', value: (f) => f.exitTotals?.refunded },
  { table: 'T5', key: 'exits.caps', unit: 'money', value: (f) => f.exitTotals?.caps },
  { table: 'T5', key: 'exits.aboveCap', unit: 'count', value: (f) => f.exitTotals?.aboveCap },
  { table: 'T5', key: 'exits.withoutRefund', unit: 'count', value: (f) => f.exitTotals?.withoutRefund },
  { table: 'T5', key: 'exits.postponed', unit: 'count', value: (f) => f.exitTotals?.postponed },
  { table: 'T6', key: 'training.sessions', unit: 'count', value: (f) => f.training?.sessions },
  { table: 'T6', key: 'training.days', unit: 'days', value: (f) => f.training?.days },
  { table: 'T6', key: 'training.participants', unit: 'count', value: (f) => f.training?.participants },
  { table: 'T6', key: 'training.spent', unit: 'money', value: (f) => f.training?.spent },
  { table: 'T6', key: 'training.allocated', unit: 'money', value: (f) => f.training?.allocated },
];

/** Figures neither year has (an allocation line absent both years) are left out; the rest are listed even when equal. */
function figureChanges(last: Figures, current: Figures): FigureChange[] {
  const specs = [...FIXED_FIGURES];
  // Members at the end per category: the union of both years' categories, after the T1 total.
  const categories = [...new Set([...Object.keys(last.members?.endByCategory ?? {}), ...Object.keys(current.members?.endByCategory ?? {})])].sort();
  const at = specs.findIndex((s) => s.key === 'members.end') + 1;
  specs.splice(
    at,
    0,
    ...categories.map((category): FigureSpec => ({
      table: 'T1',
      key: `members.endByCategory.${category}`,
      unit: 'count',
      value: (f) => f.members?.endByCategory?.[category] ?? 0,
    })),
  );
  const changes: FigureChange[] = [];
  for (const spec of specs) {
    const a = spec.value(last);
    const b = spec.value(current);
    if (a === undefined && b === undefined) continue;
    changes.push({
      table: spec.table,
      key: spec.key,
      unit: spec.unit,
      last: a ?? null,
      this: b ?? null,
      // Days may be fractional (half days): the delta is rounded to the hundredth, like the figures are shown.
      delta: a === undefined || b === undefined ? null : spec.unit === 'days' ? Math.round((b - a) * 100) / 100 : b - a,
    });
  }
  return changes;
}

const isProblem = (f: JsonFinding) => f.severity === 'breach' || f.severity === 'warning';

/** First finding per fingerprint: a fingerprint names one problem, even if reported on two cells. */
function byFingerprint(findings: readonly JsonFinding[]): Map<string, JsonFinding> {
  const map = new Map<string, JsonFinding>();
  for (const finding of findings) if (isProblem(finding) && !map.has(finding.fingerprint)) map.set(finding.fingerprint, finding);
  return map;
}

function counts(report: JsonReport): SeverityCounts {
  let breaches = 0;
  let warnings = 0;
  let justified = 0;
  for (const f of report.findings) {
    if (!isProblem(f)) continue;
    if ((f.severity as Severity) === 'breach') breaches += 1;
    else warnings += 1;
    if (f.justification) justified += 1;
  }
  return { breaches, warnings, justified };
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Compares last year's report with this year's. Call `comparisonRefusal` first: this function refuses nothing. */
export function compareReports(last: JsonReport, current: JsonReport): Comparison {
  const lastOutcomes = new Map(last.conditions.map((c) => [c.id, c.outcome]));
  const thisIds = new Set(current.conditions.map((c) => c.id));
  const outcomeChanges: OutcomeChange[] = current.conditions
    .filter((c) => lastOutcomes.get(c.id) !== c.outcome)
    .map((c) => ({ id: c.id, last: lastOutcomes.get(c.id) ?? null, this: c.outcome }));
  for (const c of last.conditions) if (!thisIds.has(c.id)) outcomeChanges.push({ id: c.id, last: c.outcome, this: null });

  const parameterChanges: ParameterChange[] = [];
  const names = new Set([...Object.keys(last.parameters), ...Object.keys(current.parameters)]);
  for (const name of names) {
    // The fiscal year differs by design; `loosened` follows from the values compared.
    if (name === 'fiscalYear' || name === 'loosened') continue;
    if (!sameJson(last.parameters[name], current.parameters[name]))
      parameterChanges.push({ name, last: last.parameters[name] ?? null, this: current.parameters[name] ?? null });
  }

  const before = byFingerprint(last.findings);
  const now = byFingerprint(current.findings);
  const added: JsonFinding[] = [];
  const recurring: RecurringFinding[] = [];
  for (const [fingerprint, finding] of now) {
    const earlier = before.get(fingerprint);
    if (earlier) recurring.push({ fingerprint, last: earlier, this: finding });
    else added.push(finding);
  }
  const resolved = [...before.values()].filter((f) => !now.has(f.fingerprint));

  return {
    last: side(last),
    this: side(current),
    sameCompanyChecked: companyOf(last) !== undefined && companyOf(current) !== undefined,
    figures: figureChanges(last.figures, current.figures),
    outcomeChanges,
    parameterChanges,
    findings: { new: added, resolved, recurring },
    justifications: {
      carriedOver: recurring.filter((r) => r.last.justification && r.this.justification),
      lapsed: recurring.filter((r) => r.last.justification && !r.this.justification),
      added: [...now.values()].filter((f) => f.justification && !before.get(f.fingerprint)?.justification),
    },
    counts: { last: counts(last), this: counts(current) },
  };
}

/** A JSON report read from a file, checked enough to be compared; returns what is wrong, or undefined. */
export function jsonReportProblem(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return Array.isArray(value) ? 'holds several reports; give the report of one workbook' : 'not a CoopCheck JSON report';
  }
  const report = value as Partial<JsonReport>;
  if (report.schemaVersion !== 1)
    return `not a CoopCheck JSON report of schemaVersion 1${report.schemaVersion === undefined ? '' : ` (schemaVersion ${String(report.schemaVersion)})`}`;
  if (typeof report.fiscalYear !== 'number') return 'the report has no fiscalYear';
  if (!Array.isArray(report.conditions) || !Array.isArray(report.findings)) return 'the report has no conditions or findings';
  if (typeof report.figures !== 'object' || report.figures === null) return 'the report has no figures';
  if (typeof report.input?.file !== 'string' || typeof report.input.sha256 !== 'string') return 'the report has no input file or SHA-256';
  if (typeof report.parameters !== 'object' || report.parameters === null) return 'the report has no parameters';
  return undefined;
}
