// /plan remove <n> asks first: an action drafted with its pilot, due date and target is the whole
// team's, and one mistyped number would take it away for everyone with no way back. « /plan remove
// 2 3 » asks once for both: the actions are listed in the question and kept in the chat's state
// (two ids do not fit in a Telegram button), and the answer removes those still in the plan. The
// question's id carries a digest of those ids: an older question answered late removes nothing.
import { createHash } from 'node:crypto';
import type { Context } from '../../core/context.ts';
import { showSideList } from '../../core/side-list.ts';
import { teamOf } from './chat-team.ts';
import { titleOf } from './plan-done.ts';
import type { QuestionnaireRepository } from './repository.ts';

/** The prompt of a removal to confirm, followed by the action's id (or `several` and a digest). */
export const planRemovePrompt = 'plan:rm:';
const several = 'several:';

/** The removal of several actions waiting for its answer (`ctx.state.planRemoval`). */
type Removal = { digest: string; ids: string[] };
const digestOf = (ids: string[]) => createHash('sha256').update(ids.join(',')).digest('base64url').slice(0, 10);

type Item = { id: string; title: string; titleAr: string | null; language: string };

/** « Retirer l'action 3 du plan : « … » ? » with « Oui, la retirer » / « Non, la garder ». */
export function askToRemove(ctx: Context, item: Item, n: number): void {
  showSideList(ctx, {
    kind: 'choices',
    text: ctx.t('plan-remove-confirm', { n, title: titleOf(item, ctx.locale) }),
    promptId: `${planRemovePrompt}${item.id}`,
    choices: [
      { value: 'yes', label: ctx.t('plan-remove-yes') },
      { value: 'no', label: ctx.t('plan-remove-no') },
    ],
  });
}

/** « Retirer ces actions du plan ? », each with its number and title, asked once for all. */
export function askToRemoveSeveral(ctx: Context, picked: { n: number; item: Item }[]): void {
  const ids = picked.map((p) => p.item.id);
  const digest = digestOf(ids);
  ctx.state.planRemoval = { digest, ids } satisfies Removal;
  const count = picked.length;
  const lines = picked.map(({ n, item }) => ctx.t('plan-remove-line', { n, title: titleOf(item, ctx.locale) }));
  showSideList(ctx, {
    kind: 'choices',
    text: [ctx.t('plan-remove-confirm-several', { count }), ...lines].join('\n'),
    promptId: `${planRemovePrompt}${several}${digest}`,
    choices: [
      { value: 'yes', label: ctx.t('plan-remove-yes-several', { count }) },
      { value: 'no', label: ctx.t('plan-remove-no-several', { count }) },
    ],
  });
}

/**
 * The answer to that question: removed (said with the number it had), or kept. An action already
 * gone (a teammate removed it meanwhile) is said so, with nothing else removed; of several, those
 * still in the plan are removed.
 */
export async function answerRemove(
  ctx: Context,
  values: string[],
  promptId: string,
  deps: { repo: QuestionnaireRepository; onPlanChanged: (teamId: string) => Promise<void> },
): Promise<void> {
  const team = teamOf(ctx, true);
  const id = promptId.slice(planRemovePrompt.length);
  const many = id.startsWith(several);
  const waiting = ctx.state.planRemoval as Removal | undefined;
  // A question asked before the last one: its actions are not those kept, nothing is removed.
  if (many && waiting?.digest !== id.slice(several.length))
    return ctx.reply({ kind: 'notice', text: ctx.t('plan-remove-stale') });
  const ids = many && waiting ? waiting.ids : [id];
  if (many) delete ctx.state.planRemoval;
  const items = team ? await deps.repo.teamActionItems(team.id) : [];
  const picked = ids.flatMap((itemId) => {
    const index = items.findIndex((i) => i.id === itemId);
    return index >= 0 ? [{ n: index + 1, item: items[index] as Item }] : [];
  });
  if (!team || picked.length === 0) return ctx.reply({ kind: 'notice', text: ctx.t('plan-remove-gone') });
  const yes = values[0] === 'yes';
  const count = ids.length;
  const label = many ? ctx.t(yes ? 'plan-remove-yes-several' : 'plan-remove-no-several', { count }) : '';
  ctx.answered(promptId, label || ctx.t(yes ? 'plan-remove-yes' : 'plan-remove-no'));
  const said = (key: string) => picked.map(({ n, item }) => ctx.t(key, { n, title: titleOf(item, ctx.locale) }));
  if (!yes) return ctx.reply({ kind: 'text', text: said('plan-remove-kept').join('\n') });
  await deps.repo.removeActionItems(picked.map((p) => p.item.id));
  await deps.onPlanChanged(team.id);
  const gone =
    picked.length < ids.length ? [ctx.t('plan-remove-some-gone', { count: ids.length - picked.length })] : [];
  ctx.reply({ kind: 'text', text: [...said('plan-removed'), ...gone].join('\n') });
}
