/** Which questions apply given the answers, and the answer values expressions see. */
import type { AnswerValue } from './answers.ts';
import type { Question, Questionnaire } from './definitions.ts';
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
export function afterChange(
  q: Questionnaire,
  answers: Answers,
  after: Answers,
  changed: Question,
  today: string,
): Answers {
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

export const answerable = (question: Question) => question.type !== 'note';
