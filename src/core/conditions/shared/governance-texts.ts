/**
 * Words shared by the governance conditions (ES-6, ES-7, CNC-3, CNC-4, CNC-7) and their report
 * tables: plurals chosen by the number (never "voix(s)"), the name of a meeting, the role of a
 * mandate holder. One term per language and concept: FR « sociétaire », NL "aandeelhouder", EN
 * "member"; NL "bestuursorgaan" for the board.
 */
import type { MessageDef } from '../../findings';
import type { Format, Lang, Localized } from '../../i18n/lang';
import { LOCALE_OF } from '../../i18n/lang';
import type { DirectorRole } from '../../model';

const pluralRules = new Map<Lang, Intl.PluralRules>();

/** The singular or the plural form for the count, by the language's own plural rules. */
export function plural(lang: Lang, count: number, one: string, other: string): string {
  let rules = pluralRules.get(lang);
  if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(LOCALE_OF[lang])));
  return rules.select(count) === 'one' ? one : other;
}

/** The count followed by the right form of the noun: "1 voix", "2 stemmen", "3 proxies". */
export function counted(f: Format, count: number, one: string, other: string): string {
  return `${f.number(count)} ${plural(f.lang, count, one, other)}`;
}

/** A meeting as a reader names it: its date, then its id or type when the sheet gives one. */
export function meetingName(f: Format, meetingDate: string, meeting?: string): string {
  const date = f.date(meetingDate);
  const suffix = meeting ? ` (${meeting})` : '';
  switch (f.lang) {
    case 'fr':
      return `l'AG du ${date}${suffix}`;
    case 'nl':
      return `de AV van ${date}${suffix}`;
    case 'en':
      return `the general meeting of ${date}${suffix}`;
  }
}

/** The holder of a mandate, at the start of a sentence: « L'administrateur Anne Dupont ». */
export function holderOf(f: Format, role: DirectorRole | string, name: string): string {
  switch (f.lang) {
    case 'fr':
      return role === 'controller' ? `Le sociétaire chargé du contrôle ${name}` : role === 'auditor' ? `Le commissaire ${name}` : `L'administrateur ${name}`;
    case 'nl':
      return role === 'controller' ? `Controlerend aandeelhouder ${name}` : role === 'auditor' ? `Commissaris ${name}` : `Bestuurder ${name}`;
    case 'en':
      return role === 'controller' ? `Controlling member ${name}` : role === 'auditor' ? `Statutory auditor ${name}` : `Director ${name}`;
  }
}

/** Parameters of a vote above the one-tenth cap (ES-7, CNC-3 capped). */
export type VoterAboveCapParams = {
  memberId: string;
  meetingDate: string;
  meeting?: string;
  votes: number;
  ownVotes: number;
  proxyVotes: number;
  proxies: number;
  votesRepresented: number;
  capVotes: number;
  excessVotes: number;
};

/** The breach of a voter above max(1, V/10), citing the condition's legal basis; ES-7 and CNC-3 word it alike. */
export function voterAboveCapMessage(basis: Localized): MessageDef<VoterAboveCapParams> {
  return {
    severity: 'breach',
    text: {
      fr: (p, f) =>
        `Le sociétaire ${p.memberId} vote avec ${counted(f, p.votes, 'voix', 'voix')}${p.proxies > 0 ? ` (${counted(f, p.ownVotes, 'voix propre', 'voix propres')} et ${counted(f, p.proxyVotes, 'voix', 'voix')} par ${counted(f, p.proxies, 'procuration', 'procurations')})` : ''} à ${meetingName(f, p.meetingDate, p.meeting)} : le plafond d'un dixième des ${counted(f, p.votesRepresented, 'voix présente ou représentée', 'voix présentes ou représentées')} est de ${counted(f, p.capVotes, 'voix', 'voix')}, soit ${counted(f, p.excessVotes, 'voix', 'voix')} de trop (${basis.fr}). Recompter les votes de cette AG en limitant ses voix à ${counted(f, p.capVotes, 'voix', 'voix')}.`,
      nl: (p, f) =>
        `Aandeelhouder ${p.memberId} stemt met ${counted(f, p.votes, 'stem', 'stemmen')}${p.proxies > 0 ? ` (${counted(f, p.ownVotes, 'eigen stem', 'eigen stemmen')} en ${counted(f, p.proxyVotes, 'stem', 'stemmen')} via ${counted(f, p.proxies, 'volmacht', 'volmachten')})` : ''} op ${meetingName(f, p.meetingDate, p.meeting)}: het plafond van een tiende van de ${counted(f, p.votesRepresented, 'aanwezige of vertegenwoordigde stem', 'aanwezige of vertegenwoordigde stemmen')} is ${counted(f, p.capVotes, 'stem', 'stemmen')}, dus ${counted(f, p.excessVotes, 'stem', 'stemmen')} te veel (${basis.nl}). Tel de stemmen van deze AV opnieuw, met de stemmen van deze aandeelhouder beperkt tot ${counted(f, p.capVotes, 'stem', 'stemmen')}.`,
      en: (p, f) =>
        `Member ${p.memberId} votes with ${counted(f, p.votes, 'vote', 'votes')}${p.proxies > 0 ? ` (${counted(f, p.ownVotes, 'own vote', 'own votes')} and ${counted(f, p.proxyVotes, 'vote', 'votes')} through ${counted(f, p.proxies, 'proxy', 'proxies')})` : ''} at ${meetingName(f, p.meetingDate, p.meeting)}: one tenth of the ${counted(f, p.votesRepresented, 'vote present or represented', 'votes present or represented')} caps a voter at ${counted(f, p.capVotes, 'vote', 'votes')}, so ${counted(f, p.excessVotes, 'vote', 'votes')} too many (${basis.en}). Recount this meeting's votes with this member's votes limited to ${counted(f, p.capVotes, 'vote', 'votes')}.`,
    },
    example: {
      memberId: 'M0042',
      meetingDate: '2025-06-17',
      votes: 163,
      ownVotes: 3,
      proxyVotes: 160,
      proxies: 160,
      votesRepresented: 1_611,
      capVotes: 161,
      excessVotes: 2,
    },
  };
}
