/**
 * The figures of the special report (CONDITIONS.md "The special report", DESIGN.md JSON `figures`),
 * computed from the model as plain data, in one pass over each sheet.
 */
import type { EvaluationContext } from '../conditions/condition';
import type { Cents, Ppm } from '../money';
import type { Day, FiscalYear } from '../dates';
import { isoOfDay } from '../dates';
import type { AllocationItem, AppointedBy, DistributionKind, ExitReason, Member, Model } from '../model';
import type { Parameters } from '../parameters';
import { countVotes, isAboveTenth, votesCast } from '../conditions/ES-7/votes';
import { allocationOfYear, type AllocatedItem } from '../conditions/shared/allocation';
import { trainingOfYear, type TrainingOfYear } from '../conditions/shared/training';
import { grossOf, netOf, returnsByMember } from '../conditions/shared/distributions';
import { highestRate, rateEachMember } from '../conditions/shared/rate-cap';
import { exitRefundOf } from '../conditions/ES-5/refunds';
import { servedInYear } from '../conditions/ES-6/pay';

export interface MembershipMovements {
  start: number;
  admitted: number;
  refused: number;
  resigned: number;
  leftByRight: number;
  excluded: number;
  /** Transfers of all of a member's shares to another person (cession / overdracht). */
  transferred: number;
  /** Resignations refused; no sheet of the data contract records them yet, so this stays 0. */
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
  present: number;
  represented: number;
  /** Members present or represented. */
  voters: number;
  votesRepresented: number;
  /** One tenth of the votes represented (CSA art. 8:5 §1; AR 28 June 2019 art. 6). */
  cap: number;
  /** Voters whose votes exceed the cap, counted per `voteCapScope`. */
  aboveCap: number;
}

export interface TrainingFigures {
  sessions: number;
  days: number;
  participants: number;
  /** Σ of the training sheet's costs, or the allocation's information-and-training line when they are 0. */
  amount: Cents;
}

/** T3: one row per director in office during the year. */
export interface BoardFigures {
  name: string;
  memberId?: string;
  appointedBy?: AppointedBy;
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

/** T4: allocation item → amount for the fiscal year, with the highest effective dividend rate. */
export type AllocationFigures = Partial<Record<AllocationItem, Cents>> & {
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
}

export interface Figures {
  members: MembershipFigures;
  meetings: MeetingFigures[];
  board: BoardFigures[];
  allocation: AllocationFigures;
  exits: ExitFigures[];
  training: TrainingFigures;
}

/** Members without a category are counted under this key. */
export const NO_CATEGORY = '-';

function emptyMovements(): MembershipMovements {
  return { start: 0, admitted: 0, refused: 0, resigned: 0, leftByRight: 0, excluded: 0, transferred: 0, exitsRefused: 0, end: 0 };
}

/**
 * Members at the start: admitted before the first day and not gone before it; at the end: admitted
 * by the last day and not gone by it (an exit dated on the last day is an exit of the year), so that
 * start + admitted − exits of the year = end. A member with no admission date counts as admitted
 * before the year (DATA-2 reports the blank or unreadable date).
 */
export function membershipFigures(model: Model, start: Day, end: Day): MembershipFigures {
  const total = emptyMovements();
  const byCategory: Record<string, MembershipMovements> = {};
  const add = (member: Member, key: keyof MembershipMovements) => {
    total[key] += 1;
    (byCategory[member.category || NO_CATEGORY] ??= emptyMovements())[key] += 1;
  };
  for (const member of model.members) {
    if (!member.memberId) continue;
    const admitted = member.admissionDate ?? Number.NEGATIVE_INFINITY;
    const exited = member.exitDate ?? Number.POSITIVE_INFINITY;
    if (admitted < start && exited >= start) add(member, 'start');
    if (admitted >= start && admitted <= end) add(member, 'admitted');
    if (exited >= start && exited <= end) {
      switch (member.exitReason) {
        case 'byRight': add(member, 'leftByRight'); break;
        case 'exclusion': add(member, 'excluded'); break;
        case 'transfer': add(member, 'transferred'); break;
        default: add(member, 'resigned');
      }
    }
    if (admitted <= end && exited > end) add(member, 'end');
  }
  for (const application of model.applications) {
    const date = application.applicationDate;
    if (application.decision === 'refused' && (date === undefined || (date >= start && date <= end))) total.refused += 1;
  }
  const endByCategory: Record<string, number> = {};
  for (const [category, movements] of Object.entries(byCategory)) if (movements.end) endByCategory[category] = movements.end;
  return { ...total, endByCategory, byCategory };
}

export function meetingFigures(context: Pick<EvaluationContext, 'index' | 'fiscalYear'>, parameters: Pick<Parameters, 'voteCapScope'>): MeetingFigures[] {
  const meetings: MeetingFigures[] = [];
  const { start, end } = context.fiscalYear;
  for (const [date, rows] of context.index.meetingsByDate) {
    if (date < start || date > end) continue;
    const { present, represented, votesRepresented, voters } = countVotes(rows);
    let aboveCap = 0;
    for (const voter of voters.values()) if (isAboveTenth(votesCast(voter, parameters.voteCapScope), votesRepresented)) aboveCap += 1;
    meetings.push({ date: isoOfDay(date), present, represented, voters: present + represented, votesRepresented, cap: votesRepresented / 10, aboveCap });
  }
  return meetings.sort((a, b) => (a.date < b.date ? -1 : 1));
}

function trainingFigures(training: TrainingOfYear, allocation: ReadonlyMap<AllocationItem, AllocatedItem>): TrainingFigures {
  const { sessions, days, participants, costs } = training;
  return { sessions, days, participants, amount: costs > 0 ? costs : allocation.get('trainingInformation')?.amount ?? 0 };
}

function boardFigures(model: Model, fiscalYear: FiscalYear): BoardFigures[] {
  const iso = (day: Day | undefined) => (day === undefined ? undefined : isoOfDay(day));
  return model.directors.filter((d) => servedInYear(d, fiscalYear)).map((d) => ({
    name: d.name, memberId: d.memberId, appointedBy: d.appointedBy, appointmentDate: iso(d.appointmentDate),
    confirmedByGaDate: iso(d.confirmedByGaDate), mandateEnd: iso(d.mandateEnd), remuneration: d.remuneration ?? 0,
    attendanceFees: d.attendanceFees ?? 0, allowance: d.allowance ?? 0, gaAuthorisedAmount: d.gaAuthorisedAmount,
    profitLinked: d.profitLinked ?? false,
  }));
}

const DIVIDENDS: ReadonlySet<DistributionKind> = new Set(['dividend']);

function highestDividendRate(context: EvaluationContext): Pick<AllocationFigures, 'highestDividendRatePpm' | 'highestDividendMemberId'> {
  const { index, fiscalYear, parameters: p } = context;
  const esReading = p.accreditations.includes('ES');
  const net = !esReading || p.esRateNetOfTax;
  const dividends = returnsByMember(index, fiscalYear, DIVIDENDS, (d) => (net ? netOf(d, p.withholdingTaxRate) : grossOf(d)));
  if (dividends.size === 0) return {};
  const ratings = rateEachMember(dividends, index, fiscalYear, esReading ? p.dividendBase : 'nominal', p.proRataTemporis, p.maxDividendRate);
  const highest = highestRate(ratings);
  return highest ? { highestDividendRatePpm: highest.ratePpm, highestDividendMemberId: highest.memberId } : {};
}

function exitFigures(context: EvaluationContext): ExitFigures[] {
  const { model, index, fiscalYear } = context;
  const exits: ExitFigures[] = [];
  for (const member of model.members) {
    const exitDate = member.exitDate;
    if (!member.memberId || exitDate === undefined || exitDate < fiscalYear.start || exitDate > fiscalYear.end) continue;
    const { refunded, cap } = exitRefundOf(member, index.movementsByMember.get(member.memberId), fiscalYear, index.journalStart);
    exits.push({
      memberId: member.memberId, exitDate: isoOfDay(exitDate), exitReason: member.exitReason, refunded, cap,
      postponed: member.refundPostponed ?? false,
    });
  }
  return exits;
}

export function computeFigures(context: EvaluationContext): Figures {
  const { model, fiscalYear, parameters } = context;
  const allocation = allocationOfYear(model.allocation, fiscalYear.year);
  return {
    members: membershipFigures(model, fiscalYear.start, fiscalYear.end),
    meetings: meetingFigures(context, parameters),
    board: boardFigures(model, fiscalYear),
    allocation: {
      ...Object.fromEntries([...allocation].map(([item, { amount }]) => [item, amount])),
      ...highestDividendRate(context),
    },
    exits: exitFigures(context),
    training: trainingFigures(trainingOfYear(model.training, fiscalYear), allocation),
  };
}
