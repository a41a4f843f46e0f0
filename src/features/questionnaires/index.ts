import { resolve } from 'node:path';
import { communeName, teamName } from '../../core/commune.ts';
import type { Context } from '../../core/context.ts';
import type { Command, Feature } from '../../core/router.ts';
import { foldText } from '../../core/text.ts';
import type { Logger } from '../../logger.ts';
import type { Db } from '../../persistence/prisma.ts';
import { loadQuestionnaires, type Questionnaire } from './definitions.ts';
import { continueRun } from './flow.ts';
import { flowCommandOf } from './input.ts';
import { renderContext, todayOf, type FlowDeps, type RelatedPassage } from './deps.ts';
import { showCurrent } from './show.ts';
import { startRun } from './start.ts';
import { askToConfirm } from './confirm.ts';
import { refuseClosedRunButton } from './closed-run.ts';
import { completion, missingRequired } from './completion.ts';
import { confirmPosition } from './cursor.ts';
import { runPlanCommand } from './plan.ts';
import { repeatedReport, reportKind, teamReport } from './report-command.ts';
import { formatDate } from './render.ts';
import { localDay } from '../../core/time.ts';
import { canUseRun, createQuestionnaireRepository } from './repository.ts';
import { renderDimension, renderMeasures, renderResults } from './results.ts';
import { activate, sessionOf } from './session.ts';
import { showStatus } from './status.ts';
import { countArgs, spanNow } from './total-span.ts';

export const defaultQuestionnairesDir = resolve(import.meta.dirname, '../../../knowledge/questionnaires');
const pickPromptId = 'qn:pick';
const teamPromptId = 'qn:team';

export interface QuestionnaireFeatureDeps {
  db: Db;
  questionnaires: Questionnaire[];
  now?: () => Date;
  /** Zone of "today" (TIMEZONE). */
  timeZone: string;
  logger: Logger;
  /** Called after the team's plan changed (action deadlines feed reminders). */
  onPlanChanged?: (teamId: string) => Promise<void>;
  /** Knowledge passages related to a question, added to its help. */
  related?: (text: string, locale: 'fr' | 'ar', limit: number) => Promise<RelatedPassage[]>;
}

export { loadQuestionnaires };

/** Finds a questionnaire by its number in the list, its id, or words of its title. */
function findQuestionnaire(list: Questionnaire[], arg: string): Questionnaire | undefined {
  const key = foldText(arg);
  if (/^\d+$/.test(key)) return list[Number(key) - 1];
  return list.find(
    (q) => q.id === arg.trim() || foldText(q.title.fr).includes(key) || foldText(q.title.ar).includes(key),
  );
}

export function createQuestionnaireFeature(deps: QuestionnaireFeatureDeps): Feature {
  const repo = createQuestionnaireRepository(deps.db);
  const list = deps.questionnaires;
  const flow: FlowDeps = {
    repo,
    byId: new Map(list.map((q) => [q.id, q])),
    now: deps.now ?? (() => new Date()),
    timeZone: deps.timeZone,
    logger: deps.logger,
    onPlanChanged: deps.onPlanChanged ?? (async () => {}),
    related: deps.related,
  };
  const main = () => list[0] as Questionnaire;

  /** The team this chat works for: the one chosen, or the only one. */
  function teamOf(ctx: Context) {
    const chosen = ctx.person.teams.find((t) => t.id === sessionOf(ctx).teamId);
    return chosen ?? (ctx.person.teams.length === 1 ? ctx.person.teams[0] : undefined);
  }

  function askTeam(ctx: Context) {
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

  /** The run this chat worked on last (or the team's diagnostic), with its questionnaire. */
  async function lastRun(ctx: Context) {
    const team = teamOf(ctx) ?? ctx.person.teams[0];
    const id = sessionOf(ctx).lastRunId;
    const run = id ? await repo.getRun(id) : team ? await repo.findRun(team.id, main(), ctx.person.id) : null;
    const q = run ? flow.byId.get(run.questionnaireId) : undefined;
    return run &&
      q &&
      canUseRun(
        run,
        ctx.person.id,
        ctx.person.teams.map((t) => t.id),
      )
      ? { run, q }
      : null;
  }

  const diagnostic: Command = {
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
                date: formatDate((run.submittedAt ?? new Date()).toISOString(), ctx.locale),
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

  const notActive = (name: string, aliases: string[] = []): Command => ({
    name,
    aliases,
    access: 'member',
    run: async (ctx) => {
      if (name !== 'submit') return ctx.say('qn-not-active');
      const last = await lastRun(ctx);
      if (!last) return ctx.say('qn-not-active');
      if (last.run.status === 'submitted') return ctx.say('qn-read-only');
      const answers = await repo.answers(last.run.id);
      // Asked to confirm in the run it names (opened again here): « Revenir à la revue » lands in it.
      if (missingRequired(last.q, answers, todayOf(flow)).length === 0) activate(ctx, last.run.id, last.q.id);
      return askToConfirm(ctx, last.q, last.run, answers, flow);
    },
  });

  const commands: Command[] = [
    diagnostic,
    {
      name: 'status',
      aliases: ['avancement', 'حالة'],
      access: 'member',
      help: 'cmd-status',
      run: async (ctx) => {
        const last = await lastRun(ctx);
        if (!last) return ctx.say('qn-not-active');
        const { status, submittedAt } = last.run;
        showStatus(ctx, last.q, await repo.answers(last.run.id, true), todayOf(flow));
        // A submitted run's figures are final: say so, and where its results are.
        if (status === 'submitted' && submittedAt)
          ctx.say('qn-status-submitted', { date: formatDate(localDay(submittedAt, flow.timeZone), ctx.locale) });
      },
    },
    {
      name: 'plan',
      aliases: ['خطة'],
      access: 'member',
      help: 'cmd-plan',
      run: (ctx, args) =>
        runPlanCommand(ctx, args, {
          repo,
          main,
          questionnaires: list,
          onPlanChanged: flow.onPlanChanged,
          today: () => todayOf(flow),
        }),
    },
    {
      name: 'report',
      aliases: ['rapport', 'تقرير'],
      access: 'member',
      help: 'cmd-report',
      run: async (ctx, args) => {
        const team = teamOf(ctx) ?? ctx.person.teams[0];
        if (!team) return ctx.say('qn-no-team');
        const kind = reportKind(args, list);
        if (kind === null) return ctx.say('report-usage');
        const report = { db: deps.db, flow, list };
        return kind ? repeatedReport(ctx, team, kind, report) : teamReport(ctx, team, report);
      },
    },
    {
      name: 'results',
      aliases: ['resultats', 'نتائج'],
      access: 'member',
      help: 'cmd-results',
      run: async (ctx, args) => {
        const last = await lastRun(ctx);
        const results = last?.run.status === 'submitted' ? await repo.results(last.run.id) : null;
        if (!last || !results) return ctx.say('qn-results-none');
        if (/^(mesures?|measures?|valeurs|القيم|قيم)$/iu.test(args.trim()))
          return ctx.reply(renderMeasures(results, renderContext(ctx, flow)));
        const n = Number(foldText(args));
        if (args.trim() && Number.isInteger(n)) {
          const detail = renderDimension(last.q, results, n, renderContext(ctx, flow));
          return detail ? ctx.reply(detail) : ctx.say('qn-results-no-dimension', { max: results.dimensions.length });
        }
        const team = ctx.person.teams.find((t) => t.id === last.run.teamId);
        ctx.reply(renderResults(last.q, results, team ? teamName(team, ctx.locale) : '', renderContext(ctx, flow)));
      },
    },
    {
      name: 'reopen',
      aliases: ['rouvrir'],
      access: 'coordinator',
      help: 'cmd-reopen',
      run: async (ctx, args) => {
        const [slug, which] = args.split(/\s+/);
        const q = which ? findQuestionnaire(list, which) : undefined;
        if (!slug || !q) return ctx.say('qn-reopen-usage');
        const team = await deps.db.team.findUnique({ where: { slug } });
        if (!team) return ctx.say('qn-team-unknown', { value: slug });
        // Reopens the team's run, or every member's run of a personal questionnaire.
        const reopened = await repo.reopen(team.id, q.id);
        if (reopened === 0) return ctx.say('qn-run-missing');
        await deps.db.auditEntry.create({
          data: {
            actorId: ctx.person.id,
            action: 'questionnaire.reopen',
            target: team.id,
            details: { team: slug, questionnaire: q.id },
          },
        });
        ctx.say('qn-reopened', { title: q.title[ctx.locale], team: teamName(team, ctx.locale) });
      },
    },
    notActive('back', ['retour']),
    notActive('skip', ['passer']),
    notActive('pause'),
    notActive('review', ['revue']),
    notActive('submit', ['soumettre']),
  ];

  return {
    name: 'questionnaires',
    commands,
    current: (ctx) => showCurrent(ctx, flow),
    busy: (ctx) => sessionOf(ctx).active !== undefined,
    interceptors: [
      {
        name: 'open-questionnaire',
        wants: (ctx) => {
          if (!sessionOf(ctx).active) return false;
          const { message } = ctx;
          if (message.kind === 'choice') return message.promptId.startsWith('q:');
          if (message.kind === 'text' && message.text.trim().startsWith('/')) {
            const command = flowCommandOf(ctx);
            // /cancel belongs to the questionnaire only while it asks to confirm a submission.
            if (command === 'cancel') return sessionOf(ctx).active?.cursor?.at === confirmPosition;
            return command !== null;
          }
          return true;
        },
        run: (ctx) => continueRun(ctx, flow),
      },
    ],
    choices: [
      {
        prefix: teamPromptId,
        run: async (ctx, values) => {
          const team = ctx.person.teams.find((t) => t.id === values[0]);
          if (!team) return ctx.reply({ kind: 'notice', text: ctx.t('stale-choice') });
          ctx.answered(teamPromptId);
          sessionOf(ctx).teamId = team.id;
          return diagnostic.run(ctx, '');
        },
      },
      {
        prefix: pickPromptId,
        run: async (ctx, values) => {
          const team = teamOf(ctx);
          const q = flow.byId.get(values[0] ?? '');
          if (!team || !q) return ctx.say('qn-no-team');
          ctx.answered(pickPromptId);
          return startRun(ctx, q, team.id, teamName(team, ctx.locale), flow);
        },
      },
      {
        // Buttons of a run not open in this chat any more (paused, or submitted): refused, and they go.
        prefix: 'q:',
        run: (ctx, _values, promptId) => refuseClosedRunButton(ctx, promptId, flow),
      },
    ],
  };
}
