import { optionsOf, type AnswerValue } from './answers.ts';
import type { Question, Questionnaire } from './definitions.ts';
import { completion } from './completion.ts';
import type { Answers, StoredAnswer } from './relevance.ts';
import { references } from './expressions.ts';

/** The fewest and the most main questions a run may count once its open choices are made. */
export interface TotalSpan {
  least: number;
  most: number;
}

/** Beyond this many combinations of open choices, the count is given as the answers stand. */
const maxCombinations = 256;

/**
 * How many questions a run will count, from its answers so far: a section's condition (the
 * service domain's measures) is taken as the answers stand, so while the question it names is
 * open the total grows once it is answered. Each combination of the open choices those conditions
 * name is tried, and the count it gives kept (least and most are equal when nothing is left to decide).
 */
export function totalSpan(q: Questionnaire, answers: Answers, today: string): TotalSpan {
  const ids = new Set(q.questions.flatMap((x) => (x.sectionRelevantExpr ? references(x.sectionRelevantExpr) : [])));
  const gates = [...ids]
    .map((id) => q.byId.get(id))
    .filter((x): x is Question => x !== undefined && !answers.has(x.id) && optionsOf(x).length > 0);
  let combinations: Map<string, StoredAnswer>[] = [new Map(answers)];
  for (const gate of gates) {
    const values = optionsOf(gate).map(({ value }): AnswerValue => (gate.type === 'multiple' ? [value] : value));
    if (combinations.length * values.length > maxCombinations) break;
    combinations = combinations.flatMap((known) =>
      values.map((value) => new Map(known).set(gate.id, { value, authorId: '' })),
    );
  }
  const totals = combinations.map((known) => completion(q, known, today).total);
  return { least: Math.min(...totals), most: Math.max(...totals) };
}

/** The arguments of `qn-started` for a span: one count, or a range when a choice still decides it. */
export function startCount(span: TotalSpan): { total: number; most: number; span: 'exact' | 'range' } {
  return { total: span.least, most: span.most, span: span.least === span.most ? 'exact' : 'range' };
}
