// Reading one calendar date from normalized text (see `normalizeDateText`), relative to today.
// JJ/MM/AAAA is the one numeric order; ISO (AAAA-MM-JJ) is recognised by its four-digit year first.
import { addDays, compareDates, isRealDate, weekdayOf, type CalendarDate } from './calendar.ts';
import { monthPartDate, monthsFromToday, type MonthPart } from './date-periods.ts';
import { countInFigures, currentPeriodDate, dayAloneDate } from './date-spoken.ts';
import {
  arabicSpans,
  directionWords,
  leadingFillers,
  months,
  relativeDays,
  spans,
  trailingFillers,
  vagueWords,
  weekdays,
} from './date-words.ts';

/** Why a text is not one date (or date and time). */
export type DateRefusal =
  | 'empty'
  | 'not-a-date' // nothing readable as a date: "abc", "15 12 2026"
  | 'invalid-date' // not in the calendar: "31/02", "29/02/2027", "15/13"
  | 'weekday-mismatch' // "lundi 15/12/2026" when the 15th is a Tuesday
  | 'vague' // a period, not a day: "la semaine prochaine", "fin décembre"
  | 'approximate' // months or years from today: "il y a 2 ans", "منذ سنتين" (`near` is that day)
  | 'part-passed' // a part of this month already gone: « début décembre » on 6 December (`near` is that day)
  | 'invalid-time' // "25h", "14h75", "13pm"
  | 'several-times' // "14h ou 15h"
  | 'nonexistent-time'; // skipped by a daylight-saving change in the zone

export type DateRead =
  { ok: true; date: CalendarDate; part?: MonthPart } | { ok: false; reason: DateRefusal; near?: CalendarDate };

/** How a text may name a day besides a date: a part of a month (« fin janvier »), for a due date. */
export interface ReadOptions {
  /** « fin janvier », « début mars », « mi-février », « آخر جانفي »: the last day, the 1st, the 15th. */
  monthParts?: boolean;
  /** « le 20 », « يوم 20 »: that day of this month while ahead, else next month's (a due date's). */
  dayAlone?: boolean;
}

/**
 * Which occurrence a day and month typed without a year is, today included either way: the coming
 * one (a due date), or the past one (a date asked about the past: "15 déc" typed on 3 December is
 * last December's 15th). A weekday alone follows it too, today excluded: "lundi" is the coming
 * Monday, or the last one.
 */
export type YearlessDate = 'coming' | 'past';

const refuse = (reason: DateRefusal): DateRead => ({ ok: false, reason });

function checked(date: CalendarDate): DateRead {
  return isRealDate(date) ? { ok: true, date } : refuse('invalid-date');
}

/** "26" → 2026: the year within 50 years ahead of today, else the century before ("98" → 1998). */
function fullYear(text: string, today: CalendarDate): number {
  if (text.length !== 2) return Number(text);
  const year = today.year - (today.year % 100) + Number(text);
  return year > today.year + 50 ? year - 100 : year;
}

/** A date with a year, as typed; or without one: its coming or past occurrence, today included. */
function dayMonthYear(
  day: number,
  month: number,
  yearText: string | undefined,
  today: CalendarDate,
  withoutYear: YearlessDate,
): DateRead {
  if (yearText !== undefined) {
    const year = fullYear(yearText, today);
    return year < 1900 || year > 2199 ? refuse('invalid-date') : checked({ year, month, day });
  }
  const order = compareDates({ year: today.year, month, day }, today);
  let year = today.year;
  if (withoutYear === 'coming' && order < 0) year += 1; // gone this year: next year's
  if (withoutYear === 'past' && order > 0) year -= 1; // still to come this year: last year's
  // A 29/02 without a year in a year without one is refused rather than moved years away.
  return checked({ year, month, day });
}

/** "15/12/2026", "15-12-26", "15.12", "2026-12-15". */
function numericDate(text: string, today: CalendarDate, withoutYear: YearlessDate): DateRead | null {
  const iso = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})$/.exec(text);
  if (iso) return dayMonthYear(Number(iso[4]), Number(iso[3]), iso[1], today, withoutYear);
  const dmy = /^(\d{1,2})([-/.])(\d{1,2})(?:\2(\d{4}|\d{2}))?$/.exec(text);
  return dmy ? dayMonthYear(Number(dmy[1]), Number(dmy[3]), dmy[4], today, withoutYear) : null;
}

/** "15 déc", "1er décembre 2026", "15 ديسمبر 2026". */
function namedMonthDate(text: string, today: CalendarDate, withoutYear: YearlessDate): DateRead | null {
  const m = /^(\d{1,2})(?:er|ere|eme)? ?(\p{L}+)\.?(?: (\d{4}|\d{2}))?$/u.exec(text);
  const month = m ? months.get(m[2] ?? '') : undefined;
  return m && month ? dayMonthYear(Number(m[1]), month, m[3], today, withoutYear) : null;
}

/**
 * "dans 3 jours", "d'ici une semaine", "بعد 3 أيام", "بعد يومين"; and back from today: "il y a 3 jours",
 * "منذ أسبوع", "قبل 3 أيام", "قبل يومين".
 */
function countedDays(text: string, today: CalendarDate): DateRead | null {
  const french = /^(dans|d'ici|il y a) (\d{1,3}|un|une) ?(\p{L}+)$/u.exec(text);
  const arabic = /^(بعد|منذ|قبل) (\d{1,3}) ?(\p{L}+)$/u.exec(text);
  const counted = french ?? arabic;
  if (counted) {
    const perUnit = spans.get(counted[3] ?? '');
    const count = /^\d+$/.test(counted[2] ?? '') ? Number(counted[2]) : 1;
    const sign = counted[1] === 'dans' || counted[1] === "d'ici" || counted[1] === 'بعد' ? 1 : -1;
    return perUnit === undefined ? null : { ok: true, date: addDays(today, sign * count * perUnit) };
  }
  const dual = /^(بعد|منذ|قبل) (\p{L}+)$/u.exec(text);
  const days = dual ? arabicSpans.get(dual[2] ?? '') : undefined;
  if (days === undefined) return null;
  return { ok: true, date: addDays(today, dual?.[1] === 'بعد' ? days : -days) };
}

/** A day named from today: "demain", "avant-hier", "غدا", "dans 3 jours", "il y a 3 jours". */
function relativeDate(text: string, today: CalendarDate): DateRead | null {
  const offset = relativeDays.get(text);
  return offset === undefined ? countedDays(text, today) : { ok: true, date: addDays(today, offset) };
}

/**
 * "lundi": the coming Monday, or the last one for a date asked about the past; never today, which
 * people call "aujourd'hui" (a visit made this Monday, said on a Monday, is "aujourd'hui"; "lundi"
 * then means a week ago), as the coming Monday said on a Monday is next week's.
 */
function weekdayDate(weekday: number, today: CalendarDate, withoutYear: YearlessDate): CalendarDate {
  if (withoutYear === 'past') return addDays(today, -((weekdayOf(today) - weekday + 7) % 7 || 7));
  return addDays(today, (weekday - weekdayOf(today) + 7) % 7 || 7);
}

/** "lundi 15 décembre", "الاثنين 15/12": the date, checked against the weekday named with it. */
function weekdayAndDate(text: string, today: CalendarDate, withoutYear: YearlessDate): DateRead | null {
  for (const [name, weekday] of weekdays) {
    if (!text.startsWith(`${name} `)) continue;
    const rest = text.slice(name.length + 1);
    const read = numericDate(rest, today, withoutYear) ?? namedMonthDate(rest, today, withoutYear);
    if (!read) return null;
    return read.ok && weekdayOf(read.date) !== weekday ? refuse('weekday-mismatch') : read;
  }
  return null;
}

/**
 * Strips "le", "pour", "يوم"… before and "au plus tard" after the date, and takes the word that
 * says which occurrence it is ("prochain", "dernier", "القادم", "الماضي"), if one is typed.
 */
function withoutFillers(text: string): { text: string; direction?: YearlessDate } {
  let result = text;
  let direction: YearlessDate | undefined;
  for (let changed = true; changed;) {
    changed = false;
    for (const filler of leadingFillers)
      if (result.startsWith(`${filler} `)) [result, changed] = [result.slice(filler.length + 1), true];
    for (const filler of trailingFillers)
      if (result.endsWith(` ${filler}`)) [result, changed] = [result.slice(0, -filler.length - 1), true];
    for (const [word, way] of directionWords)
      if (result.endsWith(` ${word}`)) [result, direction, changed] = [result.slice(0, -word.length - 1), way, true];
  }
  return direction ? { text: result, direction } : { text: result };
}

/**
 * Reads one date from normalized text; today is the day in the person's time zone, and
 * `withoutYear` says which occurrence a day and month without a year, or a weekday, is, unless the
 * text says it: "lundi prochain" is the coming Monday and "lundi dernier" the last one, whatever
 * the question asks (the caller decides whether that date fits).
 */
export function readDate(
  normalized: string,
  today: CalendarDate,
  withoutYear: YearlessDate = 'coming',
  options: ReadOptions = {},
): DateRead {
  normalized = countInFigures(normalized);
  // Read whole first: "avant-hier" and "قبل أمس" are not "hier" and "أمس" after a filler.
  const named = relativeDate(normalized, today);
  if (named) return named;
  const near = monthsFromToday(normalized, today);
  if (near) return { ok: false, reason: 'approximate', near };
  const { text, direction } = withoutFillers(normalized);
  if (!text) return refuse('empty');
  const part = options.monthParts ? monthPartDate(text, today) : null;
  if (part?.passed) return { ok: false, reason: 'part-passed', near: part.date };
  if (part) return { ok: true, date: part.date, part: part.part };
  const current = options.monthParts ? currentPeriodDate(text, today, direction === 'coming') : null;
  if (current) return { ok: true, ...current };
  const alone = options.dayAlone ? dayAloneDate(text, today) : null;
  if (alone) return { ok: true, date: alone };
  const which = direction ?? withoutYear;
  const weekday = weekdays.get(text);
  if (weekday !== undefined) return { ok: true, date: weekdayDate(weekday, today, which) };
  const read =
    relativeDate(text, today) ??
    numericDate(text, today, which) ??
    namedMonthDate(text, today, which) ??
    weekdayAndDate(text, today, which);
  if (read) return read;
  return refuse(vagueWords.test(text) ? 'vague' : 'not-a-date');
}
