// The team a chat works for, and the question that picks it when a member has several.
import { communeName, teamName } from '../../core/commune.ts';
import type { Context } from '../../core/context.ts';
import { sessionOf } from './session.ts';

export const teamPromptId = 'qn:team';

/** The team this chat works for: the one chosen, or the only one. */
export function teamOf(ctx: Context) {
  const chosen = ctx.person.teams.find((t) => t.id === sessionOf(ctx).teamId);
  return chosen ?? (ctx.person.teams.length === 1 ? ctx.person.teams[0] : undefined);
}

export function askTeam(ctx: Context) {
  ctx.reply({
    kind: 'choices',
    text: ctx.t('qn-pick-team'),
    promptId: teamPromptId,
    choices: ctx.person.teams.map((t) => ({
      value: t.id,
      label: `${teamName(t, ctx.locale)} (${communeName(t, ctx.locale)})`,
    })),
  });
}
