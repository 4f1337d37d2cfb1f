/**
 * The texts of the year-over-year comparison (report/compare.ts) in FR, NL and EN: the label of each
 * figure, the section titles and the refusals. Figure labels reuse the special report's words where
 * the special report has them, so that a figure is named the same in both.
 */
import { ALLOCATION_ITEMS } from '../extract/fields';
import type { AllocationItem } from '../model';
import type { ComparisonRefusal, FigureChange } from '../report/compare';
import { formatFor, type Lang, type Localized } from './lang';
import { REPORT_TEXTS as R } from './report-texts';

const l = (fr: string, nl: string, en: string): Localized => ({ fr, nl, en });

export const COMPARE_TEXTS = {
  title: l('Comparaison {last} → {this}', 'Vergelijking {last} → {this}', 'Comparison {last} → {this}'),
  figures: l('Chiffres', 'Cijfers', 'Figures'),
  table: l('Tableau', 'Tabel', 'Table'),
  figure: l('Chiffre', 'Cijfer', 'Figure'),
  change: l('Variation', 'Verschil', 'Change'),
  outcomes: l('Conditions dont le résultat a changé', 'Voorwaarden waarvan het resultaat veranderde', 'Conditions whose outcome changed'),
  noOutcomeChange: l('Aucun résultat n’a changé.', 'Geen enkel resultaat veranderde.', 'No outcome changed.'),
  condition: l('Condition', 'Voorwaarde', 'Condition'),
  parameters: l('Paramètres modifiés', 'Gewijzigde parameters', 'Parameters changed'),
  parameter: l('Paramètre', 'Parameter', 'Parameter'),
  findings: l('Constats', 'Bevindingen', 'Findings'),
  findingsSummary: l(
    '{new} nouveaux, {resolved} résolus, {recurring} récurrents (par empreinte).',
    '{new} nieuw, {resolved} opgelost, {recurring} terugkerend (per vingerafdruk).',
    '{new} new, {resolved} resolved, {recurring} recurring (by fingerprint).',
  ),
  status: l('Statut', 'Status', 'Status'),
  statuses: {
    new: l('Nouveau', 'Nieuw', 'New'),
    resolved: l('Résolu', 'Opgelost', 'Resolved'),
    recurring: l('Récurrent', 'Terugkerend', 'Recurring'),
  },
  severity: l('Gravité', 'Ernst', 'Severity'),
  subject: l('Objet', 'Betreft', 'Subject'),
  message: l('Constat', 'Bevinding', 'Finding'),
  cell: l('Cellule', 'Cel', 'Cell'),
  fingerprint: l('Empreinte', 'Vingerafdruk', 'Fingerprint'),
  justification: l('Justification', 'Verantwoording', 'Justification'),
  justifications: l('Justifications', 'Verantwoordingen', 'Justifications'),
  justificationsSummary: l(
    '{carried} reprises de l’an dernier, {lapsed} à reprendre (justifiées l’an dernier, pas cette année), {added} nouvelles.',
    '{carried} overgenomen van vorig jaar, {lapsed} opnieuw te beslissen (vorig jaar verantwoord, dit jaar niet), {added} nieuw.',
    '{carried} carried over from last year, {lapsed} to decide again (justified last year, not this year), {added} new.',
  ),
  justificationStatuses: {
    carriedOver: l('Reprise', 'Overgenomen', 'Carried over'),
    lapsed: l('À reprendre', 'Opnieuw te beslissen', 'To decide again'),
    added: l('Nouvelle', 'Nieuw', 'New'),
  },
  companyUnchecked: l(
    'Numéro d’entreprise absent d’un des deux exercices : rien ne garantit qu’il s’agit de la même coopérative.',
    'Ondernemingsnummer ontbreekt in een van beide boekjaren: niets waarborgt dat het om dezelfde coöperatie gaat.',
    'Company number missing from one of the two years: nothing shows it is the same cooperative.',
  ),
  sheets: {
    figures: l('Chiffres', 'Cijfers', 'Figures'),
    conditions: l('Conditions', 'Voorwaarden', 'Conditions'),
    findings: l('Constats', 'Bevindingen', 'Findings'),
    justifications: l('Justifications', 'Verantwoordingen', 'Justifications'),
  },
  none: l('—', '—', '—'),
  refusals: {
    differentCompanies: l(
      'deux coopératives différentes (numéros d’entreprise {last} et {this}) : la comparaison porte sur deux exercices d’une même coopérative',
      'twee verschillende coöperaties (ondernemingsnummers {last} en {this}): de vergelijking gaat over twee boekjaren van één coöperatie',
      'two different cooperatives (company numbers {last} and {this}): a comparison is of two years of one cooperative',
    ),
    sameYear: l(
      'les deux fichiers portent sur le même exercice {year} : donnez l’exercice précédent puis celui-ci',
      'beide bestanden gaan over hetzelfde boekjaar {year}: geef het vorige boekjaar en dan dit',
      'both files are of the same fiscal year {year}: give last year’s file, then this year’s',
    ),
    notLater: l(
      'le premier fichier porte sur {last}, après le second ({this}) : donnez l’exercice précédent en premier',
      'het eerste bestand gaat over {last}, na het tweede ({this}): geef het vorige boekjaar eerst',
      'the first file is of {last}, after the second ({this}): give the earlier year first',
    ),
  },
} as const;

const C = COMPARE_TEXTS;

const FIGURE_LABELS: Readonly<Record<string, Localized>> = {
  'members.start': R.membership.start,
  'members.admitted': R.membership.admitted,
  'members.refused': R.membership.refused,
  'members.resigned': R.membership.resigned,
  'members.leftByRight': R.membership.leftByRight,
  'members.excluded': R.membership.excluded,
  'members.transferred': R.membership.transferred,
  'members.exitsRefused': R.membership.exitsRefused,
  'members.end': R.membership.end,
  'meetings.count': l('Assemblées générales', 'Algemene vergaderingen', 'General meetings'),
  'meetings.present': l('Présents (toutes assemblées)', 'Aanwezig (alle vergaderingen)', 'Present (all meetings)'),
  'meetings.represented': l('Représentés (toutes assemblées)', 'Vertegenwoordigd (alle vergaderingen)', 'Represented (all meetings)'),
  'meetings.voters': l('Votants (toutes assemblées)', 'Stemmers (alle vergaderingen)', 'Voters (all meetings)'),
  'meetings.votesRepresented': l(
    'Voix présentes ou représentées (toutes assemblées)',
    'Aanwezige of vertegenwoordigde stemmen (alle vergaderingen)',
    'Votes present or represented (all meetings)',
  ),
  'meetings.aboveCap': R.meetings.aboveCap,
  'board.mandates': l("Mandats en cours pendant l'exercice", 'Lopende mandaten tijdens het boekjaar', 'Mandates in office during the year'),
  'board.inOffice': l(
    'Administrateurs en fonction en fin d’exercice',
    'Bestuurders in functie op het einde van het boekjaar',
    'Directors in office at the end',
  ),
  'board.newMandates': R.board.mandateKinds.new,
  'board.renewed': R.board.mandateKinds.renewed,
  'board.coopted': R.board.mandateKinds.coopted,
  'board.vacancies': l('Sièges vacants', 'Vacante zetels', 'Vacant seats'),
  'board.remuneration': R.board.remuneration,
  'board.attendanceFees': R.board.attendanceFees,
  'board.allowance': R.board.allowance,
  'allocation.highestDividendRate': l('Taux de dividende effectif le plus élevé', 'Hoogste effectieve dividendpercentage', 'Highest effective dividend rate'),
  'exits.exits': l('Sorties', 'Uittredingen', 'Exits'),
  'exits.refunds': l('Remboursements', 'Terugbetalingen', 'Refunds'),
  'exits.refunded': l('Total remboursé', 'Totaal terugbetaald', 'Total refunded'),
  'exits.caps': l('Total des maxima remboursables', 'Totaal van de maximaal terug te betalen bedragen', 'Total of the refund caps'),
  'exits.aboveCap': l('Remboursements au-delà du maximum', 'Terugbetalingen boven het maximum', 'Refunds above their cap'),
  'exits.withoutRefund': l('Sorties sans remboursement', 'Uittredingen zonder terugbetaling', 'Exits without refund'),
  'exits.postponed': l('Remboursements postposés', 'Uitgestelde terugbetalingen', 'Refunds postponed'),
  'training.sessions': R.training.sessions,
  'training.days': R.training.days,
  'training.participants': R.training.participants,
  'training.spent': R.training.spent,
  'training.allocated': l('Montant affecté (T4)', 'Voorbehouden bedrag (T4)', 'Amount allocated (T4)'),
};

const ENDING_IN = l(
  'Membres en fin d’exercice, catégorie {category}',
  'Leden op het einde van het boekjaar, categorie {category}',
  'Members at the end, category {category}',
);

/** The label of a figure of the comparison, in the language. */
export function figureLabel(key: string, lang: Lang): string {
  const known = FIGURE_LABELS[key];
  if (known) return known[lang];
  if (key.startsWith('members.endByCategory.')) {
    const category = key.slice('members.endByCategory.'.length);
    return ENDING_IN[lang].replace('{category}', category === '-' ? R.membership.noCategory[lang] : category);
  }
  if (key.startsWith('allocation.')) {
    const item = key.slice('allocation.'.length) as AllocationItem;
    const words = ALLOCATION_ITEMS[item];
    if (words) return words[lang][0]!;
  }
  return key;
}

/** A figure's value as a reader sees it: money in euros, rates in per cent, counts with separators. */
export function formatFigure(change: Pick<FigureChange, 'unit'>, value: number | null, lang: Lang, signed = false): string {
  if (value === null) return C.none[lang];
  const f = formatFor(lang);
  const sign = signed && value > 0 ? '+' : '';
  switch (change.unit) {
    case 'money':
      return `${sign}${f.money(value)}`;
    case 'rate':
      return `${sign}${f.percent(value)}`;
    default:
      return `${sign}${f.number(value)}`;
  }
}

/** The one line refusing a comparison (exit 2). */
export function refusalText(refusal: ComparisonRefusal, lang: Lang): string {
  const template = C.refusals[refusal.reason][lang];
  if (refusal.reason === 'sameYear') return template.replace('{year}', String(refusal.year));
  return template.replace('{last}', String(refusal.last)).replace('{this}', String(refusal.this));
}
