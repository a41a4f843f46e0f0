/** How far a run is: what is counted, what is missing, and a question's number on screen. */
import type { Bilingual, Question, Questionnaire } from './definitions.ts';
import { answerable, evaluateRelevance, type Answers } from './relevance.ts';

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

/** Relevant required questions still without an answer (blocking submission). */
export function missingRequired(q: Questionnaire, answers: Answers, today: string): Question[] {
  const { relevant } = evaluateRelevance(q, answers, today);
  return q.questions.filter((x) => x.required && relevant.has(x.id) && (answers.get(x.id)?.value ?? null) === null);
}
