/**
 * The figures of the special report (CONDITIONS.md "The special report", DESIGN.md JSON `figures`),
 * computed from the model as plain data, in one pass over each sheet.
 */
import type { EvaluationContext } from '../conditions/condition';
import type { Cents, Ppm } from '../money';
import type { Day, FiscalYear } from '../dates';
import { isoOfDay } from '../dates';
import type { AllocationItem, AppointedBy, DirectorRole, ExitReason, Model } from '../model';
import type { Parameters } from '../parameters';
import type { ModelIndex } from '../model-index';
import { countVotes, isAboveTenth, meetingsOfYear, voteCap, votesCast } from '../conditions/shared/votes';
import { allocationOfYear, dividendsOfYear, RETURN_ON_CAPITAL, type AllocatedItem } from '../conditions/shared/allocation';
import { trainingOfYear, type AudienceKey, type TrainingOfYear, type TrainingTotals } from '../conditions/shared/training';
import { grossOf, netOf, returnsByMember } from '../conditions/shared/distributions';
import { highestRate, rateEachMember } from '../conditions/shared/rate-cap';
import { refundMissing, refundsOfYear, type RefundKind } from '../conditions/ES-5/refunds';
import { IN_YEAR, categoryOf, membersOfYear } from '../conditions/DATA-5/membership';
import { servedInYear } from '../conditions/shared/mandate-pay';
import { mandateKindOf, type MandateKind } from '../conditions/shared/mandates';

export interface MembershipMovements {
  start: number;
  admitted: number;
  refused: number;
  resigned: number;
  leftByRight: number;
  excluded: number;
  /** Transfers of all of a member's shares to another person (cession / overdracht). */
  transferred: number;
  /** Resignations refused in the year: applications of request type resignation, decision refused. */
  exitsRefused: number;
  end: number;
}

export interface MembershipFigures extends MembershipMovements {
  endByCategory: Record<string, number>;
  /** The same movements per share category (T1 is laid out per category). */
  byCategory: Record<string, MembershipMovements>;
}

export interface MeetingFigures {
  /** ISO date. */
  date: string;
  /** The meeting's id or type (AGO, AGE…) when the attendance sheet gives one: two meetings may share a date. */
  meeting?: string;
  present: number;
  represented: number;
  /** Members present or represented. */
  voters: number;
  votesRepresented: number;
  /** The most votes one voter may cast: one tenth of the votes represented in whole votes, at least one (CSA art. 8:5 §1; AR 28 June 2019 art. 6). */
  cap: number;
  /** Voters whose votes exceed the cap, counted per `voteCapScope`. */
  aboveCap: number;
}

/**
 * T6 (principle 5), the figures CNC-8 reads: the amount SPENT (training sheet) and the amount
 * ALLOCATED (result allocation) are kept apart, never one for the other.
 */
export interface TrainingFigures {
  /** Sessions, days and participants for members, prospective members or the public (what CNC-8 counts). */
  sessions: number;
  days: number;
  participants: number;
  /** Σ of the costs of those sessions: the amount spent. */
  spent: Cents;
  /** The same per audience, staff and sessions without an audience included. */
  byAudience: Partial<Record<AudienceKey, TrainingTotals>>;
  /** The result allocation's information-and-training line: the amount allocated; absent without that line. */
  allocated?: Cents;
  /** The result allocation's annual resources, on which the shares are computed. */
  annualResources?: Cents;
}

/** T3: one row per mandate (director, controlling member, statutory auditor) in office during the year. */
export interface BoardFigures {
  name: string;
  role: DirectorRole;
  memberId?: string;
  appointedBy?: AppointedBy;
  /** How the mandate began when it began in the year: new, renewed or co-opted. */
  mandateKind?: MandateKind;
  meetingsAttended?: number;
  /** ISO dates. */
  appointmentDate?: string;
  confirmedByGaDate?: string;
  mandateEnd?: string;
  remuneration: Cents;
  attendanceFees: Cents;
  allowance: Cents;
  gaAuthorisedAmount?: Cents;
  profitLinked: boolean;
}

/** T3 summary: mandates of the year and vacancies (CONDITIONS.md, T3). */
export interface BoardSummary {
  /** Directors' mandates that began in the year, by how they began. */
  newMandates: number;
  renewed: number;
  coopted: number;
  /** Directors in office at the end of the fiscal year. */
  inOffice: number;
  /** The statutes' board seats (`boardSeats`) and the seats left empty at the year's end; absent without that parameter. */
  seats?: number;
  vacancies?: number;
}

/** T4: allocation item → amount for the fiscal year, with the highest effective dividend rate. */
export type AllocationFigures = Partial<Record<AllocationItem, Cents>> & {
  /** Each item's wording in the workbook (e.g. "Rémunération du capital"), shown in T4 as written. */
  labels?: Partial<Record<AllocationItem, string>>;
  /**
   * `dividends` is the year's dividends as ES-8 reads them (shared/allocation.ts dividendsOfYear): the
   * allocation's line, or the returns on capital paid for the year when higher. Its two sources:
   */
  dividendsAllocated?: Cents;
  dividendsPaid?: Cents;
  /** Highest dividend ÷ base among members (ES reading when ES is held, else the CNC net-on-nominal one). */
  highestDividendRatePpm?: Ppm;
  highestDividendMemberId?: string;
};

/** T5: one row per exit of the year, the refund against its cap (CSA art. 8:5 §1 / AR 28 June 2019 art. 6). */
export interface ExitFigures {
  memberId: string;
  /** ISO date. */
  exitDate: string;
  exitReason?: ExitReason;
  refunded?: Cents;
  cap?: Cents;
  postponed: boolean;
  /** No refund recorded nor postponed while something was held at the exit (ES-5's warning). */
  refundMissing: boolean;
}

/**
 * T5: every refund of shares paid in the year, as ES-5 checks it (ES-5/refunds.ts): a full exit, a
 * partial withdrawal by a member who stays, or the refund of an exit of an earlier year.
 */
export interface RefundFigures {
  memberId: string;
  kind: RefundKind;
  /** ISO dates; the refund date is that of its last instalment of the year, absent when the register gives none. */
  exitDate?: string;
  refundDate?: string;
  shares?: number;
  refunded: Cents;
  /** Σ min(nominal value, paid up and not yet refunded) of the shares refunded; absent when unknown. */
  cap?: Cents;
  aboveCap: boolean;
}

/** T5 totals: the exceptions are the refunds above their cap, the exits without refund and the postponed refunds. */
export interface ExitTotals {
  exits: number;
  refunds: number;
  /** Σ refunded and Σ caps over the refunds whose cap is known. */
  refunded: Cents;
  caps: Cents;
  aboveCap: number;
  capUnknown: number;
  withoutRefund: number;
  postponed: number;
}

export interface Figures {
  members: MembershipFigures;
  meetings: MeetingFigures[];
  board: BoardFigures[];
  boardSummary: BoardSummary;
  allocation: AllocationFigures;
  exits: ExitFigures[];
  refunds: RefundFigures[];
  exitTotals: ExitTotals;
  training: TrainingFigures;
}

/** Members without a category are counted under this key. */
export const NO_CATEGORY = '-';

function emptyMovements(): MembershipMovements {
  return { start: 0, admitted: 0, refused: 0, resigned: 0, leftByRight: 0, excluded: 0, transferred: 0, exitsRefused: 0, end: 0 };
}

/**
 * T1, with the members counted by the one definition DATA-5 reconciles too (DATA-5/membership.ts):
 * one member per member ID (the first row of a repeated ID), at the start when admitted before the
 * first day and not gone before it, at the end when admitted by the last day and not gone by it (an
 * exit dated on the last day is an exit of the year), a blank or unreadable admission date counted as
 * an admission before the year and an unreadable exit date as not gone. Refusals come from the
 * applications of the year (an undated one counts in the year): of an admission (`refused`) or of a
 * resignation (`exitsRefused`).
 */
export function membershipFigures(model: Model, index: ModelIndex, start: Day, end: Day): MembershipFigures {
  const total = emptyMovements();
  const byCategory: Record<string, MembershipMovements> = {};
  const add = (category: string, key: keyof MembershipMovements) => {
    total[key] += 1;
    (byCategory[category || NO_CATEGORY] ??= emptyMovements())[key] += 1;
  };
  const { members, flags } = membersOfYear(model, index, { start, end });
  for (let i = 0; i < members.length; i++) {
    const member = members[i]!;
    const where = flags[i]!;
    const category = categoryOf(member);
    if (where & IN_YEAR.atStart) add(category, 'start');
    if (where & IN_YEAR.admitted) add(category, 'admitted');
    if (where & IN_YEAR.exited) {
      switch (member.exitReason) {
        case 'byRight':
          add(category, 'leftByRight');
          break;
        case 'exclusion':
          add(category, 'excluded');
          break;
        case 'transfer':
          add(category, 'transferred');
          break;
        default:
          add(category, 'resigned');
      }
    }
    if (where & IN_YEAR.atEnd) add(category, 'end');
  }
  for (const application of model.applications) {
    const date = application.applicationDate;
    if (application.decision !== 'refused' || !(date === undefined || (date >= start && date <= end))) continue;
    if (application.requestType === 'resignation') total.exitsRefused += 1;
    else total.refused += 1;
  }
  const endByCategory: Record<string, number> = {};
  for (const [category, movements] of Object.entries(byCategory)) if (movements.end) endByCategory[category] = movements.end;
  return { ...total, endByCategory, byCategory };
}

/** T2: one row per general meeting of the year (date + meeting id or type), by date then meeting. */
export function meetingFigures(context: Pick<EvaluationContext, 'index' | 'fiscalYear'>, parameters: Pick<Parameters, 'voteCapScope'>): MeetingFigures[] {
  return meetingsOfYear(context.index, context.fiscalYear).map(({ date, meeting, rows }) => {
    const { present, represented, votesRepresented, voters } = countVotes(rows);
    let aboveCap = 0;
    for (const voter of voters.values()) if (isAboveTenth(votesCast(voter, parameters.voteCapScope), votesRepresented)) aboveCap += 1;
    return {
      date: isoOfDay(date),
      ...(meeting !== undefined && { meeting }),
      present,
      represented,
      voters: present + represented,
      votesRepresented,
      cap: voteCap(votesRepresented),
      aboveCap,
    };
  });
}

function trainingFigures(training: TrainingOfYear, allocation: ReadonlyMap<AllocationItem, AllocatedItem>): TrainingFigures {
  const { sessions, days, participants, spent, byAudience } = training;
  const allocated = allocation.get('trainingInformation')?.amount;
  const annualResources = allocation.get('annualResources')?.amount;
  return {
    sessions,
    days,
    participants,
    spent,
    byAudience,
    ...(allocated !== undefined && { allocated }),
    ...(annualResources !== undefined && { annualResources }),
  };
}

/** T4: the allocation items of the year with their workbook wording; dividends as ES-8 reads them. */
function allocationFigures(context: EvaluationContext, allocation: ReadonlyMap<AllocationItem, AllocatedItem>): AllocationFigures {
  const figures: AllocationFigures = Object.fromEntries([...allocation].map(([item, { amount }]) => [item, amount]));
  const labels = Object.fromEntries([...allocation].map(([item, { label }]) => [item, label]));
  const dividends = dividendsOfYear(context.model, context.fiscalYear, context.parameters.distributionYear, allocation);
  if (dividends.allocated || dividends.paid > 0) {
    figures.dividends = dividends.amount;
    if (dividends.allocated) figures.dividendsAllocated = dividends.allocated.amount;
    if (dividends.paid > 0) figures.dividendsPaid = dividends.paid;
  }
  return { ...figures, ...(Object.keys(labels).length && { labels }), ...highestDividendRate(context) };
}

function boardFigures(model: Model, fiscalYear: FiscalYear): BoardFigures[] {
  const iso = (day: Day | undefined) => (day === undefined ? undefined : isoOfDay(day));
  return model.directors
    .filter((d) => servedInYear(d, fiscalYear))
    .map((d) => {
      const mandateKind = mandateKindOf(d, model.directors, fiscalYear);
      return {
        name: d.name,
        role: d.role,
        memberId: d.memberId,
        appointedBy: d.appointedBy,
        ...(mandateKind && { mandateKind }),
        ...(d.meetingsAttended !== undefined && { meetingsAttended: d.meetingsAttended }),
        appointmentDate: iso(d.appointmentDate),
        confirmedByGaDate: iso(d.confirmedByGaDate),
        mandateEnd: iso(d.mandateEnd),
        remuneration: d.remuneration ?? 0,
        attendanceFees: d.attendanceFees ?? 0,
        allowance: d.allowance ?? 0,
        gaAuthorisedAmount: d.gaAuthorisedAmount,
        profitLinked: d.profitLinked ?? false,
      };
    });
}

/**
 * T3 summary: the directors' mandates that began in the year (new, renewed, co-opted), the directors
 * in office at the year's end, and, when the statutes' number of seats is given, the vacancies.
 */
function boardSummary(board: readonly BoardFigures[], fiscalYear: FiscalYear, boardSeats: number | undefined): BoardSummary {
  const directors = board.filter((d) => d.role === 'director');
  const count = (kind: MandateKind) => directors.filter((d) => d.mandateKind === kind).length;
  const yearEnd = isoOfDay(fiscalYear.end);
  const inOffice = directors.filter(
    (d) => (d.appointmentDate === undefined || d.appointmentDate <= yearEnd) && (d.mandateEnd === undefined || d.mandateEnd > yearEnd),
  ).length;
  return {
    newMandates: count('new'),
    renewed: count('renewed'),
    coopted: count('coopted'),
    inOffice,
    ...(boardSeats !== undefined && { seats: boardSeats, vacancies: Math.max(0, boardSeats - inOffice) }),
  };
}

function highestDividendRate(context: EvaluationContext): Pick<AllocationFigures, 'highestDividendRatePpm' | 'highestDividendMemberId'> {
  const { index, fiscalYear, parameters: p } = context;
  const esReading = p.accreditations.includes('ES');
  const net = !esReading || p.esRateNetOfTax;
  const dividends = returnsByMember(index, fiscalYear, RETURN_ON_CAPITAL, (d) => (net ? netOf(d, p.withholdingTaxRate) : grossOf(d)), p.distributionYear);
  if (dividends.size === 0) return {};
  const ratings = rateEachMember(dividends, index, fiscalYear, esReading ? p.dividendBase : 'nominal', p.proRataTemporis, p.maxDividendRate);
  const highest = highestRate(ratings);
  return highest ? { highestDividendRatePpm: highest.ratePpm, highestDividendMemberId: highest.memberId } : {};
}

function exitFigures(context: EvaluationContext): Pick<Figures, 'exits' | 'refunds' | 'exitTotals'> {
  const { model, index, fiscalYear } = context;
  const iso = (day: Day | undefined) => (day === undefined ? undefined : isoOfDay(day));
  const year = refundsOfYear(model, index, fiscalYear);
  const exits: ExitFigures[] = year.exits.map((exit) => ({
    memberId: exit.member.memberId,
    exitDate: isoOfDay(exit.exitDate),
    exitReason: exit.member.exitReason,
    refunded: exit.refunded,
    cap: exit.cap,
    postponed: exit.postponed,
    refundMissing: refundMissing(exit),
  }));
  const refunds: RefundFigures[] = year.refunds.map((r) => ({
    memberId: r.memberId,
    kind: r.kind,
    exitDate: iso(r.exitDate),
    refundDate: iso(r.date),
    shares: r.shares,
    refunded: r.refunded,
    cap: r.cap,
    aboveCap: r.cap !== undefined && r.refunded > r.cap,
  }));
  const known = refunds.filter((r) => r.cap !== undefined);
  const exitTotals: ExitTotals = {
    exits: exits.length,
    refunds: refunds.length,
    refunded: known.reduce((sum, r) => sum + r.refunded, 0),
    caps: known.reduce((sum, r) => sum + r.cap!, 0),
    aboveCap: refunds.filter((r) => r.aboveCap).length,
    capUnknown: refunds.length - known.length,
    withoutRefund: exits.filter((e) => e.refundMissing).length,
    postponed: exits.filter((e) => e.postponed).length,
  };
  return { exits, refunds, exitTotals };
}

export function computeFigures(context: EvaluationContext): Figures {
  const { model, fiscalYear, parameters } = context;
  const allocation = allocationOfYear(model.allocation, fiscalYear.year);
  const board = boardFigures(model, fiscalYear);
  return {
    members: membershipFigures(model, context.index, fiscalYear.start, fiscalYear.end),
    meetings: meetingFigures(context, parameters),
    board,
    boardSummary: boardSummary(board, fiscalYear, parameters.boardSeats),
    allocation: allocationFigures(context, allocation),
    ...exitFigures(context),
    training: trainingFigures(trainingOfYear(model.training, fiscalYear), allocation),
  };
}
