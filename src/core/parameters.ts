/**
 * The parameters of CONDITIONS.md "Rates and parameters": defaults in one place, then the workbook's
 * `parameters` sheet, then overrides from the CLI or the task pane. A value that does not parse is
 * reported on its cell and the default is kept. A value less strict than the law's default is kept
 * (it is the user's call) but listed in `loosened`, so that the report shows it.
 */
import type { CellValue } from './snapshot';
import { columnLetters } from './snapshot';
import type { Cents, Ppm } from './money';
import { ppmFromPercent } from './money';
import type { Day } from './dates';
import type { Accreditation } from './conditions/condition';
import type { Model } from './model';
import { normaliseLabel, parseAmount, parseBoolean, parseDate, parseInteger, parseNumber } from './extract/values';

export type DividendBase = 'paid-up' | 'nominal';
export type VoteCapScope = 'attendee' | 'shareholder';
export type VotingMode = 'one-member-one-vote' | 'capped';
/** Which fiscal year a distribution line without a fiscal-year column belongs to. */
export type DistributionYear = 'closed-year' | 'payment-year';

export interface Parameters {
  accreditations: readonly Accreditation[];
  /** Undefined until resolved from the data (engine.ts resolveFiscalYear). */
  fiscalYear?: number;
  /** Month and day on which the fiscal year starts, as "MM-DD". */
  fiscalYearStart: string;
  maxDividendRate: Ppm;
  dividendBase: DividendBase;
  esRateNetOfTax: boolean;
  withholdingTaxRate: Ppm;
  proRataTemporis: boolean;
  indivisibleReserveServesObject: boolean;
  distributionYear: DistributionYear;
  voteCapScope: VoteCapScope;
  votingMode: VotingMode;
  maxProxiesPerHolder?: number;
  mandateYears: number;
  directorFeeCapPerYear?: Cents;
  directorFeeCapPerMeeting?: Cents;
  statutoryDirectorsAllowed: boolean;
  directorPayAllowedByStatutes: boolean;
  /** Board seats in the statutes, for the vacancies of T3. */
  boardSeats?: number;
  cooperativeName?: string;
  companyNumber?: string;
  reportDate?: Day;
  boardApprovalDate?: Day;
}

export type ParameterName = keyof Parameters;

export const DEFAULT_PARAMETERS: Readonly<Parameters> = {
  accreditations: ['ES', 'CNC'],
  fiscalYearStart: '01-01',
  // AR 8 January 1962, art. 1 §1 5° (as replaced by AR 4 May 2016): 6 %, unchanged since 1996.
  maxDividendRate: ppmFromPercent(6),
  dividendBase: 'paid-up',
  esRateNetOfTax: false,
  // Précompte mobilier / roerende voorheffing on dividends.
  withholdingTaxRate: ppmFromPercent(30),
  // AR 8 January 1962 art. 1 §1 5° caps at 6 % "of the nominal value" with no time factor: the letter
  // of the law. True when the statutes pay pro rata of days held, and then the cap follows it.
  proRataTemporis: false,
  indivisibleReserveServesObject: false,
  // A dividend for year N is decided by the GA of N+1 and paid in N+1.
  distributionYear: 'closed-year',
  voteCapScope: 'attendee',
  votingMode: 'one-member-one-vote',
  mandateYears: 6,
  statutoryDirectorsAllowed: false,
  directorPayAllowedByStatutes: false,
};

type ParameterType = 'rate' | 'integer' | 'amount' | 'boolean' | 'date' | 'text' | 'monthDay' | 'accreditations' | readonly string[];

interface ParameterSpec {
  type: ParameterType;
  /** Option → the FR/NL words that also mean it in the parameters sheet (option types only). */
  optionWords?: Readonly<Record<string, readonly string[]>>;
  /** Extra labels (FR, NL) accepted in the parameters sheet besides the canonical name. */
  labels: readonly string[];
  /** How a value can be less strict than the default; absent when every value is as strict. */
  looserWhen?: (value: any, defaults: Parameters) => boolean;
}

export const PARAMETER_SPECS: Readonly<Record<ParameterName, ParameterSpec>> = {
  accreditations: { type: 'accreditations', labels: ['Agréments', 'Agrément', 'Erkenningen', 'Erkenning'] },
  fiscalYear: { type: 'integer', labels: ['Exercice', 'Boekjaar', 'Fiscal year'] },
  fiscalYearStart: { type: 'monthDay', labels: ["Début de l'exercice", 'Begin boekjaar', 'Fiscal year start'] },
  maxDividendRate: {
    type: 'rate',
    labels: ['Taux maximal du dividende', 'Maximaal dividendpercentage', 'Max dividend rate'],
    looserWhen: (v: Ppm, d) => v > d.maxDividendRate,
  },
  dividendBase: {
    type: ['paid-up', 'nominal'],
    labels: ['Base du dividende', 'Basis dividend', 'Dividend base'],
    looserWhen: (v: DividendBase) => v === 'nominal',
  },
  esRateNetOfTax: {
    type: 'boolean',
    labels: ['Taux ES net de précompte', 'ES-percentage netto', 'ES rate net of tax'],
    looserWhen: (v: boolean) => v,
  },
  withholdingTaxRate: {
    type: 'rate',
    labels: ['Taux du précompte mobilier', 'Tarief roerende voorheffing', 'Withholding tax rate'],
    // A higher assumed tax lowers the net dividend and so loosens the CNC net test.
    looserWhen: (v: Ppm, d) => v > d.withholdingTaxRate,
  },
  // Pro rata lowers the cap of a share held part of the year: true is the stricter value, never looser.
  proRataTemporis: { type: 'boolean', labels: ['Prorata temporis', 'Pro rata temporis'] },
  indivisibleReserveServesObject: {
    type: 'boolean',
    labels: ["Réserve impartageable affectée à l'objet", 'Onverdeelbare reserve voor het doel', 'Indivisible reserve serves the object'],
    looserWhen: (v: boolean) => v,
  },
  distributionYear: {
    type: ['closed-year', 'payment-year'],
    labels: ['Exercice des distributions', 'Boekjaar van de uitkeringen', 'Distribution year'],
    optionWords: {
      'closed-year': ['exercice clôturé', 'afgesloten boekjaar', 'closed year'],
      'payment-year': ['année de paiement', 'jaar van betaling', 'payment year'],
    },
  },
  voteCapScope: {
    type: ['attendee', 'shareholder'],
    labels: ['Portée du plafond de voix', 'Reikwijdte stemplafond', 'Vote cap scope'],
    looserWhen: (v: VoteCapScope) => v === 'shareholder',
  },
  votingMode: { type: ['one-member-one-vote', 'capped'], labels: ['Mode de vote', 'Stemwijze', 'Voting mode'] },
  maxProxiesPerHolder: { type: 'integer', labels: ['Procurations maximum par mandataire', 'Maximum volmachten per volmachtdrager', 'Max proxies per holder'] },
  mandateYears: {
    type: 'integer',
    labels: ['Durée du mandat', 'Duur mandaat', 'Mandate years'],
    looserWhen: (v: number, d) => v > d.mandateYears,
  },
  directorFeeCapPerYear: { type: 'amount', labels: ['Plafond annuel des indemnités', 'Jaarplafond vergoedingen', 'Director fee cap per year'] },
  directorFeeCapPerMeeting: { type: 'amount', labels: ['Plafond par réunion', 'Plafond per vergadering', 'Director fee cap per meeting'] },
  statutoryDirectorsAllowed: {
    type: 'boolean',
    labels: ['Administrateurs statutaires permis', 'Statutaire bestuurders toegestaan', 'Statutory directors allowed'],
    looserWhen: (v: boolean) => v,
  },
  directorPayAllowedByStatutes: {
    type: 'boolean',
    labels: ['Rémunération prévue par les statuts', 'Bezoldiging toegestaan door statuten', 'Director pay allowed by statutes'],
    looserWhen: (v: boolean) => v,
  },
  boardSeats: { type: 'integer', labels: ['Sièges au conseil', 'Zetels in het bestuursorgaan', 'Board seats'] },
  cooperativeName: { type: 'text', labels: ['Nom de la coopérative', 'Naam coöperatie', 'Cooperative name'] },
  companyNumber: { type: 'text', labels: ["Numéro d'entreprise", 'Ondernemingsnummer', 'Company number'] },
  reportDate: { type: 'date', labels: ['Date du rapport', 'Datum verslag', 'Report date'] },
  boardApprovalDate: { type: 'date', labels: ["Date d'approbation par le CA", 'Datum goedkeuring RvB', 'Board approval date'] },
};

const NAME_BY_LABEL: ReadonlyMap<string, ParameterName> = (() => {
  const map = new Map<string, ParameterName>();
  for (const [name, spec] of Object.entries(PARAMETER_SPECS) as [ParameterName, ParameterSpec][]) {
    map.set(normaliseLabel(name), name);
    for (const label of spec.labels) map.set(normaliseLabel(label), name);
  }
  return map;
})();

/** The canonical parameter name for a label of the parameters sheet, or undefined. */
export function parameterNameOf(label: string): ParameterName | undefined {
  return NAME_BY_LABEL.get(normaliseLabel(label));
}

/** A rate as 0.06, 6, "6 %", "6,5%": a number below 1 is a fraction, 1 or more a percentage. */
function parseRate(value: CellValue): Ppm | undefined {
  if (typeof value === 'string' && value.includes('%')) {
    const n = parseNumber(value.replace('%', ''));
    return n === undefined ? undefined : ppmFromPercent(n);
  }
  const n = parseNumber(value);
  if (n === undefined || n < 0) return undefined;
  return n < 1 ? ppmFromPercent(n * 100) : ppmFromPercent(n);
}

function parseAccreditations(value: CellValue): Accreditation[] | undefined {
  if (typeof value !== 'string') return undefined;
  const words = value
    .split(/[\s,;+/&]+|\bet\b|\ben\b|\band\b/i)
    .map((w) => normaliseLabel(w))
    .filter(Boolean);
  const result = new Set<Accreditation>();
  for (const word of words) {
    if (['es', 'entreprise sociale', 'sociale onderneming', 'social enterprise'].includes(word)) result.add('ES');
    else if (['cnc', 'nrc', 'agree', 'erkend', 'accredited'].includes(word)) result.add('CNC');
    else return undefined;
  }
  return result.size ? ([...result].sort() as Accreditation[]) : undefined;
}

/** Parses one parameter's value; undefined when it does not parse. */
export function parseParameterValue(name: ParameterName, value: CellValue): unknown {
  const { type, optionWords } = PARAMETER_SPECS[name];
  if (Array.isArray(type)) {
    const word = normaliseLabel(String(value ?? ''));
    return type.find((option) => [option, ...(optionWords?.[option] ?? [])].some((w) => normaliseLabel(w) === word));
  }
  switch (type) {
    case 'rate':
      return parseRate(value);
    case 'integer': {
      const n = parseInteger(value);
      return n !== undefined && n >= 0 ? n : undefined;
    }
    case 'amount': {
      const c = parseAmount(value);
      return c !== undefined && c >= 0 ? c : undefined;
    }
    case 'boolean':
      return parseBoolean(value);
    case 'date':
      return parseDate(value);
    case 'text':
      return value === null ? undefined : String(value).trim() || undefined;
    case 'monthDay': {
      const m = /^(\d{1,2})[/.-](\d{1,2})$/.exec(String(value ?? '').trim());
      if (!m) return undefined;
      const day = Number(m[1]),
        month = Number(m[2]);
      return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? `${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` : undefined;
    }
    case 'accreditations':
      return parseAccreditations(value);
  }
  return undefined;
}

export type ParameterSource = 'default' | 'sheet' | 'override';

export interface ParameterProblem {
  name: string;
  raw: string;
  /** The parameters-sheet cell, when the value came from there. */
  sheet?: string;
  cell?: string;
  problem: 'unknownName' | 'unparsable';
}

export interface ResolvedParameters {
  parameters: Parameters;
  sources: Readonly<Record<string, ParameterSource>>;
  /** Parameters set less strictly than the law's default reading. */
  loosened: readonly ParameterName[];
  problems: readonly ParameterProblem[];
}

/**
 * Defaults ← the workbook's parameters sheet ← overrides (raw values as typed by a user, e.g. from
 * `--param maxDividendRate=5%`). Later sources win.
 */
export function resolveParameters(model: Model | undefined, overrides: Readonly<Record<string, CellValue>> = {}): ResolvedParameters {
  const parameters: Parameters = { ...DEFAULT_PARAMETERS };
  const sources: Record<string, ParameterSource> = {};
  const problems: ParameterProblem[] = [];
  for (const name of Object.keys(PARAMETER_SPECS)) sources[name] = 'default';

  const apply = (label: string, raw: CellValue, source: ParameterSource, sheet?: string, cell?: string) => {
    const name = parameterNameOf(label);
    if (!name) {
      problems.push({ name: label, raw: String(raw ?? ''), sheet, cell, problem: 'unknownName' });
      return;
    }
    if (raw === null || (typeof raw === 'string' && raw.trim() === '')) return;
    const value = parseParameterValue(name, raw);
    if (value === undefined) {
      problems.push({ name, raw: String(raw), sheet, cell, problem: 'unparsable' });
      return;
    }
    (parameters as unknown as Record<string, unknown>)[name] = value;
    sources[name] = source;
  };

  const mapping = model?.mappings.parameters;
  for (const entry of model?.parameters ?? []) {
    const column = mapping?.columns.value;
    const cell = column !== undefined ? `${columnLetters(column)}${entry.origin.row}` : undefined;
    apply(entry.name, entry.value, 'sheet', entry.origin.sheet, cell);
  }
  for (const [label, raw] of Object.entries(overrides)) apply(label, raw, 'override');

  const loosened = (Object.entries(PARAMETER_SPECS) as [ParameterName, ParameterSpec][])
    .filter(([name, spec]) => sources[name] !== 'default' && spec.looserWhen?.(parameters[name], DEFAULT_PARAMETERS as Parameters))
    .map(([name]) => name);
  return { parameters, sources, loosened, problems };
}
