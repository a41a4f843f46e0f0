// Calendar arithmetic on plain dates (no time zone involved): a date here is a day in the
// calendar, as people mean it, and UTC is only used as a zone-free calendar to count with.
import { localParts } from '../time.ts';

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** Whether the date exists: refuses 31/02, 29/02/2027, 00/12, month 13. */
export function isRealDate({ year, month, day }: CalendarDate): boolean {
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  const probe = new Date(Date.UTC(year, month - 1, day));
  return probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
}

/** The date `days` days later (or earlier, when negative). */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  const moved = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: moved.getUTCFullYear(), month: moved.getUTCMonth() + 1, day: moved.getUTCDate() };
}

/** Day of the week, 0 = Sunday … 6 = Saturday (as `Date.getDay`). */
export function weekdayOf(date: CalendarDate): number {
  return new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
}

/** Orders two dates: negative when `a` comes first. */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** "2026-12-15": the form stored and passed around (people are shown JJ/MM/AAAA). */
export function isoDate({ year, month, day }: CalendarDate): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** The calendar day of an instant for people living in `timeZone`. */
export function todayIn(now: Date, timeZone: string): CalendarDate {
  const { year, month, day } = localParts(now, timeZone);
  return { year, month, day };
}
