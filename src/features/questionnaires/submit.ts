import { teamName } from '../../core/commune.ts';
import type { Context } from '../../core/context.ts';
import { completion, missingRequired, positionOf } from './completion.ts';
import { reviewPosition } from './cursor.ts';
import type { Questionnaire } from './definitions.ts';
import { renderContext, todayOf, type FlowDeps } from './deps.ts';
import { draftPlan } from './draft.ts';
import type { Answers } from './relevance.ts';
import type { Run } from './repository.ts';
import { reportWordOf } from './report-kinds.ts';
import { renderResults } from './results.ts';
import { resultsChartMessage, type ChartWords } from './results-chart.ts';
import { computeResults } from './scoring.ts';
import { deactivate, moveTo } from './session.ts';
import { personName } from '../../core/person-name.ts';
import { listSeparator } from '../../core/i18n.ts';

/** The chart's words in the person's language. */
export function chartWords(ctx: Context, q: Questionnaire, team: string): ChartWords {
  return {
    title: ctx.t('qn-chart-title', { title: q.title[ctx.locale] }),
    subtitle: ctx.t('qn-chart-subtitle', { team }),
    notAssessed: ctx.t('qn-chart-not-assessed'),
    notApplicable: (names) => ctx.t('qn-chart-not-applicable', { names }),
  };
}

/** Question numbers as a phone line can hold them: "3, 5, 8–40, 42" (runs of three or more as a span). */
export function spans(numbers: number[], separator: string): string {
  const parts: string[] = [];
  let i = 0;
  while (i < numbers.length) {
    let j = i;
    while (j + 1 < numbers.length && numbers[j + 1] === (numbers[j] as number) + 1) j++;
    if (j - i >= 2) parts.push(`${numbers[i]}–${numbers[j]}`);
    else parts.push(...numbers.slice(i, j + 1).map(String));
    i = j + 1;
  }
  return parts.join(separator);
}

/** Says which required questions still have no answer (by their numbers), and goes to the review. */
export function sayMissing(ctx: Context, q: Questionnaire, answers: Answers, today: string): void {
  const missing = missingRequired(q, answers, today);
  moveTo(ctx, { at: reviewPosition });
  const done = completion(q, answers, today);
  const numbers = spans(
    missing.map((m) => positionOf(done, m.id)),
    listSeparator(ctx.locale),
  );
  ctx.say('qn-submit-missing', { count: missing.length, numbers });
}

/** The name of who submitted the run, as this reader sees it; none when it was the reader (or no one known). */
export async function submitterName(ctx: Context, run: Run, deps: Pick<FlowDeps, 'repo'>): Promise<string | undefined> {
  const by = run.submittedById;
  if (!by || by === ctx.person.id) return undefined;
  const name = (await deps.repo.names([by])).get(by);
  return name ? personName(name, ctx) : undefined;
}

/**
 * The run this chat was asked to confirm is submitted already: said by whom, a teammate by name, or
 * this same person (from their other chat, Telegram or WhatsApp, or an earlier summary). Persons are
 * compared, not chats. Nothing is submitted a second time.
 */
export async function saySubmittedMeanwhile(
  ctx: Context,
  run: Run,
  deps: Pick<FlowDeps, 'repo' | 'byId'>,
): Promise<void> {
  if (run.submittedById === ctx.person.id) return ctx.say('qn-submit-race-self');
  const name = await submitterName(ctx, run, deps);
  const said = name ? ctx.t('qn-submit-race', { name }) : ctx.t('qn-submit-race-unknown');
  ctx.reply({ kind: 'text', text: withNextSteps(ctx, run, deps, said) });
}

/**
 * A scored questionnaire submitted by a teammate while this person was on it: where its results
 * and plan are, under what is said, so the person is not left at a closed questionnaire.
 */
export function withNextSteps(ctx: Context, run: Run, deps: Pick<FlowDeps, 'byId'>, said: string): string {
  return deps.byId.get(run.questionnaireId)?.scored ? `${said}\n${ctx.t('qn-submitted-next')}` : said;
}

/**
 * Answers of a submitted run are read-only: said with who submitted it when it was someone else
 * (a notice under a tapped button, a text for a typed message).
 */
export async function sayReadOnly(
  ctx: Context,
  run: Run,
  deps: Pick<FlowDeps, 'repo' | 'byId'>,
  kind: 'text' | 'notice' = 'text',
): Promise<void> {
  const name = await submitterName(ctx, run, deps);
  const text = name ? ctx.t('qn-read-only-by', { name }) : ctx.t('qn-read-only');
  // A notice (under a tapped button) stays one short line.
  ctx.reply({ kind, text: kind === 'text' ? withNextSteps(ctx, run, deps, text) : text });
}

/**
 * Submits for the team when every required question has an answer; drafts the plan. Called once
 * the person confirmed (confirm.ts); the required answers are checked again here all the same.
 */
export async function submitRun(
  ctx: Context,
  q: Questionnaire,
  run: Run,
  answers: Answers,
  deps: FlowDeps,
): Promise<void> {
  const today = todayOf(deps);
  if (missingRequired(q, answers, today).length > 0) return sayMissing(ctx, q, answers, today);
  const results = computeResults(q, answers, today);
  if (!(await deps.repo.submit(run.id, ctx.person.id, results))) {
    deactivate(ctx);
    return saySubmittedMeanwhile(ctx, (await deps.repo.getRun(run.id)) ?? run, deps);
  }
  deactivate(ctx);
  const found = ctx.person.teams.find((t) => t.id === run.teamId);
  const team = found ? teamName(found, ctx.locale) : '';
  if (!q.scored) {
    if (q.scope === 'person') return ctx.say('qn-submitted-personal');
    // A mission or visit report: said as a report, with the command that gives its document.
    const kind = q.repeatable ? reportWordOf(q.id, ctx.locale) : null;
    if (kind) return ctx.say('qn-submitted-report', { team, title: q.title[ctx.locale], kind });
    return ctx.say('qn-submitted-unscored', { team });
  }
  ctx.say('qn-submitted', { team });
  ctx.reply(renderResults(q, results, team, renderContext(ctx, deps)));
  ctx.reply(await resultsChartMessage(q, results, ctx.locale, chartWords(ctx, q, team)));
  // The team's plan grows from each submission, never holding one lever twice.
  const existing = new Set(
    (await deps.repo.teamActionItems(run.teamId)).flatMap((item) => (item.leverId ? [item.leverId] : [])),
  );
  const draft = draftPlan(q, answers, results, { locale: ctx.locale, today, existing });
  if (draft.length > 0) {
    await deps.repo.addActionItems(run, draft, ctx.person.id);
    await deps.onPlanChanged(run.teamId);
  }
  ctx.say('qn-results-plan', { count: draft.length, toName: draft.filter((a) => a.ownerRole).length });
}
