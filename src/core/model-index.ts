/**
 * Lookups over the model built once per run, so that conditions join sheets with maps and stay
 * linear in rows. Each lookup is built on first use.
 */
import type { Distribution, MeetingAttendance, Member, Model, Movement } from './model';
import type { Day } from './dates';
import { normaliseLabel } from './extract/values';
import { IdGroups, IdTable, type IdLookup } from './id-table';

/**
 * One general meeting: a date and, when the attendance sheet has a meeting column, the meeting's id
 * or type. An ordinary and an extraordinary GA held the same day are two meetings, each with its own
 * votes (CONDITIONS.md ES-7).
 */
export interface GeneralMeeting {
  /** Stable key: the day and the normalised meeting id or type. */
  key: string;
  date: Day;
  /** The meeting's id or type as first written; undefined when not given. */
  meeting?: string;
  /** Its attendance rows, in sheet order. */
  rows: readonly MeetingAttendance[];
}

export interface ModelIndex {
  /** Member id → the first register row with that id (DATA-3 reports the duplicates). */
  readonly membersById: IdLookup<Member>;
  /** The register rows whose id repeats an earlier row's: empty in a register without duplicates. */
  readonly repeatedMemberRows: ReadonlySet<Member>;
  /** Member id → its movements, in sheet order; ids in the order of their first movement. */
  readonly movementsByMember: IdLookup<readonly Movement[]>;
  readonly distributionsByMember: IdLookup<readonly Distribution[]>;
  /** Meeting date → its attendance rows, in sheet order; rows without a valid date are left out. */
  readonly meetingsByDate: ReadonlyMap<Day, readonly MeetingAttendance[]>;
  /** Every general meeting (date + meeting id or type), by date then meeting; rows without a valid date are left out. */
  readonly generalMeetings: readonly GeneralMeeting[];
  /**
   * The date of the first share movement: a movements sheet often covers recent years only, so the
   * movements of a member admitted before it miss their subscription.
   */
  readonly journalStart: Day | undefined;
}

/**
 * A computation over one fiscal year, made once per model index: a condition and a table of the special
 * report ask for the same year in one check, and each walks up to a million rows.
 */
export function oncePerIndex<Y extends { start: Day; end: Day }, T>(compute: (model: Model, index: ModelIndex, year: Y) => T) {
  const computed = new WeakMap<ModelIndex, { start: Day; end: Day; value: T }>();
  return (model: Model, index: ModelIndex, year: Y): T => {
    const known = computed.get(index);
    if (known && known.start === year.start && known.end === year.end) return known.value;
    const value = compute(model, index, year);
    computed.set(index, { start: year.start, end: year.end, value });
    return value;
  };
}

/** The items with a member id, grouped by it: ids in the order of their first item, items in sheet order. */
function groupByMember<T extends { memberId: string }>(items: readonly T[]): IdGroups<T> {
  const groups = new IdGroups<T>(items.length);
  for (let i = 0; i < items.length; i++) if (items[i]!.memberId) groups.push(items[i]!.memberId, items[i]!);
  return groups;
}

function groupBy<T, K>(items: readonly T[], key: (item: T) => K | undefined): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    const k = key(item);
    if (k === undefined) continue;
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** Member id → the first register row with it, and the later rows that repeat an id, in one pass. */
function indexMemberIds(members: readonly Member[]): { byId: IdTable<Member>; repeated: Set<Member> } {
  const byId = new IdTable<Member>(members.length);
  const repeated = new Set<Member>();
  for (let i = 0; i < members.length; i++) {
    const member = members[i]!;
    if (member.memberId && !byId.add(member.memberId, member)) repeated.add(member);
  }
  return { byId, repeated };
}

export function indexModel(model: Model): ModelIndex {
  let memberIds: ReturnType<typeof indexMemberIds> | undefined;
  let movementsByMember: IdGroups<Movement> | undefined;
  let distributionsByMember: IdGroups<Distribution> | undefined;
  let meetingsByDate: Map<Day, MeetingAttendance[]> | undefined;
  let generalMeetings: GeneralMeeting[] | undefined;
  let journalStart: { day: Day | undefined } | undefined;
  return {
    get membersById() {
      return (memberIds ??= indexMemberIds(model.members)).byId;
    },
    get repeatedMemberRows() {
      return (memberIds ??= indexMemberIds(model.members)).repeated;
    },
    get movementsByMember() {
      return (movementsByMember ??= groupByMember(model.movements));
    },
    get distributionsByMember() {
      return (distributionsByMember ??= groupByMember(model.distributions));
    },
    get meetingsByDate() {
      return (meetingsByDate ??= groupBy(model.meetings, (m) => m.meetingDate));
    },
    get generalMeetings() {
      if (!generalMeetings) {
        const byKey = new Map<string, { key: string; date: Day; meeting?: string; rows: MeetingAttendance[] }>();
        for (const row of model.meetings) {
          if (row.meetingDate === undefined) continue;
          const meeting = row.meeting?.trim() || undefined;
          const key = `${row.meetingDate}|${meeting === undefined ? '' : normaliseLabel(meeting)}`;
          const found = byKey.get(key);
          if (found) found.rows.push(row);
          else byKey.set(key, { key, date: row.meetingDate, ...(meeting !== undefined && { meeting }), rows: [row] });
        }
        generalMeetings = [...byKey.values()].sort((a, b) => a.date - b.date || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
      }
      return generalMeetings;
    },
    get journalStart() {
      if (!journalStart) {
        let day: Day | undefined;
        const { movements } = model;
        for (let i = 0; i < movements.length; i++) {
          const date = movements[i]!.date;
          if (date !== undefined && (day === undefined || date < day)) day = date;
        }
        journalStart = { day };
      }
      return journalStart.day;
    },
  };
}
