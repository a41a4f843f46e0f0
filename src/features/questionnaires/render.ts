import type { OutboundMessage } from '../../core/messages.ts';
import type { Locale, MessageArgs } from '../../core/i18n.ts';
import type { AnswerValue } from './answers.ts';
import { optionsOf } from './answers.ts';
import type { Question, Questionnaire } from './definitions.ts';
import { evaluateRelevance, type Answers, type Relevance } from './engine.ts';
import { progressBar } from './scoring.ts';

export type Translate = (key: string, args?: MessageArgs) => string;

export interface RenderContext {
  locale: Locale;
  t: Translate;
  today: string;
}

/** Ties a choice list to one question of one run, so an old button is recognised as stale. */
export function promptIdFor(runId: string, question: Question): string {
  return `q:${runId}:${question.index}`;
}

export function formatDate(iso: string, locale: Locale): string {
  const [y, m, d] = iso.slice(0, 10).split('-');
  return locale === 'ar' || locale === 'fr' ? `${d}/${m}/${y}` : iso;
}

function choiceLabels(q: Question, ctx: RenderContext): { value: string; label: string }[] {
  if (q.type === 'single' || q.type === 'multiple')
    return q.choices.map((c) => ({ value: c.value, label: c.label[ctx.locale] }));
  if (q.type === 'yesno')
    return [
      { value: 'yes', label: ctx.t('qn-yes') },
      { value: 'no', label: ctx.t('qn-no') },
    ];
  if (q.type === 'scale') {
    return optionsOf(q).map(({ value }) => {
      const end = Number(value) === q.min ? q.minLabel : Number(value) === q.max ? q.maxLabel : undefined;
      return { value, label: end ? `${value} — ${end[ctx.locale]}` : value };
    });
  }
  return [];
}

export function formatAnswer(q: Question, value: AnswerValue | null, ctx: RenderContext): string {
  if (value === null) return ctx.t('qn-skipped');
  if (q.type === 'photo') return ctx.t('qn-photo-value');
  if (q.type === 'date' && typeof value === 'string') return formatDate(value, ctx.locale);
  if (q.type === 'scale') return `${String(value)}/${q.max}`;
  if (q.type === 'number') return `${String(value)}${q.unit ? ` ${q.unit[ctx.locale]}` : ''}`;
  const labels = new Map(choiceLabels(q, ctx).map((c) => [c.value, c.label]));
  if (Array.isArray(value)) return value.map((v) => labels.get(v) ?? v).join(', ');
  return labels.get(String(value)) ?? String(value);
}

function hint(q: Question, ctx: RenderContext): string | null {
  switch (q.type) {
    case 'number': {
      const range =
        q.min !== undefined && q.max !== undefined
          ? ctx.t('qn-hint-number-range', { min: q.min, max: q.max })
          : q.min !== undefined
            ? ctx.t('qn-hint-number-min', { min: q.min })
            : q.max !== undefined
              ? ctx.t('qn-hint-number-max', { max: q.max })
              : '';
      const unit = q.unit ? ctx.t('qn-hint-unit', { unit: q.unit[ctx.locale] }) : '';
      return ctx.t('qn-hint-number', { range: range + unit });
    }
    case 'date':
      return ctx.t('qn-hint-date');
    case 'text':
    case 'longtext':
      return ctx.t('qn-hint-text', { max: q.maxLength });
    case 'photo':
      return ctx.t('qn-hint-photo');
    case 'multiple':
      return ctx.t('qn-hint-multiple');
    default:
      return null;
  }
}

/** Share of the relevant answerable questions that have an answer (skips count as answered). */
export function progress(q: Questionnaire, answers: Answers, relevant: Relevance) {
  let total = 0;
  let answered = 0;
  for (const x of q.questions) {
    if (x.type === 'note' || !relevant.at(x.index)) continue;
    total++;
    if (answers.has(x.id)) answered++;
  }
  return { answered, total, percent: total ? Math.round((100 * answered) / total) : 100 };
}

/** The notes placed right before a question (shown with it). */
function notesBefore(q: Questionnaire, question: Question, relevant: Relevance): Question[] {
  const notes: Question[] = [];
  for (let i = question.index - 1; i >= 0; i--) {
    const prev = q.questions[i] as Question;
    if (prev.type !== 'note' || prev.sectionIndex !== question.sectionIndex) break;
    if (relevant.has(prev.id)) notes.unshift(prev);
  }
  return notes;
}

/** A question as the person sees it: notes, place and progress, label, hints, current answer. */
export function renderQuestion(
  q: Questionnaire,
  question: Question,
  answers: Answers,
  runId: string,
  ctx: RenderContext,
): OutboundMessage[] {
  const { relevant } = evaluateRelevance(q, answers, ctx.today);
  const notes = notesBefore(q, question, relevant).map((n): OutboundMessage => ({
    kind: 'text',
    text: `ℹ️ ${n.label[ctx.locale]}`,
  }));
  const { percent } = progress(q, answers, relevant);
  const section = q.sections[question.sectionIndex];
  const lines = [
    ctx.t('qn-position', {
      section: question.sectionIndex + 1,
      sections: q.sections.length,
      number: question.number ?? 0,
      total: q.answerableCount,
    }),
    ctx.t('qn-progress', { bar: progressBar(percent / 100), percent }),
    `§ ${section?.title[ctx.locale] ?? ''}`,
    '',
    question.label[ctx.locale],
  ];
  const typeHint = hint(question, ctx);
  if (typeHint) lines.push(typeHint);
  if (!question.required && question.type !== 'photo') lines.push(ctx.t('qn-optional'));
  const current = answers.get(question.id);
  if (current)
    lines.push(
      '',
      ctx.t('qn-current-answer', {
        answer: formatAnswer(question, current.value, ctx),
        author: current.authorName ?? '?',
      }),
    );
  lines.push('', ctx.t('qn-footer'));
  const text = lines.join('\n');
  const choices = choiceLabels(question, ctx);
  if (choices.length === 0) return [...notes, { kind: 'text', text }];
  const selected = question.type === 'multiple' && Array.isArray(current?.value) ? current.value : undefined;
  return [
    ...notes,
    {
      kind: 'choices',
      text,
      promptId: promptIdFor(runId, question),
      choices,
      multiple: question.type === 'multiple',
      ...(selected ? { selected } : {}),
    },
  ];
}

const shorten = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);

/** Every applicable answer by number, who gave it, and what is missing. */
export function renderReview(q: Questionnaire, answers: Answers, ctx: RenderContext): OutboundMessage {
  const { relevant } = evaluateRelevance(q, answers, ctx.today);
  const { answered, total } = progress(q, answers, relevant);
  const lines = [ctx.t('qn-review-title', { title: q.title[ctx.locale], answered, total }), ''];
  for (const question of q.questions) {
    if (question.type === 'note' || !relevant.has(question.id)) continue;
    const stored = answers.get(question.id);
    const answer = stored ? formatAnswer(question, stored.value, ctx) : question.required ? ctx.t('qn-missing') : '—';
    const author = stored?.authorName ? ctx.t('qn-review-author', { author: stored.authorName }) : '';
    lines.push(
      ctx.t('qn-review-line', {
        number: question.number ?? 0,
        label: shorten(question.label[ctx.locale], 60),
        answer: shorten(answer, 80),
      }) + author,
    );
  }
  lines.push('', ctx.t('qn-review-footer'));
  return { kind: 'text', text: lines.join('\n') };
}
