/**
 * Labels of the engine's own vocabulary: outcomes and severities. The JSON report and the tests use
 * the canonical spellings of CONDITIONS.md; these are what a reader sees.
 */
import type { Outcome, Severity } from '../findings';
import type { Lang, Localized } from './lang';
import type { ConditionKind } from '../conditions/condition';

export const OUTCOME_LABELS: Readonly<Record<Outcome, Localized>> = {
  passed: { fr: 'Conforme', nl: 'Conform', en: 'Passed' },
  failed: { fr: 'Non conforme', nl: 'Niet conform', en: 'Failed' },
  review: { fr: 'À examiner', nl: 'Na te kijken', en: 'To review' },
  attested: { fr: 'Attesté par les statuts', nl: 'Gestaafd door de statuten', en: 'Attested by the statutes' },
  'missing-evidence': { fr: 'Preuve manquante', nl: 'Bewijs ontbreekt', en: 'Missing evidence' },
  'not-evaluated': { fr: 'Non évalué', nl: 'Niet geëvalueerd', en: 'Not evaluated' },
  'not-applicable': { fr: 'Sans objet', nl: 'Niet van toepassing', en: 'Not applicable' },
  justified: { fr: 'Justifié', nl: 'Verantwoord', en: 'Justified' },
  crashed: { fr: 'Erreur de CoopCheck', nl: 'Fout in CoopCheck', en: 'CoopCheck error' },
};

/** ES-9/CNC-9 are attested by the report's date, not by the statutes (CONDITIONS.md ES-9). */
const PRODUCED_ATTESTED: Localized = { fr: 'Rapport daté', nl: 'Verslag gedateerd', en: 'Report dated' };

export const SEVERITY_LABELS: Readonly<Record<Severity, Localized>> = {
  breach: { fr: 'Manquement', nl: 'Inbreuk', en: 'Breach' },
  warning: { fr: 'Avertissement', nl: 'Waarschuwing', en: 'Warning' },
  info: { fr: 'Information', nl: 'Informatie', en: 'Information' },
};

export function outcomeLabel(outcome: Outcome, lang: Lang, kind?: ConditionKind): string {
  if (outcome === 'attested' && kind === 'produced') return PRODUCED_ATTESTED[lang];
  return OUTCOME_LABELS[outcome][lang];
}

export function severityLabel(severity: Severity, lang: Lang): string {
  return SEVERITY_LABELS[severity][lang];
}
