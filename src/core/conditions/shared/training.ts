/**
 * The year's information and training effort, shared by CNC-8 and report table T6: sessions dated in
 * the fiscal year (an undated session counts as this year's), days, participants and the amount
 * spent, per audience. CNC-8 counts only what goes to members, prospective members or the public
 * (AR 8 January 1962 art. 1 §1 8°): training for staff only does not count, and a session whose
 * audience is not given cannot be counted.
 */
import type { Cents } from '../../money';
import type { FiscalYear } from '../../dates';
import type { TrainingAudience, TrainingSession } from '../../model';

export interface TrainingTotals {
  sessions: number;
  days: number;
  participants: number;
  /** Σ of the sessions' costs: the amount spent. */
  spent: Cents;
}

/** A session's audience, or `unspecified` when its cell is blank or does not parse. */
export type AudienceKey = TrainingAudience | 'unspecified';
export const AUDIENCE_KEYS: readonly AudienceKey[] = ['members', 'prospects', 'public', 'staff', 'unspecified'];
/** The audiences CNC-8 counts: members, prospective members, the public. */
export const COUNTED_AUDIENCES: ReadonlySet<AudienceKey> = new Set(['members', 'prospects', 'public']);

export interface TrainingOfYear extends TrainingTotals {
  /** The totals above are of the counted audiences (members, prospects, public) only. */
  byAudience: Partial<Record<AudienceKey, TrainingTotals>>;
  /** The first counted session of the year, where a finding about missing costs points. */
  first?: TrainingSession;
  /** The first session of the year whose audience is not given. */
  firstUnspecified?: TrainingSession;
}

const empty = (): TrainingTotals => ({ sessions: 0, days: 0, participants: 0, spent: 0 });

export function trainingOfYear(sessions: readonly TrainingSession[], fiscalYear: FiscalYear): TrainingOfYear {
  // Days may be halves: summed in hundredths to stay exact.
  const hundredths = new Map<AudienceKey, number>();
  const byAudience: Partial<Record<AudienceKey, TrainingTotals>> = {};
  let first: TrainingSession | undefined;
  let firstUnspecified: TrainingSession | undefined;
  for (const session of sessions) {
    if (session.date !== undefined && (session.date < fiscalYear.start || session.date > fiscalYear.end)) continue;
    const key: AudienceKey = session.audience ?? 'unspecified';
    const totals = (byAudience[key] ??= empty());
    totals.sessions += 1;
    hundredths.set(key, (hundredths.get(key) ?? 0) + Math.round((session.days ?? 0) * 100));
    totals.participants += session.participants ?? 0;
    totals.spent += session.cost ?? 0;
    if (COUNTED_AUDIENCES.has(key)) first ??= session;
    else if (key === 'unspecified') firstUnspecified ??= session;
  }
  const counted = empty();
  let countedHundredths = 0;
  for (const key of AUDIENCE_KEYS) {
    const totals = byAudience[key];
    if (!totals) continue;
    totals.days = hundredths.get(key)! / 100;
    if (!COUNTED_AUDIENCES.has(key)) continue;
    counted.sessions += totals.sessions;
    countedHundredths += hundredths.get(key)!;
    counted.participants += totals.participants;
    counted.spent += totals.spent;
  }
  return { ...counted, days: countedHundredths / 100, byAudience, ...(first && { first }), ...(firstUnspecified && { firstUnspecified }) };
}
