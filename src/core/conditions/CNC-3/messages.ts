import { messages as ES7Messages } from '../ES-7/messages';
import { defineMessages, type MessageDef } from '../../findings';
import { optionLabel } from '../../i18n/parameter-texts';
import { counted, meetingName, voterAboveCapMessage } from '../shared/governance-texts';

export const CNC3_BASIS = {
  fr: 'AR du 8 janvier 1962, art. 1er, §1er, 3°',
  nl: 'KB van 8 januari 1962, art. 1, §1, 3°',
  en: 'Royal Decree of 8 January 1962, art. 1 §1 3°',
} as const;

type MeetingRef = { meetingDate: string; meeting?: string };

export const messages = defineMessages({
  memberVotesNotOne: {
    severity: 'breach',
    text: {
      fr: (p, f) =>
        `Le sociétaire ${p.memberId} dispose de ${counted(f, p.votes, 'voix', 'voix')} à ${meetingName(f, p.meetingDate, p.meeting)}, alors que les statuts appliquent « un membre, une voix » : ${p.votes > 1 ? `${counted(f, p.votes - 1, 'voix', 'voix')} de trop` : 'il lui manque sa voix'} (${CNC3_BASIS.fr}). Recompter les votes de cette AG avec une voix par sociétaire.`,
      nl: (p, f) =>
        `Aandeelhouder ${p.memberId} heeft ${counted(f, p.votes, 'stem', 'stemmen')} op ${meetingName(f, p.meetingDate, p.meeting)}, terwijl de statuten "één lid, één stem" toepassen: ${p.votes > 1 ? `${counted(f, p.votes - 1, 'stem', 'stemmen')} te veel` : 'de stem van deze aandeelhouder ontbreekt'} (${CNC3_BASIS.nl}). Tel de stemmen van deze AV opnieuw met één stem per aandeelhouder.`,
      en: (p, f) =>
        `Member ${p.memberId} has ${counted(f, p.votes, 'vote', 'votes')} at ${meetingName(f, p.meetingDate, p.meeting)}, while the statutes apply one member, one vote: ${p.votes > 1 ? `${counted(f, p.votes - 1, 'vote', 'votes')} too many` : 'the member’s vote is missing'} (${CNC3_BASIS.en}). Recount this meeting's votes with one vote per member.`,
    },
    example: { memberId: 'M0042', meetingDate: '2025-06-17', votes: 3 },
  } satisfies MessageDef<MeetingRef & { memberId: string; votes: number }>,
  voterAboveTenth: voterAboveCapMessage(CNC3_BASIS),
  tooManyProxies: {
    severity: 'breach',
    text: {
      fr: (p, f) =>
        `Le sociétaire ${p.proxyHolderId} détient ${counted(f, p.proxies, 'procuration', 'procurations')} à ${meetingName(f, p.meetingDate, p.meeting)} ; les statuts en permettent ${f.number(p.maxProxies)} au plus : ${counted(f, p.proxies - p.maxProxies, 'procuration', 'procurations')} de trop. Recompter les votes de cette AG sans les voix des procurations au-delà de la limite.`,
      nl: (p, f) =>
        `Aandeelhouder ${p.proxyHolderId} houdt ${counted(f, p.proxies, 'volmacht', 'volmachten')} op ${meetingName(f, p.meetingDate, p.meeting)}; de statuten staan er hoogstens ${f.number(p.maxProxies)} toe: ${counted(f, p.proxies - p.maxProxies, 'volmacht', 'volmachten')} te veel. Tel de stemmen van deze AV opnieuw zonder de stemmen van de volmachten boven de grens.`,
      en: (p, f) =>
        `Member ${p.proxyHolderId} holds ${counted(f, p.proxies, 'proxy', 'proxies')} at ${meetingName(f, p.meetingDate, p.meeting)}; the statutes allow at most ${f.number(p.maxProxies)}: ${counted(f, p.proxies - p.maxProxies, 'proxy', 'proxies')} too many. Recount this meeting's votes without the votes of the proxies beyond the limit.`,
    },
    example: { proxyHolderId: 'M0042', meetingDate: '2025-06-17', proxies: 4, maxProxies: 2 },
  } satisfies MessageDef<MeetingRef & { proxyHolderId: string; proxies: number; maxProxies: number }>,
  meetingsChecked: {
    severity: 'info',
    text: {
      fr: (p, f) => `${f.number(p.meetings)} AG ; mode de vote : ${optionLabel(p.votingMode, 'fr')}`,
      nl: (p, f) => `${f.number(p.meetings)} AV; stemwijze: ${optionLabel(p.votingMode, 'nl')}`,
      en: (p, f) => `${counted(f, p.meetings, 'general meeting', 'general meetings')}; voting: ${optionLabel(p.votingMode, 'en')}`,
    },
  } satisfies MessageDef<{ meetings: number; votingMode: string }>,
  // The same fact, worded once: ES-7 owns the text.
  noMeetingInYear: ES7Messages.noMeetingInYear,
});
