// Questions asked to the knowledge base, their 👍/👎 rating, and the coordinators' review list.
import type { ChoiceHandler, Command } from '../../core/router.ts';
import type { Db } from '../../persistence/prisma.ts';
import type { Answer } from './answer.ts';

/** Rating prompts are `kb:<QuestionLog id>` (a cuid: ASCII, ~28 bytes, no "|"). */
export const ratingPrefix = 'kb:';

export async function logQuestion(db: Db, personId: string | null, question: string, answer: Answer): Promise<string> {
  const row = await db.questionLog.create({
    data: {
      personId,
      locale: answer.locale,
      question: question.slice(0, 2000),
      mode: answer.mode,
      confidence: answer.confidence,
      sources: answer.sources.map((s) => s.pageId).join(','),
    },
  });
  return row.id;
}

export function createRatingHandler(db: Db): ChoiceHandler {
  return {
    prefix: ratingPrefix,
    async run(ctx, values, promptId) {
      const id = promptId.slice(ratingPrefix.length);
      const value = values[0] === 'up' ? 1 : values[0] === 'down' ? -1 : 0;
      const log = await db.questionLog.findUnique({ where: { id } });
      // Only the asker rates their own answer; anything else is a stale or foreign button.
      if (!log || value === 0 || log.personId !== ctx.person.id)
        return ctx.reply({ kind: 'notice', text: ctx.t('stale-choice') });
      await db.questionLog.update({ where: { id }, data: { rating: value, ratedAt: new Date() } });
      ctx.reply({ kind: 'notice', text: ctx.t(value > 0 ? 'kb-rated-up' : 'kb-rated-down') });
    },
  };
}

const reviewDays = 30;
const reviewLimit = 15;

function day(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** /questions: what the base could not answer and what was rated 👎, for coordinators to act on. */
export function createQuestionsCommand(db: Db): Command {
  return {
    name: 'questions',
    access: 'coordinator',
    help: 'cmd-questions',
    async run(ctx) {
      const since = new Date(Date.now() - reviewDays * 86_400_000);
      const [unanswered, disliked] = await Promise.all([
        db.questionLog.findMany({
          where: { mode: 'none', createdAt: { gte: since } },
          orderBy: { createdAt: 'desc' },
          take: reviewLimit,
        }),
        db.questionLog.findMany({
          where: { rating: -1, createdAt: { gte: since } },
          orderBy: { createdAt: 'desc' },
          take: reviewLimit,
        }),
      ]);
      if (unanswered.length + disliked.length === 0) return ctx.say('kb-questions-none', { days: reviewDays });
      const item = (q: { createdAt: Date; locale: string; question: string; sources: string }) =>
        ctx.t('kb-questions-item', {
          date: day(q.createdAt),
          locale: q.locale,
          question: q.question.slice(0, 200),
          sources: q.sources || '—',
        });
      const lines: string[] = [];
      if (unanswered.length > 0)
        lines.push(
          ctx.t('kb-questions-unanswered', { count: unanswered.length, days: reviewDays }),
          ...unanswered.map(item),
        );
      if (disliked.length > 0) {
        if (lines.length > 0) lines.push('');
        lines.push(ctx.t('kb-questions-disliked', { count: disliked.length, days: reviewDays }), ...disliked.map(item));
      }
      ctx.reply({ kind: 'text', text: lines.join('\n') });
    },
  };
}
