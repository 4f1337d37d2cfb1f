import { defineCondition } from '../condition';
import type { Day } from '../../dates';
import type { Member, MovementType } from '../../model';
import type { ModelIndex } from '../../model-index';
import { REGISTER_BASIS } from '../shared/data-texts';
import { IN_YEAR, categoryOf, membersOfYear, unreconciled } from './membership';
import { messages } from './messages';

interface Tally {
  start: number;
  admitted: number;
  exited: number;
  end: number;
  unreconciled: number;
  firstUnreconciled?: Member;
}

/** How each movement changes a member's number of shares; a payment pays up shares already held. */
const SHARE_EFFECT: Readonly<Record<MovementType, -1 | 0 | 1>> = {
  subscription: 1,
  transferIn: 1,
  refund: -1,
  transferOut: -1,
  payment: 0,
  conversion: 0,
};

/**
 * DATA-5 — the register reconciles. Per category: members at the start of the fiscal year +
 * admissions − exits = members at the end, the members counted as table T1 counts them (one
 * definition, membership.ts); a member whose dates make the sum fail (an exit dated before the
 * admission across the year's boundary) is pointed at, and the members counted by the definition's
 * rule for a blank or unreadable date are named. Per member: the shares in the register equal the
 * sum of their movements — compared only for members admitted on or after the first movement
 * recorded, since a movements sheet often covers recent years only and would otherwise miss earlier
 * subscriptions.
 */
export default defineCondition({
  id: 'DATA-5',
  group: 'DATA',
  kind: 'data',
  title: {
    fr: 'Le registre des sociétaires concorde',
    nl: 'Het aandeelhoudersregister klopt',
    en: 'The members register reconciles',
  },
  legalBasis: REGISTER_BASIS,
  description: {
    fr: "Par catégorie, les sociétaires au début de l'exercice plus les admissions moins les sorties doivent donner les sociétaires à la fin, comptés selon la définition du tableau T1 du rapport spécial : un sociétaire par numéro (la première ligne d'un numéro répété), une date d'adhésion vide ou illisible comptée comme une admission antérieure à l'exercice, une date de sortie illisible comptée comme pas encore sorti. Un sociétaire dont la sortie est datée avant l'admission est signalé, et les sociétaires comptés selon ces règles faute de date lisible sont nommés. Le nombre de parts du registre doit aussi égaler la somme des mouvements de parts du sociétaire (pour un ancien sociétaire, ce qui reste ou ce qu'il détenait à la sortie), lorsque les deux existent et que les mouvements remontent à son admission.",
    nl: 'Per categorie moeten de aandeelhouders bij het begin van het boekjaar plus de toetredingen min de uittredingen de aandeelhouders op het einde geven, geteld volgens de definitie van tabel T1 van het bijzonder verslag: één aandeelhouder per nummer (de eerste rij van een herhaald nummer), een lege of onleesbare toetredingsdatum geteld als een toetreding vóór het boekjaar, een onleesbare uittredingsdatum geteld als nog niet uitgetreden. Een aandeelhouder wiens uittreding gedateerd is vóór de toetreding wordt gemeld, en de aandeelhouders die bij gebrek aan een leesbare datum volgens die regels geteld werden, worden genoemd. Het aantal aandelen in het register moet ook gelijk zijn aan de som van de aandelenbewegingen van de aandeelhouder (voor een gewezen aandeelhouder wat overblijft of wat hij bij de uittreding had), als beide bestaan en de bewegingen teruggaan tot zijn toetreding.',
    en: 'Per category, the members at the start of the fiscal year plus the admissions minus the exits must give the members at the end, counted by the definition of table T1 of the special report: one member per member ID (the first row of a repeated ID), a blank or unreadable admission date counted as an admission before the year, an unreadable exit date counted as not yet gone. A member whose exit is dated before their admission is flagged, and the members counted by these rules for want of a readable date are named. The number of shares in the register must also equal the sum of the member’s share movements (for a former member, what is left or what they held when they left), where both exist and the movements go back to their admission.',
  },
  parameters: ['fiscalYear', 'fiscalYearStart'],
  reads: ['movements'],
  requires: [
    { sheet: 'members', columns: ['memberId', 'admissionDate'] },
    // Without exit dates every member ever admitted would be counted at the end: the count proves nothing.
    { sheet: 'members', columns: ['exitDate'], neededToPass: true },
  ],
  messages,
  evaluate({ model, index, fiscalYear }, report) {
    const year = membersOfYear(model, index, fiscalYear);
    const { members, flags } = year;
    const categories = new Map<string, Tally>();
    let firstAssumed: Member | undefined;
    let assumed = 0;
    let firstUnreadable: Member | undefined;
    let unreadable = 0;
    for (let i = 0; i < members.length; i++) {
      const member = members[i]!;
      const where = flags[i]!;
      const category = categoryOf(member);
      let tally = categories.get(category);
      if (!tally) categories.set(category, (tally = { start: 0, admitted: 0, exited: 0, end: 0, unreconciled: 0 }));
      if (where & IN_YEAR.atStart) tally.start += 1;
      if (where & IN_YEAR.admitted) tally.admitted += 1;
      if (where & IN_YEAR.exited) tally.exited += 1;
      if (where & IN_YEAR.atEnd) tally.end += 1;
      if (unreconciled(where)) {
        tally.unreconciled += 1;
        tally.firstUnreconciled ??= member;
      }
      if (where & IN_YEAR.admissionAssumed) {
        assumed += 1;
        firstAssumed ??= member;
      }
      if (where & IN_YEAR.exitUnreadable) {
        unreadable += 1;
        firstUnreadable ??= member;
      }
    }
    const total = { start: 0, admitted: 0, exited: 0, end: 0 };
    for (const [category, tally] of categories) {
      total.start += tally.start;
      total.admitted += tally.admitted;
      total.exited += tally.exited;
      total.end += tally.end;
      const member = tally.firstUnreconciled;
      if (!member) continue;
      const { start, admitted, exited, end, unreconciled: count } = tally;
      report('membersDoNotReconcile', { origin: member.origin, field: 'exitDate' }, `category ${category}`, {
        category,
        year: fiscalYear.year,
        start,
        admitted,
        exited,
        end,
        unreconciled: count,
        memberId: member.memberId,
      });
    }
    if (firstAssumed) {
      report('admissionDateAssumed', { origin: firstAssumed.origin, field: 'admissionDate' }, 'admissionDate', {
        count: assumed,
        memberId: firstAssumed.memberId,
        year: fiscalYear.year,
      });
    }
    if (firstUnreadable) {
      report('exitDateUnreadable', { origin: firstUnreadable.origin, field: 'exitDate' }, 'exitDate', {
        count: unreadable,
        memberId: firstUnreadable.memberId,
        year: fiscalYear.year,
      });
    }

    let sharesCompared = 0;
    const firstMovement = index.journalStart;
    for (let i = 0; i < model.members.length; i++) {
      const member = model.members[i]!;
      if (firstMovement === undefined || member.shares === undefined || member.admissionDate === undefined || member.admissionDate < firstMovement) continue;
      // The first register row of an id is the member (ModelIndex.membersById).
      if (!member.memberId || index.repeatedMemberRows.has(member)) continue;
      const fromMovements = sharesFromMovements(index, member.memberId, member.exitDate);
      if (fromMovements === undefined) continue;
      const { movementShares, sharesAtExit } = fromMovements;
      sharesCompared += 1;
      if (movementShares !== member.shares && sharesAtExit !== member.shares) {
        report('sharesDoNotMatchMovements', { origin: member.origin, field: 'shares' }, member.memberId, {
          memberId: member.memberId,
          registerShares: member.shares,
          movementShares,
        });
      }
    }
    return { evidence: { messageId: 'membersReconciled', params: { ...total, year: fiscalYear.year, sharesCompared, repeatedIds: year.repeatedIds } } };
  },
});

/**
 * The member's shares according to their movements; undefined when they have none, or when a
 * movement's type or its number of shares cannot be read (DATA-2 reports those cells). A refund
 * written as a negative number of shares counts the same as a positive one. For a former member the
 * register may show either what is left (usually 0) or the shares held when they left, which the
 * exit refund needs (ES-5): `sharesAtExit` leaves out the decreases dated on or after the exit.
 */
function sharesFromMovements(index: ModelIndex, memberId: string, exitDate: Day | undefined): { movementShares: number; sharesAtExit: number } | undefined {
  const movements = index.movementsByMember.get(memberId);
  if (!movements?.length) return undefined;
  let movementShares = 0;
  let sharesAtExit = 0;
  for (const movement of movements) {
    if (movement.type === undefined) return undefined;
    const effect = SHARE_EFFECT[movement.type];
    if (effect === 0) continue;
    if (movement.shares === undefined) return undefined;
    const change = effect * Math.abs(movement.shares);
    movementShares += change;
    const decreaseAfterExit = effect < 0 && exitDate !== undefined && movement.date !== undefined && movement.date >= exitDate;
    if (!decreaseAfterExit) sharesAtExit += change;
  }
  return { movementShares, sharesAtExit };
}
