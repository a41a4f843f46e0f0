/**
 * The pure questionnaire engine: (definition, answers, cursor, action) → (cursor, answer to save,
 * error). No I/O and nothing channel-specific; the feature stores answers and renders replies.
 */
import { parseAnswer, type AnswerInput, type AnswerValue } from './answers.ts';
import type { Bilingual, Question, Questionnaire } from './definitions.ts';
import { evaluate, truthy, type Scope, type Value } from './expressions.ts';

/** A stored answer: null value means the question was skipped on purpose. */
export interface StoredAnswer {
  value: AnswerValue | null;
  authorId: string;
  authorName?: string;
  answeredAt?: Date;
}

export type Answers = ReadonlyMap<string, StoredAnswer>;

/** Where one person is in a run. `at` is a question id, or "review". */
export interface Cursor {
  at: string;
  /** Set when the person jumped from the review to change one answer. */
  returnToReview?: boolean;
}

export type Action =
  | { type: 'answer'; input: AnswerInput }
  | { type: 'back' }
  | { type: 'skip' }
  | { type: 'jump'; number: number };

export interface StepResult {
  cursor: Cursor;
  /** The answers after the step (the given ones when nothing is saved). */
  answers: Answers;
  save?: { questionId: string; value: AnswerValue | null };
  /** A catalog key with arguments, or the question's own bilingual constraint message. */
  error?: { key: string; args?: Record<string, string | number> } | { message: Bilingual };
}

export const reviewPosition = 'review';

/** The questions that apply, by id. */
export interface Relevance {
  has(questionId: string): boolean;
  /** The same, by the question's place in the questionnaire (no lookup by id). */
  at(index: number): boolean;
}

/**
 * Which questions apply given the answers, in order, and the answer values expressions see. A
 * question that does not apply counts as unanswered for the expressions after it (as in XLSForm),
 * and so does any question after the one being decided. One flag per question: this runs
 * several times per answer.
 */
export function evaluateRelevance(q: Questionnaire, answers: Answers, today: string): RelevanceResult {
  const known = evaluated.get(answers);
  if (known?.q === q && known.today === today) return known;
  const result = new Evaluation(q, answers, today);
  evaluated.set(answers, result);
  return result;
}

/** What applies, and what expressions see (methods on the class: nothing else is made per evaluation). */
class Evaluation implements Relevance, Scope {
  /** The evaluation itself, under the name callers destructure. */
  readonly relevant: Relevance = this;
  private readonly applies: Uint8Array;
  /** Questions before this index are decided; the later ones count as unanswered. */
  private decided = 0;

  constructor(
    readonly q: Questionnaire,
    private readonly answers: Answers,
    readonly today: string,
  ) {
    this.applies = new Uint8Array(q.questions.length);
    for (const question of q.questions) {
      this.applies[question.index] = !question.relevantExpr || truthy(evaluate(question.relevantExpr, this)) ? 1 : 0;
      this.decided = question.index + 1;
    }
  }

  /** The value an expression sees for a question. */
  answer(id: string): Value {
    const question = this.q.byId.get(id);
    if (!question || question.index >= this.decided || this.applies[question.index] === 0) return null;
    return this.answers.get(id)?.value ?? null;
  }

  has(id: string): boolean {
    return this.applies[this.q.byId.get(id)?.index ?? -1] === 1;
  }

  at(index: number): boolean {
    return this.applies[index] === 1;
  }
}

type RelevanceResult = Evaluation;

/** The last evaluation of each answers object (answers are not changed once handed around). */
const evaluated = new WeakMap<Answers, Evaluation>();

const answerable = (question: Question) => question.type !== 'note';

/** The first relevant question without an answer after `fromIndex`, then from the start; null when all are done. */
export function nextOpenQuestion(q: Questionnaire, answers: Answers, relevant: Relevance, fromIndex: number): Question | null {
  const count = q.questions.length;
  for (let k = 1; k <= count; k++) {
    const question = q.questions[(fromIndex + k) % count] as Question;
    if (answerable(question) && relevant.at(question.index) && !answers.has(question.id)) return question;
  }
  return null;
}

export function previousQuestion(q: Questionnaire, relevant: Relevance, beforeIndex: number): Question | null {
  return q.questions.slice(0, Math.max(beforeIndex, 0)).reverse().find((x) => answerable(x) && relevant.has(x.id)) ?? null;
}

/** Where a person starts or resumes: their saved position if it still applies, else the first open question. */
export function resumeCursor(q: Questionnaire, answers: Answers, today: string, saved?: Cursor): Cursor {
  const { relevant } = evaluateRelevance(q, answers, today);
  if (saved && (saved.at === reviewPosition || relevant.has(saved.at))) return saved;
  const next = nextOpenQuestion(q, answers, relevant, -1);
  return { at: next ? next.id : reviewPosition };
}

function advance(q: Questionnaire, answers: Answers, today: string, from: Question, cursor: Cursor): Cursor {
  if (cursor.returnToReview) return { at: reviewPosition };
  const { relevant } = evaluateRelevance(q, answers, today);
  const next = nextOpenQuestion(q, answers, relevant, from.index);
  return { at: next ? next.id : reviewPosition };
}

export function step(q: Questionnaire, answers: Answers, cursor: Cursor, action: Action, authorId: string, today: string): StepResult {
  // What applies before the step is evaluated only where needed: an answer without a constraint
  // does not need it (what applies after the step is evaluated instead).
  if (action.type === 'jump') {
    const { relevant } = evaluateRelevance(q, answers, today);
    const target = q.questions.find((x) => x.number === action.number);
    if (!target || !relevant.has(target.id)) return { answers, cursor, error: { key: 'qn-jump-invalid', args: { max: q.answerableCount } } };
    return { answers, cursor: { at: target.id, returnToReview: true } };
  }

  if (cursor.at === reviewPosition) {
    if (action.type === 'back') {
      const last = previousQuestion(q, evaluateRelevance(q, answers, today).relevant, q.questions.length);
      return { answers, cursor: last ? { at: last.id } : cursor };
    }
    return { answers, cursor, error: { key: 'qn-review-hint' } };
  }

  const current = q.byId.get(cursor.at);
  if (!current) return { answers, cursor: resumeCursor(q, answers, today) };

  if (action.type === 'back') {
    const previous = previousQuestion(q, evaluateRelevance(q, answers, today).relevant, current.index);
    return previous ? { answers, cursor: { at: previous.id } } : { answers, cursor, error: { key: 'qn-back-first' } };
  }

  if (action.type === 'skip') {
    const existing = answers.get(current.id);
    if (existing) return { answers, cursor: advance(q, answers, today, current, cursor) };
    if (current.required) return { answers, cursor, error: { key: 'qn-skip-required' } };
    const after = new Map(answers).set(current.id, { value: null, authorId });
    return { cursor: advance(q, after, today, current, cursor), answers: after, save: { questionId: current.id, value: null } };
  }

  const parsed = parseAnswer(current, action.input);
  if (!parsed.ok) return { answers, cursor, error: { key: parsed.error, args: parsed.args } };
  if (current.constraintExpr) {
    const before = evaluateRelevance(q, answers, today);
    const scope: Scope = { answer: (id) => before.answer(id), self: parsed.value, today };
    if (!truthy(evaluate(current.constraintExpr, scope))) {
      return { answers, cursor, error: current.constraintMessage ? { message: current.constraintMessage } : { key: 'qn-constraint-failed' } };
    }
  }
  const after = new Map(answers).set(current.id, { value: parsed.value, authorId });
  return { cursor: advance(q, after, today, current, cursor), answers: after, save: { questionId: current.id, value: parsed.value } };
}

/** Relevant required questions still without an answer (blocking submission). */
export function missingRequired(q: Questionnaire, answers: Answers, today: string): Question[] {
  const { relevant } = evaluateRelevance(q, answers, today);
  return q.questions.filter((x) => x.required && relevant.has(x.id) && (answers.get(x.id)?.value ?? null) === null);
}
