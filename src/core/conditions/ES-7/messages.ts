import { defineMessages, type MessageDef } from '../../findings';
import { counted, voterAboveCapMessage } from '../shared/governance-texts';

export const ES7_BASIS = {
  fr: 'CSA art. 8:5 §1 ; AR du 28 juin 2019, art. 6',
  nl: 'WVV art. 8:5 §1; KB van 28 juni 2019, art. 6',
  en: 'CSA art. 8:5 §1; Royal Decree of 28 June 2019, art. 6',
} as const;

export const messages = defineMessages({
  voterAboveTenth: voterAboveCapMessage(ES7_BASIS),
  highestShare: {
    severity: 'info',
    text: {
      fr: (p, f) => `${f.number(p.meetings)} AG ; part de voix la plus élevée : ${f.percent(p.highestPpm)}`,
      nl: (p, f) => `${f.number(p.meetings)} AV; hoogste stemaandeel: ${f.percent(p.highestPpm)}`,
      en: (p, f) => `${counted(f, p.meetings, 'general meeting', 'general meetings')}; highest share of votes: ${f.percent(p.highestPpm)}`,
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
