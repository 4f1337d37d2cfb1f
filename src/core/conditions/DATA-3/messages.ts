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
    example: { memberId: 'S004512', firstRow: 118 },
  } satisfies MessageDef<{ memberId: string; firstRow: number }>,
  // A member without an id is in no other sheet's reach: the register is incomplete.
  blankMemberId: {
    severity: 'breach',
    text: {
      fr: (p) => `Ce sociétaire${p.name ? ` (${p.name})` : ''} n'a pas de n° de sociétaire dans le registre.`,
      nl: (p) => `Deze aandeelhouder${p.name ? ` (${p.name})` : ''} heeft geen lidnummer in het register.`,
      en: (p) => `This member${p.name ? ` (${p.name})` : ''} has no member ID in the register.`,
    },
    example: { name: 'Anne Dubois' },
  } satisfies MessageDef<{ name: string }>,
  idsChecked: {
    severity: 'info',
    text: {
      fr: (p, f) => `${f.count(p.members, 'ligne', 'lignes')} au registre, ${f.count(p.distinct, 'n° distinct', 'n° distincts')}`,
      nl: (p, f) => `${f.count(p.members, 'rij', 'rijen')} in het register, ${f.count(p.distinct, 'verschillend nummer', 'verschillende nummers')}`,
      en: (p, f) => `${f.count(p.members, 'register row', 'register rows')}, ${f.count(p.distinct, 'distinct ID', 'distinct IDs')}`,
    },
  } satisfies MessageDef<{ members: number; distinct: number }>,
});
