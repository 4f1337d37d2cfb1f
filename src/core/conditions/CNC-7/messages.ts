import { messages as ES6Messages } from '../ES-6/messages';
import { defineMessages, type MessageDef } from '../../findings';

export const messages = defineMessages({
  profitLinkedPay: {
    severity: 'breach',
    text: {
      fr: (p) => `L'administrateur ${p.director} est rémunéré par une participation aux bénéfices, ce qui n'est jamais permis.`,
      nl: (p) => `Bestuurder ${p.director} wordt vergoed met een deelname in de winst, wat nooit is toegestaan.`,
      en: (p) => `Director ${p.director} is paid a profit share, which is never allowed.`,
    },
  } satisfies MessageDef<{ director: string }>,
  payNotAllowedByStatutes: {
    severity: 'breach',
    text: {
      fr: (p, f) => `L'administrateur ${p.director} reçoit ${f.money(p.payCents)} pour son mandat alors que les statuts ne prévoient pas de rémunération (paramètre « Rémunération prévue par les statuts ») : le mandat est gratuit.`,
      nl: (p, f) => `Bestuurder ${p.director} ontvangt ${f.money(p.payCents)} voor zijn mandaat terwijl de statuten geen bezoldiging voorzien (parameter "Bezoldiging toegestaan door statuten"): het mandaat is onbezoldigd.`,
      en: (p, f) => `Director ${p.director} receives ${f.money(p.payCents)} for the mandate while the statutes provide for no pay (parameter "Director pay allowed by statutes"): the mandate is unpaid.`,
    },
  } satisfies MessageDef<{ director: string; payCents: number }>,
  paidWithoutGaDecision: {
    severity: 'breach',
    text: {
      fr: (p, f) => `L'administrateur ${p.director} reçoit ${f.money(p.payCents)} pour son mandat sans montant fixé par l'assemblée générale.`,
      nl: (p, f) => `Bestuurder ${p.director} ontvangt ${f.money(p.payCents)} voor zijn mandaat zonder bedrag vastgesteld door de algemene vergadering.`,
      en: (p, f) => `Director ${p.director} receives ${f.money(p.payCents)} for the mandate with no amount fixed by the general meeting.`,
    },
  } satisfies MessageDef<{ director: string; payCents: number }>,
  payAboveGaAmount: {
    severity: 'breach',
    text: {
      fr: (p, f) => `L'administrateur ${p.director} reçoit ${f.money(p.payCents)} pour son mandat : plus que les ${f.money(p.authorisedCents)} fixés par l'assemblée générale.`,
      nl: (p, f) => `Bestuurder ${p.director} ontvangt ${f.money(p.payCents)} voor zijn mandaat: meer dan de ${f.money(p.authorisedCents)} vastgesteld door de algemene vergadering.`,
      en: (p, f) => `Director ${p.director} receives ${f.money(p.payCents)} for the mandate: more than the ${f.money(p.authorisedCents)} fixed by the general meeting.`,
    },
  } satisfies MessageDef<{ director: string; payCents: number; authorisedCents: number }>,
  // The same fact, worded once: ES-6 owns the text.
  payColumnsMissing: ES6Messages.payColumnsMissing,
  directorsPay: {
    severity: 'info',
    text: {
      fr: (p, f) => `${f.number(p.directors)} mandat(s), dont ${f.number(p.paid)} rémunéré(s) ; total ${f.money(p.totalCents)}, le plus élevé ${f.money(p.highestCents)}`,
      nl: (p, f) => `${f.number(p.directors)} mandaat/mandaten, waarvan ${f.number(p.paid)} bezoldigd; totaal ${f.money(p.totalCents)}, hoogste ${f.money(p.highestCents)}`,
      en: (p, f) => `${f.number(p.directors)} mandate(s), ${f.number(p.paid)} of them paid; total ${f.money(p.totalCents)}, highest ${f.money(p.highestCents)}`,
    },
  } satisfies MessageDef<{ directors: number; paid: number; totalCents: number; highestCents: number }>,
  noDirectorInYear: {
    severity: 'info',
    text: {
      fr: (p) => `Aucun administrateur en fonction pendant l'exercice ${p.year}.`,
      nl: (p) => `Geen bestuurder in functie tijdens boekjaar ${p.year}.`,
      en: (p) => `No director in office during fiscal year ${p.year}.`,
    },
  } satisfies MessageDef<{ year: number }>,
});
