import type { Context } from '../../core/context.ts';
import { parseCommand } from '../../core/router.ts';
import { foldText } from '../../core/text.ts';
import { localDay } from '../../core/time.ts';
import type { Logger } from '../../logger.ts';
import type { AnswerInput } from './answers.ts';
import type { Question, Questionnaire } from './definitions.ts';
import {
  completion,
  currentCursor,
  derivedCursor,
  firstOpen,
  missingRequired,
  placeOf,
  positionOf,
  reviewPosition,
  sameCursor,
  step,
  type Action,
  type Answers,
  type Cursor,
  type StepResult,
  type StoredAnswer,
} from './engine.ts';
import {
  formatAnswer,
  formatDate,
  promptIdFor,
  renderQuestion,
  readsDifferently,
  showsDateBack,
  weekdayName,
  type RenderContext,
} from './render.ts';
import { renderReview, reviewPageOf, reviewPromptId } from './review.ts';
import { canUseRun, type QuestionnaireRepository, type Run } from './repository.ts';
import { draftPlan } from './draft.ts';
import { renderResults } from './results.ts';
import { resultsChartMessage, type ChartWords } from './results-chart.ts';
import { computeResults } from './scoring.ts';
import { activate, deactivate, moveTo, sessionOf } from './session.ts';
import { showStatus } from './status.ts';

export interface RelatedPassage {
  pageId: string;
  title: string;
  excerpt: string;
}

export interface FlowDeps {
  repo: QuestionnaireRepository;
  byId: Map<string, Questionnaire>;
  now: () => Date;
  /** Zone of "today" in date questions and expressions (TIMEZONE). */
  timeZone: string;
  logger: Logger;
  onPlanChanged: (teamId: string) => Promise<void>;
  related?: (text: string, locale: 'fr' | 'ar', limit: number) => Promise<RelatedPassage[]>;
}

/** Commands the open questionnaire answers itself (French, English and Arabic spellings). */
const flowCommands: Record<string, string> = {
  back: 'back',
  retour: 'back',
  رجوع: 'back',
  skip: 'skip',
  passer: 'skip',
  تجاوز: 'skip',
  pause: 'pause',
  توقف: 'pause',
  status: 'status',
  etat: 'status',
  حالة: 'status',
  review: 'review',
  revue: 'review',
  مراجعة: 'review',
  submit: 'submit',
  soumettre: 'submit',
  تقديم: 'submit',
  help: 'help',
  aide: 'help',
  مساعدة: 'help',
};

export function flowCommandOf(ctx: Context): string | null {
  if (ctx.message.kind !== 'text') return null;
  const text = ctx.message.text.trim();
  if (text === '?' || text === '؟') return 'help';
  const parsed = parseCommand(text);
  return parsed ? (flowCommands[parsed.name] ?? null) : null;
}

/** Today where the teams are (YYYY-MM-DD). */
export const todayOf = (deps: Pick<FlowDeps, 'now' | 'timeZone'>) => localDay(deps.now(), deps.timeZone);

export function renderContext(ctx: Context, deps: Pick<FlowDeps, 'now' | 'timeZone'>): RenderContext {
  return { locale: ctx.locale, t: (key, args) => ctx.t(key, args), today: todayOf(deps) };
}

/** Adds authors' names to the answers that will be shown (all of them, or one question's). */
async function withNames(deps: FlowDeps, answers: Answers, questionId?: string): Promise<Answers> {
  const one = questionId === undefined ? undefined : answers.get(questionId);
  const candidates: [string, StoredAnswer][] = questionId === undefined ? [...answers] : one ? [[questionId, one]] : [];
  const shown = candidates.filter(([, a]) => !a.authorName);
  if (shown.length === 0) return answers;
  const names = await deps.repo.names(shown.map(([, a]) => a.authorId));
  const named = new Map(answers);
  for (const [id, a] of shown) named.set(id, { ...a, authorName: names.get(a.authorId) });
  return named;
}

/** The prompt a cursor shows: its question's, or the review's. */
function promptAt(q: Questionnaire, runId: string, cursor: Cursor): string {
  const question = q.byId.get(cursor.at);
  return cursor.at === reviewPosition || !question ? reviewPromptId(runId) : promptIdFor(runId, question);
}

/** Shows where the cursor is: a question, or the review. */
export async function show(
  ctx: Context,
  q: Questionnaire,
  run: Run,
  answers: Answers,
  cursor: Cursor,
  deps: FlowDeps,
  /** The question is shown again where the person already is (after help, status, a wrong answer): its notes were read. */
  again = false,
  /** The message's render context, when its handler already made it. */
  rc: RenderContext = renderContext(ctx, deps),
): Promise<void> {
  const question = q.byId.get(cursor.at);
  if (cursor.at === reviewPosition || !question)
    return ctx.reply(renderReview(q, await withNames(deps, answers), run.id, rc, cursor.page));
  ctx.reply(...renderQuestion(q, question, await withNames(deps, answers, question.id), run.id, rc, !again));
}

function sayError(ctx: Context, error: NonNullable<StepResult['error']>): void {
  if ('message' in error) return ctx.say('qn-error-prefix', { message: error.message[ctx.locale] });
  // A date named in the message is said as the recorded ones are: with its weekday, in full.
  const date = error.date && { weekday: weekdayName(error.date, ctx.locale), date: formatDate(error.date, ctx.locale) };
  const message = ctx.t(error.key, { ...error.args, ...date });
  ctx.say('qn-error-prefix', { message });
}

/** Starts or resumes a team's run, saying where the person is. */
export async function startRun(
  ctx: Context,
  q: Questionnaire,
  teamId: string,
  teamName: string,
  deps: FlowDeps,
): Promise<void> {
  const run = await deps.repo.openRun(teamId, q, ctx.person.id);
  if (run.status === 'submitted') {
    deactivate(ctx);
    sessionOf(ctx).lastRunId = run.id;
    return ctx.say('qn-already-submitted', {
      title: q.title[ctx.locale],
      date: formatDate((run.submittedAt ?? deps.now()).toISOString(), ctx.locale),
    });
  }
  const loaded = await deps.repo.load(run.id);
  const log = loaded?.log ?? [];
  const answers = loaded?.answers ?? new Map<string, StoredAnswer>();
  const today = todayOf(deps);
  const saved = sessionOf(ctx).active?.runId === run.id ? sessionOf(ctx).active?.cursor : undefined;
  // On resume, questions answered meanwhile by team-mates are passed over.
  let cursor = currentCursor(q, log, answers, ctx.person.id, today, saved);
  const open = q.byId.get(cursor.at);
  if (!saved && open && answers.has(open.id)) cursor = firstOpen(q, answers, today);
  // Resuming a run left at the review while required answers are missing: on to the first open question.
  if (cursor.at === reviewPosition && missingRequired(q, answers, today).length > 0)
    cursor = firstOpen(q, answers, today);
  // The position is kept only where the log would not give it (the question shown is what a typed answer answers).
  const derived = derivedCursor(q, log, ctx.person.id, today, answers);
  activate(ctx, run.id, q.id, derived && sameCursor(derived, cursor) ? undefined : cursor);
  const question = q.byId.get(cursor.at);
  if (log.length === 0) {
    ctx.say('qn-started', {
      title: q.title[ctx.locale],
      team: teamName,
      minutes: q.estimatedMinutes ?? 30,
      total: completion(q, answers, today).total,
    });
  } else if (question) {
    const done = completion(q, answers, today);
    const place = placeOf(done, question.id);
    const where = { title: q.title[ctx.locale], team: teamName, answered: done.answered, total: done.total };
    if (place.extra)
      ctx.say('qn-resumed-extra', {
        ...where,
        number: place.number,
        partTotal: place.total,
        part: place.extra.label[ctx.locale],
      });
    else ctx.say('qn-resumed', { ...where, number: place.number });
  } else {
    ctx.say('qn-resumed-review', { title: q.title[ctx.locale] });
  }
  await show(ctx, q, run, answers, cursor, deps);
}

/** A turn of the review's page: a button (or "+" / "-" typed), or null when the message is something else. */
function pageTurn(ctx: Context, runId: string, cursor: Cursor): 'next' | 'previous' | number | null {
  if (cursor.at !== reviewPosition) return null;
  const { message } = ctx;
  if (message.kind === 'choice' && message.promptId === reviewPromptId(runId)) {
    const page = /^page:(\d+)$/.exec(message.values[0] ?? '');
    return page ? Number(page[1]) : null;
  }
  if (message.kind !== 'text') return null;
  const typed = message.text.trim();
  return typed === '+' ? 'next' : typed === '-' ? 'previous' : null;
}

function actionFor(ctx: Context, command: string | null, cursor: Cursor): Action | null {
  const { message } = ctx;
  if (command === 'back') return { type: 'back' };
  if (command === 'skip') return { type: 'skip' };
  if (message.kind === 'choice') return { type: 'answer', input: { kind: 'choice', values: message.values } };
  if (message.kind === 'photo') return { type: 'answer', input: { kind: 'photo', fileRef: message.fileRef } };
  if (message.kind !== 'text') return null;
  // In the review, a number picks the question to change.
  const folded = foldText(message.text);
  if (cursor.at === reviewPosition && /^\d+$/.test(folded)) return { type: 'jump', number: Number(folded) };
  const input: AnswerInput = { kind: 'text', text: message.text };
  return { type: 'answer', input };
}

/** Handles one message while a questionnaire is open. */
export async function continueRun(ctx: Context, deps: FlowDeps): Promise<void> {
  const session = sessionOf(ctx);
  const active = session.active;
  if (!active) return ctx.say('qn-not-active');
  const q = deps.byId.get(active.questionnaireId);
  const loaded = await deps.repo.load(active.runId);
  const run = loaded?.run;
  if (
    !q ||
    !loaded ||
    !run ||
    !canUseRun(
      run,
      ctx.person.id,
      ctx.person.teams.map((t) => t.id),
    )
  ) {
    deactivate(ctx);
    return ctx.say('qn-not-active');
  }
  if (run.status === 'submitted') {
    deactivate(ctx);
    return ctx.say('qn-read-only');
  }
  const command = flowCommandOf(ctx);
  const { answers, log } = loaded;
  // One date and one set of words for the whole message.
  const rc = renderContext(ctx, deps);
  const { today } = rc;
  const cursor = currentCursor(q, log, answers, ctx.person.id, today, active.cursor);
  const current = q.byId.get(cursor.at);
  // The prompt on screen now: a command that moves away from it says so, and its buttons can go.
  const onScreen = promptAt(q, run.id, cursor);
  if (command === 'pause') {
    ctx.left(onScreen, ctx.t('qn-left-pause'));
    deactivate(ctx);
    return ctx.say('qn-paused');
  }

  // The review's page buttons ("+" / "-" where there are none).
  const turn = pageTurn(ctx, run.id, cursor);
  if (turn !== null) {
    const page = turn === 'next' ? (cursor.page ?? 1) + 1 : turn === 'previous' ? (cursor.page ?? 1) - 1 : turn;
    const at = { at: reviewPosition, page: Math.max(1, page) };
    moveTo(ctx, at);
    const review = renderReview(q, await withNames(deps, answers), run.id, renderContext(ctx, deps), at.page);
    // A page button tapped: the page turns in its message where the channel can edit it. A « + » typed
    // answers the page on screen, and the next one comes under it.
    if (ctx.message.kind === 'choice' && review.kind === 'choices')
      return ctx.reply({ ...review, replaces: review.promptId });
    ctx.answered(reviewPromptId(run.id));
    return ctx.reply(review);
  }
  if (ctx.message.kind === 'choice' && (!current || ctx.message.promptId !== promptIdFor(run.id, current))) {
    // A button left live (sent before a restart): refused, and its keyboard goes.
    ctx.left(ctx.message.promptId);
    return ctx.reply({ kind: 'notice', text: ctx.t('qn-stale') });
  }
  if (command === 'help') return showHelp(ctx, q, run, answers, cursor, deps);
  if (command === 'review') {
    if (cursor.at !== reviewPosition) ctx.left(onScreen, ctx.t('qn-left-review'));
    moveTo(ctx, { at: reviewPosition });
    return show(ctx, q, run, answers, { at: reviewPosition }, deps);
  }
  if (command === 'status') {
    const named = await withNames(deps, answers);
    showStatus(ctx, q, named, today);
    return show(ctx, q, run, named, cursor, deps, true);
  }
  if (command === 'submit') {
    await submitRun(ctx, q, run, answers, deps);
    // Submitted, or sent to the review to complete it: the question's buttons would be refused.
    if (!sessionOf(ctx).active || cursor.at !== reviewPosition) ctx.left(onScreen);
    return;
  }

  const action = actionFor(ctx, command, cursor);
  if (!action) return ctx.reply({ kind: 'notice', text: ctx.t('qn-stale') });
  const result = step(q, answers, cursor, action, ctx.person.id, today);
  if (result.save) {
    ctx.write(deps.repo.saveAnswer(run.id, result.save.questionId, result.save.value, ctx.person.id));
    // The answer as saved (« 10 minutes », a choice's full label), shown under the question answered.
    if (action.type === 'answer' && current) {
      const shown = formatAnswer(current, result.save.value, rc);
      ctx.answered(promptIdFor(run.id, current), shown, readsDifferently(current, action.input, shown));
    }
    // Two teammates on the same question at once: the later answer replaces the other's, which the
    // person may not have seen (it came after the question was shown). Said, with what it was.
    const before = answers.get(result.save.questionId);
    if (
      action.type === 'answer' &&
      current &&
      before &&
      before.authorId !== ctx.person.id &&
      before.value !== null &&
      JSON.stringify(before.value) !== JSON.stringify(result.save.value)
    ) {
      const names = await deps.repo.names([before.authorId]);
      ctx.say('qn-replaced-teammate', {
        name: names.get(before.authorId) ?? '—',
        previous: formatAnswer(current, before.value, rc),
      });
    }
    // "15 déc" recorded as 15/12/2024, "lundi" as the last Monday: the date read, with its weekday,
    // is said before the next question.
    if (action.type === 'answer' && current && showsDateBack(current, action.input, result.save.value))
      ctx.say('qn-date-recorded', {
        weekday: weekdayName(result.save.value, ctx.locale),
        date: formatDate(result.save.value, ctx.locale),
      });
  }
  if (result.error) sayError(ctx, result.error);
  // Back to the review after changing an answer: the page of that answer, not the first one. The
  // page is found in the answers as the review shows them (authors' names make lines longer and
  // move page breaks), and those same answers are shown.
  let shown = result.answers;
  if (result.cursor.at === reviewPosition && cursor.returnToReview && current && !result.error) {
    shown = await withNames(deps, result.answers);
    result.cursor = { at: reviewPosition, page: reviewPageOf(q, shown, rc, current.id) };
  }
  // The new position is kept only where the log (with this answer) would not give it.
  const after = result.save
    ? [...log, { seq: Infinity, questionId: result.save.questionId, authorId: ctx.person.id, value: result.save.value }]
    : log;
  const derived = derivedCursor(q, after, ctx.person.id, today, result.answers);
  moveTo(ctx, derived && sameCursor(derived, result.cursor) ? undefined : result.cursor);
  // Moved on without an answer (back, skip, a question picked in the review): the prompt left says why.
  if (action.type !== 'answer' && promptAt(q, run.id, result.cursor) !== onScreen)
    ctx.left(onScreen, leftLine(ctx, action, current && answers.get(current.id), current, rc));
  await show(ctx, q, run, shown, result.cursor, deps, result.error !== undefined && result.cursor.at === cursor.at, rc);
}

/**
 * The line under a question moved away from: « ↩️ » back, « ⏭ Question passée » skipped, or the
 * answer it keeps (« ✅ 10 minutes ») when /skip passes over an answered question; none for a jump.
 */
function leftLine(
  ctx: Context,
  action: Action,
  kept: StoredAnswer | undefined,
  question: Question | undefined,
  rc: RenderContext,
): string | undefined {
  if (action.type === 'back') return ctx.t('qn-left-back');
  if (action.type !== 'skip') return undefined;
  if (!kept || kept.value === null || !question) return ctx.t('qn-left-skip');
  return `✅ ${formatAnswer(question, kept.value, rc)}`;
}

/** The question (or review) the person is at, shown again (after an interruption, or a redelivered message). */
export async function showCurrent(ctx: Context, deps: FlowDeps): Promise<boolean> {
  const active = sessionOf(ctx).active;
  const q = active ? deps.byId.get(active.questionnaireId) : undefined;
  const loaded = active ? await deps.repo.load(active.runId) : null;
  if (!active || !q || !loaded || loaded.run.status !== 'open') return false;
  const cursor = currentCursor(q, loaded.log, loaded.answers, ctx.person.id, todayOf(deps), active.cursor);
  await show(ctx, q, loaded.run, loaded.answers, cursor, deps);
  return true;
}

async function showHelp(
  ctx: Context,
  q: Questionnaire,
  run: Run,
  answers: Answers,
  cursor: Cursor,
  deps: FlowDeps,
): Promise<void> {
  const question = q.byId.get(cursor.at);
  if (!question) return ctx.say('qn-review-hint');
  const lines = [ctx.t('qn-help-title'), question.help?.[ctx.locale] ?? ctx.t('qn-help-none')];
  const passages = deps.related
    ? await deps.related(question.label[ctx.locale], ctx.locale, 2).catch((error: unknown) => {
        deps.logger.warn({ err: error, questionId: question.id }, 'related passages could not be found');
        return [];
      })
    : [];
  if (passages.length > 0) {
    lines.push('', ctx.t('qn-help-related'));
    for (const p of passages) lines.push(`📖 ${p.title}\n${p.excerpt}`);
  }
  ctx.reply({ kind: 'text', text: lines.join('\n') });
  await show(ctx, q, run, answers, cursor, deps, true);
}

/** Submits for the team when every required question has an answer; drafts the plan. */
/** The chart's words in the person's language. */
export function chartWords(ctx: Context, q: Questionnaire, team: string): ChartWords {
  return {
    title: ctx.t('qn-chart-title', { title: q.title[ctx.locale] }),
    subtitle: ctx.t('qn-chart-subtitle', { team }),
    notAssessed: ctx.t('qn-chart-not-assessed'),
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

export async function submitRun(
  ctx: Context,
  q: Questionnaire,
  run: Run,
  answers: Answers,
  deps: FlowDeps,
): Promise<void> {
  const today = todayOf(deps);
  const missing = missingRequired(q, answers, today);
  if (missing.length > 0) {
    moveTo(ctx, { at: reviewPosition });
    const done = completion(q, answers, today);
    const numbers = spans(
      missing.map((m) => positionOf(done, m.id)),
      ctx.locale === 'ar' ? '، ' : ', ',
    );
    return ctx.say('qn-submit-missing', { count: missing.length, numbers });
  }
  const results = computeResults(q, answers, today);
  if (!(await deps.repo.submit(run.id, ctx.person.id, results))) {
    deactivate(ctx);
    return ctx.say('qn-submit-race');
  }
  deactivate(ctx);
  const team = ctx.person.teams.find((t) => t.id === run.teamId);
  if (!q.scored)
    return ctx.say(q.scope === 'person' ? 'qn-submitted-personal' : 'qn-submitted-unscored', {
      team: team?.name ?? '',
    });
  ctx.say('qn-submitted', { team: team?.name ?? '' });
  ctx.reply(renderResults(q, results, team?.name ?? '', renderContext(ctx, deps)));
  ctx.reply(await resultsChartMessage(q, results, ctx.locale, chartWords(ctx, q, team?.name ?? '')));
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
