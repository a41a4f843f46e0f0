/** Replies beside the question: help, an error said, the line under a question moved away from. */
import type { Context } from '../../core/context.ts';
import type { Cursor } from './cursor.ts';
import type { Question, Questionnaire } from './definitions.ts';
import type { FlowDeps } from './deps.ts';
import type { Action, StepResult } from './engine.ts';
import type { Answers, StoredAnswer } from './relevance.ts';
import { formatAnswer, formatDate, weekdayName, type RenderContext } from './render.ts';
import type { Run } from './repository.ts';
import { show } from './show.ts';

export function sayError(ctx: Context, error: NonNullable<StepResult['error']>): void {
  if ('message' in error) return ctx.say('qn-error-prefix', { message: error.message[ctx.locale] });
  // A date named in the message is said as the recorded ones are: with its weekday, in full.
  const date = error.date && { weekday: weekdayName(error.date, ctx.locale), date: formatDate(error.date, ctx.locale) };
  const message = ctx.t(error.key, { ...error.args, ...date });
  ctx.say('qn-error-prefix', { message });
}

/**
 * The line under a question moved away from: « ↩️ » back, « ⏭ Question passée » skipped, or the
 * answer it keeps (« ✅ 10 minutes ») when /skip passes over an answered question; none for a jump.
 */
export function leftLine(
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

export async function showHelp(
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
