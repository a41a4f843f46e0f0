import type { OutboundMessage } from '../../core/messages.ts';
import type { Questionnaire } from './definitions.ts';
import { completion, positionOf, type Answers } from './engine.ts';
import { formatAnswer, type RenderContext } from './render.ts';

/** A review page holds about this many characters of answers: with its header, a phone screen or two. */
const pageBudget = 1200;

const shorten = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);

interface Page {
  /** Titles of the sections on the page (a long section spans several pages). */
  sections: string[];
  lines: string[];
  /** Numbers (places among the questions that apply) on the page. */
  numbers: number[];
}

/** The review cut into pages by section, each answer on one line. */
function pages(q: Questionnaire, answers: Answers, ctx: RenderContext): Page[] {
  const { order } = completion(q, answers, ctx.today);
  const result: Page[] = [];
  let page: Page | undefined;
  let size = 0;
  let lastSection = -1;
  for (const [i, question] of order.entries()) {
    const stored = answers.get(question.id);
    const answer = stored ? formatAnswer(question, stored.value, ctx) : question.required ? ctx.t('qn-missing') : '—';
    const author = stored?.authorName ? ctx.t('qn-review-author', { author: stored.authorName }) : '';
    const line =
      ctx.t('qn-review-line', {
        number: i + 1,
        label: shorten(question.label[ctx.locale], 55),
        answer: shorten(answer, 60),
      }) + author;
    const title = q.sections[question.sectionIndex]?.title[ctx.locale] ?? '';
    const newSection = question.sectionIndex !== lastSection;
    if (!page || size + line.length > pageBudget || (newSection && size > pageBudget / 2)) {
      page = { sections: [], lines: [], numbers: [] };
      result.push(page);
      size = 0;
    }
    if (newSection || page.lines.length === 0) {
      page.sections.push(title);
      page.lines.push(`§ ${title}`);
      size += title.length + 2;
    }
    page.lines.push(line);
    page.numbers.push(i + 1);
    size += line.length;
    lastSection = question.sectionIndex;
  }
  return result.length > 0 ? result : [{ sections: [], lines: [], numbers: [] }];
}

/**
 * The review page (1-based) showing the question `questionId`, for the return after an edit. Cut
 * by the same `pages` as `renderReview`: give it the same answers, authors' names included.
 */
export function reviewPageOf(q: Questionnaire, answers: Answers, ctx: RenderContext, questionId: string): number {
  const number = positionOf(completion(q, answers, ctx.today), questionId);
  const index = pages(q, answers, ctx).findIndex((p) => p.numbers.includes(number));
  return index >= 0 ? index + 1 : 1;
}

/** Ties the review's page buttons to one run. */
export const reviewPromptId = (runId: string) => `q:${runId}:review`;

/**
 * One page of the review: where the run stands (answered, skipped, missing), the answers of a
 * section or two by number, and buttons (or "+" / "-" where there are none) to turn the page.
 */
export function renderReview(
  q: Questionnaire,
  answers: Answers,
  runId: string,
  ctx: RenderContext,
  page = 1,
): OutboundMessage {
  const all = pages(q, answers, ctx);
  const n = Math.min(Math.max(1, page), all.length);
  const current = all[n - 1] as Page;
  const done = completion(q, answers, ctx.today);
  const missing = done.order.filter((x) => x.required && (answers.get(x.id)?.value ?? null) === null).length;
  const lines = [
    ctx.t('qn-review-title', { title: q.title[ctx.locale], page: n, pages: all.length }),
    ctx.t('qn-review-status', { answered: done.answered, total: done.total, skipped: done.skipped, missing }),
    '',
    ...current.lines,
    '',
    ctx.t('qn-review-footer'),
  ];
  const choices = [
    ...(n > 1 ? [{ value: `page:${n - 1}`, label: ctx.t('qn-review-previous'), key: '-' }] : []),
    ...(n < all.length ? [{ value: `page:${n + 1}`, label: ctx.t('qn-review-next'), key: '+' }] : []),
  ];
  const text = lines.join('\n');
  return choices.length > 0
    ? { kind: 'choices', text, promptId: reviewPromptId(runId), choices }
    : { kind: 'text', text };
}
