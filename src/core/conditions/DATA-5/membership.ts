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
import { oncePerIndex, type ModelIndex } from '../../model-index';

/**
 * Where a member counts in the year, as bits: one byte per member rather than an object, for a register
 * holds up to a million rows (an object each took about 90 MB, docs/BENCHMARKS.md).
 */
export const IN_YEAR = {
  atStart: 1,
  admitted: 2,
  exited: 4,
  atEnd: 8,
  /** Blank or unreadable admission date, counted as admitted before the year. */
  admissionAssumed: 16,
  /** Unreadable exit date, counted as still a member. */
  exitUnreadable: 32,
} as const;

export interface MembersOfYear {
  /** The members counted, in register order, that are in at least one column of T1. */
  members: Member[];
  /** For each of `members`, where it counts: IN_YEAR bits. */
  flags: Uint8Array;
  /** Register rows not counted because their id repeats an earlier row's. */
  repeatedIds: number;
  /** Register rows not counted because they have no member id. */
  blankIds: number;
}

/** The register's category of a member counted; '' when blank. */
export const categoryOf = (member: Member): string => member.category ?? '';

/** The register rows whose exit-date cell did not parse (DATA-2 reports them), by sheet. */
function unreadableExitRows(model: Model): Map<string, Set<number>> {
  const rows = new Map<string, Set<number>>();
  for (const issue of model.issues) {
    if (issue.kind !== 'cellUnparsable' || issue.sheetKind !== 'members' || issue.field !== 'exitDate') continue;
    const row = Number(/\d+$/.exec(issue.cell)?.[0]);
    let onSheet = rows.get(issue.sheet);
    if (!onSheet) rows.set(issue.sheet, (onSheet = new Set()));
    onSheet.add(row);
  }
  return rows;
}

/**
 * T1 and DATA-5 ask for the same year in one check: it is counted once per model index. Linear in
 * register rows, with no string built per member (a register holds up to a million rows).
 */
export const membersOfYear = oncePerIndex((model: Model, index: ModelIndex, { start, end }: { start: Day; end: Day }): MembersOfYear => {
  const unreadableExits = unreadableExitRows(model);
  const { repeatedMemberRows } = index;
  const members: Member[] = [];
  const flags = new Uint8Array(model.members.length);
  let repeatedIds = 0;
  let blankIds = 0;
  for (let i = 0; i < model.members.length; i++) {
    const member = model.members[i]!;
    if (!member.memberId) {
      blankIds += 1;
      continue;
    }
    // The first register row of an id is the member (ModelIndex.membersById).
    if (repeatedMemberRows.has(member)) {
      repeatedIds += 1;
      continue;
    }
    const exitUnreadable =
      member.exitDate === undefined && unreadableExits.size > 0 && (unreadableExits.get(member.origin.sheet)?.has(member.origin.row) ?? false);
    const admission = member.admissionDate ?? Number.NEGATIVE_INFINITY;
    const exit = member.exitDate ?? Number.POSITIVE_INFINITY;
    let where = 0;
    if (admission < start && exit >= start) where |= IN_YEAR.atStart;
    if (admission >= start && admission <= end) where |= IN_YEAR.admitted;
    if (exit >= start && exit <= end) where |= IN_YEAR.exited;
    if (admission <= end && exit > end) where |= IN_YEAR.atEnd;
    if (!where) continue;
    if (member.admissionDate === undefined) where |= IN_YEAR.admissionAssumed;
    if (exitUnreadable) where |= IN_YEAR.exitUnreadable;
    flags[members.length] = where;
    members.push(member);
  }
  return { members, flags: flags.subarray(0, members.length), repeatedIds, blankIds };
});

/** The member's row does not add up: at start + admitted − exited ≠ at end. */
export function unreconciled(where: number): boolean {
  const atStart = where & IN_YEAR.atStart ? 1 : 0;
  const admitted = where & IN_YEAR.admitted ? 1 : 0;
  const exited = where & IN_YEAR.exited ? 1 : 0;
  const atEnd = where & IN_YEAR.atEnd ? 1 : 0;
  return atStart + admitted - exited !== atEnd;
}
