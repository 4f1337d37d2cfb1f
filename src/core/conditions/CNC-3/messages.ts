import { messages as ES7Messages } from '../ES-7/messages';
import { defineMessages, type MessageDef } from '../../findings';

export const messages = defineMessages({
  memberVotesNotOne: {
    severity: 'breach',
    text: {
      fr: (p, f) => `Le sociétaire ${p.memberId} dispose de ${f.number(p.votes)} voix à l'AG du ${f.date(p.meetingDate)} alors que les statuts appliquent « un membre, une voix ».`,
      nl: (p, f) => `Vennoot ${p.memberId} heeft ${f.number(p.votes)} stemmen op de AV van ${f.date(p.meetingDate)}, terwijl de statuten "één vennoot, één stem" toepassen.`,
      en: (p, f) => `Member ${p.memberId} has ${f.number(p.votes)} votes at the general meeting of ${f.date(p.meetingDate)}, while the statutes apply one member, one vote.`,
    },
  } satisfies MessageDef<{ memberId: string; meetingDate: string; votes: number }>,
  voterAboveTenth: {
    severity: 'breach',
    text: {
      fr: (p, f) => `Le sociétaire ${p.memberId} vote avec ${f.number(p.votes)} voix à l'AG du ${f.date(p.meetingDate)} : plus d'un dixième des ${f.number(p.votesRepresented)} voix présentes ou représentées (maximum ${f.number(p.votesRepresented / 10)}).`,
      nl: (p, f) => `Vennoot ${p.memberId} stemt met ${f.number(p.votes)} stemmen op de AV van ${f.date(p.meetingDate)}: meer dan een tiende van de ${f.number(p.votesRepresented)} aanwezige of vertegenwoordigde stemmen (maximum ${f.number(p.votesRepresented / 10)}).`,
      en: (p, f) => `Member ${p.memberId} votes with ${f.number(p.votes)} votes at the general meeting of ${f.date(p.meetingDate)}: more than one tenth of the ${f.number(p.votesRepresented)} votes present or represented (maximum ${f.number(p.votesRepresented / 10)}).`,
    },
  } satisfies MessageDef<{ memberId: string; meetingDate: string; votes: number; votesRepresented: number }>,
  tooManyProxies: {
    severity: 'breach',
    text: {
      fr: (p, f) => `${p.proxyHolderId} détient ${f.number(p.proxies)} procuration(s) à l'AG du ${f.date(p.meetingDate)} ; les statuts en permettent ${f.number(p.maxProxies)} au plus.`,
      nl: (p, f) => `${p.proxyHolderId} heeft ${f.number(p.proxies)} volmacht(en) op de AV van ${f.date(p.meetingDate)}; de statuten staan er hoogstens ${f.number(p.maxProxies)} toe.`,
      en: (p, f) => `${p.proxyHolderId} holds ${f.number(p.proxies)} proxy/proxies at the general meeting of ${f.date(p.meetingDate)}; the statutes allow at most ${f.number(p.maxProxies)}.`,
    },
  } satisfies MessageDef<{ proxyHolderId: string; meetingDate: string; proxies: number; maxProxies: number }>,
  meetingsChecked: {
    severity: 'info',
    text: {
      fr: (p, f) => `${f.number(p.meetings)} AG ; mode de vote : ${p.votingMode === 'capped' ? "une action, une voix, plafonné au dixième" : 'un membre, une voix'}`,
      nl: (p, f) => `${f.number(p.meetings)} AV; stemwijze: ${p.votingMode === 'capped' ? 'één aandeel, één stem, begrensd tot een tiende' : 'één vennoot, één stem'}`,
      en: (p, f) => `${f.number(p.meetings)} general meeting(s); voting: ${p.votingMode === 'capped' ? 'one share, one vote, capped at one tenth' : 'one member, one vote'}`,
    },
  } satisfies MessageDef<{ meetings: number; votingMode: string }>,
  // The same fact, worded once: ES-7 owns the text.
  noMeetingInYear: ES7Messages.noMeetingInYear,
});
