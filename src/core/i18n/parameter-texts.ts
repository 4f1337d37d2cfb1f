/**
 * What a person reads for each parameter of CONDITIONS.md, in FR, NL and EN: its label, a hint and
 * the labels of its options. The settings step, the report and the condition messages all use these,
 * so no parameter name (`directorPayAllowedByStatutes`) reaches a reader.
 */
import type { Lang, Localized } from './lang';
import { formatFor } from './lang';
import { REPORT_TEXTS, VOTING_MODE_NAMES } from './report-texts';
import { PARAMETER_SPECS, type DistributionYear, type DividendBase, type ParameterName, type VoteCapScope, type VotingMode } from '../parameters';

export function optionLabel(option: string, lang: Lang): string {
  return (OPTION_LABELS as Readonly<Record<string, Localized | undefined>>)[option]?.[lang] ?? option;
}

export interface ParameterText {
  label: Localized;
  hint?: Localized;
}

const l = (fr: string, nl: string, en: string): Localized => ({ fr, nl, en });

export const PARAMETER_TEXTS: Readonly<Record<ParameterName, ParameterText>> = {
  accreditations: { label: l('Agréments détenus', 'Erkenningen', 'Accreditations held') },
  fiscalYear: {
    label: l('Exercice', 'Boekjaar', 'Fiscal year'),
    hint: l("L'année où l'exercice se termine.", 'Het jaar waarin het boekjaar eindigt.', 'The year in which the fiscal year ends.'),
  },
  fiscalYearStart: { label: l("Début de l'exercice (jour/mois)", 'Begin boekjaar (dag/maand)', 'Fiscal year start (day/month)') },
  cooperativeName: { label: l('Nom de la coopérative', 'Naam coöperatie', 'Cooperative name') },
  companyNumber: { label: l("Numéro d'entreprise", 'Ondernemingsnummer', 'Company number') },
  reportDate: { label: l('Date du rapport spécial', 'Datum bijzonder verslag', 'Special report date') },
  boardApprovalDate: { label: l("Date d'approbation par le CA", 'Datum goedkeuring RvB', 'Board approval date') },
  maxDividendRate: {
    label: l('Taux maximal du dividende', 'Maximaal dividendpercentage', 'Maximum dividend rate'),
    hint: l('6 % selon l’AR du 8 janvier 1962.', '6 % volgens het KB van 8 januari 1962.', '6 % under the Royal Decree of 8 January 1962.'),
  },
  dividendBase: { label: l('Base du taux ES', 'Basis ES-percentage', 'ES rate base') },
  esRateNetOfTax: {
    label: l('Taux ES calculé net de précompte', 'ES-percentage netto na voorheffing', 'ES rate net of withholding tax'),
    hint: l(
      'Par défaut, le montant brut (lecture prudente).',
      'Standaard het brutobedrag (voorzichtige lezing).',
      'By default the gross amount (the cautious reading).',
    ),
  },
  withholdingTaxRate: { label: l('Taux du précompte mobilier', 'Tarief roerende voorheffing', 'Withholding tax rate') },
  proRataTemporis: {
    label: l('Prorata temporis', 'Pro rata temporis', 'Pro rata temporis'),
    hint: l(
      'À cocher si les statuts paient au prorata des jours de détention : le plafond de 6 % suit alors le même prorata. La loi ne prévoit pas de prorata.',
      'Aan te vinken als de statuten uitkeren naar rato van de dagen bezit: het plafond van 6 % volgt dan dezelfde verhouding. De wet voorziet geen pro rata.',
      'Tick when the statutes pay pro rata of the days held: the 6 % cap then follows the same ratio. The law has no pro rata.',
    ),
  },
  indivisibleReserveServesObject: {
    label: l('La réserve impartageable est affectée à l’objet', 'De onverdeelbare reserve dient het doel', 'The indivisible reserve serves the object'),
    hint: l('Seulement si les statuts le disent (ES-8).', 'Alleen als de statuten het zeggen (ES-8).', 'Only when the statutes say so (ES-8).'),
  },
  distributionYear: {
    label: l('Exercice d’une distribution', 'Boekjaar van een uitkering', 'Fiscal year of a distribution'),
    hint: l(
      'Quand la feuille des distributions n’a pas de colonne « exercice » : un dividende de l’exercice N est payé en N+1.',
      'Als het blad met uitkeringen geen kolom ‘boekjaar’ heeft: een dividend over boekjaar N wordt in N+1 betaald.',
      'When the distributions sheet has no fiscal-year column: a dividend for year N is paid in N+1.',
    ),
  },
  boardSeats: { label: l('Sièges au conseil (statuts)', 'Zetels in het bestuursorgaan (statuten)', 'Board seats (statutes)') },
  votingMode: { label: l('Mode de vote', 'Stemwijze', 'Voting mode') },
  voteCapScope: { label: l('Plafond d’un dixième des voix\u00a0: voix comptées', 'Plafond van een tiende: getelde stemmen', 'One-tenth cap: votes counted') },
  maxProxiesPerHolder: {
    label: l('Procurations maximum par mandataire', 'Maximum volmachten per volmachtdrager', 'Maximum proxies per holder'),
    hint: l(
      'Selon les statuts\u00a0; vide si les statuts ne fixent rien.',
      'Volgens de statuten; leeg als de statuten niets bepalen.',
      'From the statutes; empty when they set none.',
    ),
  },
  mandateYears: { label: l('Durée statutaire du mandat (années)', 'Statutaire duur van het mandaat (jaren)', 'Statutory mandate term (years)') },
  directorFeeCapPerYear: {
    label: l('Plafond annuel des indemnités d’administrateur', 'Jaarplafond bestuurdersvergoedingen', 'Director allowance cap per year'),
    hint: l('Aucun chiffre officiel\u00a0: vide par défaut.', 'Geen officieel bedrag: standaard leeg.', 'There is no official figure: empty by default.'),
  },
  directorFeeCapPerMeeting: { label: l('Plafond des jetons par réunion', 'Plafond presentiegeld per vergadering', 'Attendance fee cap per meeting') },
  statutoryDirectorsAllowed: {
    label: l('Les statuts peuvent nommer des administrateurs', 'De statuten mogen bestuurders benoemen', 'The statutes may appoint directors'),
  },
  directorPayAllowedByStatutes: {
    label: l('Les statuts permettent de rémunérer les administrateurs', 'De statuten staan bezoldiging van bestuurders toe', 'The statutes allow director pay'),
  },
};

/** A parameter's value as a person reads it: 6 %, oui, "Ses propres voix seulement", 01/01/2026. */
export function formatParameter(name: ParameterName, value: unknown, lang: Lang): string {
  const f = formatFor(lang);
  const { type } = PARAMETER_SPECS[name];
  if (value === undefined) return '—';
  if (Array.isArray(type)) return optionLabel(String(value), lang);
  switch (type) {
    case 'rate':
      return f.percent(value as number);
    case 'amount':
      return f.money(value as number);
    case 'date':
      return f.date(value as number);
    case 'boolean':
      return (value ? REPORT_TEXTS.yes : REPORT_TEXTS.no)[lang];
    case 'accreditations':
      return (value as readonly string[]).join(', ');
    case 'monthDay': {
      const [month, day] = String(value).split('-');
      return `${day}/${month}`;
    }
    default:
      return String(value);
  }
}

/** The parameter's label in a language. */
export function parameterLabel(name: ParameterName, lang: Lang): string {
  return PARAMETER_TEXTS[name].label[lang];
}

/** Labels of the values of the parameters that take one of a few words. */
export const OPTION_LABELS: Readonly<Record<DividendBase | VoteCapScope | VotingMode | DistributionYear, Localized>> = {
  ...VOTING_MODE_NAMES,
  'paid-up': l('Montant libéré et non remboursé', 'Gestort en niet terugbetaald bedrag', 'Amount paid up and not refunded'),
  nominal: l('Valeur nominale', 'Nominale waarde', 'Nominal value'),
  attendee: l('Ses voix et celles de ses procurations', 'Eigen stemmen en die van volmachten', 'Own votes and proxies held'),
  shareholder: l('Ses propres voix seulement', 'Alleen eigen stemmen', 'Own votes only'),
  'closed-year': l('Dernier exercice clôturé', 'Laatst afgesloten boekjaar', 'Last closed year'),
  'payment-year': l('Exercice du paiement', 'Boekjaar van betaling', 'Year of payment'),
};
