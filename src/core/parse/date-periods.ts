// Dates people give by a part of a month or by months and years from today: « fin janvier »,
// « آخر جانفي », « mi-février », « il y a 2 ans », « منذ سنتين », « dans 3 mois ». Keys go through
// `normalizeDateText`, the same folding as typed text.
import { compareDates, type CalendarDate } from './calendar.ts';
import { months, normalizeDateText } from './date-words.ts';

function table<T>(entries: [T, string[]][]): Map<string, T> {
  const map = new Map<string, T>();
  for (const [value, forms] of entries) for (const form of forms) map.set(normalizeDateText(form), value);
  return map;
}

/** The day a part of the month stands for: the 1st, the 15th, or the month's last day. */
export type MonthPart = 'start' | 'middle' | 'end';

/** The words for a part of a month (« fin », « آخر », « موفى »…), read before a month's name or « mois ». */
export const parts = table<MonthPart>([
  ['start', ['début', 'au début', 'بداية', 'أول', 'أوائل', 'مطلع']],
  ['middle', ['mi', 'milieu', 'au milieu', 'à la mi', 'منتصف', 'نصف', 'نص', 'وسط']],
  // « موفى جانفي »: how Tunisian administrative letters say « fin janvier ».
  ['end', ['fin', 'à la fin', 'آخر', 'أواخر', 'نهاية', 'موفى']],
]);

/** Months per unit in « il y a 2 ans », « منذ 3 أشهر »; and the Arabic words that hold their count. */
const monthSpans = table<number>([
  [1, ['mois', 'شهر', 'أشهر', 'شهور', 'اشهر']],
  [12, ['an', 'ans', 'année', 'années', 'annee', 'annees', 'سنة', 'سنوات', 'سنين', 'عام', 'أعوام', 'اعوام']],
]);
const arabicMonthSpans = table<number>([
  [1, ['شهر']],
  [2, ['شهرين']],
  [12, ['سنة', 'عام']],
  [24, ['سنتين', 'عامين']],
]);

const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

const dayOf = (part: MonthPart, year: number, month: number) =>
  part === 'start' ? 1 : part === 'middle' ? 15 : lastDay(year, month);

/**
 * « fin janvier », « début mars 2027 », « mi-février », « آخر جانفي », « موفى جوان »: the 1st, the
 * 15th or the last day of that month; without a year, its next occurrence, today included. A part
 * of the current month already gone (« début décembre » on 6 December) is `passed`, with this
 * month's day: the person speaks of now, not of a year ahead, and the caller asks for the day.
 */
export function monthPartDate(
  text: string,
  today: CalendarDate,
): { date: CalendarDate; part: MonthPart; passed?: true } | null {
  const m = /^(.+?) (?:d'|de |شهر )?(\p{L}+)\.?(?: (\d{4}))?$/u.exec(text);
  const part = m ? parts.get(m[1] ?? '') : undefined;
  const month = m ? months.get(m[2] ?? '') : undefined;
  if (!m || !part || !month) return null;
  if (m[3] !== undefined) {
    const year = Number(m[3]);
    return { date: { year, month, day: dayOf(part, year, month) }, part };
  }
  const thisYear = { year: today.year, month, day: dayOf(part, today.year, month) };
  if (compareDates(thisYear, today) >= 0) return { date: thisYear, part };
  if (month === today.month) return { date: thisYear, part, passed: true };
  const year = today.year + 1;
  return { date: { year, month, day: dayOf(part, year, month) }, part };
}

/** The same day `count` months later (earlier when negative), on the month's last day when it has no such day. */
function addMonths(date: CalendarDate, count: number): CalendarDate {
  const index = date.year * 12 + date.month - 1 + count;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return { year, month, day: Math.min(date.day, lastDay(year, month)) };
}

/**
 * « il y a 2 ans », « depuis 3 mois », « dans 6 mois », « منذ سنتين », « منذ 2 سنوات », « بعد شهرين »:
 * the day that many months or years from today, which is near the date meant, not the date.
 */
export function monthsFromToday(text: string, today: CalendarDate): CalendarDate | null {
  const french = /^(dans|d'ici|il y a|depuis) (\d{1,2}|un|une) ?(\p{L}+)$/u.exec(text);
  const arabic = /^(بعد|منذ|قبل|من) (\d{1,2}) ?(\p{L}+)$/u.exec(text);
  const counted = french ?? arabic;
  if (counted) {
    const perUnit = monthSpans.get(counted[3] ?? '');
    const count = /^\d+$/.test(counted[2] ?? '') ? Number(counted[2]) : 1;
    const ahead = ['dans', "d'ici", 'بعد'].includes(counted[1] ?? '');
    return perUnit === undefined ? null : addMonths(today, (ahead ? 1 : -1) * count * perUnit);
  }
  const dual = /^(بعد|منذ|قبل|من) (\p{L}+)$/u.exec(text);
  const span = dual ? arabicMonthSpans.get(dual[2] ?? '') : undefined;
  return span === undefined ? null : addMonths(today, dual?.[1] === 'بعد' ? span : -span);
}
