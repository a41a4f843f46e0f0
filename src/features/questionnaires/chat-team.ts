// The team a chat works for, and the question that picks it when a member has several.
import { communeName, teamName } from '../../core/commune.ts';
import type { Context } from '../../core/context.ts';
import { sessionOf } from './session.ts';

export const teamPromptId = 'qn:team';

/**
 * The team this chat works for: the one chosen in /diagnostic, else the only one, else (with
 * `orFirst`) the first. /plan, /report and /export answers follow the /diagnostic choice.
 */
export function teamOf(ctx: Context, orFirst = false): Context['person']['teams'][number] | undefined {
  const chosen = ctx.person.teams.find((t) => t.id === sessionOf(ctx).teamId);
  if (chosen) return chosen;
  return ctx.person.teams.length === 1 || orFirst ? ctx.person.teams[0] : undefined;
}

export function askTeam(ctx: Context) {
  ctx.reply({
    kind: 'choices',
    text: ctx.t('qn-pick-team'),
    promptId: teamPromptId,
    choices: ctx.person.teams.map((t) => {
      // A team named after its commune is not labelled « Sousse (Sousse) ».
      const [name, commune] = [teamName(t, ctx.locale), communeName(t, ctx.locale)];
      return { value: t.id, label: name === commune ? name : `${name} (${commune})` };
    }),
  });
}
