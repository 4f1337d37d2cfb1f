/**
 * The figures of the special report (CONDITIONS.md "The special report", DESIGN.md JSON `figures`),
 * computed from the model as plain data, in one pass over each sheet.
 */
import type { EvaluationContext } from '../conditions/condition';
import type { Cents } from '../money';
import type { Day } from '../dates';
import { isoOfDay } from '../dates';
import type { AllocationItem, Member, Model } from '../model';
import type { Parameters } from '../parameters';
import { countVotes, isAboveTenth, votesCast } from '../conditions/ES-7/votes';

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
  /** Σ of the training sheet's costs, or the allocation's information-and-training line without one. */
  amount: Cents;
}

export interface Figures {
  members: MembershipFigures;
  meetings: MeetingFigures[];
  training: TrainingFigures;
  /** Allocation item → amount for the fiscal year. */
  allocation: Partial<Record<AllocationItem, Cents>>;
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

function allocationFigures(model: Model, year: number): Partial<Record<AllocationItem, Cents>> {
  const allocation: Partial<Record<AllocationItem, Cents>> = {};
  for (const line of model.allocation) {
    if (!line.item || line.amount === undefined || (line.year !== undefined && line.year !== year)) continue;
    allocation[line.item] = (allocation[line.item] ?? 0) + line.amount;
  }
  return allocation;
}

function trainingFigures(model: Model, start: Day, end: Day, allocation: Partial<Record<AllocationItem, Cents>>): TrainingFigures {
  const figures: TrainingFigures = { sessions: 0, days: 0, participants: 0, amount: 0 };
  let costs = 0;
  let anyCost = false;
  for (const session of model.training) {
    if (session.date !== undefined && (session.date < start || session.date > end)) continue;
    figures.sessions += 1;
    // Days may be halves; summed in hundredths to keep the total exact.
    figures.days += Math.round((session.days ?? 0) * 100);
    figures.participants += session.participants ?? 0;
    if (session.cost !== undefined) { costs += session.cost; anyCost = true; }
  }
  figures.days /= 100;
  figures.amount = anyCost ? costs : allocation.trainingInformation ?? 0;
  return figures;
}

export function computeFigures(context: EvaluationContext): Figures {
  const { model, fiscalYear, parameters } = context;
  const allocation = allocationFigures(model, fiscalYear.year);
  return {
    members: membershipFigures(model, fiscalYear.start, fiscalYear.end),
    meetings: meetingFigures(context, parameters),
    training: trainingFigures(model, fiscalYear.start, fiscalYear.end, allocation),
    allocation,
  };
}
