import type { Lang, Format } from './i18n/lang';

export type Severity = 'breach' | 'warning' | 'info';
export const SEVERITIES: readonly Severity[] = ['breach', 'warning', 'info'];

export type Outcome = 'passed' | 'failed' | 'review' | 'attested' | 'missing-evidence' | 'not-evaluated' | 'not-applicable' | 'justified' | 'crashed';
export const OUTCOMES: readonly Outcome[] = [
  'passed',
  'failed',
  'review',
  'attested',
  'missing-evidence',
  'not-evaluated',
  'not-applicable',
  'justified',
  'crashed',
];

/** Message parameters are plain JSON values: money in integer cents (names ending in `Cents`), dates as ISO strings, rates in ppm. */
export type ParamValue = string | number | boolean;
export type Params = Readonly<Record<string, ParamValue>>;

export interface MessageDef<P extends Params = Params> {
  severity: Severity;
  text: Readonly<Record<Lang, (params: P, format: Format) => string>>;
  /** Parameters of a realistic case, rendered on the condition's documentation page. */
  example?: P;
}

/** Keeps the literal message ids and parameter types of a catalogue. */
export function defineMessages<M extends Record<string, MessageDef<any>>>(messages: M): M {
  return messages;
}

// Inferred from the texts alone: an `example`'s literal values must not narrow what a condition may report.
export type ParamsOf<D> = D extends { text: Readonly<Record<Lang, (params: infer P, format: Format) => string>> } ? P : never;

export interface CellRef {
  sheet: string;
  /** A1 address inside the sheet, e.g. C12. */
  cell: string;
}

export interface Finding extends CellRef {
  conditionId: string;
  severity: Severity;
  messageId: string;
  params: Params;
  /** Who or what the finding is about: a member id, a director's name, a meeting date… */
  subject: string;
  /** Stable across runs and cell moves: condition, subject and message id. */
  fingerprint: string;
  /** A reviewer's decision on this breach or warning; the finding keeps its severity. */
  justification?: { reason: string; by?: string; date?: string };
}

export function fingerprintOf(conditionId: string, subject: string, messageId: string): string {
  return `${conditionId}|${subject}|${messageId}`;
}
