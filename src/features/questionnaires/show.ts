/** Shows where a person is in a run: a question, or the review. */
import type { Context } from '../../core/context.ts';
import { missingRequired } from './completion.ts';
import { confirmPromptId, renderConfirm } from './confirm-view.ts';
import { confirmPosition, currentCursor, reviewPosition, type Cursor } from './cursor.ts';
import type { Questionnaire } from './definitions.ts';
import { renderContext, todayOf, type FlowDeps } from './deps.ts';
import type { Answers, StoredAnswer } from './relevance.ts';
import { promptIdFor, renderQuestion, type RenderContext } from './render.ts';
import type { Run } from './repository.ts';
import { renderReview, reviewPromptId } from './review.ts';
import { sessionOf } from './session.ts';

/** Adds authors' names to the answers that will be shown (all of them, or one question's). */
export async function withNames(deps: FlowDeps, answers: Answers, questionId?: string): Promise<Answers> {
  const one = questionId === undefined ? undefined : answers.get(questionId);
  const candidates: [string, StoredAnswer][] = questionId === undefined ? [...answers] : one ? [[questionId, one]] : [];
  const shown = candidates.filter(([, a]) => !a.authorName);
  if (shown.length === 0) return answers;
  const names = await deps.repo.names(shown.map(([, a]) => a.authorId));
  const named = new Map(answers);
  for (const [id, a] of shown) named.set(id, { ...a, authorName: names.get(a.authorId) });
  return named;
}

/** The prompt a cursor shows: its question's, the confirmation's, or the review's. */
export function promptAt(q: Questionnaire, runId: string, cursor: Cursor): string {
  if (cursor.at === confirmPosition) return confirmPromptId(runId);
  const question = q.byId.get(cursor.at);
  return cursor.at === reviewPosition || !question ? reviewPromptId(runId) : promptIdFor(runId, question);
}

/** Shows where the cursor is: a question, the confirmation (while nothing required is missing), or the review. */
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
  if (cursor.at === confirmPosition && missingRequired(q, answers, rc.today).length === 0)
    return ctx.reply(renderConfirm(ctx, q, run, answers, rc.today));
  const question = q.byId.get(cursor.at);
  if (cursor.at === reviewPosition || !question)
    return ctx.reply(renderReview(q, await withNames(deps, answers), run.id, rc, cursor.page));
  ctx.reply(...renderQuestion(q, question, await withNames(deps, answers, question.id), run.id, rc, !again));
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
