import { defineCondition } from '../condition';
import { countVotes, isAboveTenth, meetingParams, meetingSubject, meetingsOfYear, missingVoteInputs, voteCap, votesCast } from '../shared/votes';
import { ES7_BASIS, messages } from './messages';

/**
 * ES-7 — no shareholder may vote with more than one tenth of the votes attached to the shares
 * present or represented: CSA/WVV art. 8:5 §1 and AR 28 June 2019, art. 6. Meetings are those dated
 * inside the fiscal year, one per date and meeting id or type (shared/votes.ts).
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
  legalBasis: ES7_BASIS,
  description: {
    fr: "Pour chaque assemblée générale de l'exercice (une date et un type d'AG : une AG ordinaire et une AG extraordinaire tenues le même jour sont deux assemblées), CoopCheck additionne les voix attachées aux parts présentes ou représentées (V) et vérifie qu'aucun votant n'en exerce plus d'un dixième. Le plafond est compté en voix entières et vaut au moins une voix : une seule voix propre n'est jamais au-delà, même avec moins de dix votants. Par défaut, les voix d'un votant sont les siennes et celles des procurations qu'il détient (« pour lui-même et comme mandataire ») ; le paramètre de portée du plafond permet de ne compter que ses propres voix. Si les statuts plafonnent des voix par part, la colonne des voix est indispensable : sans elle, la condition n'est pas évaluée.",
    nl: 'Voor elke algemene vergadering van het boekjaar (een datum en een soort AV: een gewone en een buitengewone AV op dezelfde dag zijn twee vergaderingen) telt CoopCheck de stemmen verbonden aan de aanwezige of vertegenwoordigde aandelen (V) en gaat na dat geen enkele stemmer er meer dan een tiende van uitbrengt. Het plafond wordt in hele stemmen geteld en is minstens één stem: één eigen stem gaat er nooit boven, ook met minder dan tien stemmers. Standaard telt CoopCheck voor een stemmer de eigen stemmen en die van de gehouden volmachten; de parameter voor de reikwijdte van het plafond telt alleen de eigen stemmen. Als de statuten stemmen per aandeel begrenzen, is de kolom met de stemmen onmisbaar: zonder die kolom wordt de voorwaarde niet geëvalueerd.',
    en: 'For every general meeting of the fiscal year (a date and a meeting type: an ordinary and an extraordinary meeting held the same day are two meetings), CoopCheck adds up the votes attached to the shares present or represented (V) and checks that no voter casts more than one tenth of them. The cap is counted in whole votes and is at least one vote: a single vote of one’s own is never above it, even with fewer than ten voters. By default a voter’s votes are their own plus those of the proxies they hold (“for themselves and as proxy”); the cap-scope parameter counts own votes only. When the statutes cap votes per share, the votes column is indispensable: without it the condition is not evaluated.',
  },
  parameters: ['voteCapScope', 'votingMode'],
  requires: [{ sheet: 'meetings', columns: ['meetingDate', 'memberId', 'attendance'] }],
  messages,
  evaluate({ model, index, parameters, fiscalYear }, report) {
    const meetings = meetingsOfYear(index, fiscalYear);
    if (meetings.length === 0) return { notApplicable: { messageId: 'noMeetingInYear', params: { year: fiscalYear.year } } };
    const scope = parameters.voteCapScope;
    const missing = missingVoteInputs(model, parameters, scope === 'attendee');
    if (missing.length) return { missing };
    let highestPpm = 0;
    for (const meeting of meetings) {
      const { votesRepresented, voters } = countVotes(meeting.rows);
      const capVotes = voteCap(votesRepresented);
      for (const voter of voters.values()) {
        const votes = votesCast(voter, scope);
        if (votesRepresented > 0) highestPpm = Math.max(highestPpm, Math.round((votes * 1_000_000) / votesRepresented));
        if (!isAboveTenth(votes, votesRepresented)) continue;
        const proxies = scope === 'attendee' ? voter.proxies : 0;
        report('voterAboveTenth', { origin: voter.row.origin, field: 'votes' }, meetingSubject(voter.memberId, meeting), {
          memberId: voter.memberId,
          ...meetingParams(meeting),
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
    return { evidence: { messageId: 'highestShare', params: { meetings: meetings.length, highestPpm } } };
  },
});
