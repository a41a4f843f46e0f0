import type { Context } from '../../core/context.ts';
import type { Questionnaire } from './definitions.ts';
import { completion } from './completion.ts';
import type { Answers } from './relevance.ts';
import { countArgs, spanNow } from './total-span.ts';
import { personName } from '../../core/person-name.ts';

/** Progress of a run: overall, by section, and who answered how many questions. */
export function showStatus(ctx: Context, q: Questionnaire, answers: Answers, today: string): void {
  const done = completion(q, answers, today);
  const span = spanNow(q, answers, today, done.total);
  const lines = [
    ctx.t('qn-status-title', {
      title: q.title[ctx.locale],
      answered: done.answered,
      ...countArgs(span),
      skipped: done.skipped,
      percent: done.percent,
    }),
    '',
  ];
  // A numbered section none of whose questions applies (a delegated service's contracts, for civil
  // registry) is named as such, so that its number is not simply missing between two others. The
  // alternatives sharing one number (each service's measures, « 2. Mesures — … ») are not named
  // one by one; while the choice deciding them is open, the first of them says how many may come.
  const numberOf = (title: string) => /^(\d+)\./.exec(title)?.[1];
  const numbers = q.sections.map((section) => numberOf(section.title.fr));
  const alone = (number: string | undefined) =>
    number !== undefined && numbers.filter((n) => n === number).length === 1;
  const named = new Set<string>();
  for (const [i, section] of q.sections.entries()) {
    const applicable = done.order.filter((x) => x.sectionIndex === i);
    const number = numbers[i];
    if (applicable.length === 0) {
      if (alone(number)) lines.push(ctx.t('qn-status-section-none', { section: section.title[ctx.locale] }));
      else if (number !== undefined && !named.has(number) && span.most > span.least) {
        const least = span.least - done.total;
        lines.push(
          ctx.t('qn-status-section-open', { section: section.title[ctx.locale], least, most: span.most - done.total }),
        );
      }
      if (number !== undefined) named.add(number);
      continue;
    }
    if (number !== undefined) named.add(number);
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
  // Answers given (not passed) to the questions listed, as the counts above: a skip is no answer.
  // Those in the optional parts are said apart, so that the main ones add up to the header's count.
  const byAuthor = new Map<string, { count: number; extra: number }>();
  const main = new Set(done.order.map((x) => x.id));
  for (const { id } of done.listed) {
    const answer = answers.get(id);
    if (!answer || answer.value === null) continue;
    const name = answer.authorName ? personName(answer.authorName, ctx) : '?';
    const counts = byAuthor.get(name) ?? { count: 0, extra: 0 };
    counts.count++;
    if (!main.has(id)) counts.extra++;
    byAuthor.set(name, counts);
  }
  if (byAuthor.size > 0) {
    lines.push('', ctx.t('qn-status-authors'));
    for (const [name, { count, extra }] of [...byAuthor].sort((a, b) => b[1].count - a[1].count))
      lines.push(ctx.t('qn-status-author', { name, count, extra }));
  }
  ctx.reply({ kind: 'text', text: lines.join('\n') });
}
