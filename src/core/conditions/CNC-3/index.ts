import { defineCondition } from '../condition';
import { isoOfDay } from '../../dates';
import type { MeetingAttendance } from '../../model';
import { countVotes, isAboveTenth, votesCast } from '../ES-7/votes';
import { messages } from './messages';

/**
 * CNC-3 — all members have an equal vote at the general meeting whatever their number of shares (AR
 * 8 January 1962, art. 1 §1 3°), or, as the derogation allows, nobody votes for more than one tenth of
 * the votes present or represented. `votingMode` says which rule the statutes chose; the proxy limit
 * of the statutes (`maxProxiesPerHolder`) is checked under both. Meetings are those dated in the
 * fiscal year.
 */
export default defineCondition({
  id: 'CNC-3',
  group: 'CNC',
  kind: 'data',
  title: {
    fr: 'Vote démocratique : un membre, une voix, ou aucun associé au-delà du dixième des voix',
    nl: 'Democratische stemming: één vennoot, één stem, of geen vennoot boven een tiende van de stemmen',
    en: 'Democratic vote: one member, one vote, or nobody above one tenth of the votes',
  },
  legalBasis: {
    fr: 'AR du 8 janvier 1962, art. 1er, §1er, 3°',
    nl: 'KB van 8 januari 1962, art. 1, §1, 3°',
    en: 'Royal Decree of 8 January 1962, art. 1 §1 3°',
  },
  requires: [{ sheet: 'meetings', columns: ['meetingDate', 'memberId', 'attendance'] }],
  messages,
  evaluate({ index, parameters, fiscalYear }, report) {
    const { votingMode, maxProxiesPerHolder, voteCapScope } = parameters;
    let meetings = 0;
    for (const [date, rows] of index.meetingsByDate) {
      if (date < fiscalYear.start || date > fiscalYear.end) continue;
      meetings += 1;
      const meetingDate = isoOfDay(date);

      if (votingMode === 'one-member-one-vote') {
        // A member's own votes, over every row they appear on (present or represented): a second row is a second vote.
        const own = new Map<string, { votes: number; row: MeetingAttendance }>();
        for (const row of rows) {
          if (row.attendance !== 'present' && row.attendance !== 'represented') continue;
          const seen = own.get(row.memberId);
          if (!seen) own.set(row.memberId, { votes: row.votes, row });
          else {
            // The row that takes the member past one vote shows the problem.
            if (seen.votes <= 1 && seen.votes + row.votes > 1) seen.row = row;
            seen.votes += row.votes;
          }
        }
        for (const [memberId, { votes, row }] of own) {
          if (votes === 1) continue;
          report('memberVotesNotOne', { origin: row.origin, field: 'votes' }, `${memberId} ${meetingDate}`, { memberId, meetingDate, votes });
        }
      } else {
        const { votesRepresented, voters } = countVotes(rows);
        for (const voter of voters.values()) {
          const votes = votesCast(voter, voteCapScope);
          if (!isAboveTenth(votes, votesRepresented)) continue;
          report('voterAboveTenth', { origin: voter.row.origin, field: 'votes' }, `${voter.memberId} ${meetingDate}`, {
            memberId: voter.memberId, meetingDate, votes, votesRepresented,
          });
        }
      }

      if (maxProxiesPerHolder !== undefined) {
        // The proxy that takes the holder past the limit is the cell to show.
        const proxies = new Map<string, { count: number; firstExcess?: MeetingAttendance }>();
        for (const row of rows) {
          if (row.attendance !== 'represented' || !row.proxyHolderId) continue;
          const held = proxies.get(row.proxyHolderId) ?? { count: 0 };
          held.count += 1;
          if (held.count === maxProxiesPerHolder + 1) held.firstExcess = row;
          proxies.set(row.proxyHolderId, held);
        }
        for (const [proxyHolderId, { count, firstExcess }] of proxies) {
          if (!firstExcess) continue;
          report('tooManyProxies', { origin: firstExcess.origin, field: 'proxyHolderId' }, `${proxyHolderId} ${meetingDate}`, {
            proxyHolderId, meetingDate, proxies: count, maxProxies: maxProxiesPerHolder,
          });
        }
      }
    }
    if (meetings === 0) return { notApplicable: { messageId: 'noMeetingInYear', params: { year: fiscalYear.year } } };
    return { evidence: { messageId: 'meetingsChecked', params: { meetings, votingMode } } };
  },
});
