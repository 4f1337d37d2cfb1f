/**
 * The JSON report of DESIGN.md ("Interfaces others rely on"), schemaVersion 1. Its keys are a
 * contract: change them only additively. Values follow the findings' conventions: money in integer
 * cents, rates in ppm (6 % = 60000), dates as ISO strings.
 */
import type { CheckResult, MissingInput } from '../engine';
import type { Condition } from '../conditions/condition';
import { CONDITIONS } from '../conditions/registry';
import type { Finding, Outcome, Params, Severity } from '../findings';
import type { ParameterName } from '../parameters';
import { PARAMETER_SPECS } from '../parameters';
import { isoOfDay } from '../dates';
import type { Lang } from '../i18n/lang';
import { describeResult, renderMessage } from '../i18n/render';
import type { Figures } from './figures';

export const JSON_SCHEMA_VERSION = 1;
export const JSON_TOOL_NAME = 'coopcheck';

export interface JsonReportInput {
  fileName: string;
  sha256: string;
  toolVersion: string;
}

export interface JsonConditionResult {
  id: string;
  outcome: Outcome;
  findings: number;
  missing?: readonly MissingInput[];
  /** The explanation beside the outcome, in the chosen language: what is missing, the evidence, the crash. */
  note?: string;
  /** The statutes article(s) given for the condition in the statutes sheet, for any condition. */
  statutes?: { article: string; excerpt?: string };
  /** How many of its breaches and warnings a reviewer justified. */
  justified?: number;
}

export interface JsonFinding {
  conditionId: string;
  severity: Severity;
  messageId: string;
  message: string;
  sheet: string;
  cell: string;
  subject: string;
  params: Params;
  fingerprint: string;
  /** A reviewer's decision: the finding keeps its severity. */
  justification?: { reason: string; by?: string; date?: string };
}

export interface JsonReport {
  schemaVersion: typeof JSON_SCHEMA_VERSION;
  tool: { name: string; version: string };
  input: { file: string; sha256: string };
  fiscalYear: number;
  /** True when no parameter gave the fiscal year and it was inferred from the data (additive to schema 1). */
  fiscalYearInferred: boolean;
  /** The parameter values used, and which of them are less strict than the law's default reading. */
  parameters: Record<string, unknown> & { loosened: readonly ParameterName[] };
  conditions: JsonConditionResult[];
  findings: JsonFinding[];
  figures: Figures;
}

/** A check whose findings are rendered already (the CLI's checker thread renders them as it posts them back). */
export type RenderedCheckResult = Omit<CheckResult, 'findings'> & { findings: JsonFinding[] };

export function buildJsonReport(result: CheckResult, input: JsonReportInput, lang: Lang, conditions: readonly Condition[] = CONDITIONS): JsonReport {
  const byId = new Map(conditions.map((c) => [c.id, c]));
  return jsonReportOf({ ...result, findings: result.findings.map((f) => jsonFindingOf(f, byId.get(f.conditionId), lang)) }, input, lang, conditions);
}

/** The report of a check whose findings are rendered: they are its findings as they are, not copied. */
export function jsonReportOf(result: RenderedCheckResult, input: JsonReportInput, lang: Lang, conditions: readonly Condition[] = CONDITIONS): JsonReport {
  const byId = new Map(conditions.map((c) => [c.id, c]));
  return {
    schemaVersion: JSON_SCHEMA_VERSION,
    tool: { name: JSON_TOOL_NAME, version: input.toolVersion },
    input: { file: input.fileName, sha256: input.sha256 },
    fiscalYear: result.fiscalYear.year,
    fiscalYearInferred: Boolean(result.fiscalYear.inferred),
    parameters: { ...parameterValues(result), loosened: result.parameters.loosened },
    conditions: result.conditions.map((r) => {
      const note = describeResult(r, byId.get(r.id), lang);
      return {
        id: r.id,
        outcome: r.outcome,
        findings: r.findings,
        ...(r.missing?.length ? { missing: r.missing } : {}),
        ...(note ? { note } : {}),
        ...(r.statutes ? { statutes: r.statutes } : {}),
        ...(r.justified ? { justified: r.justified } : {}),
      };
    }),
    findings: result.findings,
    figures: result.figures,
  };
}

/** A finding as the report lists it: the finding's own fields and its message in the chosen language. */
export function jsonFindingOf(f: Finding, condition: Condition | undefined, lang: Lang): JsonFinding {
  return {
    conditionId: f.conditionId,
    severity: f.severity,
    messageId: f.messageId,
    message: condition ? renderMessage(f, condition, lang) : f.messageId,
    sheet: f.sheet,
    cell: f.cell,
    subject: f.subject,
    params: f.params,
    fingerprint: f.fingerprint,
    ...(f.justification && { justification: f.justification }),
  };
}

function parameterValues(result: Pick<CheckResult, 'parameters'>): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const name of Object.keys(PARAMETER_SPECS) as ParameterName[]) {
    const value = result.parameters.parameters[name];
    if (value === undefined) continue;
    values[name] = PARAMETER_SPECS[name].type === 'date' ? isoOfDay(value as number) : value;
  }
  return values;
}
