/**
 * Distributions to members for the fiscal year, shared by ES-3, CNC-5, CNC-2, CNC-6 (and ES-8, T4):
 * which rows belong to the year, gross or net of the withholding tax (précompte mobilier / roerende
 * voorheffing), summed per member with the cell a finding should point to; whether anything was
 * distributed at all (CONDITIONS.md "Nothing distributed is evidence"); and whether the ristournes
 * follow the members' transactions (CNC-6, and ES-3 for which a ristourne that does not is a
 * patrimonial advantage "sous quelque forme que ce soit").
 */
import type { Cents, Ppm } from '../../money';
import { PPM_PER_UNIT, rateOf } from '../../money';
import type { Day, FiscalYear } from '../../dates';
import { fiscalYearOf, ymdOfDay } from '../../dates';
import type { Format } from '../../i18n/lang';
import { LOCALE_OF } from '../../i18n/lang';
import type { AllocationLine, Distribution, DistributionField, DistributionKind, Model, Origin } from '../../model';
import type { ModelIndex } from '../../model-index';
import { a1 } from '../../snapshot';
import type { DistributionYear } from '../../parameters';
import type { EvaluationContext, MissingInput } from '../condition';
import { holdingInYear, rateBaseOf } from './holdings';

/** The last day of the fiscal year after `fy`. */
function nextFiscalYearEnd(fy: FiscalYear): Day {
  const { month, day } = ymdOfDay(fy.start);
  const next = fiscalYearOf(fy.year + 1, month, day);
  // A year starting on 29 February has no fixed successor: take a year's length.
  return Number.isFinite(next.end) ? next.end : fy.end + 365;
}

/**
 * A row belongs to the fiscal year named in its `fiscalYear`. Without one, its payment date places it
 * (`distributionYear`): by default in the last fiscal year closed before the payment (a dividend for
 * year N is decided by the GA of N+1 and paid in N+1: paid from the day after N's end to the end of
 * N+1), or in the fiscal year of the payment (`payment-year`). A row with neither is taken as the
 * checked year's: the sheet is then a one-year list, and checking the row beats ignoring it.
 */
export function isOfFiscalYear(distribution: Distribution, fy: FiscalYear, distributionYear: DistributionYear = 'closed-year'): boolean {
  if (distribution.fiscalYear !== undefined) return distribution.fiscalYear === fy.year;
  const paid = distribution.paymentDate;
  if (paid === undefined) return true;
  if (distributionYear === 'payment-year') return paid >= fy.start && paid <= fy.end;
  return paid > fy.end && paid <= nextFiscalYearEnd(fy);
}

/** An amount counted from a row, and the field whose cell shows it. */
export interface Counted {
  amount: Cents;
  field: DistributionField;
}

export function grossOf(distribution: Distribution): Counted | undefined {
  return distribution.grossAmount === undefined ? undefined : { amount: distribution.grossAmount, field: 'grossAmount' };
}

/** The withholding tax on a gross amount at the given rate, rounded half up to the cent as it is withheld. */
export function withholdingTaxOn(gross: Cents, rate: Ppm): Cents {
  const num = BigInt(gross) * BigInt(rate) * 2n + BigInt(PPM_PER_UNIT);
  return Number(num / (BigInt(PPM_PER_UNIT) * 2n));
}

/**
 * The net amount: as given, else gross − the withholding tax given, else gross − the tax at the
 * standard rate. The field is the net cell when given, else the gross cell the net derives from.
 */
export function netOf(distribution: Distribution, withholdingTaxRate: Ppm): Counted | undefined {
  const { netAmount, grossAmount, withholdingTax } = distribution;
  if (netAmount !== undefined) return { amount: netAmount, field: 'netAmount' };
  if (grossAmount === undefined) return undefined;
  const tax = withholdingTax ?? withholdingTaxOn(grossAmount, withholdingTaxRate);
  return { amount: grossAmount - tax, field: 'grossAmount' };
}

export interface MemberReturn {
  amount: Cents;
  /** The cell of the largest amount counted (the first on a tie): where a finding points. */
  place: { origin: Origin<DistributionField>; field: DistributionField };
  /** Payment lines counted: the rounding tolerance is one cent per line. */
  rows: number;
  /** The part of `amount` that comes from ristournes (ES-3: those that do not follow transactions). */
  ristourne: Cents;
}

/** Which rows count: a set of kinds, or a test on the row. */
export type RowFilter = ReadonlySet<DistributionKind> | ((distribution: Distribution) => boolean);

/** Per member, the sum of the amounts of the year's rows that count. Rows without an amount are left to DATA-2. */
export function returnsByMember(
  index: ModelIndex,
  fy: FiscalYear,
  counts: RowFilter,
  amountOf: (distribution: Distribution) => Counted | undefined,
  distributionYear: DistributionYear = 'closed-year',
): Map<string, MemberReturn> {
  const included = typeof counts === 'function' ? counts : (row: Distribution) => row.kind !== undefined && counts.has(row.kind);
  const returns = new Map<string, MemberReturn>();
  for (const [memberId, rows] of index.distributionsByMember) {
    let total: MemberReturn | undefined;
    let largest = Number.NEGATIVE_INFINITY;
    for (const row of rows) {
      if (!included(row) || !isOfFiscalYear(row, fy, distributionYear)) continue;
      const counted = amountOf(row);
      if (!counted) continue;
      total ??= { amount: 0, place: { origin: row.origin, field: counted.field }, rows: 0, ristourne: 0 };
      total.amount += counted.amount;
      total.rows += 1;
      if (row.kind === 'ristourne') total.ristourne += counted.amount;
      if (counted.amount > largest) {
        largest = counted.amount;
        total.place = { origin: row.origin, field: counted.field };
      }
    }
    if (total) returns.set(memberId, total);
  }
  return returns;
}

/** The distributions sheet's missing inputs among `columns` (the whole sheet when it was not found). */
export function distributionsMissing(model: Model, columns: readonly DistributionField[]): MissingInput[] {
  const mapping = model.mappings.distributions;
  if (!mapping) return [{ sheet: 'distributions' }];
  const absent = columns.filter((field) => mapping.columns[field] === undefined);
  return absent.length ? [{ sheet: 'distributions', columns: absent }] : [];
}

/** The result allocation's dividends and ristournes for the year, and whether the sheet speaks of the year at all. */
export interface AllocatedAdvantages {
  /** The allocation sheet has its item and amount columns and at least one line of the year. */
  known: boolean;
  dividendsCents: Cents;
  ristournesCents: Cents;
  /** The first dividends (else ristournes) line above zero: where a finding points. */
  line?: AllocationLine;
}

export function allocatedAdvantages(model: Model, year: number): AllocatedAdvantages {
  const mapping = model.mappings.allocation;
  const result: AllocatedAdvantages = { known: false, dividendsCents: 0, ristournesCents: 0 };
  if (!mapping || mapping.columns.item === undefined || mapping.columns.amount === undefined) return result;
  let ristourneLine: AllocationLine | undefined;
  for (const line of model.allocation) {
    if (line.year !== undefined && line.year !== year) continue;
    result.known = true;
    // A line whose amount does not parse is left to DATA-2, as in allocation.ts.
    if ((line.item !== 'dividends' && line.item !== 'ristournes') || line.amount === undefined) continue;
    if (line.item === 'dividends') {
      result.dividendsCents += line.amount;
      if (line.amount > 0) result.line ??= line;
    } else {
      result.ristournesCents += line.amount;
      if (line.amount > 0) ristourneLine ??= line;
    }
  }
  result.line ??= ristourneLine;
  return result;
}

/** Why nothing counts as distributed for the year: what the allocation or the distributions sheet shows. */
export type NothingDistributed = {
  year: number;
  /** `allocation`: 0 € of dividends and ristournes allocated; `distributions`: no line for the year. */
  source: 'allocation' | 'distributions';
};

/**
 * The distribution lines of the fiscal year (placed by `distributionYear`) that may carry an amount:
 * a line whose amount reads as zero does not; one whose amount cannot be read may (DATA-2 reports it).
 */
export function distributionLinesOfYear(context: EvaluationContext): Distribution[] {
  const { model, fiscalYear, parameters } = context;
  return model.distributions.filter((row) => {
    if (!isOfFiscalYear(row, fiscalYear, parameters.distributionYear)) return false;
    const amount = row.grossAmount ?? row.netAmount;
    return amount === undefined || amount !== 0;
  });
}

/**
 * CONDITIONS.md "Nothing distributed is evidence": the distributions sheet is present with no line
 * for the year (any kind, placed by `distributionYear`), or, without that sheet, the allocation of
 * the year shows 0 € of dividends and of ristournes. Either is evidence that no patrimonial advantage
 * was distributed: ES-3, CNC-5 and ES-8 pass on it. Undefined when something was (or may have been)
 * distributed: a line of the year (one whose amount cannot be read included), or an allocation above zero.
 */
export function nothingDistributed(context: EvaluationContext): NothingDistributed | undefined {
  const { model, fiscalYear } = context;
  const year = fiscalYear.year;
  const allocated = allocatedAdvantages(model, year);
  if (allocated.dividendsCents > 0 || allocated.ristournesCents > 0) return undefined;
  const distributions = model.mappings.distributions;
  if (distributions) {
    if (distributionsMissing(model, ['memberId', 'kind', 'grossAmount']).length) return undefined;
    return distributionLinesOfYear(context).length ? undefined : { year, source: 'distributions' };
  }
  return allocated.known ? { year, source: 'allocation' } : undefined;
}

// ---------------------------------------------------------------------------------------------------
// Ristournes: do they follow the members' transactions?

/** What a member's ristourne of the year follows. */
export type RistourneVerdict =
  /** Proportional to the transactions (within the scheme's tolerance). */
  | 'follows'
  /** Off the scheme's rate by more than 0.5 % and more than a cent: a warning for CNC-6. */
  | 'deviates'
  /** Proportional to the shares held, not to the transactions: a return on capital under another name. */
  | 'proRataShares';

export interface MemberRistourne {
  memberId: string;
  /** The scheme: the member's share category ('' without one). */
  category: string;
  ristourne: Cents;
  /** The part of `ristourne` paid on rows with transactions: what the transactions rate is measured on. */
  traded: Cents;
  /** Σ transactions of the member's rows that have some (0 when none has). */
  transactions: Cents;
  /** The member's ristourne rows of the year. */
  rows: Distribution[];
  /** The ristourne amount cell of the member's largest row. */
  place: { origin: Origin<DistributionField>; field: 'grossAmount' };
  verdict: RistourneVerdict;
  /** 'deviates': the scheme's rate (ppm of transactions) and the amount it gives the member. */
  schemeRatePpm?: Ppm;
  expectedCents?: Cents;
  /** 'proRataShares': the ristourne as a rate of the nominal value of the shares, and the members of the scheme. */
  perNominalPpm?: Ppm;
  schemeMembers?: number;
}

export interface RistourneAnalysis {
  /** The year's ristourne rows above zero. */
  rows: Distribution[];
  /** False when the distributions sheet has no transactions column: nothing can be said of the rows. */
  transactionsColumn: boolean;
  /** Rows with no transactions recorded (blank or zero): the ristourne cannot follow transactions. */
  withoutTransactions: Distribution[];
  /** Per member with at least one readable row; a member in a pro-rata-to-shares scheme is there even without transactions. */
  members: MemberRistourne[];
  /** Rows whose ristourne does not follow transactions: without transactions, or pro rata to shares (ES-3 counts them). */
  notFollowing: ReadonlySet<Distribution>;
}

/**
 * True when ristourne ÷ transactions departs from the reference member's ratio by more than both
 * tolerances: 0.5 % (relative) and one cent of the amount it gives. Cross-multiplied, exactly:
 * |r·T − R·t| is the member's gap to the reference rate, times T.
 */
function deviatesFrom(member: MemberRistourne, reference: MemberRistourne): boolean {
  const gap = BigInt(member.traded) * BigInt(reference.transactions) - BigInt(reference.traded) * BigInt(member.transactions);
  const absGap = gap < 0n ? -gap : gap;
  const moreThanOneCent = absGap > BigInt(reference.transactions);
  const beyondHalfPercent = absGap * 200n > BigInt(reference.traded) * BigInt(member.transactions);
  return moreThanOneCent && beyondHalfPercent;
}

const byRatio =
  <T>(value: (x: T) => number) =>
  (a: T, b: T) =>
    value(a) - value(b);

/**
 * Sorts the year's ristournes (CNC-6, AR 8 January 1962 art. 1 §1 6°: "au prorata des opérations")
 * by what they follow. The scheme is the member's share category (the data has no scheme column).
 *
 * - A row with no transactions (blank or zero) cannot follow transactions. A transactions cell DATA-2
 *   could not read is left to DATA-2.
 * - Within a scheme the reference is the median member's ristourne ÷ transactions, which one wrong
 *   amount cannot move; a member more than 0.5 % and more than a cent off it deviates.
 * - A scheme of two members or more, where some member has no transactions or deviates, and where
 *   every member's ristourne is one rate of the nominal value of their shares (within a cent per
 *   payment line; of the share-days with `proRataTemporis`), is pro rata to shares: every member of it.
 */
export function analyseRistournes(context: EvaluationContext): RistourneAnalysis {
  const { model, index, fiscalYear, parameters } = context;
  const rows = model.distributions.filter(
    (d) => d.kind === 'ristourne' && d.grossAmount !== undefined && d.grossAmount > 0 && isOfFiscalYear(d, fiscalYear, parameters.distributionYear),
  );
  const mapping = model.mappings.distributions;
  const transactionsColumn = mapping?.columns.transactions !== undefined;
  const analysis: RistourneAnalysis = { rows, transactionsColumn, withoutTransactions: [], members: [], notFollowing: new Set() };
  if (!transactionsColumn) return analysis;

  const unreadable = new Set<string>();
  for (const issue of model.issues) {
    if (issue.kind === 'cellUnparsable' && issue.sheetKind === 'distributions' && issue.field === 'transactions')
      unreadable.add(`${issue.sheet}!${issue.cell}`);
  }
  const isUnreadable = (row: Distribution) => {
    const column = row.origin.columns.transactions;
    if (row.transactions !== undefined || column === undefined) return false;
    return unreadable.has(`${row.origin.sheet}!${a1(column, row.origin.row)}`);
  };

  const byMember = new Map<string, MemberRistourne>();
  const largest = new Map<string, Cents>();
  for (const row of rows) {
    if (isUnreadable(row)) continue;
    const none = row.transactions === undefined || row.transactions <= 0;
    if (none) analysis.withoutTransactions.push(row);
    const member = byMember.get(row.memberId) ?? {
      memberId: row.memberId,
      category: index.membersById.get(row.memberId)?.category ?? '',
      ristourne: 0,
      traded: 0,
      transactions: 0,
      rows: [],
      place: { origin: row.origin, field: 'grossAmount' as const },
      verdict: 'follows' as RistourneVerdict,
    };
    member.ristourne += row.grossAmount!;
    if (!none) {
      member.transactions += row.transactions!;
      member.traded += row.grossAmount!;
    }
    member.rows.push(row);
    if (row.grossAmount! > (largest.get(row.memberId) ?? 0)) {
      largest.set(row.memberId, row.grossAmount!);
      member.place = { origin: row.origin, field: 'grossAmount' };
    }
    byMember.set(row.memberId, member);
  }

  const schemes = new Map<string, MemberRistourne[]>();
  for (const member of byMember.values()) {
    const scheme = schemes.get(member.category) ?? [];
    scheme.push(member);
    schemes.set(member.category, scheme);
  }
  for (const members of schemes.values()) {
    const trading = members.filter((m) => m.transactions > 0).sort(byRatio((m) => m.traded / m.transactions));
    const reference = trading[(trading.length - 1) >> 1];
    let offTransactions = members.length > trading.length;
    for (const member of trading) {
      if (!reference || !deviatesFrom(member, reference)) continue;
      offTransactions = true;
      member.verdict = 'deviates';
      member.schemeRatePpm = rateOf(reference.traded, reference.transactions)!;
      member.expectedCents = Number(((BigInt(reference.traded) * BigInt(member.transactions) * 2n) / BigInt(reference.transactions) + 1n) / 2n);
    }
    if (!offTransactions || members.length < 2) continue;
    const perNominal = perNominalRate(members, context);
    if (perNominal === undefined) continue;
    for (const member of members) {
      member.verdict = 'proRataShares';
      member.perNominalPpm = perNominal;
      member.schemeMembers = members.length;
      delete member.schemeRatePpm;
      delete member.expectedCents;
    }
  }

  for (const member of byMember.values()) {
    analysis.members.push(member);
    if (member.verdict === 'proRataShares') for (const row of member.rows) (analysis.notFollowing as Set<Distribution>).add(row);
  }
  for (const row of analysis.withoutTransactions) (analysis.notFollowing as Set<Distribution>).add(row);
  return analysis;
}

/**
 * The one rate of the nominal value every member's ristourne follows, within a cent per payment line,
 * or undefined when the ristournes do not follow the shares (or a member's shares are unknown).
 */
function perNominalRate(members: readonly MemberRistourne[], context: EvaluationContext): Ppm | undefined {
  const { index, fiscalYear, parameters } = context;
  const based: { member: MemberRistourne; weighted: number; divisor: number }[] = [];
  for (const member of members) {
    const holding = holdingInYear(member.memberId, index, fiscalYear);
    const base = holding && rateBaseOf(holding, 'nominal', parameters.proRataTemporis, fiscalYear);
    if (!base || base.weighted <= 0) return undefined;
    based.push({ member, weighted: base.weighted, divisor: base.divisor });
  }
  based.sort(byRatio((b) => b.member.ristourne / b.weighted));
  const reference = based[(based.length - 1) >> 1]!;
  for (const { member, weighted } of based) {
    // |r·W − R·w| ≤ (lines) × W: the member's gap to the reference's rate, in cents × W.
    const gap = BigInt(member.ristourne) * BigInt(reference.weighted) - BigInt(reference.member.ristourne) * BigInt(weighted);
    const absGap = gap < 0n ? -gap : gap;
    if (absGap > BigInt(member.rows.length) * BigInt(reference.weighted)) return undefined;
  }
  const num = BigInt(reference.member.ristourne) * BigInt(PPM_PER_UNIT) * BigInt(reference.divisor) * 2n + BigInt(reference.weighted);
  return Number(num / (BigInt(reference.weighted) * 2n));
}

const pluralRules = new Map<string, Intl.PluralRules>();

/** The word for a count in the language: `one` for a count the language puts in the singular, else `other`. */
export function plural(f: Format, count: number, one: string, other: string): string {
  const locale = LOCALE_OF[f.lang];
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  return rules.select(count) === 'one' ? one : other;
}
