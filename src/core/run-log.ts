/**
 * The run log (issue 15, "the auditor's loop"): one entry per check, so that an auditor can tell
 * which data, which version and which settings gave which outcomes. Kept in CoopCheck's state sheet
 * (adapters/workbook-state.ts) and shown on the summary sheet as a short history
 * (report/special-report.ts). Plain data; the adapters store it, the report lays it out.
 */
import type { CheckResult } from './engine';
import type { Outcome } from './findings';
import { OUTCOMES } from './findings';
import { isoOfDay } from './dates';
import { DEFAULT_PARAMETERS, PARAMETER_SPECS, type ParameterName } from './parameters';

export interface RunLogEntry {
  /** When the check ran: an ISO date-time (UTC). */
  checkedAt: string;
  toolVersion: string;
  /** SHA-256 of the input's bytes, hexadecimal. */
  sha256: string;
  fiscalYear: number;
  /**
   * The parameters whose value differs from the default of CONDITIONS.md, valued as the JSON report
   * values them (rates in ppm, amounts in cents, dates as ISO strings). The fiscal year has its own
   * field; the cooperative's name and company number are who, not how, and are left out.
   */
  parameters: Record<string, unknown>;
  /** How many conditions got each outcome; outcomes no condition got are left out. */
  outcomes: Partial<Record<Outcome, number>>;
  breaches: number;
  warnings: number;
  /** Breaches and warnings a reviewer justified. */
  justified: number;
}

/** How many entries the state keeps: enough for years of monthly checks, small enough to stay a few kB. */
export const RUN_LOG_KEPT = 100;

const NOT_SETTINGS: ReadonlySet<ParameterName> = new Set<ParameterName>(['fiscalYear', 'cooperativeName', 'companyNumber']);

/** Lists (the accreditations) are sets: ES,CNC and CNC,ES are the same value. */
const sameValue = (a: unknown, b: unknown) => (Array.isArray(a) && Array.isArray(b) ? a.length === b.length && a.every((v) => b.includes(v)) : a === b);

export interface RunLogInput {
  checkedAt: string;
  toolVersion: string;
  sha256: string;
}

export function runLogEntry(result: CheckResult, input: RunLogInput): RunLogEntry {
  const parameters: Record<string, unknown> = {};
  const values = result.parameters.parameters;
  for (const name of Object.keys(PARAMETER_SPECS) as ParameterName[]) {
    if (NOT_SETTINGS.has(name)) continue;
    const value = values[name];
    if (value === undefined || sameValue(value, DEFAULT_PARAMETERS[name])) continue;
    parameters[name] = PARAMETER_SPECS[name].type === 'date' ? isoOfDay(value as number) : Array.isArray(value) ? [...value] : value;
  }
  const outcomes: Partial<Record<Outcome, number>> = {};
  for (const outcome of OUTCOMES) {
    const count = result.conditions.filter((c) => c.outcome === outcome).length;
    if (count) outcomes[outcome] = count;
  }
  let breaches = 0;
  let warnings = 0;
  let justified = 0;
  for (const finding of result.findings) {
    if (finding.severity === 'info') continue;
    if (finding.severity === 'breach') breaches += 1;
    else warnings += 1;
    if (finding.justification) justified += 1;
  }
  return {
    checkedAt: input.checkedAt,
    toolVersion: input.toolVersion,
    sha256: input.sha256,
    fiscalYear: result.fiscalYear.year,
    parameters,
    outcomes,
    breaches,
    warnings,
    justified,
  };
}

/** The log with `entry` added last, the oldest entries dropped beyond `kept`. */
export function appendRunLog(log: readonly RunLogEntry[] | undefined, entry: RunLogEntry, kept = RUN_LOG_KEPT): RunLogEntry[] {
  const all = [...(log ?? []), entry];
  return all.slice(Math.max(0, all.length - kept));
}

/** Entries read back from a state written by hand or by another version: only well-formed ones are kept. */
export function validRunLog(value: unknown): RunLogEntry[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (e): e is RunLogEntry =>
      typeof e === 'object' &&
      e !== null &&
      typeof e.checkedAt === 'string' &&
      typeof e.toolVersion === 'string' &&
      typeof e.sha256 === 'string' &&
      typeof e.fiscalYear === 'number' &&
      typeof e.outcomes === 'object' &&
      e.outcomes !== null &&
      typeof e.parameters === 'object' &&
      e.parameters !== null &&
      typeof e.breaches === 'number' &&
      typeof e.warnings === 'number' &&
      typeof e.justified === 'number',
  );
}
