import type { Context } from '../../core/context.ts';
import type { Questionnaire } from './definitions.ts';
import { completion } from './completion.ts';
import type { Answers } from './relevance.ts';
import { countArgs, spanNow } from './total-span.ts';
import { personName } from '../../core/person-name.ts';

/** Sections the short /status names among those still to fill; the others are counted. */
export const statusSectionsShown = 3;

/** One line of the section list, and whether questions are still to be answered in it. */
interface SectionLine {
  text: string;
  left: boolean;
}

/** The sections and optional parts as /status lists them, in order. */
function sectionLines(ctx: Context, q: Questionnaire, answers: Answers, today: string): SectionLine[] {
  const done = completion(q, answers, today);
  const span = spanNow(q, answers, today, done.total);
  const lines: SectionLine[] = [];
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
      if (alone(number))
        lines.push({ text: ctx.t('qn-status-section-none', { section: section.title[ctx.locale] }), left: false });
      else if (number !== undefined && !named.has(number) && span.most > span.least) {
        const least = span.least - done.total;
        const most = span.most - done.total;
        lines.push({
          text: ctx.t('qn-status-section-open', { section: section.title[ctx.locale], least, most }),
          left: true,
        });
      }
      if (number !== undefined) named.add(number);
      continue;
    }
    if (number !== undefined) named.add(number);
    const answered = applicable.filter((x) => (answers.get(x.id)?.value ?? null) !== null).length;
    // Skips are dealt with, as in the total above: a section whose last question was passed adds up.
    const skipped = applicable.filter((x) => answers.get(x.id)?.value === null).length;
    const total = applicable.length;
    const text = ctx.t('qn-status-section', { section: section.title[ctx.locale], answered, skipped, total });
    lines.push({ text, left: answered + skipped < total });
  }
  for (const part of done.extras) {
    const args = { part: part.label[ctx.locale], answered: part.answered, total: part.questions.length };
    lines.push({ text: ctx.t('qn-status-extra', args), left: part.answered < part.questions.length });
  }
  return lines;
}

/** Who answered how many of the questions listed (a skip is no answer), most first. */
function authorLines(ctx: Context, q: Questionnaire, answers: Answers, today: string): string[] {
  // Answers given (not passed) to the questions listed, as the counts above: a skip is no answer.
  // Those in the optional parts are said apart, so that the main ones add up to the header's count.
  const done = completion(q, answers, today);
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
  if (byAuthor.size === 0) return [];
  return [
    '',
    ctx.t('qn-status-authors'),
    ...[...byAuthor]
      .sort((a, b) => b[1].count - a[1].count)
      .map(([name, { count, extra }]) => ctx.t('qn-status-author', { name, count, extra })),
  ];
}

/**
 * Progress of a run. In short (a phone screen): the overall count, the parts still to fill (the
 * first few by name, the others counted), the finished ones counted, who answered, and how to see
 * every part; `full` lists every part, as `/status détail` asks.
 */
export function showStatus(ctx: Context, q: Questionnaire, answers: Answers, today: string, full = false): void {
  const done = completion(q, answers, today);
  const span = spanNow(q, answers, today, done.total);
  const title = ctx.t('qn-status-title', {
    title: q.title[ctx.locale],
    answered: done.answered,
    ...countArgs(span),
    skipped: done.skipped,
    percent: done.percent,
  });
  const sections = sectionLines(ctx, q, answers, today);
  const lines = [title, ''];
  if (full) lines.push(...sections.map((s) => s.text));
  else {
    const left = sections.filter((s) => s.left);
    const finished = sections.filter((s) => !s.left).length;
    if (left.length > 0) {
      lines.push(ctx.t('qn-status-left'), ...left.slice(0, statusSectionsShown).map((s) => s.text));
      if (left.length > statusSectionsShown)
        lines.push(ctx.t('qn-status-left-more', { count: left.length - statusSectionsShown }));
    } else lines.push(ctx.t('qn-status-nothing-left'));
    if (finished > 0 && left.length > 0) lines.push(ctx.t('qn-status-finished', { count: finished }));
  }
  lines.push(...authorLines(ctx, q, answers, today));
  if (!full) lines.push('', ctx.t('qn-status-more'));
  ctx.reply({ kind: 'text', text: lines.join('\n') });
}
