import type { Role } from '../../core/identity.ts';
import { parseOffsetList } from './offsets.ts';
import { parseLocalDateTime } from '../../core/time.ts';

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

/** Leading "2025-07-01 17:00" (or "2025-07-01", meaning 17:00) → the instant and the other words. */
export function takeDate(words: string[], timeZone: string): { dueAt: Date; rest: string[] } | null {
  const [day, time] = words;
  if (!day) return null;
  if (time && /^\d{1,2}:\d{2}$/.test(time)) {
    const dueAt = parseLocalDateTime(`${day} ${time}`, timeZone);
    return dueAt ? { dueAt, rest: words.slice(2) } : null;
  }
  const dueAt = parseLocalDateTime(day, timeZone);
  return dueAt ? { dueAt, rest: words.slice(1) } : null;
}

/** "Note de cadrage | مذكرة الإطار" → both titles; one title serves both languages. */
export function splitTitle(text: string): { titleFr: string; titleAr: string } | null {
  const [first = '', second = ''] = text.split('|').map((s) => s.trim());
  if (!first && !second) return null;
  return { titleFr: first || second, titleAr: second || first };
}

export interface NewDeadline extends DeadlineOptions {
  dueAt: Date;
  titleFr: string;
  titleAr: string;
}

/** `/deadline <YYYY-MM-DD HH:MM> <title FR> [| title AR] [team=…] [role=…] [offsets=…]`. */
export function parseNewDeadline(args: string, timeZone: string, now: Date): Parsed<NewDeadline> {
  const words = args.split(/\s+/).filter(Boolean);
  const taken = takeOptions(words);
  if (!taken.ok) return taken;
  const dated = takeDate(taken.value.rest, timeZone);
  if (!dated) return { ok: false, error: 'deadline-bad-date' };
  const titles = splitTitle(dated.rest.join(' '));
  if (!titles) return { ok: false, error: 'deadline-no-title' };
  const bounded = checkDeadline({ dueAt: dated.dueAt, ...titles, offsets: taken.value.options.offsets }, now);
  if (!bounded.ok) return bounded;
  return { ok: true, value: { ...taken.value.options, dueAt: dated.dueAt, ...titles } };
}
