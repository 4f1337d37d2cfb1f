/**
 * Renders what the engine reports as data (message ids with parameters, missing inputs, crashes)
 * into text in one language. Conditions hold their own message texts; the engine-level texts are
 * here.
 */
import type { Condition } from '../conditions/condition';
import type { ConditionResult, MissingInput } from '../engine';
import type { Params } from '../findings';
import { SHEET_SPECS, fieldLabel, fieldSpec, headerSynonyms } from '../extract/fields';
import type { Lang, Localized } from './lang';
import { formatFor } from './lang';

/** A finding or a condition's note: both name a message of the condition's catalogue. */
export interface MessageRef {
  messageId: string;
  params: Params;
}

export function renderMessage(message: MessageRef, condition: Condition, lang: Lang): string {
  const definition = condition.messages[message.messageId];
  // A note's id is not checked by the engine; show the id rather than lose the note.
  if (!definition) return `${condition.id}: ${message.messageId}`;
  return definition.text[lang](message.params, formatFor(lang));
}

const QUOTES: Readonly<Record<Lang, (text: string) => string>> = {
  fr: (text) => `« ${text} »`,
  nl: (text) => `‘${text}’`,
  en: (text) => `‘${text}’`,
};

const SHEET_NOT_FOUND: Localized = { fr: 'Feuille {sheet} introuvable.', nl: 'Blad {sheet} niet gevonden.', en: 'Sheet {sheet} not found.' };
const COLUMN_NOT_FOUND: Localized = {
  fr: 'Dans {sheet}, colonne {column} introuvable (en-têtes cherchés : {headers}).',
  nl: 'In {sheet} kolom {column} niet gevonden (gezochte kolomkoppen: {headers}).',
  en: 'In {sheet}, column {column} not found (headers looked for: {headers}).',
};
const CRASHED: Localized = {
  fr: "L'évaluation s'est interrompue sur une erreur de CoopCheck : {error}. Les autres conditions ont été évaluées.",
  nl: 'De evaluatie brak af door een fout in CoopCheck: {error}. De andere voorwaarden werden geëvalueerd.',
  en: 'The evaluation stopped on an error in CoopCheck: {error}. The other conditions were evaluated.',
};
const STATUTES_ARTICLE: Localized = { fr: 'Statuts, {article}', nl: 'Statuten, {article}', en: 'Articles of association, {article}' };

const ACCREDITATION_NOT_HELD: Localized = {
  fr: 'La coopérative ne détient pas l’agrément {group}.',
  nl: 'De coöperatie heeft de erkenning {group} niet.',
  en: 'The cooperative does not hold the {group} accreditation.',
};

function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '');
}

/**
 * What a not-evaluated condition lacks: each missing sheet, or each missing column with the headers
 * looked for, in the reader's words (the `--mapping` keys are in docs/data-contract.md, not here).
 */
export function renderMissing(missing: readonly MissingInput[], lang: Lang): string {
  const quote = QUOTES[lang];
  const format = formatFor(lang);
  return missing
    .map(({ sheet: kind, columns }) => {
      const sheet = quote(SHEET_SPECS[kind].name[lang]);
      if (!columns?.length) return fill(SHEET_NOT_FOUND[lang], { sheet });
      return columns
        .map((field) => {
          const spec = fieldSpec(kind, field);
          const headers = spec ? format.list(headerSynonyms(spec).map(quote)) : quote(field);
          return fill(COLUMN_NOT_FOUND[lang], { sheet, column: quote(fieldLabel(kind, field, lang)), headers });
        })
        .join(' ');
    })
    .join(' ');
}

export function renderCrashed(error: string | undefined, lang: Lang): string {
  return fill(CRASHED[lang], { error: error ?? '?' });
}

/**
 * The explanation shown beside a condition's outcome: what is missing, the crash, the note the
 * condition gave (evidence, attestation, reason it does not apply), or that the accreditation is
 * not held; then the statutes article given for the condition, for any condition (CONDITIONS.md
 * "Outcomes"). Empty when there is nothing to add.
 */
export function describeResult(result: ConditionResult, condition: Condition | undefined, lang: Lang): string {
  const parts: string[] = [];
  if (result.outcome === 'crashed') parts.push(renderCrashed(result.error, lang));
  else {
    if (result.missing?.length) parts.push(renderMissing(result.missing, lang));
    // Figures computed on half the evidence would read as a result: a not-evaluated condition says only what is missing.
    if (result.note && condition && !(result.outcome === 'not-evaluated' && result.missing?.length)) parts.push(renderMessage(result.note, condition, lang));
    else if (result.outcome === 'not-applicable' && result.group !== 'DATA') parts.push(fill(ACCREDITATION_NOT_HELD[lang], { group: result.group }));
  }
  // A statutes-based condition's attestation already names its article.
  if (result.statutes && result.kind !== 'statutes') parts.push(fill(STATUTES_ARTICLE[lang], { article: result.statutes.article }));
  return parts.join(' ');
}
