/**
 * The year's information and training effort, shared by CNC-8 and report table T6: sessions dated in
 * the fiscal year (an undated session counts as this year's), days, participants and costs.
 */
import type { Cents } from '../../money';
import type { FiscalYear } from '../../dates';
import type { TrainingSession } from '../../model';

export interface TrainingOfYear {
  sessions: number;
  days: number;
  participants: number;
  costs: Cents;
  /** The first session of the year, where a finding about missing costs points. */
  first?: TrainingSession;
}

export function trainingOfYear(sessions: readonly TrainingSession[], fiscalYear: FiscalYear): TrainingOfYear {
  let count = 0;
  // Days may be halves: summed in hundredths to stay exact.
  let hundredthDays = 0;
  let participants = 0;
  let costs = 0;
  let first: TrainingSession | undefined;
  for (const session of sessions) {
    if (session.date !== undefined && (session.date < fiscalYear.start || session.date > fiscalYear.end)) continue;
    count += 1;
    hundredthDays += Math.round((session.days ?? 0) * 100);
    participants += session.participants ?? 0;
    costs += session.cost ?? 0;
    first ??= session;
  }
  return { sessions: count, days: hundredthDays / 100, participants, costs, first };
}
