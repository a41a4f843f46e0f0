import { resolve } from 'node:path';
import { answerRemove, planRemovePrompt } from './plan-remove.ts';
import { answerField, planEditInterceptor, planFieldPrompt } from './plan-guided.ts';
import { teamName } from '../../core/commune.ts';
import type { Command, Feature } from '../../core/router.ts';
import type { Logger } from '../../logger.ts';
import type { Db } from '../../persistence/prisma.ts';
import { loadQuestionnaires, type Questionnaire } from './definitions.ts';
import { continueRun } from './flow.ts';
import { flowCommandOf } from './input.ts';
import { todayOf, type FlowDeps, type RelatedPassage } from './deps.ts';
import { showCurrent } from './show.ts';
import { startRun } from './start.ts';
import { refuseClosedRunButton } from './closed-run.ts';
import { confirmPosition } from './cursor.ts';
import { createCommands } from './commands.ts';
import { createDiagnosticCommand, pickPromptId } from './diagnostic.ts';
import { teamOf, teamPromptId } from './chat-team.ts';
import { createQuestionnaireRepository } from './repository.ts';
import { forgetClosedRun, sessionOf } from './session.ts';
import { answerClosedRun, answersClosedRun } from './not-saved.ts';

export const defaultQuestionnairesDir = resolve(import.meta.dirname, '../../../knowledge/questionnaires');

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

  const planEdit = { repo, questionnaires: list, onPlanChanged: flow.onPlanChanged, today: () => todayOf(flow) };
  const guidedEdit = planEditInterceptor(planEdit);
  const diagnostic = createDiagnosticCommand(list, flow);
  const commands: Command[] = [diagnostic, ...createCommands({ db: deps.db, list, flow })];

  return {
    name: 'questionnaires',
    commands,
    current: (ctx) => showCurrent(ctx, flow),
    busy: (ctx) => sessionOf(ctx).active !== undefined,
    interceptors: [
      {
        // The one reply a guided /plan edit waits for; then the open question, if any, comes back.
        ...guidedEdit,
        run: async (ctx) => {
          await guidedEdit.run(ctx);
          if (sessionOf(ctx).active && ctx.state.planEdit === undefined) await showCurrent(ctx, flow);
        },
      },
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
      {
        // More answers typed after one was said not saved (the run submitted by a teammate).
        name: 'answer-to-submitted-run',
        wants: answersClosedRun,
        run: (ctx) => answerClosedRun(ctx, flow),
        // Any other message: the chat has moved on, the submitted run's answers are no longer looked for.
        passed: forgetClosedRun,
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
      { prefix: planFieldPrompt, run: (ctx, values, promptId) => answerField(ctx, values, promptId, planEdit) },
      {
        prefix: planRemovePrompt,
        run: (ctx, values, promptId) =>
          answerRemove(ctx, values, promptId, { repo, onPlanChanged: flow.onPlanChanged }),
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
