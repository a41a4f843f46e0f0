/**
 * The pure questionnaire engine: (definition, answers, cursor, action) → (cursor, answer to save,
 * error). No I/O and nothing channel-specific; the feature stores answers and renders replies.
 */
import { addDays, isoDate } from '../../core/parse/calendar.ts';
import type { YearlessDate } from '../../core/parse/date.ts';
import {
  parseAnswer,
  saysDontKnow,
  unreadTextHint,
  type AnswerInput,
  type AnswerValue,
  type ReadNote,
} from './answers.ts';
import { completion } from './completion.ts';
import { firstOpen, nextOpenQuestion, previousQuestion, reviewPosition, type Cursor } from './cursor.ts';
import type { Bilingual, Question, Questionnaire } from './definitions.ts';
import { evaluate, truthy, type Scope } from './expressions.ts';
import { afterChange, answerable, evaluateRelevance, type Answers } from './relevance.ts';

export type Action =
  { type: 'answer'; input: AnswerInput } | { type: 'back' } | { type: 'skip' } | { type: 'jump'; number: number };

export interface StepResult {
  cursor: Cursor;
  /** The answers after the step (the given ones when nothing is saved). */
  answers: Answers;
  save?: { questionId: string; value: AnswerValue | null };
  /** How many questions a change made in the review opened (another domain's measures), gone on to instead of the review. */
  opened?: number;
  /** How the saved answer was read, said once it is saved (« 10 jours ouvrables » taken as 10 days). */
  note?: ReadNote;
  /** A catalog key with arguments, or the question's own bilingual constraint message. */
  error?: { key: string; args?: Record<string, string | number>; date?: string } | { message: Bilingual };
}

/** Whether `value` meets the question's constraint, given the other answers. */
export function accepts(
  q: Questionnaire,
  answers: Answers,
  question: Question,
  value: AnswerValue,
  today: string,
): boolean {
  if (!question.constraintExpr) return true;
  const before = evaluateRelevance(q, answers, today);
  const scope: Scope = { answer: (id) => before.answer(id), self: value, today };
  return truthy(evaluate(question.constraintExpr, scope));
}

/** Days from today a date question is tried at: to come, then today and before. */
const comingDays = [1, 30, 364];
const pastDays = [0, -1, -30];

/**
 * Which occurrence a date typed without a year is for this question: the past one when its
 * constraint refuses the days to come and accepts today or a day before (a visit made: "15/12"
 * typed on 3 December is last December's), else the coming one, as everywhere else.
 */
export function yearlessDateFor(q: Questionnaire, answers: Answers, question: Question, today: string): YearlessDate {
  if (question.type !== 'date' || !question.constraintExpr) return 'coming';
  const [year = 0, month = 1, day = 1] = today.split('-').map(Number);
  const accepted = (days: number) => accepts(q, answers, question, isoDate(addDays({ year, month, day }, days)), today);
  return !comingDays.some(accepted) && pastDays.some(accepted) ? 'past' : 'coming';
}

/**
 * The questions open after a change that were not asked before it: another service domain picked
 * in the review opens its measures (and « 9 obligatoires à compléter » alone would not say where).
 */
function openedBy(q: Questionnaire, before: Answers, after: Answers, today: string): number {
  const was = evaluateRelevance(q, before, today).relevant;
  const now = evaluateRelevance(q, after, today).relevant;
  return q.questions.filter((x) => answerable(x) && now.at(x.index) && !was.at(x.index) && !after.has(x.id)).length;
}

function advance(q: Questionnaire, answers: Answers, today: string, from: Question, cursor: Cursor): Cursor {
  if (cursor.returnToReview) return { at: reviewPosition };
  const { relevant } = evaluateRelevance(q, answers, today);
  const next = nextOpenQuestion(q, answers, relevant, from.index);
  return { at: next ? next.id : reviewPosition };
}

export function step(
  q: Questionnaire,
  answers: Answers,
  cursor: Cursor,
  action: Action,
  authorId: string,
  today: string,
): StepResult {
  // What applies before the step is evaluated only where needed: an answer without a constraint
  // does not need it (what applies after the step is evaluated instead).
  if (action.type === 'jump') {
    const { listed } = completion(q, answers, today);
    const target = listed[action.number - 1];
    // A question that may apply but does not yet is listed, not opened.
    if (!target || !evaluateRelevance(q, answers, today).relevant.has(target.id))
      return { answers, cursor, error: { key: 'qn-jump-invalid', args: { max: listed.length } } };
    // Changing an answer returns to the review; answering a question still open carries on in
    // order to the next open one, as the walk through the questionnaire would.
    return { answers, cursor: answers.has(target.id) ? { at: target.id, returnToReview: true } : { at: target.id } };
  }

  if (cursor.at === reviewPosition) {
    if (action.type === 'back') {
      const last = previousQuestion(q, evaluateRelevance(q, answers, today).relevant, q.questions.length);
      return { answers, cursor: last ? { at: last.id } : cursor };
    }
    return { answers, cursor, error: { key: 'qn-review-hint' } };
  }

  const current = q.byId.get(cursor.at);
  if (!current) return { answers, cursor: firstOpen(q, answers, today) };

  if (action.type === 'back') {
    const previous = previousQuestion(q, evaluateRelevance(q, answers, today).relevant, current.index);
    return previous ? { answers, cursor: { at: previous.id } } : { answers, cursor, error: { key: 'qn-back-first' } };
  }

  if (action.type === 'skip') {
    const existing = answers.get(current.id);
    if (existing) return { answers, cursor: advance(q, answers, today, current, cursor) };
    if (current.required)
      // A value nobody measured is an answer of its own: the person is told which words give it.
      return {
        answers,
        cursor,
        error: { key: current.type === 'indicator' ? 'qn-skip-required-indicator' : 'qn-skip-required' },
      };
    const after = afterChange(q, answers, new Map(answers).set(current.id, { value: null, authorId }), current, today);
    return {
      cursor: advance(q, after, today, current, cursor),
      answers: after,
      save: { questionId: current.id, value: null },
    };
  }

  // « je ne sais pas » typed at a free-text question would stand as the service's name or the action
  // to take: the person is told what to do instead, as at the questions that cannot read it.
  const freeText = current.type === 'text' || current.type === 'longtext';
  if (freeText && action.input.kind === 'text' && saysDontKnow(action.input.text))
    return { answers, cursor, error: { key: current.required ? 'qn-dont-know-required' : 'qn-dont-know-optional' } };
  // « 3 » at a question that asks for a name or a sentence is a number meant for another list.
  if (freeText && action.input.kind === 'text' && !/\p{L}/u.test(action.input.text))
    return { answers, cursor, error: { key: 'qn-text-no-words', args: { text: action.input.text.trim() } } };
  const parsed = parseAnswer(current, action.input, {
    today,
    withoutYear: yearlessDateFor(q, answers, current, today),
    ...(current.type === 'date' ? { example: exampleDate(q, current, answers, today) } : {}),
  });
  if (!parsed.ok) {
    // « 3 ou 4 ? » is a hesitation the reply names, not a question for /ask.
    const named = parsed.error === 'qn-number-either';
    const hint = action.input.kind === 'text' && !named ? unreadTextHint(current, action.input.text) : undefined;
    if (hint) return { answers, cursor, error: { key: hint } };
    const { error: key, args, date } = parsed;
    return { answers, cursor, error: date ? { key, args, date } : { key, args } };
  }
  if (!accepts(q, answers, current, parsed.value, today)) {
    return {
      answers,
      cursor,
      error: current.constraintMessage ? { message: current.constraintMessage } : { key: 'qn-constraint-failed' },
    };
  }
  const after = afterChange(
    q,
    answers,
    new Map(answers).set(current.id, { value: parsed.value, authorId }),
    current,
    today,
  );
  // Changed from the review: back to it, unless the change opened questions, which come now in order.
  const opened = cursor.returnToReview ? openedBy(q, answers, after, today) : 0;
  return {
    cursor: advance(q, after, today, current, opened > 0 ? { at: current.id } : cursor),
    answers: after,
    save: { questionId: current.id, value: parsed.value },
    ...(opened > 0 ? { opened } : {}),
    ...(parsed.note ? { note: parsed.note } : {}),
  };
}

/** The offsets, in days from today, tried in turn for a date example that the question accepts. */
const exampleOffsets = [0, -7, 30, -30, 90, -365, 365];

/** A date example that is a valid answer here: today when the constraint allows it, else a date near it. */
export function exampleDate(q: Questionnaire, question: Question, answers: Answers, today: string): string {
  const [year = 0, month = 1, day = 1] = today.split('-').map(Number);
  for (const offset of exampleOffsets) {
    const candidate = isoDate(addDays({ year, month, day }, offset));
    if (accepts(q, answers, question, candidate, today)) return candidate;
  }
  return today;
}
