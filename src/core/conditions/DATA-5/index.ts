import { defineCondition } from '../condition';
import type { Day, FiscalYear } from '../../dates';
import type { Member, MovementType } from '../../model';
import type { ModelIndex } from '../../model-index';
import { REGISTER_BASIS } from '../shared/data-texts';
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
  subscription: 1, transferIn: 1, refund: -1, transferOut: -1, payment: 0, conversion: 0,
};

/**
 * DATA-5 — the register reconciles. Per category: members at the start of the fiscal year +
 * admissions − exits = members at the end, counted from the register's dates; a member whose dates
 * make the sum fail (an exit before an admission across the year's boundary, an exit without an
 * admission date) is pointed at. Per member: the shares in the register equal the sum of their
 * movements — compared only for members admitted on or after the first movement recorded, since a
 * movements sheet often covers recent years only and would otherwise miss earlier subscriptions.
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
  requires: [{ sheet: 'members', columns: ['memberId', 'admissionDate'] }],
  messages,
  evaluate({ model, index, fiscalYear }, report) {
    const categories = tallyCategories(model.members, fiscalYear);
    const total = { start: 0, admitted: 0, exited: 0, end: 0 };
    for (const [category, tally] of categories) {
      total.start += tally.start; total.admitted += tally.admitted; total.exited += tally.exited; total.end += tally.end;
      const member = tally.firstUnreconciled;
      if (!member) continue;
      const { start, admitted, exited, end, unreconciled } = tally;
      report('membersDoNotReconcile', { origin: member.origin, field: member.exitDate !== undefined ? 'exitDate' : 'admissionDate' }, `category ${category}`, {
        category, year: fiscalYear.year, start, admitted, exited, end, unreconciled, memberId: member.memberId,
      });
    }

    let sharesCompared = 0;
    const firstMovement = index.journalStart;
    for (const member of model.members) {
      if (firstMovement === undefined || member.shares === undefined || member.admissionDate === undefined || member.admissionDate < firstMovement) continue;
      if (index.membersById.get(member.memberId) !== member) continue;
      const fromMovements = sharesFromMovements(index, member.memberId, member.exitDate);
      if (fromMovements === undefined) continue;
      const { movementShares, sharesAtExit } = fromMovements;
      sharesCompared += 1;
      if (movementShares !== member.shares && sharesAtExit !== member.shares) {
        report('sharesDoNotMatchMovements', { origin: member.origin, field: 'shares' }, member.memberId, {
          memberId: member.memberId, registerShares: member.shares, movementShares,
        });
      }
    }
    return { evidence: { messageId: 'membersReconciled', params: { ...total, sharesCompared } } };
  },
});

/**
 * Counts each register row once per column of table T1. A row whose dates are consistent adds as
 * much to start + admitted − exited as to end; the others are the unreconciled ones.
 */
function tallyCategories(members: readonly Member[], { start, end }: FiscalYear): Map<string, Tally> {
  const categories = new Map<string, Tally>();
  for (const member of members) {
    const admission = member.admissionDate;
    const exit = member.exitDate;
    const atStart = admission !== undefined && admission < start && !(exit !== undefined && exit < start);
    const admitted = admission !== undefined && admission >= start && admission <= end;
    const exited = exit !== undefined && exit >= start && exit <= end;
    const atEnd = admission !== undefined && admission <= end && !(exit !== undefined && exit <= end);
    if (!atStart && !admitted && !exited && !atEnd) continue;
    const category = member.category ?? '';
    let tally = categories.get(category);
    if (!tally) categories.set(category, (tally = { start: 0, admitted: 0, exited: 0, end: 0, unreconciled: 0 }));
    tally.start += Number(atStart);
    tally.admitted += Number(admitted);
    tally.exited += Number(exited);
    tally.end += Number(atEnd);
    if (Number(atStart) + Number(admitted) - Number(exited) !== Number(atEnd)) {
      tally.unreconciled += 1;
      tally.firstUnreconciled ??= member;
    }
  }
  return categories;
}

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
