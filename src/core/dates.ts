/**
 * Calendar dates as whole day numbers (days since 1970-01-01), never Date objects with a time and a
 * zone: a membership date is a legal date, and a time-zone shift must never move it by a day.
 */
export type Day = number;

const MS_PER_DAY = 86_400_000;
/** Day number of 1899-12-30, Excel's serial 0 in the 1900 date system. */
const EXCEL_EPOCH_DAY = -25_569;

export function dayFromYmd(year: number, month: number, day: number): Day | undefined {
  const ms = Date.UTC(year, month - 1, day);
  const check = new Date(ms);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    return undefined;
  }
  return Math.round(ms / MS_PER_DAY);
}

export function ymdOfDay(day: Day): { year: number; month: number; day: number } {
  const d = new Date(day * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** ISO 8601 calendar date, e.g. 2025-06-17. */
export function isoOfDay(day: Day): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export function dayFromIso(iso: string): Day | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? dayFromYmd(Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
}

/**
 * Excel serial (1900 date system) to a day. Excel counts a fictitious 29 February 1900 (serial 60),
 * so serials below 61 are one day off; the time fraction of a date-time is dropped.
 */
export function dayFromExcelSerial(serial: number): Day {
  const whole = Math.floor(serial);
  return whole < 61 ? whole + EXCEL_EPOCH_DAY + 1 : whole + EXCEL_EPOCH_DAY;
}

export function excelSerialOfDay(day: Day): number {
  const serial = day - EXCEL_EPOCH_DAY;
  return serial < 61 ? serial - 1 : serial;
}

/** Day number of a JavaScript Date read as a UTC calendar date (exceljs gives dates at UTC midnight). */
export function dayFromUtcDate(date: Date): Day {
  return Math.floor(date.getTime() / MS_PER_DAY);
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export interface FiscalYear {
  /** The calendar year in which the fiscal year ends (the year named in the report). */
  year: number;
  /** First day, inclusive. */
  start: Day;
  /** Last day, inclusive. */
  end: Day;
  /** Number of days, 365 or 366 (or another count for a first or last financial year). */
  days: number;
  /** True when no parameter gave the year and it was inferred from the data: shown as "inferred". */
  inferred?: boolean;
}

/**
 * The fiscal year `year` starting on `startMonth`/`startDay`: with the default 1 January it is the
 * calendar year; with 1 July 2024 it runs to 30 June 2025 and is named 2025.
 */
export function fiscalYearOf(year: number, startMonth = 1, startDay = 1): FiscalYear {
  const startYear = startMonth === 1 && startDay === 1 ? year : year - 1;
  const start = dayFromYmd(startYear, startMonth, startDay)!;
  const end = dayFromYmd(startYear + 1, startMonth, startDay)! - 1;
  return { year, start, end, days: end - start + 1 };
}

/** Number of days of [from, to] (inclusive) that fall inside [start, end] (inclusive). */
export function overlapDays(from: Day, to: Day, start: Day, end: Day): number {
  const lo = Math.max(from, start);
  const hi = Math.min(to, end);
  return hi >= lo ? hi - lo + 1 : 0;
}
