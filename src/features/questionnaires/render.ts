import type { Choice, OutboundMessage } from '../../core/messages.ts';
import { listSeparator, type Locale, type MessageArgs } from '../../core/i18n.ts';
import type { AnswerInput, AnswerValue } from './answers.ts';
import { optionsOf } from './answers.ts';
import { notApplicable, notMeasured, type Question, type Questionnaire } from './definitions.ts';
import { exampleDate } from './engine.ts';
import { completion, placeOf } from './completion.ts';
import { evaluateRelevance, type Answers, type Relevance } from './relevance.ts';
import { foldText, toAsciiDigits } from '../../core/text.ts';
import { progressBar } from './scoring.ts';
import { countArgs, spanNow } from './total-span.ts';
import { formatQuantity, unitMessage } from './units.ts';
import { personName } from '../../core/person-name.ts';

export { formatQuantity } from './units.ts';

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

/** The day of the week of a date, in words: "lundi", "الاثنين". */
export function weekdayName(iso: string, locale: Locale): string {
  const tag = locale === 'ar' ? 'ar-TN' : 'fr-FR';
  return new Intl.DateTimeFormat(tag, { weekday: 'long', timeZone: 'UTC' }).format(
    new Date(`${iso.slice(0, 10)}T12:00:00Z`),
  );
}

/**
 * A typed answer saved as something it does not say in so many words (« 1,2 million » as
 * 1 200 000 dinars, « environ 45 » as 45 minutes, « etat civl » as État civil): a channel that
 * cannot show the answer under its question says it back. Choices picked by number were read as
 * listed, and a date has its own line (showsDateBack). A photo is said received (« ✅ 📷 photo »):
 * on a slow network, the person knows it arrived.
 */
export function readsDifferently(question: Question, input: AnswerInput, shown: string): boolean {
  if (input.kind === 'photo') return true;
  if (input.kind !== 'text' || question.type === 'date') return false;
  const typed = foldText(input.text);
  if (typed === '') return false;
  const picked = ['single', 'multiple', 'yesno', 'scale'].includes(question.type) && /^[\d ]+$/.test(typed);
  return !picked && !` ${foldText(shown)} `.includes(` ${typed} `);
}

/**
 * Whether a date answer is shown back once recorded: typed without its full year ("15 déc", "15/12",
 * "hier", "lundi", "15/12/25"), the day and year read are worth a look (with its weekday: "lundi"
 * read as the last Monday shows which one); a date typed in full is not repeated.
 */
export function showsDateBack(question: Question, input: AnswerInput, value: AnswerValue | null): value is string {
  if (question.type !== 'date' || input.kind !== 'text' || typeof value !== 'string') return false;
  return !toAsciiDigits(input.text).includes(value.slice(0, 4));
}

function choiceLabels(q: Question, ctx: RenderContext): Choice[] {
  if (q.type === 'single' || q.type === 'multiple')
    return q.choices.map((c) => ({ value: c.value, label: c.label[ctx.locale] }));
  if (q.type === 'yesno')
    return [
      { value: 'yes', label: ctx.t('qn-yes') },
      { value: 'no', label: ctx.t('qn-no') },
    ];
  if (q.type === 'scale') {
    // Every level says what it means: "3 — mis en œuvre".
    return optionsOf(q).map(({ value }) => {
      const anchor = q.anchors.find((a) => a.value === Number(value));
      return { value, label: anchor ? `${value} — ${anchor.label[ctx.locale]}` : value };
    });
  }
  if (q.type === 'indicator') {
    // The answer is a number: the special answers are typed as words, never as "1" or "2", so
    // that a measured 1 or 2 is read as the value (the key replaces the number on numbered lists).
    const notMeasuredLabel = ctx.t('qn-not-measured');
    const notApplicableLabel = ctx.t('qn-not-applicable');
    return [
      { value: notMeasured, label: notMeasuredLabel, key: notMeasuredLabel },
      { value: notApplicable, label: notApplicableLabel, key: notApplicableLabel },
    ];
  }
  return [];
}

export function formatAnswer(q: Question, value: AnswerValue | null, ctx: RenderContext): string {
  if (value === null) return ctx.t('qn-skipped');
  if (q.type === 'photo') return ctx.t('qn-photo-value');
  if (q.type === 'date' && typeof value === 'string') return formatDate(value, ctx.locale);
  if (q.type === 'scale') {
    const anchor = q.anchors.find((a) => a.value === Number(value));
    return `${String(value)}/${q.max}${anchor ? ` — ${anchor.label[ctx.locale]}` : ''}`;
  }
  if ((q.type === 'number' || q.type === 'indicator') && typeof value === 'number')
    return formatQuantity(value, q.unit, ctx);
  const labels = new Map(choiceLabels(q, ctx).map((c) => [c.value, c.label]));
  if (Array.isArray(value)) return value.map((v) => labels.get(v) ?? v).join(listSeparator(ctx.locale));
  return labels.get(String(value)) ?? String(value);
}

function hint(q: Question, ctx: RenderContext, dateExample: string): string | null {
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
      const unit = q.unit ? ctx.t('qn-hint-unit', { unit: ctx.t(`${unitMessage(q.unit)}.name`) }) : '';
      return ctx.t('qn-hint-number', { range: range + unit });
    }
    case 'indicator': {
      const unit = ctx.t('qn-hint-unit', { unit: ctx.t(`${unitMessage(q.unit)}.name`) });
      return ctx.t('qn-hint-indicator', { unit });
    }
    case 'date':
      // « aujourd'hui » is offered only where today is an answer the question takes.
      return ctx.t(dateExample === ctx.today ? 'qn-hint-date' : 'qn-hint-date-example', {
        example: formatDate(dateExample, ctx.locale),
      });
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

/**
 * The notes that apply between the previous question that applies and this one (shown with it),
 * whatever their section: a note may sit alone in a section that introduces the next ones, and
 * questions that do not apply in between (another service's measures) do not hide it.
 */
function notesBefore(q: Questionnaire, question: Question, relevant: Relevance): Question[] {
  const notes: Question[] = [];
  for (let i = question.index - 1; i >= 0; i--) {
    const prev = q.questions[i] as Question;
    if (!relevant.has(prev.id)) continue;
    if (prev.type !== 'note') break;
    notes.unshift(prev);
  }
  return notes;
}

/**
 * A question as the person sees it: notes, place and progress, label, hints, current answer. The
 * notes come when the person arrives at the question, not each time it is shown again.
 */
export function renderQuestion(
  q: Questionnaire,
  question: Question,
  answers: Answers,
  runId: string,
  ctx: RenderContext,
  withNotes = true,
): OutboundMessage[] {
  const { relevant } = evaluateRelevance(q, answers, ctx.today);
  const notes = (withNotes ? notesBefore(q, question, relevant) : []).map((n): OutboundMessage => ({
    kind: 'text',
    text: `ℹ️ ${n.label[ctx.locale]}`,
  }));
  const done = completion(q, answers, ctx.today);
  const section = q.sections[question.sectionIndex];
  const place = placeOf(done, question.id);
  const lines = [
    place.extra
      ? ctx.t('qn-position-extra', { number: place.number, total: place.total, part: place.extra.label[ctx.locale] })
      : ctx.t('qn-position', {
          number: place.number,
          ...countArgs(spanNow(q, answers, ctx.today, done.total)),
          section: section?.title[ctx.locale] ?? '',
        }),
    ctx.t('qn-progress', { bar: progressBar(done.percent / 100), percent: done.percent, skipped: done.skipped }),
    '',
    question.label[ctx.locale],
  ];
  const typeHint = hint(question, ctx, exampleDate(q, question, answers, ctx.today));
  if (typeHint) lines.push(typeHint);
  if (!question.required && question.type !== 'photo') lines.push(ctx.t('qn-optional'));
  const current = answers.get(question.id);
  if (current)
    lines.push(
      '',
      ctx.t('qn-current-answer', {
        answer: formatAnswer(question, current.value, ctx),
        author: current.authorName ? personName(current.authorName, ctx) : '?',
      }),
    );
  const footer = ctx.t('qn-footer');
  const choices = choiceLabels(question, ctx);
  // Headed like a list of choices, whatever the question's kind.
  if (choices.length === 0) return [...notes, { kind: 'text', text: [...lines, '', footer].join('\n'), heading: true }];
  const text = lines.join('\n');
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
      // After the list of choices, not between the question and them.
      footer,
    },
  ];
}
