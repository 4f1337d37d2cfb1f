import { defineMessages, type MessageDef } from '../../findings';
import type { Format, Lang } from '../../i18n/lang';

/** "1 session", "2 sessions", "1,5 jour": the number with the word in the form the language wants. */
const count = (f: Format, n: number, [one, other]: readonly [string, string]) => f.count(n, one, other);

const WORDS: Readonly<Record<Lang, Readonly<Record<'session' | 'day' | 'participant', readonly [string, string]>>>> = {
  fr: { session: ['session', 'sessions'], day: ['jour', 'jours'], participant: ['participant', 'participants'] },
  nl: { session: ['sessie', 'sessies'], day: ['dag', 'dagen'], participant: ['deelnemer', 'deelnemers'] },
  en: { session: ['session', 'sessions'], day: ['day', 'days'], participant: ['participant', 'participants'] },
};

const sessions = (f: Format, n: number) => count(f, n, WORDS[f.lang].session);
const effort = (f: Format, p: { sessions: number; days: number; participants: number }) =>
  p.sessions === 0
    ? { fr: 'aucune session', nl: 'geen sessie', en: 'no session' }[f.lang]
    : `${sessions(f, p.sessions)}, ${count(f, p.days, WORDS[f.lang].day)}, ${count(f, p.participants, WORDS[f.lang].participant)}`;

/** The staff-only training the data shows, which does not count (nothing when there is none). */
const staffNote = (f: Format, p: { staffSessions: number; staffSpentCents: number }, lead: string) =>
  p.staffSessions > 0 ? `${lead}${sessions(f, p.staffSessions)}, ${f.money(p.staffSpentCents)}` : '';

type Staff = { staffSessions: number; staffSpentCents: number };

export const messages = defineMessages({
  noTrainingAmount: {
    severity: 'breach',
    text: {
      fr: (p, f) =>
        `Aucune part des ressources de l'exercice ${p.year} n'est affectée ni dépensée pour l'information et la formation des sociétaires, des candidats sociétaires ou du grand public (montant affecté : ${f.money(p.allocatedCents)} ; montant dépensé : ${f.money(p.spentCents)}${staffNote(f, p, ' ; formations du personnel, qui ne comptent pas : ')}), contrairement à l'AR du 8 janvier 1962, art. 1er, §1er, 8°. Faites affecter par l'assemblée générale une part des ressources à l'information et à la formation, ou inscrivez dans la feuille de formation les actions menées pour eux et leur coût.`,
      nl: (p, f) =>
        `Geen deel van de inkomsten van boekjaar ${p.year} is voorbehouden of besteed aan informatie en opleiding van de aandeelhouders, kandidaat-aandeelhouders of het publiek (voorbehouden bedrag: ${f.money(p.allocatedCents)}; besteed bedrag: ${f.money(p.spentCents)}${staffNote(f, p, '; opleidingen voor het personeel, die niet meetellen: ')}), in strijd met het KB van 8 januari 1962, art. 1, §1, 8°. Laat de algemene vergadering een deel van de inkomsten voorbehouden voor informatie en opleiding, of vul in het opleidingsblad de acties voor hen en hun kost in.`,
      en: (p, f) =>
        `No part of the resources of fiscal year ${p.year} is set aside or spent for information and training of members, prospective members or the public (amount allocated: ${f.money(p.allocatedCents)}; amount spent: ${f.money(p.spentCents)}${staffNote(f, p, '; staff training, which does not count: ')}), contrary to the Royal Decree of 8 January 1962, art. 1 §1 8°. Have the general meeting set aside part of the resources for information and training, or enter in the training sheet the actions held for them and their cost.`,
    },
    example: { year: 2025, allocatedCents: 0, spentCents: 0, staffSessions: 2, staffSpentCents: 80_000 },
  } satisfies MessageDef<{ year: number; allocatedCents: number; spentCents: number } & Staff>,
  onlyStaffTraining: {
    severity: 'warning',
    text: {
      fr: (p, f) =>
        `${f.money(p.allocatedCents)} sont affectés à l'information et à la formation pour l'exercice ${p.year}, mais la feuille de formation ne montre que des formations du personnel (${sessions(f, p.staffSessions)}, ${f.money(p.staffSpentCents)}), qui ne comptent pas (AR du 8 janvier 1962, art. 1er, §1er, 8° : sociétaires, candidats sociétaires ou grand public). Vérifiez que le montant affecté leur est consacré et inscrivez les actions menées pour eux.`,
      nl: (p, f) =>
        `Voor boekjaar ${p.year} is ${f.money(p.allocatedCents)} voorbehouden voor informatie en opleiding, maar het opleidingsblad toont alleen opleidingen voor het personeel (${sessions(f, p.staffSessions)}, ${f.money(p.staffSpentCents)}), die niet meetellen (KB van 8 januari 1962, art. 1, §1, 8°: aandeelhouders, kandidaat-aandeelhouders of het publiek). Ga na dat het voorbehouden bedrag aan hen wordt besteed en vul de acties voor hen in.`,
      en: (p, f) =>
        `${f.money(p.allocatedCents)} is set aside for information and training for fiscal year ${p.year}, but the training sheet shows only staff training (${sessions(f, p.staffSessions)}, ${f.money(p.staffSpentCents)}), which does not count (Royal Decree of 8 January 1962, art. 1 §1 8°: members, prospective members or the public). Check that the amount set aside goes to them and enter the actions held for them.`,
    },
    example: { year: 2025, allocatedCents: 250_000, staffSessions: 3, staffSpentCents: 120_000 },
  } satisfies MessageDef<{ year: number; allocatedCents: number } & Staff>,
  audienceNotGiven: {
    severity: 'warning',
    text: {
      fr: (p, f) =>
        `Rien n'est affecté ni dépensé pour l'information et la formation des sociétaires, des candidats ou du public en ${p.year}, hormis ${sessions(f, p.sessions)} (${f.money(p.spentCents)}) dont le public n'est pas indiqué : CoopCheck ne peut pas les compter. Indiquez leur public (sociétaires, candidats, grand public ou personnel).`,
      nl: (p, f) =>
        `Er is in ${p.year} niets voorbehouden of besteed aan informatie en opleiding van de aandeelhouders, kandidaten of het publiek, behalve ${sessions(f, p.sessions)} (${f.money(p.spentCents)}) zonder vermelde doelgroep: CoopCheck kan die niet meetellen. Vul hun doelgroep in (leden, kandidaten, publiek of personeel).`,
      en: (p, f) =>
        `Nothing is set aside or spent for information and training of members, prospective members or the public in ${p.year}, except ${sessions(f, p.sessions)} (${f.money(p.spentCents)}) whose audience is not given: CoopCheck cannot count them. Enter their audience (members, prospects, public or staff).`,
    },
    example: { year: 2025, sessions: 2, spentCents: 90_000 },
  } satisfies MessageDef<{ year: number; sessions: number; spentCents: number }>,
  trainingAmount: {
    severity: 'info',
    text: {
      fr: (p, f) =>
        [
          `Montant affecté à l'information et à la formation (affectation du résultat) : ${p.allocatedCents === undefined ? "non connu, pas d'affectation du résultat" : f.money(p.allocatedCents)}${p.allocatedSharePpm === undefined ? '' : `, ${f.percent(p.allocatedSharePpm)} des ressources annuelles`}`,
          `montant dépensé pour les sociétaires, les candidats et le public (feuille de formation) : ${f.money(p.spentCents)}${p.spentSharePpm === undefined ? '' : `, ${f.percent(p.spentSharePpm)} des ressources annuelles`} (${effort(f, p)})`,
          staffNote(f, p, 'formations du personnel, non comptées : '),
        ]
          .filter(Boolean)
          .join(' ; ') + '.',
      nl: (p, f) =>
        [
          `Bedrag voorbehouden voor informatie en opleiding (resultaatbestemming): ${p.allocatedCents === undefined ? 'niet bekend, geen resultaatbestemming' : f.money(p.allocatedCents)}${p.allocatedSharePpm === undefined ? '' : `, ${f.percent(p.allocatedSharePpm)} van de jaarlijkse inkomsten`}`,
          `bedrag besteed aan de aandeelhouders, kandidaten en het publiek (opleidingsblad): ${f.money(p.spentCents)}${p.spentSharePpm === undefined ? '' : `, ${f.percent(p.spentSharePpm)} van de jaarlijkse inkomsten`} (${effort(f, p)})`,
          staffNote(f, p, 'opleidingen voor het personeel, niet meegeteld: '),
        ]
          .filter(Boolean)
          .join('; ') + '.',
      en: (p, f) =>
        [
          `Amount allocated to information and training (result allocation): ${p.allocatedCents === undefined ? 'not known, no result allocation' : f.money(p.allocatedCents)}${p.allocatedSharePpm === undefined ? '' : `, ${f.percent(p.allocatedSharePpm)} of annual resources`}`,
          `amount spent on members, prospective members and the public (training sheet): ${f.money(p.spentCents)}${p.spentSharePpm === undefined ? '' : `, ${f.percent(p.spentSharePpm)} of annual resources`} (${effort(f, p)})`,
          staffNote(f, p, 'staff training, not counted: '),
        ]
          .filter(Boolean)
          .join('; ') + '.',
    },
  } satisfies MessageDef<
    {
      allocatedCents?: number;
      allocatedSharePpm?: number;
      spentCents: number;
      spentSharePpm?: number;
      sessions: number;
      days: number;
      participants: number;
    } & Staff
  >,
});
