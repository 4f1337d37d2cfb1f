/**
 * A condition is a small value, shaped like an ESLint rule: fixed id, legal basis, the inputs it
 * needs, its messages (FR/NL/EN, typed parameters) and one pure `evaluate` that reports findings as
 * data. The engine turns what it reports into an outcome (CONDITIONS.md, "Outcomes").
 */
import type { CellRef, MessageDef, Params, ParamsOf } from '../findings';
import type { Localized } from '../i18n/lang';
import type { Model, Origin, SheetKind } from '../model';
import type { ParameterProblem, Parameters } from '../parameters';
import type { FiscalYear } from '../dates';
import type { ModelIndex } from '../model-index';
import type { ParameterName } from '../parameters';

/** An input a condition lacks: a whole sheet, or some of its columns. */
export interface MissingInput {
  sheet: SheetKind;
  /** Absent when the whole sheet is missing. */
  columns?: readonly string[];
}

export type Accreditation = 'ES' | 'CNC';
export type ConditionGroup = 'DATA' | Accreditation;
export type ConditionKind = 'data' | 'statutes' | 'produced';

/** A sheet kind the condition needs, and the fields of it that must have a column. */
export interface Requirement {
  sheet: SheetKind;
  columns: readonly string[];
  /**
   * The condition still runs without this input and may find breaches in what it can see, but it
   * can never pass on half the evidence (CONDITIONS.md "Outcomes"): failed with a breach, else
   * not-evaluated naming what is missing. Without this flag a missing input stops the condition.
   */
  neededToPass?: true;
}

export interface EvaluationContext {
  model: Model;
  index: ModelIndex;
  parameters: Parameters;
  /** Cells of the parameters sheet that did not parse (DATA-2 reports them). */
  parameterProblems: readonly ParameterProblem[];
  fiscalYear: FiscalYear;
}

/** Where a finding points: a cell, or a record's field (resolved to its cell by the reporter). */
export type Place = CellRef | { origin: Origin<any>; field?: string };

export interface Reporter<M extends Record<string, MessageDef<any>>> {
  <K extends keyof M & string>(messageId: K, place: Place, subject: string, params: ParamsOf<M[K]>): void;
}

/** What `evaluate` may say besides its findings. */
export interface EvaluationResult {
  /** Nothing to check this year (e.g. no dividend paid): the outcome becomes `not-applicable`. */
  notApplicable?: { messageId: string; params: Params };
  /** Statutes-based conditions: the article found (`attested`) or none (`missing-evidence`). */
  attestation?: { attested: boolean; messageId: string; params: Params };
  /** A short figure-based justification of the outcome, shown in the compliance table. */
  evidence?: { messageId: string; params: Params };
  /**
   * Inputs found missing while evaluating (e.g. the votes column under capped voting): as a
   * `neededToPass` requirement, the condition is failed with a breach, else not-evaluated.
   */
  missing?: readonly MissingInput[];
}

// The default is `any` so that conditions with different message catalogues share one list.
export interface Condition<M extends Record<string, MessageDef<any>> = any> {
  id: string;
  group: ConditionGroup;
  kind: ConditionKind;
  title: Localized;
  legalBasis: Localized;
  /**
   * What is checked, for a person: two to five sentences per language, the legal reading included.
   * The condition's documentation page (docs/conditions/) is generated from this and the rest of
   * the condition's metadata; tests/condition-docs.test.ts requires it of every condition.
   */
  description?: Localized;
  /** The parameters the evaluation reads (shown on the condition's documentation page). */
  parameters?: readonly ParameterName[];
  /**
   * Sheets read when present besides `requires` (e.g. the movements that rebuild holdings, or the
   * allocation that proves nothing was distributed): shown on the documentation page.
   */
  reads?: readonly SheetKind[];
  requires: readonly Requirement[];
  /**
   * Checked before the inputs: a condition the parameters make inapplicable (e.g. CNC-6 for a
   * social enterprise) is not-applicable even when its sheets are missing.
   */
  notApplicableWhen?(parameters: Parameters): { messageId: keyof M & string; params: Params } | undefined;
  messages: M;
  evaluate(context: EvaluationContext, report: Reporter<M>): EvaluationResult | void;
}

/** Identity function that keeps the message catalogue's types for `report`. */
export function defineCondition<M extends Record<string, MessageDef<any>>>(condition: Condition<M>): Condition<M> {
  return condition;
}
