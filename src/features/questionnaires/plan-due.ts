// How a due date typed for an action is read, alike for `/plan edit <n> echeance …` and for the
// value asked after « Échéance » was chosen (plan-guided.ts).
import { parseDate } from '../../core/parse/date.ts';

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
