// How a due date typed for an action is read, alike for `/plan edit <n> echeance …` and for the
// value asked after « Échéance » was chosen (plan-guided.ts); a day gone is refused in one wording
// for both.
import type { Context } from '../../core/context.ts';
import { parseDate } from '../../core/parse/date.ts';
import { formatDate } from './render.ts';

/**
 * A day read (`readAs`: the key saying how, when the text was not a date as such), or none; `passed`
 * is this month's day a part of it named, already gone (« début décembre » on 6 December).
 */
export type DueReading = { ok: true; day: string; readAs?: string } | { ok: false; passed?: string };

/**
 * A due date is ahead: "3 jan" typed in December is next January, « le 20 » this month's 20th while
 * ahead. « fin janvier » is its last day, « début mars » the 1st, « mi-février » the 15th; « dans 3
 * mois » that day: each is said back with the date recorded (`readAs`).
 */
export function readDueDate(value: string, today: string): DueReading {
  const now = new Date(`${today}T12:00:00Z`);
  const options = { now, timeZone: 'UTC', withoutYear: 'coming', monthParts: true, dayAlone: true } as const;
  const read = parseDate(value, options);
  if (read.ok)
    return read.part
      ? { ok: true, day: read.date, readAs: `plan-due-read-${read.part}` }
      : { ok: true, day: read.date };
  if (read.reason === 'part-passed' && read.near) return { ok: false, passed: read.near };
  // Months from today (« dans 3 mois ») are that day, when ahead.
  if (read.near && read.near >= today) return { ok: true, day: read.near, readAs: 'plan-due-read-near' };
  return { ok: false };
}

const dayOf = (date: Date) => date.toISOString().slice(0, 10);
/** The last day of the month of `day` (YYYY-MM-DD), or of the month after it (`ahead` = 1). */
const endOfMonth = (day: string, ahead = 0) =>
  dayOf(new Date(Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) + ahead, 0)));
/** A date to come for an example: this month's last day, or next month's on the last day. */
const monthEndAhead = (today: string) => (endOfMonth(today) > today ? endOfMonth(today) : endOfMonth(today, 1));

/**
 * The refusal of a due date already gone, or null when `value` is not one: the date as read (with
 * the words typed, when they were words: « hier », c'est le 06/12/2026), nothing changed, and a date
 * to come, typed as the place asks it — the whole command in one line (`typed`), the date alone
 * where the edit asked for it (`asked`). « début décembre » gone also offers next year's.
 */
export function pastDueRefusal(
  ctx: Context,
  value: string,
  today: string,
  n: number,
  step: 'typed' | 'asked',
): string | null {
  const read = readDueDate(value, today);
  const gone = read.ok ? (read.day < today ? read.day : null) : (read.passed ?? null);
  if (!gone) return null;
  return ctx.t('plan-due-past', {
    said: /^[\d\s./-]+$/.test(value) ? 'date' : 'words',
    value,
    date: formatDate(gone, ctx.locale),
    n,
    step,
    example: formatDate(monthEndAhead(today), ctx.locale),
    next: read.ok ? 'none' : `${value} ${Number(gone.slice(0, 4)) + 1}`,
  });
}
