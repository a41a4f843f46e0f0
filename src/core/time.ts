// Wall-clock time in a named time zone (Africa/Tunis by default) without a date library:
// Intl gives the zone's offset at an instant, which is all that parsing and quiet hours need.

export interface LocalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

const formats = new Map<string, Intl.DateTimeFormat>();

function formatFor(timeZone: string): Intl.DateTimeFormat {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formats.set(timeZone, format);
  }
  return format;
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** MM/DD/YYYY in the zone, digits always two (four for the year). */
function dayFormatFor(timeZone: string): Intl.DateTimeFormat {
  let format = dayFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormats.set(timeZone, format);
  }
  return format;
}

export function isTimeZone(value: string): boolean {
  try {
    formatFor(value);
    return true;
  } catch {
    return false;
  }
}

/** The wall-clock date and time of an instant in a zone. */
export function localParts(date: Date, timeZone: string): LocalParts & { second: number } {
  const parts: Record<string, number> = {};
  for (const p of formatFor(timeZone).formatToParts(date)) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  return {
    year: parts.year ?? 0,
    month: parts.month ?? 1,
    day: parts.day ?? 1,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
}

function offsetMs(instant: number, timeZone: string): number {
  const p = localParts(new Date(instant), timeZone);
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - Math.floor(instant / 1000) * 1000;
}

/** The instant at which the zone's clock shows this date and time (day overflow allowed). */
export function zonedTime(p: LocalParts, timeZone: string): Date {
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute);
  // Two passes settle the offset even on a daylight-saving boundary.
  let t = asUtc - offsetMs(asUtc, timeZone);
  t = asUtc - offsetMs(t, timeZone);
  return new Date(t);
}

/** "2025-07-01 17:00" (or "2025-07-01T17:00", or a date alone meaning `defaultTime`) → instant, or null. */
export function parseLocalDateTime(text: string, timeZone: string, defaultTime = '17:00'): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{1,2}):(\d{2}))?$/.exec(text.trim());
  if (!match) return null;
  const n = (i: number) => Number(match[i] ?? 0);
  const [dh = 0, dm = 0] = defaultTime.split(':').map(Number);
  const parts = { year: n(1), month: n(2), day: n(3), hour: match[4] ? n(4) : dh, minute: match[5] ? n(5) : dm };
  if (parts.month < 1 || parts.month > 12 || parts.day < 1 || parts.day > 31 || parts.hour > 23 || parts.minute > 59)
    return null;
  const date = zonedTime(parts, timeZone);
  // Refuse 2025-02-30 rather than silently rolling it into March.
  return localParts(date, timeZone).day === parts.day ? date : null;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** "01/07/2025 17:00" in the zone (JJ/MM/AAAA HH:MM): the form commands accept, shown back to people. */
export function formatLocalDateTime(date: Date, timeZone: string): string {
  const p = localParts(date, timeZone);
  return `${pad(p.day)}/${pad(p.month)}/${p.year} ${pad(p.hour)}:${pad(p.minute)}`;
}

/** A readable date for people: "mardi 1 juillet 2025 à 17:00" / "الثلاثاء، 1 جويلية 2025 في 17:00". */
export function formatHumanDate(date: Date, timeZone: string, locale: string): string {
  const tag = locale === 'ar' ? 'ar-TN' : 'fr-FR';
  // 24-hour clock in both languages, as every other time shown (ar-TN alone would say « 10:00 ص »).
  return new Intl.DateTimeFormat(tag, { timeZone, dateStyle: 'full', timeStyle: 'short', hourCycle: 'h23' }).format(
    date,
  );
}

/** Quiet hours in minutes after local midnight; the span may cross midnight (21:00–08:00). */
export interface QuietHours {
  start: number;
  end: number;
  timeZone: string;
}

/** "21:00-08:00" → quiet hours; "off" or "" → null. */
export function parseQuietHours(text: string, timeZone: string): QuietHours | null {
  const match = /^(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})$/.exec(text.trim());
  if (!match) return null;
  const n = (i: number) => Number(match[i] ?? 0);
  const start = n(1) * 60 + n(2);
  const end = n(3) * 60 + n(4);
  if (start >= 24 * 60 || end >= 24 * 60 || start === end) return null;
  return { start, end, timeZone };
}

export function isQuiet(date: Date, quiet: QuietHours | null): boolean {
  if (!quiet) return false;
  const p = localParts(date, quiet.timeZone);
  const m = p.hour * 60 + p.minute;
  return quiet.start < quiet.end ? m >= quiet.start && m < quiet.end : m >= quiet.start || m < quiet.end;
}

/** When a send planned at `date` may go: `date` itself, or the end of the quiet period it falls in. */
export function afterQuietHours(date: Date, quiet: QuietHours | null): Date {
  if (!quiet || !isQuiet(date, quiet)) return date;
  const p = localParts(date, quiet.timeZone);
  const end = { year: p.year, month: p.month, day: p.day, hour: Math.floor(quiet.end / 60), minute: quiet.end % 60 };
  const sameDay = zonedTime(end, quiet.timeZone);
  return sameDay > date ? sameDay : zonedTime({ ...end, day: end.day + 1 }, quiet.timeZone);
}

/** The calendar day (YYYY-MM-DD) of an instant in a zone: "today" for people living there. */
export function localDay(date: Date, timeZone: string): string {
  // "12/06/2026": a date alone formats in a quarter of the time the parts take, and every message asks.
  const [month, day, year] = dayFormatFor(timeZone).format(date).split('/');
  return `${year}-${month}-${day}`;
}
