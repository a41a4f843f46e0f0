import type { Context } from '../../core/context.ts';
import { foldText } from '../../core/text.ts';
import { parseCommand } from '../../core/router.ts';
import type { AnswerInput } from './answers.ts';
import type { Questionnaire } from './definitions.ts';
import { missingRequired, resumeCursor, reviewPosition, step, type Action, type Answers, type Cursor, type StepResult, type StoredAnswer } from './engine.ts';
import { draftPlan, renderResults } from './results.ts';
import { formatDate, promptIdFor, renderQuestion, renderReview, type RenderContext } from './render.ts';
import { canUseRun, type QuestionnaireRepository, type Run } from './repository.ts';
import { computeResults } from './scoring.ts';
import { activate, deactivate, moveTo, sessionOf, tunisToday } from './session.ts';
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
  onPlanChanged: (teamId: string) => Promise<void>;
  related?: (text: string, locale: 'fr' | 'ar', limit: number) => Promise<RelatedPassage[]>;
}

/** Commands the open questionnaire answers itself (French, English and Arabic spellings). */
const flowCommands: Record<string, string> = {
  back: 'back', retour: 'back', رجوع: 'back',
  skip: 'skip', passer: 'skip', تجاوز: 'skip',
  pause: 'pause', توقف: 'pause',
  status: 'status', etat: 'status', حالة: 'status',
  review: 'review', revue: 'review', مراجعة: 'review',
  submit: 'submit', soumettre: 'submit', تقديم: 'submit',
  help: 'help', aide: 'help', مساعدة: 'help',
};

export function flowCommandOf(ctx: Context): string | null {
  if (ctx.message.kind !== 'text') return null;
  const text = ctx.message.text.trim();
  if (text === '?' || text === '؟') return 'help';
  const parsed = parseCommand(text);
  return parsed ? (flowCommands[parsed.name] ?? null) : null;
}

export function renderContext(ctx: Context, deps: FlowDeps): RenderContext {
  return { locale: ctx.locale, t: (key, args) => ctx.t(key, args), today: tunisToday(deps.now()) };
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

/** Shows where the cursor is: a question, or the review. */
export async function show(ctx: Context, q: Questionnaire, run: Run, answers: Answers, cursor: Cursor, deps: FlowDeps): Promise<void> {
  const rc = renderContext(ctx, deps);
  const question = q.byId.get(cursor.at);
  if (cursor.at === reviewPosition || !question) return ctx.reply(renderReview(q, await withNames(deps, answers), rc));
  ctx.reply(...renderQuestion(q, question, await withNames(deps, answers, question.id), run.id, rc));
}

function sayError(ctx: Context, error: NonNullable<StepResult['error']>): void {
  const message = 'message' in error ? error.message[ctx.locale] : ctx.t(error.key, error.args);
  ctx.say('qn-error-prefix', { message });
}

/** Starts or resumes a team's run, saying where the person is. */
export async function startRun(ctx: Context, q: Questionnaire, teamId: string, teamName: string, deps: FlowDeps): Promise<void> {
  const run = await deps.repo.openRun(teamId, q, ctx.person.id);
  if (run.status === 'submitted') {
    deactivate(ctx);
    sessionOf(ctx).lastRunId = run.id;
    return ctx.say('qn-already-submitted', { title: q.title[ctx.locale], date: formatDate((run.submittedAt ?? deps.now()).toISOString(), ctx.locale) });
  }
  const answers = await deps.repo.answers(run.id);
  const today = tunisToday(deps.now());
  const saved = sessionOf(ctx).positions?.[run.id];
  const cursor = resumeCursor(q, answers, today, saved);
  activate(ctx, run.id, q.id, cursor);
  const question = q.byId.get(cursor.at);
  if (!saved && answers.size === 0) {
    ctx.say('qn-started', { title: q.title[ctx.locale], team: teamName, minutes: q.estimatedMinutes ?? 30, total: q.answerableCount });
  } else if (question) {
    ctx.say('qn-resumed', { title: q.title[ctx.locale], section: question.sectionIndex + 1, number: question.number ?? 0, answered: answers.size, total: q.answerableCount });
  } else {
    ctx.say('qn-resumed-review', { title: q.title[ctx.locale] });
  }
  await show(ctx, q, run, answers, cursor, deps);
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
  if (!q || !loaded || !run || !canUseRun(run, ctx.person.id, ctx.person.teams.map((t) => t.id))) {
    deactivate(ctx);
    return ctx.say('qn-not-active');
  }
  if (run.status === 'submitted') {
    deactivate(ctx);
    return ctx.say('qn-read-only');
  }
  const command = flowCommandOf(ctx);
  if (command === 'pause') {
    deactivate(ctx);
    return ctx.say('qn-paused');
  }
  const answers = loaded.answers;
  const today = tunisToday(deps.now());
  const current = q.byId.get(active.cursor.at);

  if (ctx.message.kind === 'choice' && (!current || ctx.message.promptId !== promptIdFor(run.id, current))) {
    return ctx.reply({ kind: 'notice', text: ctx.t('qn-stale') });
  }
  if (command === 'help') return showHelp(ctx, q, run, answers, active.cursor, deps);
  if (command === 'review') {
    moveTo(ctx, { at: reviewPosition });
    return show(ctx, q, run, answers, { at: reviewPosition }, deps);
  }
  if (command === 'status') {
    const named = await withNames(deps, answers);
    showStatus(ctx, q, named, deps);
    return show(ctx, q, run, named, active.cursor, deps);
  }
  if (command === 'submit') return submitRun(ctx, q, run, answers, deps);

  const action = actionFor(ctx, command, active.cursor);
  if (!action) return ctx.reply({ kind: 'notice', text: ctx.t('qn-stale') });
  const result = step(q, answers, active.cursor, action, ctx.person.id, today);
  if (result.save) await deps.repo.saveAnswer(run.id, result.save.questionId, result.save.value, ctx.person.id);
  if (result.error) sayError(ctx, result.error);
  moveTo(ctx, result.cursor);
  await show(ctx, q, run, result.answers, result.cursor, deps);
}

async function showHelp(ctx: Context, q: Questionnaire, run: Run, answers: Answers, cursor: Cursor, deps: FlowDeps): Promise<void> {
  const question = q.byId.get(cursor.at);
  if (!question) return ctx.say('qn-review-hint');
  const lines = [ctx.t('qn-help-title'), question.help?.[ctx.locale] ?? ctx.t('qn-help-none')];
  const passages = deps.related ? await deps.related(question.label[ctx.locale], ctx.locale, 2).catch(() => []) : [];
  if (passages.length > 0) {
    lines.push('', ctx.t('qn-help-related'));
    for (const p of passages) lines.push(`📖 ${p.title}\n${p.excerpt}`);
  }
  ctx.reply({ kind: 'text', text: lines.join('\n') });
  await show(ctx, q, run, answers, cursor, deps);
}

/** Submits for the team when every required question has an answer; drafts the plan. */
export async function submitRun(ctx: Context, q: Questionnaire, run: Run, answers: Answers, deps: FlowDeps): Promise<void> {
  const today = tunisToday(deps.now());
  const missing = missingRequired(q, answers, today);
  if (missing.length > 0) {
    moveTo(ctx, { at: reviewPosition });
    return ctx.say('qn-submit-missing', { count: missing.length, numbers: missing.map((m) => m.number).join(', ') });
  }
  const results = computeResults(q, answers, today);
  if (!(await deps.repo.submit(run.id, ctx.person.id, results))) {
    deactivate(ctx);
    return ctx.say('qn-submit-race');
  }
  deactivate(ctx);
  const team = ctx.person.teams.find((t) => t.id === run.teamId);
  if (!q.scored) return ctx.say(q.scope === 'person' ? 'qn-submitted-personal' : 'qn-submitted-unscored', { team: team?.name ?? '' });
  ctx.say('qn-submitted', { team: team?.name ?? '' });
  ctx.reply(renderResults(q, results, team?.name ?? '', renderContext(ctx, deps)));
  const existing = await deps.repo.actionItems(run.id);
  const draft = existing.length === 0 ? draftPlan(q, results, ctx.locale, deps.now()) : [];
  if (draft.length > 0) {
    await deps.repo.addActionItems(run, draft, ctx.person.id);
    await deps.onPlanChanged(run.teamId);
  }
  ctx.say('qn-results-plan', { count: existing.length + draft.length });
}
