// /diagnostic: picks the team, then lists the questionnaires with where each run stands.
import { teamName } from '../../core/commune.ts';
import type { Command } from '../../core/router.ts';
import { foldText } from '../../core/text.ts';
import { localDay } from '../../core/time.ts';
import type { Questionnaire } from './definitions.ts';
import { todayOf, type FlowDeps } from './deps.ts';
import { startRun } from './start.ts';
import { completion } from './completion.ts';
import { formatDate } from './render.ts';
import { askTeam, teamOf } from './chat-team.ts';
import { sessionOf } from './session.ts';
import { countArgs, spanNow } from './total-span.ts';

export const pickPromptId = 'qn:pick';

/** Finds a questionnaire by its number in the list, its id, or words of its title. */
export function findQuestionnaire(list: Questionnaire[], arg: string): Questionnaire | undefined {
  const key = foldText(arg);
  if (/^\d+$/.test(key)) return list[Number(key) - 1];
  return list.find(
    (q) => q.id === arg.trim() || foldText(q.title.fr).includes(key) || foldText(q.title.ar).includes(key),
  );
}

export function createDiagnosticCommand(list: Questionnaire[], flow: FlowDeps): Command {
  const { repo } = flow;
  return {
    name: 'diagnostic',
    aliases: ['questionnaire', 'تشخيص'],
    access: 'member',
    help: 'cmd-diagnostic',
    run: async (ctx, args) => {
      if (ctx.person.teams.length === 0) return ctx.say('qn-no-team');
      // "/diagnostic sfax 1": a team's slug first picks the team (a member may belong to several).
      const [first = '', ...rest] = args.trim().split(/\s+/);
      const named = ctx.person.teams.find((t) => t.slug === first.toLowerCase());
      if (named) sessionOf(ctx).teamId = named.id;
      const team = teamOf(ctx);
      if (!team) return askTeam(ctx);
      const wanted = named ? rest.join(' ') : args.trim();
      if (wanted) {
        const q = findQuestionnaire(list, wanted);
        if (!q) return ctx.say('qn-unknown', { value: wanted });
        return startRun(ctx, q, team.id, teamName(team, ctx.locale), flow);
      }
      const choices = [];
      for (const q of list) {
        const run = await repo.findRun(team.id, q, ctx.person.id);
        const answers = run && run.status !== 'submitted' ? await repo.answers(run.id) : null;
        const done = answers ? completion(q, answers, todayOf(flow)) : null;
        const status = !run
          ? ctx.t('qn-list-status-new')
          : run.status === 'submitted'
            ? ctx.t('qn-list-status-submitted', {
                date: formatDate(localDay(run.submittedAt ?? flow.now(), flow.timeZone), ctx.locale),
              })
            : ctx.t('qn-list-status-open', {
                answered: done?.answered ?? 0,
                ...countArgs(answers && done ? spanNow(q, answers, todayOf(flow), done.total) : { least: 0, most: 0 }),
                skipped: done?.skipped ?? 0,
              });
        choices.push({ value: q.id, label: ctx.t('qn-list-item', { title: q.title[ctx.locale], status }) });
      }
      // The list is the choices themselves (numbered where there are no buttons): not printed twice.
      const text = [ctx.t('qn-list-title', { team: teamName(team, ctx.locale) }), ctx.t('qn-list-pick')].join('\n');
      ctx.reply({ kind: 'choices', text, promptId: pickPromptId, choices });
    },
  };
}
