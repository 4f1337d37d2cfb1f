import { defineCondition } from '../condition';
import type { MeetingAttendance } from '../../model';
import { countVotes, isAboveTenth, meetingParams, meetingSubject, meetingsOfYear, missingVoteInputs, voteCap, votesCast } from '../shared/votes';
import { CNC3_BASIS, messages } from './messages';

/**
 * CNC-3 — all members have an equal vote at the general meeting whatever their number of shares (AR
 * 8 January 1962, art. 1 §1 3°), or, as the derogation allows, nobody votes for more than one tenth of
 * the votes present or represented. `votingMode` says which rule the statutes chose; the proxy limit
 * of the statutes (`maxProxiesPerHolder`) is checked under both. Meetings are those dated in the
 * fiscal year, one per date and meeting id or type (shared/votes.ts).
 */
export default defineCondition({
  id: 'CNC-3',
  group: 'CNC',
  kind: 'data',
  title: {
    fr: 'Vote démocratique : un membre, une voix, ou aucun sociétaire au-delà du dixième des voix',
    nl: 'Democratische stemming: één lid, één stem, of geen aandeelhouder boven een tiende van de stemmen',
    en: 'Democratic vote: one member, one vote, or nobody above one tenth of the votes',
  },
  legalBasis: CNC3_BASIS,
  description: {
    fr: "Pour chaque assemblée générale de l'exercice (une date et un type d'AG : une AG ordinaire et une AG extraordinaire tenues le même jour sont deux assemblées), CoopCheck applique le mode de vote des statuts. « Un membre, une voix » : chaque sociétaire présent ou représenté a exactement une voix, et un sociétaire inscrit deux fois à la même assemblée en a deux. Plafond d'un dixième : comme pour l'entreprise sociale, personne n'exerce plus d'un dixième des voix présentes ou représentées, compté en voix entières et jamais moins d'une voix ; sans colonne des voix, la condition n'est pas évaluée. Dans les deux modes, le nombre maximal de procurations par mandataire fixé par les statuts est vérifié.",
    nl: 'Voor elke algemene vergadering van het boekjaar (een datum en een soort AV: een gewone en een buitengewone AV op dezelfde dag zijn twee vergaderingen) past CoopCheck de stemwijze van de statuten toe. "Eén lid, één stem": elke aanwezige of vertegenwoordigde aandeelhouder heeft precies één stem, en wie twee keer op dezelfde vergadering staat, heeft er twee. Plafond van een tiende: zoals voor de sociale onderneming brengt niemand meer dan een tiende van de aanwezige of vertegenwoordigde stemmen uit, geteld in hele stemmen en nooit minder dan één stem; zonder kolom met de stemmen wordt de voorwaarde niet geëvalueerd. In beide gevallen wordt het statutaire maximum aantal volmachten per volmachtdrager nagegaan.',
    en: 'For every general meeting of the fiscal year (a date and a meeting type: an ordinary and an extraordinary meeting held the same day are two meetings), CoopCheck applies the voting mode of the statutes. One member, one vote: every member present or represented has exactly one vote, and a member listed twice at the same meeting has two. One-tenth cap: as for the social enterprise, nobody casts more than one tenth of the votes present or represented, counted in whole votes and never less than one vote; without a votes column the condition is not evaluated. Under both modes the statutory maximum of proxies per holder is checked.',
  },
  parameters: ['votingMode', 'voteCapScope', 'maxProxiesPerHolder'],
  requires: [{ sheet: 'meetings', columns: ['meetingDate', 'memberId', 'attendance'] }],
  messages,
  evaluate({ model, index, parameters, fiscalYear }, report) {
    const { votingMode, maxProxiesPerHolder, voteCapScope } = parameters;
    const meetings = meetingsOfYear(index, fiscalYear);
    if (meetings.length === 0) return { notApplicable: { messageId: 'noMeetingInYear', params: { year: fiscalYear.year } } };
    const capped = votingMode === 'capped';
    const missing = missingVoteInputs(model, parameters, (capped && voteCapScope === 'attendee') || maxProxiesPerHolder !== undefined);
    // Without the votes column, capped votes cannot be counted; the proxy limit still can.
    const votesUnknown = missing.some((m) => m.columns?.includes('votes'));
    const proxiesUnknown = missing.some((m) => m.columns?.includes('proxyHolderId'));

    for (const meeting of meetings) {
      const at = meetingParams(meeting);
      if (!capped) {
        // A member's own votes, over every row they appear on (present or represented): a second row is a second vote.
        const own = new Map<string, { votes: number; row: MeetingAttendance }>();
        for (const row of meeting.rows) {
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
          report('memberVotesNotOne', { origin: row.origin, field: 'votes' }, meetingSubject(memberId, meeting), { memberId, ...at, votes });
        }
      } else if (!votesUnknown && !proxiesUnknown) {
        const { votesRepresented, voters } = countVotes(meeting.rows);
        const capVotes = voteCap(votesRepresented);
        for (const voter of voters.values()) {
          const votes = votesCast(voter, voteCapScope);
          if (!isAboveTenth(votes, votesRepresented)) continue;
          const proxies = voteCapScope === 'attendee' ? voter.proxies : 0;
          report('voterAboveTenth', { origin: voter.row.origin, field: 'votes' }, meetingSubject(voter.memberId, meeting), {
            memberId: voter.memberId,
            ...at,
            votes,
            ownVotes: voter.ownVotes,
            proxyVotes: proxies ? voter.proxyVotes : 0,
            proxies,
            votesRepresented,
            capVotes,
            excessVotes: votes - capVotes,
          });
        }
      }

      if (maxProxiesPerHolder !== undefined) {
        // The proxy that takes the holder past the limit is the cell to show.
        const proxies = new Map<string, { count: number; firstExcess?: MeetingAttendance }>();
        for (const row of meeting.rows) {
          if (row.attendance !== 'represented' || !row.proxyHolderId) continue;
          const held = proxies.get(row.proxyHolderId) ?? { count: 0 };
          held.count += 1;
          if (held.count === maxProxiesPerHolder + 1) held.firstExcess = row;
          proxies.set(row.proxyHolderId, held);
        }
        for (const [proxyHolderId, { count, firstExcess }] of proxies) {
          if (!firstExcess) continue;
          report('tooManyProxies', { origin: firstExcess.origin, field: 'proxyHolderId' }, meetingSubject(proxyHolderId, meeting), {
            proxyHolderId,
            ...at,
            proxies: count,
            maxProxies: maxProxiesPerHolder,
          });
        }
      }
    }
    return { evidence: { messageId: 'meetingsChecked', params: { meetings: meetings.length, votingMode } }, ...(missing.length && { missing }) };
  },
});
