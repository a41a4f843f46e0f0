// Dates as people say a due date aloud: a count in words (« dans deux semaines », « بعد ثلاثة
// أسابيع »), within a span (« خلال أسبوعين », « sous 15 jours ») and the end or start of this month or
// year (« fin du mois », « آخر الشهر الجاي », « fin d'année »), a day alone (« le 20 », « يوم 20 »).
// Text is normalized (`normalizeDateText`).
import type { CalendarDate } from './calendar.ts';
import { parts, type MonthPart } from './date-periods.ts';
import { normalizeDateText } from './date-words.ts';
import { readSpelled, splitJoiner } from './number-spelled.ts';
import { foldText } from '../text.ts';

const counted = /^(dans|d'ici|il y a|depuis|بعد|منذ|قبل|من) (.+) (\p{L}+)$/u;

/**
 * « dans deux semaines » → « dans 2 semaines », « بعد ثلاثة أسابيع » → « بعد 3 أسابيع »: a count in
 * words before a unit, in figures; « خلال أسبوعين », « في ظرف شهر », « sous 15 jours » are « بعد »
 * and « dans »: a due date within a span is its last day. Other text is left as it is.
 */
export function countInFigures(text: string): string {
  const within = text
    .replace(/^(?:خلال|في ظرف|في غضون) /, 'بعد ')
    .replace(/^sous (?=\S+ (?:jours?|semaines?|mois)$)/, 'dans ');
  const m = counted.exec(within);
  if (!m) return within;
  const words = foldText(m[2] ?? '')
    .split(' ')
    .flatMap(splitJoiner);
  const read = readSpelled(words, 0);
  return read && read.end === words.length ? `${m[1]} ${read.value} ${m[3]}` : within;
}

const table = (forms: string[]) => new Set(forms.map(normalizeDateText));
const thisMonth = table(['mois', 'du mois', 'de mois', 'de ce mois', 'ce mois', 'الشهر', 'هذا الشهر', 'الشهر الحالي']);
const thisYear = table([
  'année',
  "l'année",
  "d'année",
  "de l'année",
  'de cette année',
  "l'an",
  "de l'an",
  'السنة',
  'هذه السنة',
  'العام',
  'هذا العام',
  'السنة الحالية',
  'العام الحالي',
]);

const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const before = (a: CalendarDate, b: CalendarDate) =>
  a.year * 10_000 + a.month * 100 + a.day < b.year * 10_000 + b.month * 100 + b.day;

/**
 * « fin du mois », « آخر الشهر »: this month's last day; « début du mois », « منتصف الشهر »: this
 * month's 1st or 15th while still ahead (once gone, none: the person names the day); « … prochain »,
 * « … الجاي »: next month's. « fin d'année », « آخر العام »: 31 December (next year's with « prochaine »); « début
 * d'année »: the coming 1 January. `part` is given for a month only: a year's end is said by its date.
 */
export function currentPeriodDate(
  text: string,
  today: CalendarDate,
  next: boolean,
): { date: CalendarDate; part?: MonthPart } | null {
  for (const [word, part] of parts) {
    if (!text.startsWith(`${word} `)) continue;
    const rest = text.slice(word.length + 1);
    if (thisMonth.has(rest)) {
      const index = today.year * 12 + today.month - 1 + (next ? 1 : 0);
      const [year, month] = [Math.floor(index / 12), (index % 12) + 1];
      const date = { year, month, day: part === 'start' ? 1 : part === 'middle' ? 15 : lastDay(year, month) };
      // « début du mois » on the 7th: gone, and next month's is not sure to be meant; left vague.
      return before(date, today) ? null : { date, part };
    }
    if (thisYear.has(rest) && part !== 'middle') {
      const year = today.year + (next ? 1 : 0);
      const date = part === 'end' ? { year, month: 12, day: 31 } : { year, month: 1, day: 1 };
      return { date: before(date, today) ? { ...date, year: year + 1 } : date };
    }
  }
  return null;
}

/**
 * « le 20 », « يوم 20 » (their filler gone: « 20 »), as a due date is said: that day of this month
 * while still ahead, today included, otherwise the next month that has it (« le 30 » on 1 February
 * is 30 March). Null for a text that is not a day number, or a day no month has.
 */
export function dayAloneDate(text: string, today: CalendarDate): CalendarDate | null {
  const m = /^(\d{1,2})(?:er|ere)?$/.exec(text);
  const day = Number(m?.[1] ?? 0);
  if (day < 1 || day > 31) return null;
  for (let ahead = 0; ahead < 3; ahead++) {
    const index = today.year * 12 + today.month - 1 + ahead;
    const [year, month] = [Math.floor(index / 12), (index % 12) + 1];
    if (day <= lastDay(year, month) && !before({ year, month, day }, today)) return { year, month, day };
  }
  return null;
}
