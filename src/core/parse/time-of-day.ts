// Times of day inside a date-and-time text: "14h", "14h30", "14 h 30", "14:00", "à 17h",
// "الساعة 14", "2pm", "midi". The time is taken out, and what remains is read as a date.
import { normalizeDateText } from './date-words.ts';

export interface TimeOfDay {
  hour: number;
  minute: number;
}

/** The time found in a normalized text (see `normalizeDateText`), and the text without it. */
export type TimeInText =
  | { kind: 'none' }
  | { kind: 'one'; time: TimeOfDay | null; rest: string } // null: a time that does not exist ("25h", "14h75")
  | { kind: 'several' };

// Each pattern gives hour, minute, am/pm in groups 1–3. Lookarounds keep "14h" out of "14hab" and
// "2pm" out of "2pma", and the "15" of "14h 15/12" in the date; "15.12" is never a time.
const edge = String.raw`(?<![\p{L}\d:])`;
const end = String.raw`(?![\p{L}\d:]|[/.-]\d)`;
const patterns = [
  new RegExp(String.raw`${edge}الساعه ?(\d{1,2})(?:[:h](\d{2}))?()${end}`, 'gu'),
  new RegExp(String.raw`${edge}(\d{1,2}):(\d{2})(?: ?(am|pm))?${end}`, 'gu'),
  new RegExp(String.raw`${edge}(\d{1,2}) ?(?:heures?|h)(?: ?(\d{2}))?()${end}`, 'gu'),
  new RegExp(String.raw`${edge}(\d{1,2}) ?()(am|pm)${end}`, 'gu'),
];
const noon = /(?<![\p{L}\d])midi(?![\p{L}\d])/gu;

/** Words that introduce a time and go with it: "à 17h", "vers 9h", "على الساعة 14". */
const introducer = new RegExp(
  `(?:^| )(?:${['à', 'vers', 'dès', 'avant', 'على', 'في', 'مع', 'عند', 'قبل', 'm3a'].map(normalizeDateText).join('|')})$`,
);

interface Found {
  start: number;
  end: number;
  time: TimeOfDay | null;
}

function timeOf(hourText: string, minuteText: string | undefined, meridiem: string | undefined): TimeOfDay | null {
  let hour = Number(hourText);
  const minute = minuteText ? Number(minuteText) : 0;
  if (minute > 59) return null;
  if (meridiem) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (meridiem === 'pm' ? 12 : 0);
  }
  return hour <= 23 ? { hour, minute } : null;
}

/** Finds the one time of day in a normalized text. */
export function takeTimeOfDay(text: string): TimeInText {
  const found: Found[] = [];
  for (const pattern of patterns)
    for (const m of text.matchAll(pattern))
      found.push({ start: m.index, end: m.index + m[0].length, time: timeOf(m[1] ?? '', m[2], m[3] || undefined) });
  for (const m of text.matchAll(noon))
    found.push({ start: m.index, end: m.index + m[0].length, time: { hour: 12, minute: 0 } });
  // "الساعة 14:30" is matched whole and as "14:30": keep the widest match only.
  const times = found.filter((f) => !found.some((o) => o !== f && o.start <= f.start && o.end >= f.end));
  const [time, other] = times;
  if (!time) return { kind: 'none' };
  if (other) return { kind: 'several' };
  const before = text.slice(0, time.start).trimEnd().replace(introducer, '');
  const rest = `${before} ${text.slice(time.end)}`.replace(/\s+/g, ' ').trim();
  return { kind: 'one', time: time.time, rest };
}

/** "17:00" → a time of day; throws on a malformed value, which is a programming error. */
export function parseClock(text: string): TimeOfDay {
  const m = /^(\d{1,2}):(\d{2})$/.exec(text);
  const time = m ? timeOf(m[1] ?? '', m[2], undefined) : null;
  if (!time) throw new RangeError(`Not a time of day (HH:MM): ${text}`);
  return time;
}
