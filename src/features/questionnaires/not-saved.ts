/**
 * An answer sent to a run that is closed to answers (submitted by a teammate, or from the person's
 * other chat): said first that it was not saved, then by whom the run was submitted, then what to
 * do to give it all the same: ask a coordinator to reopen it, or, for a coordinator of the team,
 * the /reopen line itself.
 */
import type { Context } from '../../core/context.ts';
import { parseCommand } from '../../core/router.ts';
import type { FlowDeps } from './deps.ts';
import { canUseRun, type Run } from './repository.ts';
import { sessionOf } from './session.ts';
import { submitterName, withNextSteps } from './submit.ts';

/** How much of a typed answer is quoted back (a pasted page is not). */
const quoted = 40;

/** What the person sent, for a line that says it was not saved: its kind, and typed text quoted (cut short). */
export function sentArgs(ctx: Context): { kind: string; answer: string } {
  const { message } = ctx;
  if (message.kind !== 'text') return { kind: message.kind, answer: '' };
  const typed = message.text.trim().replace(/\s+/g, ' ');
  return { kind: 'text', answer: typed.length > quoted ? `${typed.slice(0, quoted - 1)}…` : typed };
}

/** « /reopen sfax 1 » for this run, when the person may reopen it (a coordinator, the team known). */
function reopenLine(ctx: Context, run: Run, deps: Pick<FlowDeps, 'byId'>): string | undefined {
  if (!ctx.hasRole('coordinator')) return undefined;
  const team = ctx.person.teams.find((t) => t.id === run.teamId);
  const number = [...deps.byId.keys()].indexOf(run.questionnaireId) + 1;
  return team && number > 0 ? `/reopen ${team.slug} ${number}` : undefined;
}

export async function sayNotSaved(ctx: Context, run: Run, deps: Pick<FlowDeps, 'repo' | 'byId'>): Promise<void> {
  // The answers that follow in a row (typed before this reply was read) are said not saved too.
  sessionOf(ctx).closedRunId = run.id;
  const name = await submitterName(ctx, run, deps);
  const command = reopenLine(ctx, run, deps);
  const lines = [
    ctx.t('qn-not-saved', sentArgs(ctx)),
    name ? ctx.t('qn-submitted-by-line', { name }) : ctx.t('qn-submitted-line'),
    command ? ctx.t('qn-not-saved-reopen', { command }) : ctx.t('qn-not-saved-ask'),
  ];
  ctx.reply({ kind: 'text', text: withNextSteps(ctx, run, deps, lines.join('\n')) });
}

/**
 * After an answer said not saved, whether the next message is another one: typed text that is no
 * command nor a question (« … ? » goes to the knowledge base), a photo or a document.
 */
export function answersClosedRun(ctx: Context): boolean {
  const { message } = ctx;
  if (sessionOf(ctx).active || sessionOf(ctx).closedRunId === undefined) return false;
  if (message.kind === 'photo' || message.kind === 'document') return true;
  return message.kind === 'text' && parseCommand(message.text) === null && !/[?؟]\s*$/.test(message.text);
}

/** Such an answer: said not saved as the one before, or, the run reopened meanwhile, how to go on. */
export async function answerClosedRun(ctx: Context, deps: Pick<FlowDeps, 'repo' | 'byId'>): Promise<void> {
  const run = await deps.repo.getRun(sessionOf(ctx).closedRunId ?? '');
  const teams = ctx.person.teams.map((t) => t.id);
  if (run?.status === 'submitted' && canUseRun(run, ctx.person.id, teams)) return sayNotSaved(ctx, run, deps);
  ctx.say('qn-stale-paused');
}
