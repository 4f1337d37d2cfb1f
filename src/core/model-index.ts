/**
 * Lookups over the model built once per run, so that conditions join sheets with maps and stay
 * linear in rows. Each lookup is built on first use.
 */
import type { Distribution, MeetingAttendance, Member, Model, Movement } from './model';
import type { Day } from './dates';

export interface ModelIndex {
  /** Member id → the first register row with that id (DATA-3 reports the duplicates). */
  readonly membersById: ReadonlyMap<string, Member>;
  readonly movementsByMember: ReadonlyMap<string, readonly Movement[]>;
  readonly distributionsByMember: ReadonlyMap<string, readonly Distribution[]>;
  /** Meeting date → its attendance rows, in sheet order; rows without a valid date are left out. */
  readonly meetingsByDate: ReadonlyMap<Day, readonly MeetingAttendance[]>;
  /**
   * The date of the first share movement: a movements sheet often covers recent years only, so the
   * movements of a member admitted before it miss their subscription.
   */
  readonly journalStart: Day | undefined;
}

function groupBy<T, K>(items: readonly T[], key: (item: T) => K | undefined): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k === undefined) continue;
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

export function indexModel(model: Model): ModelIndex {
  let membersById: Map<string, Member> | undefined;
  let movementsByMember: Map<string, Movement[]> | undefined;
  let distributionsByMember: Map<string, Distribution[]> | undefined;
  let meetingsByDate: Map<Day, MeetingAttendance[]> | undefined;
  let journalStart: { day: Day | undefined } | undefined;
  return {
    get membersById() {
      if (!membersById) {
        membersById = new Map();
        // Back to front, so that the first row of an id is the one kept, with one map operation a row.
        const { members } = model;
        for (let i = members.length - 1; i >= 0; i--) if (members[i]!.memberId) membersById.set(members[i]!.memberId, members[i]!);
      }
      return membersById;
    },
    get movementsByMember() {
      return (movementsByMember ??= groupBy(model.movements, (m) => m.memberId || undefined));
    },
    get distributionsByMember() {
      return (distributionsByMember ??= groupBy(model.distributions, (d) => d.memberId || undefined));
    },
    get meetingsByDate() {
      return (meetingsByDate ??= groupBy(model.meetings, (m) => m.meetingDate));
    },
    get journalStart() {
      if (!journalStart) {
        let day: Day | undefined;
        for (const { date } of model.movements) if (date !== undefined && (day === undefined || date < day)) day = date;
        journalStart = { day };
      }
      return journalStart.day;
    },
  };
}
