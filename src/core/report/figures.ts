/**
 * The figures of the special report (CONDITIONS.md "The special report", DESIGN.md JSON `figures`),
 * computed from the model as plain data. Each table has its own module.
 */
import type { EvaluationContext } from '../conditions/condition';
import type { Cents } from '../money';

export interface MembershipFigures {
  start: number;
  admitted: number;
  refused: number;
  resigned: number;
  leftByRight: number;
  excluded: number;
  exitsRefused: number;
  end: number;
  endByCategory: Record<string, number>;
  /** The same movements per category (T1 is laid out per category). */
  byCategory: Record<string, Omit<MembershipFigures, 'byCategory' | 'endByCategory'>>;
}

export interface MeetingFigures {
  /** ISO date. */
  date: string;
  present: number;
  represented: number;
  voters: number;
  votesRepresented: number;
  /** One tenth of the votes represented (CSA 8:5 / AR 28 June 2019 art. 6). */
  cap: number;
  aboveCap: number;
}

export interface TrainingFigures {
  days: number;
  participants: number;
  amount: Cents;
}

export interface Figures {
  members: MembershipFigures;
  meetings: MeetingFigures[];
  training: TrainingFigures;
  allocation: Record<string, Cents>;
}

export function computeFigures(context: EvaluationContext): Figures {
  void context;
  return {
    members: { start: 0, admitted: 0, refused: 0, resigned: 0, leftByRight: 0, excluded: 0, exitsRefused: 0, end: 0, endByCategory: {}, byCategory: {} },
    meetings: [],
    training: { days: 0, participants: 0, amount: 0 },
    allocation: {},
  };
}
