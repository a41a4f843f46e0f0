import { optionsOf, type AnswerValue } from './answers.ts';
import type { Question, Questionnaire } from './definitions.ts';
import { completion } from './completion.ts';
import { evaluateRelevance, type Answers, type StoredAnswer } from './relevance.ts';
import { references } from './expressions.ts';

/** The fewest and the most main questions a run may count once its open choices are made. */
export interface TotalSpan {
  least: number;
  most: number;
}

/** Beyond this many combinations of open choices, the count is given as the answers stand. */
const maxCombinations = 256;

/** What a questionnaire's conditions look at, found once per questionnaire. */
interface Conditions {
  /** The choice questions a section's condition names (the service domain). */
  gates: Question[];
  /** Every question a condition names: the count depends on these answers only. */
  named: Question[];
  /** Spans already worked out, by the answers they depend on. */
  spans: Map<string, TotalSpan>;
}

const byQuestionnaire = new WeakMap<Questionnaire, Conditions>();

function conditionsOf(q: Questionnaire): Conditions {
  const found = byQuestionnaire.get(q);
  if (found) return found;
  const ids = (pick: (x: Question) => string[]) => new Set(q.questions.flatMap(pick));
  const gateIds = ids((x) => (x.sectionRelevantExpr ? references(x.sectionRelevantExpr) : []));
  const namedIds = ids((x) => [x.relevantExpr, x.sectionRelevantExpr].flatMap((e) => (e ? references(e) : [])));
  const conditions: Conditions = {
    gates: q.questions.filter((x) => gateIds.has(x.id) && optionsOf(x).length > 0),
    named: q.questions.filter((x) => namedIds.has(x.id)),
    spans: new Map(),
  };
  byQuestionnaire.set(q, conditions);
  return conditions;
}

/**
 * How many questions a run will count, from its answers so far: a section's condition (the
 * service domain's measures) is taken as the answers stand, so while the question it names is
 * open the total grows once it is answered. Each combination of the open choices those conditions
 * name is tried, and the count it gives kept (least and most are equal when nothing is left to decide).
 */
export function totalSpan(q: Questionnaire, answers: Answers, today: string): TotalSpan {
  const gates = conditionsOf(q).gates.filter((x) => !answers.has(x.id));
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

/** How many spans are kept per questionnaire (runs before their open choice mostly share one). */
const keptSpans = 64;

/**
 * The span as a run's screens give it (header, /status, /progress), `current` being its count as
 * the answers stand: that count once every choice a section depends on is made (or cannot be),
 * else `totalSpan`. The count depends only on the answers the conditions name (and on the day), so
 * a span is worked out once for those: the runs still before the service domain share it,
 * whatever else they answered, and a run past it costs nothing more than its completion.
 */
export function spanNow(q: Questionnaire, answers: Answers, today: string, current: number): TotalSpan {
  const { gates, named, spans } = conditionsOf(q);
  // The run's evaluation is the one its completion made (kept per answers).
  const evaluation = evaluateRelevance(q, answers, today);
  const open = (x: Question) => !answers.has(x.id) && (evaluation.at(x.index) || evaluation.mayApply(x.index));
  if (!gates.some(open)) return { least: current, most: current };
  const key = JSON.stringify([
    today,
    ...named.filter((x) => answers.has(x.id)).map((x) => [x.id, answers.get(x.id)?.value]),
  ]);
  const kept = spans.get(key);
  if (kept) return kept;
  const span = totalSpan(q, answers, today);
  if (spans.size >= keptSpans) spans.delete(spans.keys().next().value as string);
  spans.set(key, span);
  return span;
}

/** A count's message arguments: `total`, with `most` and `span: 'range'` while a choice still decides it. */
export function countArgs(span: TotalSpan): { total: number; most: number; span: 'exact' | 'range' } {
  return { total: span.least, most: span.most, span: span.least === span.most ? 'exact' : 'range' };
}
