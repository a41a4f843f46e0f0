// The report's areas for improvement: the weakest dimensions below the level of a strength, each
// with the answers that hold it down, so a reader sees what is missing and not only a low score.
import type { Block, KeyValue, Section } from '../../documents/index.ts';
import type { SubmittedRun } from './report-answers.ts';
import { evaluateRelevance } from './relevance.ts';
import { formatAnswer, type RenderContext } from './render.ts';
import { answerFraction, strengthLevel, type Results } from './scoring.ts';

/** An answer earning less than this share of its best points is one that holds its dimension down. */
const LOW = 0.5;
/** At most this many answers under a dimension: the lowest first. */
const SHOWN = 4;

/** The answers of a dimension that earn least, lowest first, as "label: answer" lines. */
function lowAnswers(run: SubmittedRun, dimensionId: string, ctx: RenderContext): KeyValue[] {
  const { relevant } = evaluateRelevance(run.q, run.answers, ctx.today);
  return run.q.questions
    .flatMap((question) => {
      const value = run.answers.get(question.id)?.value;
      if (question.dimension !== dimensionId || !relevant.has(question.id) || value === undefined || value === null)
        return [];
      const fraction = answerFraction(question, value);
      if (fraction === null || fraction >= LOW) return [];
      const key = question.short?.[ctx.locale] ?? question.label[ctx.locale].replace(/\s*[?؟:]\s*$/, '');
      return [{ fraction, item: { key, value: formatAnswer(question, value, ctx) } }];
    })
    .sort((a, b) => a.fraction - b.fraction)
    .slice(0, SHOWN)
    .map((x) => x.item);
}

/**
 * « Axes d'amélioration »: the weakest dimensions not yet at the level of a strength (the ones the
 * summary names to improve first), weakest first, each with its score and the answers that lower it;
 * then the measured values still short of the plan's target (`gaps`). A service whose practices all
 * score well but whose coverage is 10 % against a target of 90 % was told it had nothing to improve.
 */
export function weaknessesSection(
  run: SubmittedRun & { results: Results },
  ctx: RenderContext,
  gaps: KeyValue[] = [],
): Section {
  const { q, results } = run;
  const blocks: Block[] = [];
  for (const id of results.weakest) {
    const d = results.dimensions.find((x) => x.id === id);
    if (!d || d.score === null || d.level === null || d.level >= strengthLevel(q)) continue;
    const level = q.maturityLevels[d.level - 1]?.label[ctx.locale] ?? '';
    blocks.push({ type: 'paragraph', text: `${d.label[ctx.locale]} — ${d.score}/100 (${level})`, bold: true });
    const items = lowAnswers(run, id, ctx);
    if (items.length > 0) blocks.push({ type: 'keyValues', items });
  }
  const strong = q.maturityLevels[strengthLevel(q) - 1]?.label[ctx.locale] ?? '';
  if (blocks.length > 0) blocks.unshift({ type: 'paragraph', text: ctx.t('doc-weaknesses-intro') });
  else if (gaps.length > 0)
    blocks.push({ type: 'paragraph', text: ctx.t('doc-weaknesses-none-but-gaps', { level: strong }) });
  else blocks.push({ type: 'paragraph', text: ctx.t('doc-weaknesses-none', { level: strong }) });
  if (gaps.length > 0)
    blocks.push(
      { type: 'paragraph', text: ctx.t('doc-weaknesses-measures'), bold: true },
      { type: 'keyValues', items: gaps },
    );
  return { heading: ctx.t('doc-weaknesses'), blocks };
}
