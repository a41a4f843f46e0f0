// « Une équipe » as a broadcast's audience: the teams by code, a page at a time, and a team named
// by typing its name or code under the list, for a programme of more teams than a screen holds.
import { commandWord } from '../../core/command-words.ts';
import { teamWithSlug } from '../../core/commune.ts';
import type { Context } from '../../core/context.ts';
import type { Choice } from '../../core/messages.ts';
import { toAsciiDigits } from '../../core/text.ts';
import type { Db } from '../../persistence/prisma.ts';
import type { ChoicesReply } from './cohorts.ts';

/** Prompt of a page of teams: `bc:team:<page>`. */
export const teamPrompt = 'bc:team:';
/** Teams on one page: their names are short, ten and the page choices fit a phone screen. */
export const teamsPerPage = 10;

/** The page a team list's prompt shows (0 for anything else). */
export const teamPageOf = (promptId: string | undefined): number =>
  promptId?.startsWith(teamPrompt) ? Number(promptId.slice(teamPrompt.length)) || 0 : 0;

/**
 * The teams by code, each named as the reader reads it with its code (« Sfax (sfax) »), a page at
 * a time; null when there is none.
 */
export async function teamPage(ctx: Context, db: Db, page: number): Promise<ChoicesReply | null> {
  const total = await db.team.count();
  if (total === 0) return null;
  const pages = Math.ceil(total / teamsPerPage);
  const current = Math.min(Math.max(page, 0), pages - 1);
  const teams = await db.team.findMany({ orderBy: { slug: 'asc' }, skip: current * teamsPerPage, take: teamsPerPage });
  // Numbered on from page to page, as /progress does (11 to 20 on the second): « 14 » is the same
  // team whatever the page; « - » and « + » turn the pages where there are no buttons.
  const choices: Choice[] = teams.map((t, i) => ({
    value: t.id,
    label: teamWithSlug(t, ctx.locale),
    key: String(current * teamsPerPage + i + 1),
  }));
  if (current > 0) choices.push({ value: `page:${current - 1}`, label: ctx.t('broadcast-teams-previous'), key: '-' });
  if (current < pages - 1)
    choices.push({ value: `page:${current + 1}`, label: ctx.t('broadcast-teams-next'), key: '+' });
  return {
    kind: 'choices',
    text: pages > 1 ? ctx.t('broadcast-ask-team-page', { page: current + 1, pages }) : ctx.t('broadcast-ask-team'),
    promptId: `${teamPrompt}${current}`,
    choices,
    footer: ctx.t('broadcast-team-typed-hint'),
  };
}

export type TypedTeam =
  | { kind: 'one'; id: string; name: string }
  | { kind: 'none' }
  | { kind: 'several'; names: string[] }
  /** A number no team has in the list (« 40 » of 25). */
  | { kind: 'no-number'; number: string; total: number };

/**
 * The team a coordinator typed under the list: its number in the list, its code, or its name or its commune's in either
 * language, accents, case and Arabic variants ignored (« medenine », « Médenine », « مدنين »). A
 * line copied from the list (« Médenine (c33) ») is read by its code.
 */
export async function typedTeam(ctx: Context, db: Db, text: string): Promise<TypedTeam> {
  const teams = await db.team.findMany({ orderBy: { slug: 'asc' } });
  // Its number in the list (« 14 », « ١٤ »), numbered on across the pages.
  const digits = toAsciiDigits(text.trim());
  if (/^\d+$/.test(digits)) {
    const team = teams[Number(digits) - 1];
    if (!team) return { kind: 'no-number', number: digits, total: teams.length };
    return { kind: 'one', id: team.id, name: teamWithSlug(team, ctx.locale) };
  }
  const inBrackets = /\(([^()]+)\)\s*$/u.exec(text)?.[1];
  const bySlug = (slug: string) => teams.find((t) => t.slug === slug.trim().toLowerCase());
  const exact = bySlug(text) ?? (inBrackets === undefined ? undefined : bySlug(inBrackets));
  if (exact) return { kind: 'one', id: exact.id, name: teamWithSlug(exact, ctx.locale) };
  const wanted = commandWord(text);
  if (!wanted) return { kind: 'none' };
  const found = teams.filter((t) =>
    [t.slug, t.name, t.nameAr, t.commune, t.communeAr].some((n) => n && commandWord(n) === wanted),
  );
  const [only] = found;
  if (!only) return { kind: 'none' };
  if (found.length === 1) return { kind: 'one', id: only.id, name: teamWithSlug(only, ctx.locale) };
  return { kind: 'several', names: found.map((t) => teamWithSlug(t, ctx.locale)) };
}
