/** Where a person is in a run: the position saved, the one the answer log gives, or the first open question. */
import type { AnswerValue } from './answers.ts';
import type { Question, Questionnaire } from './definitions.ts';
import { answerable, evaluateRelevance, type Answers, type Relevance, type StoredAnswer } from './relevance.ts';

/** Where one person is in a run. `at` is a question id, or "review". */
export interface Cursor {
  at: string;
  /** Set when the person jumped from the review to change an answer already given. */
  returnToReview?: boolean;
  /** The review page shown (1-based), when `at` is the review. */
  page?: number;
  /** At the confirmation: the run's last answer (its log number) when the summary was shown. */
  seq?: number;
}

export const reviewPosition = 'review';
/** Asked to confirm the submission, after the summary (answers as at `seq`). */
export const confirmPosition = 'confirm';

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

/** Where a person is in a run: a position they moved to, if it still applies; else where the log puts them; else the first open question. */
export function currentCursor(
  q: Questionnaire,
  log: readonly LogEntry[],
  answers: Answers,
  personId: string,
  today: string,
  saved?: Cursor,
): Cursor {
  if (
    saved &&
    (saved.at === reviewPosition ||
      saved.at === confirmPosition ||
      evaluateRelevance(q, answers, today).relevant.has(saved.at))
  )
    return saved;
  return derivedCursor(q, log, personId, today, answers) ?? firstOpen(q, answers, today);
}

export const sameCursor = (a: Cursor, b: Cursor) =>
  a.at === b.at && Boolean(a.returnToReview) === Boolean(b.returnToReview) && (a.page ?? 1) === (b.page ?? 1);
