import type { Role } from '../../core/identity.ts';
import { parseOffsetList } from './offsets.ts';
import { parseDateTime } from '../../core/parse/date.ts';
import { isMostlyArabic } from '../../core/text.ts';
import { formatLocalDateTime, localDay, zonedTime } from '../../core/time.ts';

export interface DeadlineOptions {
  team?: string;
  role?: Role;
  offsets?: number[];
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string; args?: Record<string, string | number> };

/** Limits on what a coordinator types, each refused with a message naming it. */
export const deadlineLimits = { maxYearsAhead: 5, maxOffsets: 10, maxTitle: 200 } as const;

/**
 * A due date in a sensible window (not past, at most five years ahead: a typo such as 0000 or
 * 9999 is refused instead of stored), at most ten reminders, titles of at most 200 characters.
 */
export function checkDeadline(
  input: {
    dueAt?: Date | undefined;
    titleFr?: string | undefined;
    titleAr?: string | undefined;
    offsets?: number[] | undefined;
  },
  now: Date,
): Parsed<null> {
  if (input.dueAt) {
    if (input.dueAt.getTime() < now.getTime()) return { ok: false, error: 'deadline-in-past' };
    const latest = new Date(now);
    latest.setUTCFullYear(latest.getUTCFullYear() + deadlineLimits.maxYearsAhead);
    if (input.dueAt > latest)
      return { ok: false, error: 'deadline-too-far', args: { years: deadlineLimits.maxYearsAhead } };
  }
  if (input.offsets && input.offsets.length > deadlineLimits.maxOffsets)
    return { ok: false, error: 'deadline-too-many-offsets', args: { max: deadlineLimits.maxOffsets } };
  for (const title of [input.titleFr, input.titleAr]) {
    if (title && title.length > deadlineLimits.maxTitle)
      return { ok: false, error: 'deadline-title-too-long', args: { max: deadlineLimits.maxTitle } };
  }
  return { ok: true, value: null };
}

const optionPattern = /^(team|equipe|équipe|فريق|role|rôle|دور|offsets|rappels|تذكير)=(\S+)$/iu;

/** "coordinators", "coordinateurs", "منسقون"… → a role. */
export function parseRole(text: string): Role | null {
  const v = text.trim().toLowerCase();
  if (/^(coordinat(or|eur)s?|منسق(ون|ين)?)$/u.test(v)) return 'coordinator';
  if (/^(participants?|مشارك(ون|ين)?)$/u.test(v)) return 'participant';
  return null;
}

/** Pulls `team=… role=… offsets=…` words out of a command's words. */
export function takeOptions(words: string[]): Parsed<{ options: DeadlineOptions; rest: string[] }> {
  const options: DeadlineOptions = {};
  const rest: string[] = [];
  for (const word of words) {
    const match = optionPattern.exec(word);
    if (!match) {
      rest.push(word);
      continue;
    }
    const key = (match[1] ?? '').toLowerCase();
    const value = match[2] ?? '';
    if (['team', 'equipe', 'équipe', 'فريق'].includes(key)) options.team = value.toLowerCase();
    else if (['role', 'rôle', 'دور'].includes(key)) {
      const role = parseRole(value);
      if (!role) return { ok: false, error: 'deadline-bad-role' };
      options.role = role;
    } else {
      const offsets = parseOffsetList(value);
      if (!offsets) return { ok: false, error: 'deadline-bad-offsets' };
      options.offsets = offsets;
    }
  }
  return { ok: true, value: { options, rest } };
}

/** A valid due date for the examples of the messages: four weeks from now, at 17:00. */
export function exampleDue(now: Date, timeZone: string): string {
  const [year, month, day] = localDay(new Date(now.getTime() + 28 * 86_400_000), timeZone)
    .split('-')
    .map(Number);
  return formatLocalDateTime(
    zonedTime({ year: year ?? 0, month: month ?? 1, day: day ?? 1, hour: 17, minute: 0 }, timeZone),
    timeZone,
  );
}

/** Time of day of a deadline given without one ("demain" → demain à 17:00). */
export const deadlineDefaultTime = '17:00';
/** A date and time take at most this many words ("mardi 15 décembre 2026 à 14h30"). */
const maxDateWords = 6;

/**
 * The deadline's day and time from the start of `words`, as people write them elsewhere in the bot
 * ("15/12/2026 14h", "demain 17:00", "lundi", "15 déc à 9h", "2026-12-15 14:00"): the longest
 * leading run of words that reads as one date, the rest being the title.
 */
export function takeDate(words: string[], timeZone: string, now: Date): { dueAt: Date; rest: string[] } | null {
  for (let n = Math.min(maxDateWords, words.length); n >= 1; n--) {
    // A deadline is ahead: "3 jan" typed in December is next January.
    const read = parseDateTime(words.slice(0, n).join(' '), {
      now,
      timeZone,
      defaultTime: deadlineDefaultTime,
      withoutYear: 'coming',
    });
    if (read.ok) return { dueAt: read.at, rest: words.slice(n) };
  }
  return null;
}

/**
 * "Note de cadrage | مذكرة الإطار" → the titles typed, each in its language whichever side it is on
 * (a coordinator writing in Arabic puts the Arabic first); one title is the one of its script.
 */
export function typedTitles(text: string): { titleFr?: string; titleAr?: string } | null {
  const parts = text
    .split('|')
    .map((s) => s.trim())
    .filter(Boolean);
  const [first, second] = parts;
  if (!first) return null;
  if (!second) return isMostlyArabic(first) ? { titleAr: first } : { titleFr: first };
  return isMostlyArabic(first) && !isMostlyArabic(second)
    ? { titleFr: second, titleAr: first }
    : { titleFr: first, titleAr: second };
}

/** Both titles of a new deadline: one title typed serves both languages. */
export function splitTitle(text: string): { titleFr: string; titleAr: string } | null {
  const typed = typedTitles(text);
  if (!typed) return null;
  const only = typed.titleFr ?? typed.titleAr ?? '';
  return { titleFr: typed.titleFr ?? only, titleAr: typed.titleAr ?? only };
}

/**
 * The titles after an edit: a title typed in one language replaces that language only, and the
 * other one too when it was only a stand-in copy of it (a deadline created with one title in the
 * same language).
 */
export function editedTitles(
  current: { titleFr: string; titleAr: string },
  text: string,
): { titleFr: string; titleAr: string } | null {
  const typed = typedTitles(text);
  if (!typed) return null;
  const copy = current.titleFr === current.titleAr && isMostlyArabic(current.titleFr) === (typed.titleAr !== undefined);
  const only = typed.titleFr ?? typed.titleAr ?? '';
  return {
    titleFr: typed.titleFr ?? (copy ? only : current.titleFr),
    titleAr: typed.titleAr ?? (copy ? only : current.titleAr),
  };
}

export interface NewDeadline extends DeadlineOptions {
  dueAt: Date;
  titleFr: string;
  titleAr: string;
}

/** `/deadline <JJ/MM/AAAA HH:MM> <title FR> [| title AR] [team=…] [role=…] [offsets=…]`. */
export function parseNewDeadline(args: string, timeZone: string, now: Date): Parsed<NewDeadline> {
  const words = args.split(/\s+/).filter(Boolean);
  const taken = takeOptions(words);
  if (!taken.ok) return taken;
  const dated = takeDate(taken.value.rest, timeZone, now);
  if (!dated) return { ok: false, error: 'deadline-bad-date', args: { example: exampleDue(now, timeZone) } };
  const titles = splitTitle(dated.rest.join(' '));
  if (!titles) return { ok: false, error: 'deadline-no-title' };
  const bounded = checkDeadline({ dueAt: dated.dueAt, ...titles, offsets: taken.value.options.offsets }, now);
  if (!bounded.ok) return bounded;
  return { ok: true, value: { ...taken.value.options, dueAt: dated.dueAt, ...titles } };
}
