import type { Choice, OutboundMessage } from '../../core/messages.ts';
import { clip, phoneLineWidth, phoneLines } from '../../core/phone-screen.ts';
import type { Question, Questionnaire } from './definitions.ts';
import { completion, missingRequired, positionOf } from './completion.ts';
import { evaluateRelevance, type Answers } from './relevance.ts';
import { formatAnswer, type RenderContext } from './render.ts';
import { personName } from '../../core/person-name.ts';

/**
 * A review page, header, footer and page choices included, takes at most this many lines of a
 * phone's chat bubble: one screen, or a short scroll. Pages are cut by lines, not by questions.
 */
export const reviewPageLines = 20;
/** Lines the page choices take where they are listed in the text (console, WhatsApp). */
const choiceLines = 2;
/** An answer takes at most this many bubble lines: number, short label, the answer as saved. */
const answerLines = 2;
/** The short label of a question before its answer. */
const labelLength = 36;

/** A few words for the question: its `short`, else its first clause without asides, shortened. */
export function shortLabel(question: Question, ctx: RenderContext): string {
  const given = question.short?.[ctx.locale];
  if (given) return given;
  const label = (question.label[ctx.locale].split('\n')[0] ?? '')
    .replace(/\s*\([^)]*\)/g, '')
    .replace(/\s*[?؟:]\s.*$/u, '')
    .replace(/\s*[?؟:.]\s*$/u, '');
  return clip(label, labelLength);
}

/** One answer's line: "12. Nom du service : État civil", at most two bubble lines. */
function answerLine(number: number, label: string, answer: string, ctx: RenderContext): string {
  const line = (labelMax: number, answerMax: number) =>
    ctx.t('qn-review-line', { number, label: clip(label, labelMax), answer: clip(answer, answerMax) });
  let labelMax = labelLength;
  let answerMax = answerLines * phoneLineWidth;
  let shown = line(labelMax, answerMax);
  // Both give way in turn, the label (often a short label that fits) after the answer's tail.
  while (phoneLines(shown) > answerLines) {
    if (answerMax > 28) answerMax -= 4;
    else if (labelMax > 24) labelMax -= 4;
    else if (answerMax > 16) answerMax -= 4;
    else if (labelMax > 12) labelMax -= 4;
    else break;
    shown = line(labelMax, answerMax);
  }
  return shown;
}

interface Item {
  number: number;
  section: number;
  /** Who gave the answer; none for a question not answered yet. */
  author?: string;
  line: string;
}

interface Page {
  lines: string[];
  /** Numbers (places among the questions that apply) on the page. */
  numbers: number[];
}

function itemsOf(q: Questionnaire, answers: Answers, ctx: RenderContext): Item[] {
  const { listed } = completion(q, answers, ctx.today);
  // A question that only may apply (its condition names one still open) is not missing yet.
  const { relevant } = evaluateRelevance(q, answers, ctx.today);
  return listed.map((question, i) => {
    const stored = answers.get(question.id);
    const answer = stored
      ? formatAnswer(question, stored.value, ctx)
      : question.required && relevant.has(question.id)
        ? ctx.t('qn-missing')
        : '—';
    return {
      number: i + 1,
      section: question.sectionIndex,
      ...(stored?.authorName ? { author: personName(stored.authorName, ctx) } : {}),
      line: answerLine(i + 1, shortLabel(question, ctx), answer, ctx),
    };
  });
}

/** The lines of a page around its answers: title, status, footer; and the page choices. */
function frame(q: Questionnaire, answers: Answers, ctx: RenderContext, page: number, pages: number) {
  const done = completion(q, answers, ctx.today);
  const missing = missingRequired(q, answers, ctx.today).length;
  return {
    top: [
      ctx.t('qn-review-title', { page, pages }),
      ctx.t('qn-review-status', { answered: done.answered, total: done.total, skipped: done.skipped, missing }),
      '',
    ],
    bottom: ['', ctx.t('qn-review-footer')],
  };
}

/**
 * The review cut into pages of at most `reviewPageLines` bubble lines. A section's title opens
 * it; the author is named once above each run of answers by the same person (and again at the top
 * of a page), so a page answered by one person names them once and a change of hand stands out.
 */
function pages(q: Questionnaire, answers: Answers, ctx: RenderContext): Page[] {
  const { top, bottom } = frame(q, answers, ctx, 99, 99);
  const room = reviewPageLines - phoneLines([...top, ...bottom].join('\n')) - choiceLines;
  const result: Page[] = [];
  let page: Page | undefined;
  let used = 0;
  let section = -1;
  let author: string | undefined;
  const sectionLine = (item: Item) =>
    `§ ${clip(q.sections[item.section]?.title[ctx.locale] ?? '', phoneLineWidth - 2)}`;
  const authorLine = (name: string) => clip(ctx.t('qn-review-author', { author: name }), phoneLineWidth);
  for (const item of itemsOf(q, answers, ctx)) {
    const heading = (fresh: boolean) => [
      ...(fresh || item.section !== section ? [sectionLine(item)] : []),
      ...(item.author && (fresh || item.author !== author) ? [authorLine(item.author)] : []),
    ];
    const cost = (lines: string[]) => lines.reduce((n, line) => n + phoneLines(line), 0);
    const here = [...heading(false), item.line];
    // A new section starts a new page when less than a third of this one is left.
    const full = used + cost(here) > room || (item.section !== section && room - used < room / 3);
    if (!page || full) {
      page = { lines: [], numbers: [] };
      result.push(page);
      used = 0;
    }
    const lines = [...heading(page.lines.length === 0), item.line];
    page.lines.push(...lines);
    page.numbers.push(item.number);
    used += cost(lines);
    section = item.section;
    if (item.author) author = item.author;
  }
  return result.length > 0 ? result : [{ lines: [], numbers: [] }];
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
 * The page choices in reading order: previous then next in French; next then previous in Arabic,
 * read from the right, so "next" sits on the left and points left (the locale's labels say how).
 */
function pageChoices(n: number, count: number, ctx: RenderContext): Choice[] {
  const previous = n > 1 ? [{ value: `page:${n - 1}`, label: ctx.t('qn-review-previous'), key: '-' }] : [];
  const next = n < count ? [{ value: `page:${n + 1}`, label: ctx.t('qn-review-next'), key: '+' }] : [];
  return ctx.locale === 'ar' ? [...next, ...previous] : [...previous, ...next];
}

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
  const { top, bottom } = frame(q, answers, ctx, n, all.length);
  const text = [...top, ...(all[n - 1] as Page).lines, ...bottom].join('\n');
  const choices = pageChoices(n, all.length, ctx);
  return choices.length > 0
    ? { kind: 'choices', text, promptId: reviewPromptId(runId), choices }
    : { kind: 'text', text };
}
