// /progress for a cohort of many teams, on a phone: one line per team, the teams needing attention
// first, a page at a time; a team's number (or `/progress beja`) opens its block.
import { communeName, teamName } from '../../core/commune.ts';
import type { Context } from '../../core/context.ts';
import { commandWord } from '../../core/command-words.ts';
import type { Choice, OutboundMessage } from '../../core/messages.ts';
import { toAsciiDigits } from '../../core/text.ts';
import { localDay } from '../../core/time.ts';
import type { TeamProgress } from './progress.ts';
import { teamLines } from './progress-text.ts';

type ChoicesReply = Extract<OutboundMessage, { kind: 'choices' }>;

/** Prompt of a page of the overview: `rp:teams:<page>`. */
export const overviewPrompt = 'rp:teams:';
/** Teams on one page: each line takes about two lines of a phone screen. */
export const teamsPerPage = 6;
const pageValue = /^page:(\d+)$/;

/** The page a tapped choice turns to, or null when it is a team. */
export function overviewPageOf(value: string): number | null {
  const match = pageValue.exec(value);
  return match ? Number(match[1]) : null;
}

/** The team's diagnostic: the first shared questionnaire, as the team's own /diagnostic offers it first. */
const diagnosticOf = (t: TeamProgress) => t.questionnaires.find((q) => q.kind === 'team');
const diagnosticPercent = (t: TeamProgress) => {
  const q = diagnosticOf(t);
  return q?.kind === 'team' ? q.percent : null;
};

/**
 * The teams needing attention first: the most late (plan actions and deadlines), then the least
 * advanced diagnostic, then the longest without activity; the code breaks ties.
 */
export function byAttention(teams: readonly TeamProgress[]): TeamProgress[] {
  const idle = (t: TeamProgress) => t.lastActivity?.getTime() ?? 0;
  return [...teams].sort(
    (a, b) =>
      b.plan.late + b.late - (a.plan.late + a.late) ||
      (diagnosticPercent(a) ?? 0) - (diagnosticPercent(b) ?? 0) ||
      idle(a) - idle(b) ||
      a.slug.localeCompare(b.slug),
  );
}

/** Days between two calendar days (YYYY-MM-DD). */
const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);

/** « actif aujourd'hui », « inactif depuis 5 jours », « aucune activité ». */
function activity(ctx: Context, t: TeamProgress, now: Date, timeZone: string): string {
  if (!t.lastActivity) return ctx.t('progress-activity-none');
  const days = daysBetween(localDay(t.lastActivity, timeZone), localDay(now, timeZone));
  return ctx.t('progress-activity', { days: Math.max(0, days) });
}

/** One team on one line (its code is in its block and the footer's example): name and commune, the diagnostic's share, plan actions late, last activity. */
export function overviewLine(ctx: Context, t: TeamProgress, now: Date, timeZone: string): string {
  const [name, commune] = [teamName(t, ctx.locale), communeName(t, ctx.locale)];
  const percent = diagnosticPercent(t);
  return ctx.t('progress-overview-line', {
    team: name === commune ? name : ctx.t('progress-overview-named', { team: name, commune }),
    diagnostic:
      percent === null ? ctx.t('progress-overview-no-diagnostic') : ctx.t('progress-overview-diagnostic', { percent }),
    late: t.plan.late,
    activity: activity(ctx, t, now, timeZone),
  });
}

/**
 * A page of the overview, sorted by `byAttention`; each team a choice that opens its block. Teams
 * are numbered on from page to page (7 to 12 on the second), so the number read on any page is the
 * one `/progress 7` opens; the pages turn by « - » and « + » where there are no buttons.
 */
export function overviewPage(
  ctx: Context,
  sorted: readonly TeamProgress[],
  page: number,
  clock: { now: Date; timeZone: string },
): ChoicesReply {
  const pages = Math.ceil(sorted.length / teamsPerPage);
  const current = Math.min(Math.max(page, 0), pages - 1);
  const shown = sorted.slice(current * teamsPerPage, (current + 1) * teamsPerPage);
  const choices: Choice[] = shown.map((t, i) => ({
    value: t.slug,
    label: overviewLine(ctx, t, clock.now, clock.timeZone),
    key: String(current * teamsPerPage + i + 1),
  }));
  if (current > 0) choices.push({ value: `page:${current - 1}`, label: ctx.t('progress-overview-previous'), key: '-' });
  if (current < pages - 1)
    choices.push({ value: `page:${current + 1}`, label: ctx.t('progress-overview-next'), key: '+' });
  return {
    kind: 'choices',
    text:
      pages > 1
        ? ctx.t('progress-overview-title-page', { teams: sorted.length, page: current + 1, pages })
        : ctx.t('progress-overview-title', { teams: sorted.length }),
    promptId: `${overviewPrompt}${current}`,
    choices,
    footer: ctx.t('progress-overview-footer', { slug: shown[0]?.slug ?? '' }),
  };
}

/**
 * The team a coordinator named after /progress: its number in the overview (« 3 », « ٣ »), its
 * code, or its name or its commune's in either language (« Béja », « باجة »).
 */
export function findTeam(sorted: readonly TeamProgress[], query: string): TeamProgress | undefined {
  const digits = toAsciiDigits(query.trim());
  if (/^\d+$/.test(digits)) return sorted[Number(digits) - 1];
  const wanted = commandWord(query);
  if (!wanted) return undefined;
  return sorted.find((t) =>
    [t.slug, t.name, t.nameAr, t.commune, t.communeAr].some((n) => n && commandWord(n) === wanted),
  );
}

/** One team's block, with its plan actions late and its last activity, and the way back to the list. */
export function teamDetail(
  ctx: Context,
  t: TeamProgress,
  full: boolean,
  clock: { now: Date; timeZone: string; alone: boolean },
): string {
  const lines = teamLines(ctx, t, full);
  if (t.plan.late > 0) lines.push(ctx.t('progress-plan-late', { late: t.plan.late }));
  lines.push(ctx.t('progress-last-activity', { activity: activity(ctx, t, clock.now, clock.timeZone) }));
  lines.push('');
  if (!full) lines.push(ctx.t('progress-team-more', { slug: t.slug }));
  if (!clock.alone) lines.push(ctx.t('progress-team-back'));
  lines.push(ctx.t('progress-export-hint'));
  return lines.join('\n');
}
