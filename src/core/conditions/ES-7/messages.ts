import { defineMessages, type MessageDef } from '../../findings';

export const messages = defineMessages({
  voterAboveTenth: {
    severity: 'breach',
    text: {
      fr: (p, f) => `Le sociétaire ${p.memberId} vote avec ${f.number(p.votes)} voix (dont ${f.number(p.votes - p.ownVotes)} par ${f.number(p.proxies)} procuration(s)) à l'AG du ${f.date(p.meetingDate)} : plus d'un dixième des ${f.number(p.votesRepresented)} voix présentes ou représentées (maximum ${f.number(p.votesRepresented / 10)}).`,
      nl: (p, f) => `Aandeelhouder ${p.memberId} stemt met ${f.number(p.votes)} stemmen (waarvan ${f.number(p.votes - p.ownVotes)} via ${f.number(p.proxies)} volmacht(en)) op de AV van ${f.date(p.meetingDate)}: meer dan een tiende van de ${f.number(p.votesRepresented)} aanwezige of vertegenwoordigde stemmen (maximum ${f.number(p.votesRepresented / 10)}).`,
      en: (p, f) => `Member ${p.memberId} votes with ${f.number(p.votes)} votes (${f.number(p.votes - p.ownVotes)} of them through ${f.number(p.proxies)} proxy/proxies) at the general meeting of ${f.date(p.meetingDate)}: more than one tenth of the ${f.number(p.votesRepresented)} votes present or represented (maximum ${f.number(p.votesRepresented / 10)}).`,
    },
  } satisfies MessageDef<{ memberId: string; meetingDate: string; votes: number; ownVotes: number; proxies: number; votesRepresented: number }>,
  highestShare: {
    severity: 'info',
    text: {
      fr: (p, f) => `${f.number(p.meetings)} AG ; part de voix la plus élevée : ${f.percent(p.highestPpm)}`,
      nl: (p, f) => `${f.number(p.meetings)} AV; hoogste stemaandeel: ${f.percent(p.highestPpm)}`,
      en: (p, f) => `${f.number(p.meetings)} general meeting(s); highest share of votes: ${f.percent(p.highestPpm)}`,
    },
  } satisfies MessageDef<{ meetings: number; highestPpm: number }>,
  noMeetingInYear: {
    severity: 'info',
    text: {
      fr: (p) => `Aucune assemblée générale datée de l'exercice ${p.year} dans les présences.`,
      nl: (p) => `Geen algemene vergadering uit boekjaar ${p.year} in de aanwezigheden.`,
      en: (p) => `No general meeting dated in fiscal year ${p.year} in the attendance sheet.`,
    },
  } satisfies MessageDef<{ year: number }>,
});
