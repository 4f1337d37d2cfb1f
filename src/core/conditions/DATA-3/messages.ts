import { defineMessages, type MessageDef } from '../../findings';

export const messages = defineMessages({
  // Two members under one id cannot be told apart by any other sheet: every join on the id is wrong.
  duplicateMemberId: {
    severity: 'breach',
    text: {
      fr: (p) => `Le n° de sociétaire ${p.memberId} figure déjà à la ligne ${p.firstRow} du registre : chaque sociétaire doit avoir son propre numéro.`,
      nl: (p) => `Lidnummer ${p.memberId} staat al op rij ${p.firstRow} van het register: elke aandeelhouder moet een eigen nummer hebben.`,
      en: (p) => `Member ID ${p.memberId} already appears on row ${p.firstRow} of the register: each member needs an ID of their own.`,
    },
  } satisfies MessageDef<{ memberId: string; firstRow: number }>,
  // A member without an id is in no other sheet's reach: the register is incomplete.
  blankMemberId: {
    severity: 'breach',
    text: {
      fr: (p) => `Ce sociétaire${p.name ? ` (${p.name})` : ''} n'a pas de n° de sociétaire dans le registre.`,
      nl: (p) => `Deze aandeelhouder${p.name ? ` (${p.name})` : ''} heeft geen lidnummer in het register.`,
      en: (p) => `This member${p.name ? ` (${p.name})` : ''} has no member ID in the register.`,
    },
  } satisfies MessageDef<{ name: string }>,
  idsChecked: {
    severity: 'info',
    text: {
      fr: (p, f) => `${f.number(p.members)} ligne(s) au registre, ${f.number(p.distinct)} n° distinct(s)`,
      nl: (p, f) => `${f.number(p.members)} rij(en) in het register, ${f.number(p.distinct)} verschillende nummer(s)`,
      en: (p, f) => `${f.number(p.members)} register row(s), ${f.number(p.distinct)} distinct ID(s)`,
    },
  } satisfies MessageDef<{ members: number; distinct: number }>,
});
