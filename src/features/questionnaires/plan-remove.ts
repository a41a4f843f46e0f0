// /plan remove <n> asks first: an action drafted with its pilot, due date and target is the whole
// team's, and one mistyped number would take it away for everyone with no way back.
import type { Context } from '../../core/context.ts';
import { showSideList } from '../../core/side-list.ts';
import { teamOf } from './chat-team.ts';
import { titleOf } from './plan-done.ts';
import type { QuestionnaireRepository } from './repository.ts';

/** The prompt of a removal to confirm, followed by the action's id. */
export const planRemovePrompt = 'plan:rm:';

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

/**
 * The answer to that question: removed (said with the number it had), or kept. An action already
 * gone (a teammate removed it meanwhile) is said so, with nothing else removed.
 */
export async function answerRemove(
  ctx: Context,
  values: string[],
  promptId: string,
  deps: { repo: QuestionnaireRepository; onPlanChanged: (teamId: string) => Promise<void> },
): Promise<void> {
  const team = teamOf(ctx, true);
  const id = promptId.slice(planRemovePrompt.length);
  const items = team ? await deps.repo.teamActionItems(team.id) : [];
  const index = items.findIndex((i) => i.id === id);
  const item = items[index];
  if (!team || !item) return ctx.reply({ kind: 'notice', text: ctx.t('plan-remove-gone') });
  const yes = values[0] === 'yes';
  ctx.answered(promptId, ctx.t(yes ? 'plan-remove-yes' : 'plan-remove-no'));
  const args = { n: index + 1, title: titleOf(item, ctx.locale) };
  if (!yes) return ctx.say('plan-remove-kept', args);
  await deps.repo.removeActionItem(item.id);
  await deps.onPlanChanged(team.id);
  ctx.say('plan-removed', args);
}
