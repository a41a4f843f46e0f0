/**
 * The pure questionnaire engine: (definition, answers, cursor, action) → (cursor, answer to save,
 * error). No I/O and nothing channel-specific; the feature stores answers and renders replies.
 */
import { addDays, isoDate } from '../../core/parse/calendar.ts';
import type { YearlessDate } from '../../core/parse/date.ts';
import { parseAnswer, type AnswerInput, type AnswerValue } from './answers.ts';
import type { Bilingual, Question, Questionnaire } from './definitions.ts';
import { evaluate, mayHold, truthy, type Scope, type Value } from './expressions.ts';

/** A stored answer: null value means the question was skipped on purpose. */
export interface StoredAnswer {
  value: AnswerValue | null;
  authorId: string;
  authorName?: string;
  answeredAt?: Date;
  /** Place in the run's answer log (later answers have higher numbers). */
  seq?: number;
}

export type Answers = ReadonlyMap<string, StoredAnswer>;

/** Where one person is in a run. `at` is a question id, or "review". */
export interface Cursor {
  at: string;
  /** Set when the person jumped from the review to change an answer already given. */
  returnToReview?: boolean;
  /** The review page shown (1-based), when `at` is the review. */
  page?: number;
}

export type Action =
  { type: 'answer'; input: AnswerInput } | { type: 'back' } | { type: 'skip' } | { type: 'jump'; number: number };

export interface StepResult {
  cursor: Cursor;
  /** The answers after the step (the given ones when nothing is saved). */
  answers: Answers;
  save?: { questionId: string; value: AnswerValue | null };
  /** A catalog key with arguments, or the question's own bilingual constraint message. */
  error?: { key: string; args?: Record<string, string | number>; date?: string } | { message: Bilingual };
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

/**
 * The answers once one question is answered or skipped (`after`), evaluated from that question on:
 * whether a question applies, or may, depends only on earlier answers (an expression may name
 * earlier questions only), so what the run's evaluation says up to that question stands.
 */
function afterChange(q: Questionnaire, answers: Answers, after: Answers, changed: Question, today: string): Answers {
  evaluated.set(after, new Evaluation(q, after, today, evaluateRelevance(q, answers, today), changed.index));
  return after;
}

/** What applies, and what expressions see (methods on the class: nothing else is made per evaluation). */
class Evaluation implements Relevance, Scope {
  /** The evaluation itself, under the name callers destructure. */
  readonly relevant: Relevance = this;
  private readonly applies: Uint8Array;
  /**
   * Questions that do not apply yet but may: their own condition can still hold once the questions
   * it names that are still open (that apply or may, without an answer) are answered. Their
   * section's condition must hold.
   */
  private readonly ahead: Uint8Array;
  /** Questions before this index are decided; the later ones count as unanswered. */
  private decided = 0;

  constructor(
    readonly q: Questionnaire,
    private readonly answers: Answers,
    readonly today: string,
    /** An evaluation of answers that differ from these only from `from`'s question on. */
    earlier?: Evaluation,
    from = 0,
  ) {
    this.applies = new Uint8Array(q.questions.length);
    this.ahead = new Uint8Array(q.questions.length);
    if (earlier) {
      this.applies.set(earlier.applies.subarray(0, from + 1));
      this.ahead.set(earlier.ahead.subarray(0, from + 1));
      this.decided = from + 1;
    }
    for (const question of earlier ? q.questions.slice(from + 1) : q.questions) {
      const section = !question.sectionRelevantExpr || truthy(evaluate(question.sectionRelevantExpr, this));
      this.applies[question.index] =
        section && (!question.relevantExpr || truthy(evaluate(question.relevantExpr, this))) ? 1 : 0;
      if (section && this.applies[question.index] === 0 && question.relevantExpr)
        this.ahead[question.index] = mayHold(question.relevantExpr, this, (id) => this.open(id)) ? 1 : 0;
      this.decided = question.index + 1;
    }
  }

  /** Whether a question applies or may, and has no answer yet (not even a skip). */
  private open(id: string): boolean {
    const index = this.q.byId.get(id)?.index ?? -1;
    return (this.applies[index] === 1 || this.ahead[index] === 1) && !this.answers.has(id);
  }

  /** Whether the question at this place may still apply (see `ahead`). */
  mayApply(index: number): boolean {
    return this.ahead[index] === 1;
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

/** An optional part opened by an "add another?" question answered yes (problem 2, problem 3). */
export interface ExtraPart {
  label: Bilingual;
  /** Its questions that apply, in order. */
  questions: Question[];
  answered: number;
}

/**
 * How far a run is: the one definition every screen uses (header, /diagnostic, /status, /progress).
 *
 * The main count holds the questions that apply and those that may still apply: a question whose
 * own condition names a question not answered yet (the source of a measured value, the follow-up
 * of a choice) counts until an answer rules it out, so while a team answers forward the total only
 * shrinks and the percentage only grows. A section's condition (the service domain's measures) is
 * taken as the answers stand: the branches not chosen are not counted. The optional parts an "add
 * another?" question opens are counted apart (`extras`), never in the main count.
 */
export interface Completion {
  /** Main questions that have an answer (not a skip). */
  answered: number;
  /** Main questions skipped on purpose. */
  skipped: number;
  /** Main questions that apply or may still apply. */
  total: number;
  /**
   * The share dealt with, (answered + skipped) / total: a skipped question is done with, so a run
   * where every question is answered or skipped is at 100 %, and only such a run (99 % at most
   * before, whatever the rounding).
   */
  percent: number;
  /** The main questions, in order: a question's number on screen is its place here. */
  order: Question[];
  /** The optional parts opened, in order. */
  extras: ExtraPart[];
  /** Every question listed in the review: the main ones, then the optional parts' (numbers go on from the main total). */
  listed: Question[];
}

export function completion(q: Questionnaire, answers: Answers, today: string): Completion {
  const evaluation = evaluateRelevance(q, answers, today);
  const order: Question[] = [];
  const extras = new Map<string, ExtraPart>();
  let answered = 0;
  let skipped = 0;
  for (const question of q.questions) {
    if (!answerable(question)) continue;
    const applies = evaluation.at(question.index);
    const current = answers.get(question.id);
    if (question.extraOf) {
      const opener = q.byId.get(question.extraOf);
      if (!applies || opener?.type !== 'yesno' || !opener.opensExtra) continue;
      const part = extras.get(opener.id) ?? { label: opener.opensExtra, questions: [], answered: 0 };
      part.questions.push(question);
      if (current && current.value !== null) part.answered++;
      extras.set(opener.id, part);
      continue;
    }
    if (!applies && !evaluation.mayApply(question.index)) continue;
    order.push(question);
    if (!current || !applies) continue;
    if (current.value === null) skipped++;
    else answered++;
  }
  const total = order.length;
  const parts = [...extras.values()];
  const dealtWith = answered + skipped;
  return {
    answered,
    skipped,
    total,
    percent: dealtWith >= total ? 100 : Math.min(99, Math.round((100 * dealtWith) / total)),
    order,
    extras: parts,
    listed: [...order, ...parts.flatMap((p) => p.questions)],
  };
}

/** A question's number as listed in the review (0 when it is not listed). */
export const positionOf = (c: Completion, questionId: string) => c.listed.findIndex((x) => x.id === questionId) + 1;

/** A question's place as its header shows it: among the main questions, or within its optional part. */
export interface Place {
  number: number;
  total: number;
  extra?: ExtraPart;
}

export function placeOf(c: Completion, questionId: string): Place {
  for (const part of c.extras) {
    const i = part.questions.findIndex((x) => x.id === questionId);
    if (i >= 0) return { number: i + 1, total: part.questions.length, extra: part };
  }
  return { number: c.order.findIndex((x) => x.id === questionId) + 1, total: c.total };
}

/** The first relevant question without an answer after `fromIndex`, then from the start; null when all are done. */
export function nextOpenQuestion(
  q: Questionnaire,
  answers: Answers,
  relevant: Relevance,
  fromIndex: number,
): Question | null {
  const count = q.questions.length;
  for (let k = 1; k <= count; k++) {
    const question = q.questions[(fromIndex + k) % count] as Question;
    if (answerable(question) && relevant.at(question.index) && !answers.has(question.id)) return question;
  }
  return null;
}

export function previousQuestion(q: Questionnaire, relevant: Relevance, beforeIndex: number): Question | null {
  return (
    q.questions
      .slice(0, Math.max(beforeIndex, 0))
      .reverse()
      .find((x) => answerable(x) && relevant.has(x.id)) ?? null
  );
}

/** One row of a run's answer log, in log order. */
export interface LogEntry {
  seq: number;
  questionId: string;
  authorId: string;
  value: AnswerValue | null;
  answeredAt?: Date;
}

/** The current answers a log gives: the latest row of each question stands (null: skipped). */
export function answersOf(log: readonly LogEntry[]): Map<string, StoredAnswer> {
  const answers = new Map<string, StoredAnswer>();
  for (const row of log) {
    answers.set(row.questionId, {
      value: row.value,
      authorId: row.authorId,
      seq: row.seq,
      ...(row.answeredAt ? { answeredAt: row.answeredAt } : {}),
    });
  }
  return answers;
}

/**
 * Where the log puts a person: the question they were shown after their last answer, that is the
 * first open question after it as the run stood then (a team-mate's later answers do not move
 * it). Null when they have not answered yet. Answering one question after another thus needs no
 * saved position.
 */
export function derivedCursor(
  q: Questionnaire,
  log: readonly LogEntry[],
  personId: string,
  today: string,
  answers?: Answers,
): Cursor | null {
  let mine = -1;
  for (let i = log.length - 1; i >= 0; i--) {
    if (log[i]?.authorId === personId) {
      mine = i;
      break;
    }
  }
  const last = log[mine];
  const question = last ? q.byId.get(last.questionId) : undefined;
  if (!question) return null;
  // Usually nobody answered since: the run as it stands is the run as it stood then.
  const snapshot = answers && mine === log.length - 1 ? answers : answersOf(log.slice(0, mine + 1));
  const { relevant } = evaluateRelevance(q, snapshot, today);
  const next = nextOpenQuestion(q, snapshot, relevant, question.index);
  return { at: next ? next.id : reviewPosition };
}

/** The first open question of the run as it stands, or the review when none is left. */
export function firstOpen(q: Questionnaire, answers: Answers, today: string): Cursor {
  const next = nextOpenQuestion(q, answers, evaluateRelevance(q, answers, today).relevant, -1);
  return { at: next ? next.id : reviewPosition };
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

/** Where a person is in a run: a position they moved to, if it still applies; else where the log puts them; else the first open question. */
export function currentCursor(
  q: Questionnaire,
  log: readonly LogEntry[],
  answers: Answers,
  personId: string,
  today: string,
  saved?: Cursor,
): Cursor {
  if (saved && (saved.at === reviewPosition || evaluateRelevance(q, answers, today).relevant.has(saved.at)))
    return saved;
  return derivedCursor(q, log, personId, today, answers) ?? firstOpen(q, answers, today);
}

export const sameCursor = (a: Cursor, b: Cursor) =>
  a.at === b.at && Boolean(a.returnToReview) === Boolean(b.returnToReview) && (a.page ?? 1) === (b.page ?? 1);

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

  const parsed = parseAnswer(current, action.input, {
    today,
    withoutYear: yearlessDateFor(q, answers, current, today),
  });
  if (!parsed.ok) {
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
  return {
    cursor: advance(q, after, today, current, cursor),
    answers: after,
    save: { questionId: current.id, value: parsed.value },
  };
}

/** Relevant required questions still without an answer (blocking submission). */
export function missingRequired(q: Questionnaire, answers: Answers, today: string): Question[] {
  const { relevant } = evaluateRelevance(q, answers, today);
  return q.questions.filter((x) => x.required && relevant.has(x.id) && (answers.get(x.id)?.value ?? null) === null);
}
