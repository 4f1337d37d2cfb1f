import { defineCondition } from '../condition';
import { isoOfDay } from '../../dates';
import { countVotes, isAboveTenth, votesCast } from './votes';
import { messages } from './messages';

/**
 * ES-7 — no shareholder may vote with more than one tenth of the votes attached to the shares
 * present or represented: CSA/WVV art. 8:5 §1 and AR 28 June 2019, art. 6.
 * Meetings are those dated inside the fiscal year.
 */
export default defineCondition({
  id: 'ES-7',
  group: 'ES',
  kind: 'data',
  title: {
    fr: "Aucun actionnaire ne vote pour plus d'un dixième des voix présentes ou représentées",
    nl: 'Geen aandeelhouder stemt met meer dan een tiende van de aanwezige of vertegenwoordigde stemmen',
    en: 'No shareholder votes with more than one tenth of the votes present or represented',
  },
  legalBasis: {
    fr: 'CSA art. 8:5 §1 ; AR du 28 juin 2019, art. 6',
    nl: 'WVV art. 8:5 §1; KB van 28 juni 2019, art. 6',
    en: 'CSA art. 8:5 §1; Royal Decree of 28 June 2019, art. 6',
  },
  requires: [{ sheet: 'meetings', columns: ['meetingDate', 'memberId', 'attendance'] }],
  messages,
  evaluate({ index, parameters, fiscalYear }, report) {
    let meetings = 0;
    let highestPpm = 0;
    for (const [date, rows] of index.meetingsByDate) {
      if (date < fiscalYear.start || date > fiscalYear.end) continue;
      meetings += 1;
      const { votesRepresented, voters } = countVotes(rows);
      const meetingDate = isoOfDay(date);
      for (const voter of voters.values()) {
        const votes = votesCast(voter, parameters.voteCapScope);
        if (votesRepresented > 0) highestPpm = Math.max(highestPpm, Math.round((votes * 1_000_000) / votesRepresented));
        if (!isAboveTenth(votes, votesRepresented)) continue;
        report('voterAboveTenth', { origin: voter.row.origin, field: 'votes' }, `${voter.memberId} ${meetingDate}`, {
          memberId: voter.memberId, meetingDate, votes, ownVotes: voter.ownVotes, proxies: voter.proxies, votesRepresented,
        });
      }
    }
    if (meetings === 0) return { notApplicable: { messageId: 'noMeetingInYear', params: { year: fiscalYear.year } } };
    return { evidence: { messageId: 'highestShare', params: { meetings, highestPpm } } };
  },
});
