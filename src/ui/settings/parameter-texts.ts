/**
 * The settings step's labels and hints for the parameters of CONDITIONS.md, grouped as a finance
 * person thinks of them. Typed against ParameterName, so a parameter added to the core without a
 * label here fails to compile; the grouping is checked by parameter-texts.test.ts.
 */
import type { Lang, Localized } from '../../core/i18n/lang';
import { VOTING_MODE_NAMES } from '../../core/i18n/report-texts';
import type { DividendBase, ParameterName, VoteCapScope, VotingMode } from '../../core/parameters';
import type { UiStringKey } from '../i18n/strings';

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
  fiscalYear: { label: l('Exercice', 'Boekjaar', 'Fiscal year'), hint: l("L'année où l'exercice se termine.", 'Het jaar waarin het boekjaar eindigt.', 'The year in which the fiscal year ends.') },
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
    hint: l('Par défaut, le montant brut (lecture prudente).', 'Standaard het brutobedrag (voorzichtige lezing).', 'By default the gross amount (the cautious reading).'),
  },
  withholdingTaxRate: { label: l('Taux du précompte mobilier', 'Tarief roerende voorheffing', 'Withholding tax rate') },
  proRataTemporis: {
    label: l('Prorata temporis', 'Pro rata temporis', 'Pro rata temporis'),
    hint: l('Une part détenue une partie de l’année donne droit au plafond au prorata des jours.', 'Een aandeel dat een deel van het jaar wordt aangehouden, krijgt het plafond naar rato van de dagen.', 'A share held part of the year earns the cap pro rata of the days held.'),
  },
  votingMode: { label: l('Mode de vote', 'Stemwijze', 'Voting mode') },
  voteCapScope: { label: l('Plafond d’un dixième des voix\u00a0: voix comptées', 'Plafond van een tiende: getelde stemmen', 'One-tenth cap: votes counted') },
  maxProxiesPerHolder: {
    label: l('Procurations maximum par mandataire', 'Maximum volmachten per volmachtdrager', 'Maximum proxies per holder'),
    hint: l('Selon les statuts\u00a0; vide si les statuts ne fixent rien.', 'Volgens de statuten; leeg als de statuten niets bepalen.', 'From the statutes; empty when they set none.'),
  },
  mandateYears: { label: l('Durée statutaire du mandat (années)', 'Statutaire duur van het mandaat (jaren)', 'Statutory mandate term (years)') },
  directorFeeCapPerYear: {
    label: l('Plafond annuel des indemnités d’administrateur', 'Jaarplafond bestuurdersvergoedingen', 'Director allowance cap per year'),
    hint: l('Aucun chiffre officiel\u00a0: vide par défaut.', 'Geen officieel bedrag: standaard leeg.', 'There is no official figure: empty by default.'),
  },
  directorFeeCapPerMeeting: { label: l('Plafond des jetons par réunion', 'Plafond presentiegeld per vergadering', 'Attendance fee cap per meeting') },
  statutoryDirectorsAllowed: { label: l('Les statuts peuvent nommer des administrateurs', 'De statuten mogen bestuurders benoemen', 'The statutes may appoint directors') },
  directorPayAllowedByStatutes: { label: l('Les statuts permettent de rémunérer les administrateurs', 'De statuten staan bezoldiging van bestuurders toe', 'The statutes allow director pay') },
};

export interface ParameterGroup {
  title: UiStringKey;
  names: readonly ParameterName[];
}

export const PARAMETER_GROUPS: readonly ParameterGroup[] = [
  { title: 'settings.groupYear', names: ['accreditations', 'fiscalYear', 'fiscalYearStart'] },
  { title: 'settings.groupCooperative', names: ['cooperativeName', 'companyNumber', 'reportDate', 'boardApprovalDate'] },
  { title: 'settings.groupDividends', names: ['maxDividendRate', 'dividendBase', 'esRateNetOfTax', 'withholdingTaxRate', 'proRataTemporis'] },
  { title: 'settings.groupVotes', names: ['votingMode', 'voteCapScope', 'maxProxiesPerHolder'] },
  { title: 'settings.groupDirectors', names: ['mandateYears', 'directorFeeCapPerYear', 'directorFeeCapPerMeeting', 'statutoryDirectorsAllowed', 'directorPayAllowedByStatutes'] },
];

/** Labels of the values of the parameters that take one of a few words. */
export const OPTION_LABELS: Readonly<Record<DividendBase | VoteCapScope | VotingMode, Localized>> = {
  ...VOTING_MODE_NAMES,
  'paid-up': l('Montant libéré et non remboursé', 'Gestort en niet terugbetaald bedrag', 'Amount paid up and not refunded'),
  nominal: l('Valeur nominale', 'Nominale waarde', 'Nominal value'),
  attendee: l('Ses voix et celles de ses procurations', 'Eigen stemmen en die van volmachten', 'Own votes and proxies held'),
  shareholder: l('Ses propres voix seulement', 'Alleen eigen stemmen', 'Own votes only'),
};
