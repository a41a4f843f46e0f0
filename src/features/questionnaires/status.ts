import type { Context } from '../../core/context.ts';
import type { Questionnaire } from './definitions.ts';
import { completion } from './completion.ts';
import type { Answers } from './relevance.ts';
import { countArgs, spanNow } from './total-span.ts';

/** Progress of a run: overall, by section, and who answered how many questions. */
export function showStatus(ctx: Context, q: Questionnaire, answers: Answers, today: string): void {
  const done = completion(q, answers, today);
  const lines = [
    ctx.t('qn-status-title', {
      title: q.title[ctx.locale],
      answered: done.answered,
      ...countArgs(spanNow(q, answers, today, done.total)),
      skipped: done.skipped,
      percent: done.percent,
    }),
    '',
  ];
  // A numbered section none of whose questions applies (a delegated service's contracts, for civil
  // registry) is named as such, so that its number is not simply missing between two others. The
  // alternatives sharing one number (each service's measures, « 2. Mesure — … ») are not named.
  const numberOf = (title: string) => /^(\d+)\./.exec(title)?.[1];
  const numbers = q.sections.map((section) => numberOf(section.title.fr));
  const alone = (number: string | undefined) =>
    number !== undefined && numbers.filter((n) => n === number).length === 1;
  for (const [i, section] of q.sections.entries()) {
    const applicable = done.order.filter((x) => x.sectionIndex === i);
    if (applicable.length === 0) {
      if (alone(numbers[i])) lines.push(ctx.t('qn-status-section-none', { section: section.title[ctx.locale] }));
      continue;
    }
    const answered = applicable.filter((x) => (answers.get(x.id)?.value ?? null) !== null).length;
    // Skips are dealt with, as in the total above: a section whose last question was passed adds up.
    const skipped = applicable.filter((x) => answers.get(x.id)?.value === null).length;
    lines.push(
      ctx.t('qn-status-section', { section: section.title[ctx.locale], answered, skipped, total: applicable.length }),
    );
  }
  for (const part of done.extras)
    lines.push(
      ctx.t('qn-status-extra', { part: part.label[ctx.locale], answered: part.answered, total: part.questions.length }),
    );
  const byAuthor = new Map<string, number>();
  for (const answer of answers.values()) {
    const name = answer.authorName ?? '?';
    byAuthor.set(name, (byAuthor.get(name) ?? 0) + 1);
  }
  if (byAuthor.size > 0) {
    lines.push('', ctx.t('qn-status-authors'));
    for (const [name, count] of [...byAuthor].sort((a, b) => b[1] - a[1]))
      lines.push(ctx.t('qn-status-author', { name, count }));
  }
  ctx.reply({ kind: 'text', text: lines.join('\n') });
}
