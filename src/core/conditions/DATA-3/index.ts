import { defineCondition } from '../condition';
import { REGISTER_BASIS } from '../shared/data-texts';
import { messages } from './messages';

/**
 * DATA-3 — every row of the register has a member id, and no id is used twice. Ids are compared as
 * written (trimmed), the same way every other sheet is joined to the register.
 */
export default defineCondition({
  id: 'DATA-3',
  group: 'DATA',
  kind: 'data',
  title: {
    fr: 'Les n° de sociétaire sont uniques et renseignés',
    nl: 'De lidnummers zijn uniek en ingevuld',
    en: 'Member IDs are unique and filled in',
  },
  legalBasis: REGISTER_BASIS,
  description: {
    fr: "Chaque ligne du registre des sociétaires a un n° de sociétaire, et aucun n° n'est utilisé deux fois. Les n° sont comparés tels qu'écrits (espaces de début et de fin ôtés), comme toutes les autres feuilles sont reliées au registre ; un doublon rend incertain tout ce qui est rattaché à ce sociétaire.",
    nl: 'Elke rij van het aandeelhoudersregister heeft een lidnummer, en geen nummer wordt twee keer gebruikt. Nummers worden vergeleken zoals geschreven (zonder spaties vooraan en achteraan), zoals alle andere bladen aan het register gekoppeld worden; een dubbel nummer maakt alles wat aan die aandeelhouder gekoppeld is onzeker.',
    en: 'Every row of the members register has a member ID, and no ID is used twice. IDs are compared as written (leading and trailing spaces removed), the way every other sheet is joined to the register; a duplicate makes everything attached to that member uncertain.',
  },
  requires: [{ sheet: 'members', columns: ['memberId'] }],
  messages,
  evaluate({ model, index }, report) {
    const { membersById, repeatedMemberRows } = index;
    /** Occurrences so far of each id seen more than once; numbering keeps each duplicate's fingerprint distinct and stable. */
    const occurrences = new Map<string, number>();
    for (let i = 0; i < model.members.length; i++) {
      const member = model.members[i]!;
      if (!member.memberId) {
        report('blankMemberId', { origin: member.origin, field: 'memberId' }, member.name || `row ${member.origin.row}`, { name: member.name ?? '' });
        continue;
      }
      // The rows that repeat an id are known: a register without duplicates needs no lookup per row.
      if (!repeatedMemberRows.has(member)) continue;
      const first = membersById.get(member.memberId)!;
      const occurrence = (occurrences.get(member.memberId) ?? 1) + 1;
      occurrences.set(member.memberId, occurrence);
      report('duplicateMemberId', { origin: member.origin, field: 'memberId' }, `${member.memberId} #${occurrence}`, {
        memberId: member.memberId,
        firstRow: first.origin.row,
      });
    }
    return { evidence: { messageId: 'idsChecked', params: { members: model.members.length, distinct: membersById.size } } };
  },
});
