/**
 * "Members" over a fiscal year: the one definition behind table T1 of the special report (members at
 * the start, admissions, exits, members at the end) and DATA-5's reconciliation, so that both always
 * give the same numbers.
 *
 * - One member per member id: the first register row with that id, as every condition reads it
 *   (ModelIndex.membersById). The later rows of a repeated id and the rows without an id are not
 *   counted (DATA-3 reports them).
 * - Admitted on the admission date. A blank or unreadable admission date counts as admitted before
 *   the fiscal year (DATA-2 reports the cell; DATA-5 warns that it was so counted).
 * - Gone on the exit date, which is an exit of the year when it falls in the year: a member leaving
 *   on the first day is still counted at the start, one leaving on the last day is not counted at
 *   the end. A blank exit date means still a member; so does an unreadable one (DATA-2 reports the
 *   cell; DATA-5 warns that it was so counted).
 *
 * So, row by row, at start + admitted − exited = at end, except for a row whose exit is dated before
 * its admission across a boundary of the year: DATA-5 points at those.
 */
import type { Day } from '../../dates';
import type { Member, Model } from '../../model';
import { a1 } from '../../snapshot';

export interface MemberInYear {
  member: Member;
  /** The register's category; '' when blank. */
  category: string;
  atStart: boolean;
  admitted: boolean;
  exited: boolean;
  atEnd: boolean;
  /** Blank or unreadable admission date, counted as admitted before the year. */
  admissionAssumed: boolean;
  /** Unreadable exit date, counted as still a member. */
  exitUnreadable: boolean;
}

export interface MembersOfYear {
  /** The members counted, in register order, that are in at least one column of T1. */
  rows: MemberInYear[];
  /** Register rows not counted because their id repeats an earlier row's. */
  repeatedIds: number;
  /** Register rows not counted because they have no member id. */
  blankIds: number;
}

export function membersOfYear(model: Model, start: Day, end: Day): MembersOfYear {
  const unreadableExits = new Set<string>();
  for (const issue of model.issues) {
    if (issue.kind === 'cellUnparsable' && issue.sheetKind === 'members' && issue.field === 'exitDate') unreadableExits.add(`${issue.sheet}!${issue.cell}`);
  }
  const seen = new Set<string>();
  const rows: MemberInYear[] = [];
  let repeatedIds = 0;
  let blankIds = 0;
  for (const member of model.members) {
    if (!member.memberId) { blankIds += 1; continue; }
    if (seen.has(member.memberId)) { repeatedIds += 1; continue; }
    seen.add(member.memberId);
    const exitColumn = member.origin.columns.exitDate;
    const exitUnreadable = member.exitDate === undefined && unreadableExits.size > 0 && exitColumn !== undefined
      && unreadableExits.has(`${member.origin.sheet}!${a1(exitColumn, member.origin.row)}`);
    const admission = member.admissionDate ?? Number.NEGATIVE_INFINITY;
    const exit = member.exitDate ?? Number.POSITIVE_INFINITY;
    const row: MemberInYear = {
      member, category: member.category ?? '',
      atStart: admission < start && exit >= start,
      admitted: admission >= start && admission <= end,
      exited: exit >= start && exit <= end,
      atEnd: admission <= end && exit > end,
      admissionAssumed: member.admissionDate === undefined,
      exitUnreadable,
    };
    if (row.atStart || row.admitted || row.exited || row.atEnd) rows.push(row);
  }
  return { rows, repeatedIds, blankIds };
}

/** The row does not add up: at start + admitted − exited ≠ at end. */
export function unreconciled(row: MemberInYear): boolean {
  return Number(row.atStart) + Number(row.admitted) - Number(row.exited) !== Number(row.atEnd);
}
