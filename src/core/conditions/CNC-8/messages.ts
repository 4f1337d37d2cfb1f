import { defineMessages, type MessageDef } from '../../findings';

export const messages = defineMessages({
  noTrainingAmount: {
    severity: 'breach',
    text: {
      fr: (p) => `Aucun montant des ressources de l'exercice ${p.year} n'est consacré à l'information et à la formation des associés, des candidats ou du grand public.`,
      nl: (p) => `Geen bedrag van de inkomsten van boekjaar ${p.year} is voorbehouden voor informatieverstrekking aan en opleiding van de vennoten, kandidaat-vennoten of het publiek.`,
      en: (p) => `No amount of the resources of fiscal year ${p.year} goes to information and training of members, prospective members or the public.`,
    },
  } satisfies MessageDef<{ year: number }>,
  trainingAmount: {
    severity: 'info',
    text: {
      fr: (p, f) => [
        `Information et formation : ${f.money(p.amountCents)}`,
        p.sessions > 0 && `${f.number(p.sessions)} activité(s), ${f.number(p.days)} jour(s), ${f.number(p.participants)} participant(s)`,
        p.sharePpm !== undefined && `${f.percent(p.sharePpm)} des ressources annuelles`,
      ].filter(Boolean).join(' ; '),
      nl: (p, f) => [
        `Informatie en opleiding: ${f.money(p.amountCents)}`,
        p.sessions > 0 && `${f.number(p.sessions)} activiteit(en), ${f.number(p.days)} dag(en), ${f.number(p.participants)} deelnemer(s)`,
        p.sharePpm !== undefined && `${f.percent(p.sharePpm)} van de jaarlijkse inkomsten`,
      ].filter(Boolean).join('; '),
      en: (p, f) => [
        `Information and training: ${f.money(p.amountCents)}`,
        p.sessions > 0 && `${f.number(p.sessions)} activity/activities, ${f.number(p.days)} day(s), ${f.number(p.participants)} participant(s)`,
        p.sharePpm !== undefined && `${f.percent(p.sharePpm)} of annual resources`,
      ].filter(Boolean).join('; '),
    },
  } satisfies MessageDef<{ amountCents: number; sessions: number; days: number; participants: number; sharePpm?: number }>,
});
