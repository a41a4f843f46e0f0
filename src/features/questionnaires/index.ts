import { resolve } from 'node:path';
import type { Context } from '../../core/context.ts';
import type { Command, Feature } from '../../core/router.ts';
import { foldText } from '../../core/text.ts';
import type { Logger } from '../../logger.ts';
import type { Db } from '../../persistence/prisma.ts';
import { loadQuestionnaires, type Questionnaire } from './definitions.ts';
import {
  continueRun,
  flowCommandOf,
  renderContext,
  showCurrent,
  startRun,
  submitRun,
  todayOf,
  type FlowDeps,
  type RelatedPassage,
} from './flow.ts';
import { runPlanCommand } from './plan.ts';
import { canUseRun, createQuestionnaireRepository } from './repository.ts';
import { renderResults } from './results.ts';
import { sessionOf } from './session.ts';
import { showStatus } from './status.ts';

export const defaultQuestionnairesDir = resolve(import.meta.dirname, '../../../knowledge/questionnaires');
const pickPromptId = 'qn:pick';

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

  /** The run this chat worked on last (or the team's diagnostic), with its questionnaire. */
  async function lastRun(ctx: Context) {
    const team = ctx.person.teams[0];
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
      const team = ctx.person.teams[0];
      if (!team) return ctx.say('qn-no-team');
      if (args) {
        const q = findQuestionnaire(list, args);
        if (!q) return ctx.say('qn-unknown', { value: args });
        return startRun(ctx, q, team.id, team.name, flow);
      }
      const lines = [ctx.t('qn-list-title', { team: team.name })];
      for (const [i, q] of list.entries()) {
        const run = await repo.findRun(team.id, q, ctx.person.id);
        const answered = run ? (await repo.answers(run.id)).size : 0;
        const status = !run
          ? ctx.t('qn-list-status-new')
          : run.status === 'submitted'
            ? ctx.t('qn-list-status-submitted', { date: (run.submittedAt ?? new Date()).toISOString().slice(0, 10) })
            : ctx.t('qn-list-status-open', { answered, total: q.answerableCount });
        lines.push(`${i + 1}. ${ctx.t('qn-list-item', { title: q.title[ctx.locale], status })}`);
      }
      lines.push('', ctx.t('qn-list-pick'));
      ctx.reply({
        kind: 'choices',
        text: lines.join('\n'),
        promptId: pickPromptId,
        choices: list.map((q) => ({ value: q.id, label: q.title[ctx.locale] })),
      });
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
      return submitRun(ctx, last.q, last.run, await repo.answers(last.run.id), flow);
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
        showStatus(ctx, last.q, await repo.answers(last.run.id, true), todayOf(flow));
      },
    },
    {
      name: 'plan',
      aliases: ['خطة'],
      access: 'member',
      help: 'cmd-plan',
      run: (ctx, args) => runPlanCommand(ctx, args, { repo, main, onPlanChanged: flow.onPlanChanged }),
    },
    {
      name: 'results',
      aliases: ['resultats', 'نتائج'],
      access: 'member',
      help: 'cmd-results',
      run: async (ctx) => {
        const last = await lastRun(ctx);
        const results = last?.run.status === 'submitted' ? await repo.results(last.run.id) : null;
        if (!last || !results) return ctx.say('qn-results-none');
        const team = ctx.person.teams.find((t) => t.id === last.run.teamId);
        ctx.reply(renderResults(last.q, results, team?.name ?? '', renderContext(ctx, flow)));
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
        ctx.say('qn-reopened', { title: q.title[ctx.locale], team: team.name });
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
    interceptors: [
      {
        name: 'open-questionnaire',
        wants: (ctx) => {
          if (!sessionOf(ctx).active) return false;
          const { message } = ctx;
          if (message.kind === 'choice') return message.promptId.startsWith('q:');
          if (message.kind === 'text' && message.text.trim().startsWith('/')) return flowCommandOf(ctx) !== null;
          return true;
        },
        run: (ctx) => continueRun(ctx, flow),
      },
    ],
    choices: [
      {
        prefix: pickPromptId,
        run: async (ctx, values) => {
          const team = ctx.person.teams[0];
          const q = flow.byId.get(values[0] ?? '');
          if (!team || !q) return ctx.say('qn-no-team');
          ctx.answered(pickPromptId);
          return startRun(ctx, q, team.id, team.name, flow);
        },
      },
      // Buttons of questions from a run that is not open in this chat any more.
      { prefix: 'q:', run: async (ctx) => ctx.reply({ kind: 'notice', text: ctx.t('qn-stale') }) },
    ],
  };
}
