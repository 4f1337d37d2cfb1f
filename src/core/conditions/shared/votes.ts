/**
 * Votes at one general meeting, shared by ES-7, CNC-3 and report table T2.
 *
 * A meeting is a date and a meeting id or type (model-index.ts `generalMeetings`): an ordinary and
 * an extraordinary GA held the same day are two meetings, and a member on both lists has one vote at
 * each, not two at one.
 *
 * V = the votes attached to the shares present or represented. Under `voteCapScope: attendee` a voter
 * casts their own votes plus the votes of every member they represent ("pour lui-même et comme
 * mandataire", the cautious reading most statutes use); under `shareholder` only their own. Nobody
 * may cast more than max(1, V/10) votes: one vote of one's own is never above the cap, so that with
 * fewer than ten voters nobody breaches by holding a single vote.
 */
import type { FiscalYear } from '../../dates';
import { isoOfDay } from '../../dates';
import type { MeetingAttendance, Model } from '../../model';
import type { GeneralMeeting, ModelIndex } from '../../model-index';
import type { Parameters, VoteCapScope } from '../../parameters';
import type { MissingInput } from '../condition';

export interface Voter {
  memberId: string;
  /** The voter's own attendance row, when the voter is present; else the first row they represent. */
  row: MeetingAttendance;
  ownVotes: number;
  proxyVotes: number;
  proxies: number;
}

export interface MeetingVotes {
  present: number;
  represented: number;
  votesRepresented: number;
  voters: Map<string, Voter>;
}

export function countVotes(rows: readonly MeetingAttendance[]): MeetingVotes {
  const voters = new Map<string, Voter>();
  let present = 0;
  let represented = 0;
  let votesRepresented = 0;
  const voterOf = (memberId: string, row: MeetingAttendance) => {
    let voter = voters.get(memberId);
    if (!voter) voters.set(memberId, (voter = { memberId, row, ownVotes: 0, proxyVotes: 0, proxies: 0 }));
    return voter;
  };
  for (const row of rows) {
    if (row.attendance === 'present') {
      present += 1;
      votesRepresented += row.votes;
      const voter = voterOf(row.memberId, row);
      voter.row = row;
      voter.ownVotes += row.votes;
    } else if (row.attendance === 'represented') {
      represented += 1;
      votesRepresented += row.votes;
      // A represented member without a named proxy holder still counts in V but adds to nobody's votes.
      if (row.proxyHolderId) {
        const holder = voterOf(row.proxyHolderId, row);
        holder.proxyVotes += row.votes;
        holder.proxies += 1;
      }
    }
  }
  return { present, represented, votesRepresented, voters };
}

export function votesCast(voter: Voter, scope: VoteCapScope): number {
  return scope === 'attendee' ? voter.ownVotes + voter.proxyVotes : voter.ownVotes;
}

/** The most votes one voter may cast, in whole votes: one tenth of V rounded down, and never less than one. */
export function voteCap(votesRepresented: number): number {
  return Math.max(1, Math.floor(votesRepresented / 10));
}

/** Above max(1, V/10): exactly V/10 passes, and so does a single vote whatever V. */
export function isAboveTenth(votes: number, votesRepresented: number): boolean {
  return votes > voteCap(votesRepresented);
}

/** The general meetings dated inside the fiscal year, by date then meeting. */
export function meetingsOfYear(index: ModelIndex, fy: FiscalYear): GeneralMeeting[] {
  return index.generalMeetings.filter((m) => m.date >= fy.start && m.date <= fy.end);
}

/** What a finding about a meeting carries: its ISO date and, when given, its id or type. */
export function meetingParams(meeting: GeneralMeeting): { meetingDate: string; meeting?: string } {
  return { meetingDate: isoOfDay(meeting.date), ...(meeting.meeting !== undefined && { meeting: meeting.meeting }) };
}

/** A finding's subject at a meeting: "M001 2025-06-17", "M001 2025-06-17 AGE". */
export function meetingSubject(who: string, meeting: GeneralMeeting): string {
  return `${who} ${isoOfDay(meeting.date)}${meeting.meeting !== undefined ? ` ${meeting.meeting}` : ''}`;
}

/**
 * The inputs the one-tenth cap cannot do without, found missing while evaluating (CONDITIONS.md
 * "Never pass on half the evidence"): under capped voting the votes column (without it every member
 * would silently get one vote), and under the attendee scope the proxy holder column when members
 * were represented (without it nobody's proxies can be counted). Shared with CNC-3.
 */
export function missingVoteInputs(model: Model, parameters: Pick<Parameters, 'votingMode' | 'voteCapScope'>, proxiesCounted: boolean): MissingInput[] {
  const columns = model.mappings.meetings?.columns ?? {};
  const missing: string[] = [];
  if (parameters.votingMode === 'capped' && columns.votes === undefined) missing.push('votes');
  if (proxiesCounted && columns.proxyHolderId === undefined && model.meetings.some((row) => row.attendance === 'represented')) missing.push('proxyHolderId');
  return missing.length ? [{ sheet: 'meetings', columns: missing }] : [];
}
