import type { AnswerValue } from './answers.ts';
import { isScorable, type Bilingual, type Question, type Questionnaire } from './definitions.ts';
import { evaluateRelevance, type Answers } from './relevance.ts';
import { evaluate, truthy } from './expressions.ts';
import type { StoredUnit } from './units.ts';

export interface DimensionResult {
  id: string;
  label: Bilingual;
  /** 0–100, or null when no scored question of the dimension was answered. */
  score: number | null;
  /** 1-based maturity level, null when not assessed. */
  level: number | null;
  answered: number;
  /** False when none of its scored questions applies to this service (e.g. management mode of the civil registry). */
  applicable?: boolean;
}

/** A strength the answers support. */
export interface StrengthResult {
  dimensionId: string;
  text: Bilingual;
}

/** A measured value of the service, kept as a baseline. */
export interface MeasureResult {
  questionId: string;
  label: Bilingual;
  /** The number, or "not_measured" / "not_applicable". */
  value: number | string;
  unit: StoredUnit;
  better: 'lower' | 'higher';
  /** Where the value comes from: register, immersion_count, estimate (when asked). */
  source?: string;
}

export interface Results {
  dimensions: DimensionResult[];
  /** Strengths whose condition holds on the answers, of assessed dimensions, best dimension first. */
  strengths: StrengthResult[];
  /** The three lowest-scoring assessed dimensions, weakest first. */
  weakest: string[];
  /** The service's measured indicators (baselines), in questionnaire order. */
  measures: MeasureResult[];
}

/** Share of the question's best points this answer earns, 0..1; null when it does not score. */
export function answerFraction(q: Question, value: AnswerValue): number | null {
  switch (q.type) {
    case 'single': {
      const points = q.choices.map((c) => c.points ?? 0);
      const best = Math.max(...points);
      const chosen = q.choices.find((c) => c.value === value)?.points;
      return chosen === undefined || best <= 0 ? null : Math.max(0, chosen / best);
    }
    case 'multiple': {
      const best = q.choices.reduce((sum, c) => sum + Math.max(0, c.points ?? 0), 0);
      if (best <= 0 || !Array.isArray(value)) return null;
      const earned = q.choices.filter((c) => value.includes(c.value)).reduce((sum, c) => sum + (c.points ?? 0), 0);
      return Math.min(1, Math.max(0, earned / best));
    }
    case 'yesno': {
      if (!q.points) return null;
      const best = Math.max(q.points.yes, q.points.no);
      return best <= 0 ? null : Math.max(0, (value === 'yes' ? q.points.yes : q.points.no) / best);
    }
    case 'scale': {
      const share = (Number(value) - q.min) / (q.max - q.min);
      return q.reverse ? 1 - share : share;
    }
    default:
      return null;
  }
}

export function levelFor(q: Questionnaire, score: number): number {
  let level = 1;
  q.maturityLevels.forEach((l, i) => {
    if (score >= l.min) level = i + 1;
  });
  return level;
}

/** Dimension scores (mean of the answered, relevant scored questions), levels, strengths and weakest. */
export function computeResults(q: Questionnaire, answers: Answers, today: string): Results {
  const { relevant } = evaluateRelevance(q, answers, today);
  const sums = new Map<string, { total: number; count: number }>();
  const applicable = new Set(
    q.questions.filter((x) => x.dimension && relevant.has(x.id) && isScorable(x)).map((x) => x.dimension),
  );
  for (const question of q.questions) {
    const value = answers.get(question.id)?.value;
    if (!question.dimension || !relevant.has(question.id) || value === undefined || value === null) continue;
    const fraction = answerFraction(question, value);
    if (fraction === null) continue;
    const sum = sums.get(question.dimension) ?? { total: 0, count: 0 };
    sums.set(question.dimension, { total: sum.total + fraction, count: sum.count + 1 });
  }
  const dimensions = q.dimensions.map((d): DimensionResult => {
    const sum = sums.get(d.id);
    const score = sum ? Math.round((100 * sum.total) / sum.count) : null;
    return {
      id: d.id,
      label: d.label,
      score,
      level: score === null ? null : levelFor(q, score),
      answered: sum?.count ?? 0,
      applicable: applicable.has(d.id),
    };
  });
  const assessed = dimensions.filter((d): d is DimensionResult & { score: number } => d.score !== null);
  const scope = answerScope(q, answers, today);
  const weakest = assessed
    .filter((d) => d.score < 100)
    .sort((a, b) => a.score - b.score)
    .slice(0, 3)
    .map((d) => d.id);
  const strengths = strongDimensions(q, { dimensions, weakest }).flatMap((d) =>
    (q.dimensions.find((x) => x.id === d.id)?.strengths ?? [])
      .filter((st) => truthy(evaluate(st.whenExpr, scope)))
      .map((st) => ({ dimensionId: d.id, text: st.text })),
  );
  return { dimensions, strengths, weakest, measures: measuresOf(q, answers, today) };
}

/** The maturity level a dimension must reach to be called a strength: the third ("Maîtrisé"), or the top one when there are fewer. */
export function strengthLevel(q: Pick<Questionnaire, 'maturityLevels'>): number {
  return Math.max(1, Math.min(3, q.maturityLevels.length));
}

/**
 * THE strengths rule, the same wherever strengths appear (results message, `/results <n>`, the
 * report documents, the guide's cases): a dimension is a strength when it is assessed, reaches the
 * strength level (`strengthLevel`, "Maîtrisé" from 60/100) by its score, and is not one of the
 * three weakest. A statement of strength is shown only for such a dimension, and only when the
 * answers support its condition: one good answer never makes a weak dimension a strength.
 * Best score first. Applied when reading too, so runs scored before this rule obey it.
 */
export function strongDimensions(
  q: Questionnaire,
  results: Pick<Results, 'dimensions' | 'weakest'>,
): (DimensionResult & { score: number; level: number })[] {
  return results.dimensions
    .filter((d): d is DimensionResult & { score: number; level: number } => d.score !== null)
    .map((d) => ({ ...d, level: levelFor(q, d.score) }))
    .filter((d) => d.level >= strengthLevel(q) && !results.weakest.includes(d.id))
    .sort((a, b) => b.score - a.score);
}

/** The statements of strength to show, by the rule of `strongDimensions` (old runs' bare strings left out). */
export function strengthsOf(q: Questionnaire, results: Results): StrengthResult[] {
  const strong = new Set(strongDimensions(q, results).map((d) => d.id));
  return results.strengths.filter((s) => typeof s === 'object' && strong.has(s.dimensionId));
}

/** What the conditions of strengths and levers see: the answers of the questions that apply. */
export function answerScope(q: Questionnaire, answers: Answers, today: string) {
  const { relevant } = evaluateRelevance(q, answers, today);
  return {
    today,
    answer: (id: string) => (relevant.has(id) ? (answers.get(id)?.value ?? null) : null),
  };
}

/** The indicators that apply, with what was measured (or said not to be). */
export function measuresOf(q: Questionnaire, answers: Answers, today: string): MeasureResult[] {
  const { relevant } = evaluateRelevance(q, answers, today);
  return q.questions.flatMap((question) => {
    const value = answers.get(question.id)?.value;
    if (question.type !== 'indicator' || !relevant.has(question.id) || value === undefined || value === null) return [];
    const source = answers.get(`${question.id}_source`)?.value;
    return [
      {
        questionId: question.id,
        label: question.label,
        value: typeof value === 'number' ? value : String(value),
        unit: question.unit,
        better: question.better,
        ...(typeof source === 'string' ? { source } : {}),
      },
    ];
  });
}

/** A short bar for phones: 10 cells, rounded, but full only at 100 % (95 % shows 9 cells). */
export function progressBar(fraction: number): string {
  const filled = fraction >= 1 ? 10 : Math.min(9, Math.round(Math.max(0, fraction) * 10));
  return '▓'.repeat(filled) + '░'.repeat(10 - filled);
}
