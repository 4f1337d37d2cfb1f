/**
 * Votes at one general meeting, shared by ES-7, CNC-3 and report table T2.
 *
 * V = the votes attached to the shares present or represented. Under `voteCapScope: attendee` a voter
 * casts their own votes plus the votes of every member they represent ("pour lui-même et comme
 * mandataire", the cautious reading most statutes use); under `shareholder` only their own.
 */
import type { MeetingAttendance } from '../../model';
import type { VoteCapScope } from '../../parameters';

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

/** No voter may exceed one tenth of V: votes × 10 ≤ V, in integers so that exactly V/10 passes. */
export function isAboveTenth(votes: number, votesRepresented: number): boolean {
  return votes * 10 > votesRepresented;
}
