/**
 * Mandate terms and appointments, shared by CNC-4 and report table T3.
 *
 * Belgian statutes count a mandate "until the ordinary GA of year N" as running N − start years: a
 * mandate from 17/06/2025 "until the ordinary GA of 2029" is four years, although that GA may fall a
 * few days after 17/06/2029. The ordinary GA must be held within six months of the fiscal year's end,
 * so a term of N years may end on the later of the same calendar day N years on and the ordinary GA
 * deadline of that calendar year (CONDITIONS.md CNC-4; second edition, rule 10).
 */
import type { Day, FiscalYear } from '../../dates';
import { dayFromYmd, fiscalYearOf, ymdOfDay } from '../../dates';
import type { Director } from '../../model';

/** The same calendar day `years` later; 29 February falls back to 28 February. */
export function yearsAfter(day: Day, years: number): Day {
  const { year, month, day: dayOfMonth } = ymdOfDay(day);
  return dayFromYmd(year + years, month, dayOfMonth) ?? dayFromYmd(year + years, month, dayOfMonth - 1)!;
}

/** The day before the date six months after `nextStart` (01/01/2029 → 30/06/2029). */
function sixMonthsFrom(nextStart: Day): Day {
  const { year, month, day } = ymdOfDay(nextStart);
  const m = month + 6;
  const y = year + Math.floor((m - 1) / 12);
  const mm = ((m - 1) % 12) + 1;
  let start = dayFromYmd(y, mm, day);
  for (let d = day - 1; start === undefined && d >= 28; d--) start = dayFromYmd(y, mm, d);
  return start! - 1;
}

/** The last day to hold the ordinary GA of a fiscal year: six months after its end (31/12/2028 → 30/06/2029). */
export function ordinaryGaDeadlineOf(fy: FiscalYear): Day {
  return sixMonthsFrom(fy.end + 1);
}

/** The deadline of the ordinary GA held in a calendar year: the one of the fiscal year whose deadline falls in it. */
export function ordinaryGaDeadlineIn(calendarYear: number, fiscalYearStart: string): Day {
  const [startMonth, startDay] = fiscalYearStart.split('-').map(Number) as [number, number];
  for (const candidate of [calendarYear - 1, calendarYear, calendarYear + 1]) {
    const deadline = ordinaryGaDeadlineOf(fiscalYearOf(candidate, startMonth, startDay));
    if (ymdOfDay(deadline).year === calendarYear) return deadline;
  }
  // Unreachable for real calendars: one fiscal year ends every twelve months.
  return dayFromYmd(calendarYear, 12, 31)!;
}

/**
 * The latest end of a mandate of `years` years starting on `appointment`: the same day `years` on,
 * or, when later, the deadline of the ordinary GA of the calendar year `years` on.
 */
export function latestMandateEnd(appointment: Day, years: number, fiscalYearStart: string): { latestEnd: Day; gaYear: number } {
  const gaYear = ymdOfDay(appointment).year + years;
  return { latestEnd: Math.max(yearsAfter(appointment, years), ordinaryGaDeadlineIn(gaYear, fiscalYearStart)), gaYear };
}

/** The same person in another row: by member id when both rows have one, else by name (case and spaces ignored). */
export function samePerson(a: Director, b: Director): boolean {
  if (a.memberId && b.memberId) return a.memberId === b.memberId;
  return a.name.trim().toLowerCase().replace(/\s+/g, ' ') === b.name.trim().toLowerCase().replace(/\s+/g, ' ');
}

export type MandateKind = 'new' | 'renewed' | 'coopted';

/**
 * How a mandate that began in the fiscal year began (T3): co-opted by the board, renewed (the same
 * person held the same role in an earlier row whose mandate ran up to the day before, or had no end),
 * or new. Undefined for a mandate that did not begin in the year. A register that overwrites the
 * appointment date on renewal shows a renewal as new: only a row per mandate tells them apart.
 */
export function mandateKindOf(director: Director, all: readonly Director[], fy: FiscalYear): MandateKind | undefined {
  const start = director.appointmentDate;
  if (start === undefined || start < fy.start || start > fy.end) return undefined;
  if (director.appointedBy === 'cooptation') return 'coopted';
  const renewed = all.some(
    (other) =>
      other !== director &&
      other.role === director.role &&
      samePerson(other, director) &&
      other.appointmentDate !== undefined &&
      other.appointmentDate < start &&
      (other.mandateEnd === undefined || other.mandateEnd >= start - 1),
  );
  return renewed ? 'renewed' : 'new';
}
