// The improvement plan on one phone screen (/plan): the open actions grouped by due date, late ones
// first and the next date after them, one short line each; the done ones by number; which actions
// wait for a pilot's name. `/plan détail` gives every action with its pilot (planLines), `/plan <n>`
// one in full.
import type { Context } from '../../core/context.ts';
import { listSeparator } from '../../core/i18n.ts';
import { clip, phoneLineWidth } from '../../core/phone-screen.ts';
import { formatDate } from './render.ts';
import type { PlanItem } from './plan-view.ts';

/** Open actions the short plan lists by line; the others are counted, with where to see them. */
export const planLinesShown = 8;

const icons: Record<string, string> = { quick_win: '⚡', structural: '🏗' };
const dayOf = (date: Date) => date.toISOString().slice(0, 10);

interface Numbered {
  item: PlanItem;
  n: number;
}

/** An open action on one line of a phone: its number, its type's icon, its title cut to fit. */
function actionLine(ctx: Context, { item, n }: Numbered): string {
  const icon = icons[item.kind ?? ''] ?? '•';
  const room = phoneLineWidth - [...`${n}. ${icon} `].length;
  // Cut after a word; a title typed in the other language keeps its « (fr) » / « (ar) » marker.
  const translated = ctx.locale === 'ar' && item.titleAr;
  const marker = item.language === ctx.locale || translated ? '' : ` (${item.language})`;
  const title = translated ? item.titleAr : item.title;
  // In Arabic the line reads right to left even when the title is French (a line of the Arabic list).
  const line = ctx.t('plan-summary-line', { n, icon, title: `${clip(title ?? '', room - marker.length)}${marker}` });
  return ctx.locale === 'ar' ? `\u200f${line}` : line;
}

/** The lines of the short plan, between its title and its hints. */
export function planSummaryLines(
  ctx: Context,
  items: readonly PlanItem[],
  done: ReadonlySet<string>,
  today: string,
): string[] {
  const numbered = items.map((item, i) => ({ item, n: i + 1 }));
  const isDone = ({ item }: Numbered) => item.id !== undefined && done.has(item.id);
  const open = numbered.filter((x) => !isDone(x));
  const finished = numbered.filter(isDone);
  const list = (entries: readonly Numbered[]) => entries.map(({ n }) => n).join(listSeparator(ctx.locale));

  // By due date, soonest (or late) first; those without a date last.
  const days = [...new Set(open.flatMap(({ item }) => (item.dueDate ? [dayOf(item.dueDate)] : [])))].sort();
  const groups = [
    ...days.map((day) => ({ day, actions: open.filter(({ item }) => item.dueDate && dayOf(item.dueDate) === day) })),
    { day: null, actions: open.filter(({ item }) => !item.dueDate) },
  ].filter((g) => g.actions.length > 0);
  const lines: string[] = [];
  let shown = 0;
  for (const { day, actions } of groups) {
    if (shown >= planLinesShown) break;
    const date = day ? formatDate(day, ctx.locale) : '';
    lines.push(
      ctx.t(day === null ? 'plan-summary-undated' : day < today ? 'plan-summary-late' : 'plan-summary-due', { date }),
    );
    const room = actions.slice(0, planLinesShown - shown);
    lines.push(...room.map((x) => actionLine(ctx, x)));
    shown += room.length;
  }
  if (open.length > shown) lines.push(ctx.t('plan-summary-more', { count: open.length - shown }));
  if (finished.length > 0) lines.push(ctx.t('plan-summary-done', { count: finished.length, numbers: list(finished) }));
  const unnamed = open.filter(({ item }) => !item.owner || item.ownerRole);
  if (unnamed.length > 0)
    lines.push(
      '',
      ctx.t('plan-summary-unnamed', { count: unnamed.length, numbers: list(unnamed), n: unnamed[0]?.n ?? 1 }),
    );
  return lines;
}
