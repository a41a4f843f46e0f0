/** Buttons of a run that is not open in this chat any more (paused, submitted, or a bot restarted since). */
import type { Context } from '../../core/context.ts';
import { confirmPromptId } from './confirm-view.ts';
import type { FlowDeps } from './deps.ts';
import { canUseRun } from './repository.ts';
import { sayReadOnly, saySubmittedMeanwhile } from './submit.ts';

/**
 * A tap on such a button: refused, and its keyboard goes. The summary's « Confirmer » never submits
 * from here, as the person did not see the answers as they are now: submitted since, it says by
 * whom; still open, how to see the summary again. Other buttons get a short notice.
 */
export async function refuseClosedRunButton(ctx: Context, promptId: string, deps: FlowDeps): Promise<void> {
  ctx.left(promptId);
  const run = await deps.repo.getRun(promptId.split(':')[1] ?? '');
  const teams = ctx.person.teams.map((t) => t.id);
  if (!run || !canUseRun(run, ctx.person.id, teams)) return ctx.reply({ kind: 'notice', text: ctx.t('qn-stale') });
  if (promptId === confirmPromptId(run.id))
    return run.status === 'submitted' ? saySubmittedMeanwhile(ctx, run, deps) : ctx.say('qn-stale-paused-confirm');
  if (run.status === 'submitted') return sayReadOnly(ctx, run, deps, 'notice');
  ctx.reply({ kind: 'notice', text: ctx.t('qn-stale-paused') });
}
