import type { Context } from '../../core/context.ts';
import { personName } from '../../core/person-name.ts';
import { foldText, shorten } from '../../core/text.ts';
import type { QuestionnaireRepository } from './repository.ts';

/** What marking done and reopening need of /plan's dependencies (`PlanDeps`). */
interface PlanDoneDeps {
  repo: QuestionnaireRepository;
  onPlanChanged: (teamId: string) => Promise<void>;
  /** The clock an action is marked done by. */
  now: () => Date;
}
type Item = Awaited<ReturnType<QuestionnaireRepository['teamActionItems']>>[number];

/** The action's title as the team wrote it, or its Arabic version for an Arabic reader. */
export const titleOf = (item: { title: string; titleAr: string | null; language: string }, locale: string) =>
  item.language === locale || !item.titleAr ? item.title : item.titleAr;

/**
 * The title as a confirmation names it: as long as /plan's list shows it, so « fait » on a drafted
 * action of three lines is said in two phone lines, not ten (/plan <n> gives it whole).
 */
const shortTitleOf = (item: { title: string; titleAr: string | null; language: string }, locale: string) =>
  shorten(titleOf(item, locale), 70);

/**
 * The actions numbered after « done », « undo » or « remove » (« 2 3 », « 2,3 »), each once, in the order typed.
 * None when one of them is not in the plan (said by `notFound`) or no number is typed (the usage).
 */
export function actionsTyped<T extends Item>(
  ctx: Context,
  rest: string[],
  items: T[],
  usage: 'plan-done-usage' | 'plan-undo-usage' | 'plan-remove-usage',
  notFound: (value: string) => void,
): { n: number; item: T }[] | null {
  const typed = rest
    .join(' ')
    .split(/[\s,،;]+/)
    .filter((word) => /^\d+$/.test(foldText(word)));
  const missing = typed.length === 0 ? (rest[0] ?? '') : typed.find((word) => !items[Number(foldText(word)) - 1]);
  if (missing !== undefined) {
    if (missing || items.length === 0) notFound(missing);
    else ctx.say(usage, { max: items.length });
    return null;
  }
  const numbers = [...new Set(typed.map((word) => Number(foldText(word))))];
  return numbers.flatMap((n) => (items[n - 1] ? [{ n, item: items[n - 1] as T }] : []));
}

/** Who marked the action done with /plan done, said as the reader names people; '—' when unknown. */
async function markedBy(ctx: Context, item: Item, deps: PlanDoneDeps): Promise<string> {
  const name = (await deps.repo.names(item.doneById ? [item.doneById] : [])).get(item.doneById ?? '');
  return name ? personName(name, ctx) : '—';
}

/**
 * « /plan done 2 »: done for the whole team, with or without a due date; a dated action's deadline
 * is ticked by the plan's sync, as a tick in /deadlines would. « /plan done 2 3 » (or « 2,3 ») marks
 * each, none when one of them is not in the plan. The reply ends with how to take it back.
 */
export async function runPlanDone(
  ctx: Context,
  teamId: string,
  items: Item[],
  rest: string[],
  deps: PlanDoneDeps,
  notFound: (value: string) => void,
): Promise<void> {
  const typed = actionsTyped(ctx, rest, items, 'plan-done-usage', notFound);
  if (!typed) return;
  const doneIds = await deps.repo.doneActionIds(teamId);
  const lines: string[] = [];
  const marked: number[] = [];
  for (const { n, item } of typed) {
    if (doneIds.has(item.id)) {
      if (!item.doneAt) lines.push(ctx.t('plan-done-already', { n }));
      else lines.push(ctx.t('plan-done-already-marked', { n, name: await markedBy(ctx, item, deps) }));
      continue;
    }
    await deps.repo.markActionDone(item.id, ctx.person.id, deps.now());
    marked.push(n);
    lines.push(
      ctx.t(item.dueDate ? 'plan-done-ok-dated' : 'plan-done-ok', { n, title: shortTitleOf(item, ctx.locale) }),
    );
  }
  // A wrong number tapped is taken back the way it was typed, without looking in /help.
  if (marked.length > 0) lines.push(ctx.t('plan-done-undo-hint', { count: marked.length, n: marked.join(' ') }));
  ctx.reply({ kind: 'text', text: lines.join('\n') });
  if (marked.length > 0) await deps.onPlanChanged(teamId);
}

/**
 * « /plan undo 2 » (« pas fait », « تراجع »): the action is open again for the whole team, its
 * deadline no longer ticked; the reply says who had marked it done. An action not done is left as it
 * is; « /plan undo 2 3 » reopens each, none when one of them is not in the plan.
 */
export async function runPlanUndo(
  ctx: Context,
  teamId: string,
  items: Item[],
  rest: string[],
  deps: PlanDoneDeps,
  notFound: (value: string) => void,
): Promise<void> {
  const typed = actionsTyped(ctx, rest, items, 'plan-undo-usage', notFound);
  if (!typed) return;
  const doneIds = await deps.repo.doneActionIds(teamId);
  const lines: string[] = [];
  let reopened = false;
  for (const { n, item } of typed) {
    if (!doneIds.has(item.id)) {
      lines.push(ctx.t('plan-undo-not-done', { n }));
      continue;
    }
    // Read before the marks are cleared: marked with /plan done by someone, or ticked in /deadlines.
    const by = item.doneAt
      ? ctx.t('plan-undo-by', { name: await markedBy(ctx, item, deps) })
      : ctx.t('plan-undo-by-deadlines');
    await deps.repo.reopenAction(item.id);
    reopened = true;
    lines.push(ctx.t('plan-undo-ok', { n, title: shortTitleOf(item, ctx.locale) }), by);
    if (item.dueDate) lines.push(ctx.t('plan-undo-dated'));
  }
  ctx.reply({ kind: 'text', text: lines.join('\n') });
  if (reopened) await deps.onPlanChanged(teamId);
}
