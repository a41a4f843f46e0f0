// The questionnaire commands after /diagnostic: status, plan, report, results, reopen, and the
// flow's own commands typed while no questionnaire is open.
import { teamName } from '../../core/commune.ts';
import type { Context } from '../../core/context.ts';
import type { Command } from '../../core/router.ts';
import { foldText } from '../../core/text.ts';
import { isDetailWord, wordSet } from '../../core/command-words.ts';
import type { Db } from '../../persistence/prisma.ts';
import type { Questionnaire } from './definitions.ts';
import { renderContext, todayOf, type FlowDeps } from './deps.ts';
import { askToConfirm } from './confirm.ts';
import { missingRequired } from './completion.ts';
import { findQuestionnaire } from './diagnostic.ts';
import { runPlanCommand } from './plan.ts';
import { repeatedReport, reportKind, teamReport } from './report-command.ts';
import { reportWordOf } from './report-kinds.ts';
import { formatDate } from './render.ts';
import { localDay } from '../../core/time.ts';
import { canUseRun } from './repository.ts';
import { renderDimension, renderMeasures, renderResults, renderResultsFull } from './results.ts';
import { activate, sessionOf } from './session.ts';
import { showStatus } from './status.ts';
import { sayReadOnly } from './submit.ts';
import { teamOf } from './chat-team.ts';

/** `/results mesures`: the measured values rather than the scores. */
const isMeasuresWord = wordSet(['mesure', 'mesures', 'measure', 'measures', 'valeurs', 'قيم']);

export interface CommandDeps {
  db: Db;
  list: Questionnaire[];
  flow: FlowDeps;
}

export function createCommands(deps: CommandDeps): Command[] {
  const { list, flow } = deps;
  const { repo } = flow;
  const main = () => list[0] as Questionnaire;

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

  const notActive = (name: string, aliases: string[] = []): Command => ({
    name,
    aliases,
    access: 'member',
    run: async (ctx) => {
      if (name !== 'submit') return ctx.say('qn-not-active');
      const last = await lastRun(ctx);
      if (!last) return ctx.say('qn-not-active');
      if (last.run.status === 'submitted') return sayReadOnly(ctx, last.run, flow);
      const answers = await repo.answers(last.run.id);
      // Asked to confirm in the run it names (opened again here): « Revenir à la revue » lands in it.
      if (missingRequired(last.q, answers, todayOf(flow)).length === 0) activate(ctx, last.run.id, last.q.id);
      return askToConfirm(ctx, last.q, last.run, answers, flow);
    },
  });

  return [
    {
      name: 'status',
      aliases: ['avancement', 'حالة'],
      access: 'member',
      help: 'cmd-status',
      run: async (ctx, args) => {
        const last = await lastRun(ctx);
        if (!last) return ctx.say('qn-not-active');
        const { status, submittedAt } = last.run;
        showStatus(ctx, last.q, await repo.answers(last.run.id, true), todayOf(flow), isDetailWord(args));
        // A submitted run's figures are final: say so, and where its results are; a mission or
        // visit report has no scores and its own document (/report mission), an evaluation neither.
        if (status === 'submitted' && submittedAt) {
          const date = formatDate(localDay(submittedAt, flow.timeZone), ctx.locale);
          const kind = last.q.repeatable ? reportWordOf(last.q.id, ctx.locale) : null;
          if (last.q.scored) ctx.say('qn-status-submitted', { date });
          else if (kind) ctx.say('qn-status-submitted-report', { date, kind });
          else ctx.say('qn-status-submitted-unscored', { date });
        }
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
          now: flow.now,
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
        if (isMeasuresWord(args)) return ctx.reply(renderMeasures(results, renderContext(ctx, flow)));
        const n = Number(foldText(args));
        if (args.trim() && Number.isInteger(n)) {
          const detail = renderDimension(last.q, results, n, renderContext(ctx, flow));
          return detail ? ctx.reply(detail) : ctx.say('qn-results-no-dimension', { max: results.dimensions.length });
        }
        const found = ctx.person.teams.find((t) => t.id === last.run.teamId);
        const team = found ? teamName(found, ctx.locale) : '';
        const render = isDetailWord(args) ? renderResultsFull : renderResults;
        ctx.reply(render(last.q, results, team, renderContext(ctx, flow)));
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
}
