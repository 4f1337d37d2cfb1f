/**
 * Labels of the engine's own vocabulary: outcomes and severities. The JSON report and the tests use
 * the canonical spellings of CONDITIONS.md; these are what a reader sees.
 */
import type { Outcome, Severity } from '../findings';
import type { Lang, Localized } from './lang';

export const OUTCOME_LABELS: Readonly<Record<Outcome, Localized>> = {
  passed: { fr: 'Conforme', nl: 'Conform', en: 'Passed' },
  failed: { fr: 'Non conforme', nl: 'Niet conform', en: 'Failed' },
  review: { fr: 'À examiner', nl: 'Na te kijken', en: 'To review' },
  attested: { fr: 'Attesté par les statuts', nl: 'Gestaafd door de statuten', en: 'Attested by the statutes' },
  'missing-evidence': { fr: 'Preuve manquante', nl: 'Bewijs ontbreekt', en: 'Missing evidence' },
  'not-evaluated': { fr: 'Non évalué', nl: 'Niet geëvalueerd', en: 'Not evaluated' },
  'not-applicable': { fr: 'Sans objet', nl: 'Niet van toepassing', en: 'Not applicable' },
  crashed: { fr: 'Erreur du vérificateur', nl: 'Fout in de controle', en: 'Checker error' },
};

export const SEVERITY_LABELS: Readonly<Record<Severity, Localized>> = {
  breach: { fr: 'Manquement', nl: 'Inbreuk', en: 'Breach' },
  warning: { fr: 'Avertissement', nl: 'Waarschuwing', en: 'Warning' },
  info: { fr: 'Information', nl: 'Informatie', en: 'Information' },
};

export function outcomeLabel(outcome: Outcome, lang: Lang): string {
  return OUTCOME_LABELS[outcome][lang];
}

export function severityLabel(severity: Severity, lang: Lang): string {
  return SEVERITY_LABELS[severity][lang];
}
