// Dates and deadlines as people type them, in French, Arabic or Latin-script Tunisian:
// "15/12/2026", "15 déc", "demain", "lundi", "dans 3 jours", "غدا", "15 ديسمبر", "ghodwa à 14h".
// One numeric order everywhere, JJ/MM/AAAA (ISO AAAA-MM-JJ is accepted as well).
import { localParts, zonedTime } from '../time.ts';
import { addDays, isoDate, todayIn, type CalendarDate } from './calendar.ts';
import type { MonthPart } from './date-periods.ts';
import { readDate, type DateRefusal, type YearlessDate } from './date-read.ts';
import { normalizeDateText } from './date-words.ts';
import { parseClock, takeTimeOfDay, type TimeOfDay } from './time-of-day.ts';

export type { MonthPart } from './date-periods.ts';
export type { DateRefusal, YearlessDate } from './date-read.ts';

export interface DateOptions {
  /** The present instant: "demain" and year-less dates are read from it. */
  now: Date;
  /** IANA zone of the person ("Africa/Tunis"): "today" is today there. */
  timeZone: string;
  /**
   * Which occurrence a day and month typed without a year ("15 déc", "15/12") is, today included:
   * 'coming' (the default) for a date ahead, 'past' for a date asked about the past (a visit
   * made). A year typed is always kept as it is. A weekday alone ("lundi") is read the same way:
   * the coming one, or the last one; never today.
   */
  withoutYear?: YearlessDate;
  /** Read « fin janvier », « début mars », « mi-février », « آخر جانفي » as a day (a due date's); else vague. */
  monthParts?: boolean;
  /** Read a day alone (« le 20 », « يوم 20 ») as this month's while ahead, else next month's (a due date's). */
  dayAlone?: boolean;
}

export interface DateTimeOptions extends DateOptions {
  /** "HH:MM" used when the text names a day and no time ("demain" → demain à 17:00). */
  defaultTime: string;
}

/**
 * `part` says the date was read from a part of a month (« fin janvier » → its last day); `near`, with
 * the reason 'approximate', is the day a number of months or years from today (« il y a 2 ans »);
 * with 'part-passed', the day of this month already gone (« début décembre » on 6 December).
 */
export type DateResult =
  { ok: true; date: string; part?: MonthPart } | { ok: false; reason: DateRefusal; near?: string };

export type DateTimeResult = { ok: true; at: Date; date: string; time: string } | { ok: false; reason: DateRefusal };

/**
 * Reads one calendar date: JJ/MM/AAAA (also with "-" or "." and two-digit years), JJ/MM,
 * AAAA-MM-JJ, "15 déc", "15 décembre 2026", "15 ديسمبر", "demain", "après-demain", "aujourd'hui",
 * "lundi", "dans 3 jours", "غدا", "بعد غد", "الاثنين", "ghodwa"; Arabic-Indic digits too.
 * A date without a year is its next occurrence, today included (its latest one with `withoutYear:
 * 'past'`); a weekday is the coming one (the last one with `'past'`), today excluded. Dates with a year are returned as they
 * are, past or not: the caller decides.
 * @returns `date` as "YYYY-MM-DD", or the reason the text is not one real date.
 */
export function parseDate(text: string, { now, timeZone, withoutYear, monthParts, dayAlone }: DateOptions): DateResult {
  const normalized = normalizeDateText(text);
  if (!normalized) return { ok: false, reason: 'empty' };
  const read = readDate(normalized, todayIn(now, timeZone), withoutYear, { monthParts, dayAlone });
  if (read.ok)
    return read.part ? { ok: true, date: isoDate(read.date), part: read.part } : { ok: true, date: isoDate(read.date) };
  return read.near ? { ok: false, reason: read.reason, near: isoDate(read.near) } : { ok: false, reason: read.reason };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The instant the zone's clock shows this day and time, or null when its clock skips that time. */
function instant(date: CalendarDate, time: TimeOfDay, timeZone: string): Date | null {
  const at = zonedTime({ ...date, ...time }, timeZone);
  const shown = localParts(at, timeZone);
  const same = shown.day === date.day && shown.hour === time.hour && shown.minute === time.minute;
  return same ? at : null;
}

/**
 * Reads a day and an optional time of day ("demain 14h", "15/12 à 17h30", "lundi 9:00",
 * "الساعة 14 غدا", "2pm", "2026-12-15T14:00") and returns the instant it means in `timeZone`.
 * The day is read as by `parseDate`; without a time, `defaultTime` is used; a time alone
 * ("à 17h") is its next occurrence: today if still to come, otherwise tomorrow.
 * @returns `at` (the instant), with `date` "YYYY-MM-DD" and `time` "HH:MM" as read, or a reason.
 */
export function parseDateTime(
  text: string,
  { now, timeZone, defaultTime, withoutYear }: DateTimeOptions,
): DateTimeResult {
  const fallback = parseClock(defaultTime); // checked first: a bad default is a bug, whatever the text
  const normalized = normalizeDateText(text).replace(/^(\d{4}-\d{1,2}-\d{1,2})t(?=\d)/, '$1 ');
  if (!normalized) return { ok: false, reason: 'empty' };
  const found = takeTimeOfDay(normalized);
  if (found.kind === 'several') return { ok: false, reason: 'several-times' };
  if (found.kind === 'one' && !found.time) return { ok: false, reason: 'invalid-time' };
  const time = found.kind === 'one' && found.time ? found.time : fallback;
  const today = todayIn(now, timeZone);

  let date: CalendarDate;
  if (found.kind === 'one' && !found.rest) {
    const todayAt = instant(today, time, timeZone);
    date = todayAt && todayAt > now ? today : addDays(today, 1);
  } else {
    const read = readDate(found.kind === 'one' ? found.rest : normalized, today, withoutYear);
    if (!read.ok) return read;
    date = read.date;
  }
  const at = instant(date, time, timeZone);
  if (!at) return { ok: false, reason: 'nonexistent-time' };
  return { ok: true, at, date: isoDate(date), time: `${pad(time.hour)}:${pad(time.minute)}` };
}
