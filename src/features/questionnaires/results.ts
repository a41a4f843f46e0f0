import type { OutboundMessage } from '../../core/messages.ts';
import { notMeasured, type Questionnaire } from './definitions.ts';
import { formatQuantity, type RenderContext } from './render.ts';
import {
  levelFor,
  progressBar,
  strengthLevel,
  strengthsOf,
  strongDimensions,
  type MeasureResult,
  type Results,
} from './scoring.ts';
import { listSeparator } from '../../core/i18n.ts';

/** A measured value as people read it: "25 min", "non mesuré". */
export function formatMeasure(
  m: Pick<MeasureResult, 'value' | 'unit'>,
  ctx: Pick<RenderContext, 't' | 'locale'>,
): string {
  if (typeof m.value === 'number') return formatQuantity(m.value, m.unit, ctx);
  return ctx.t(m.value === 'not_applicable' ? 'qn-not-applicable' : 'qn-not-measured');
}

/** The overall score: the mean of the assessed dimensions. */
export function overall(results: Results): { score: number } | null {
  const scores = results.dimensions.flatMap((d) => (d.score === null ? [] : [d.score]));
  if (scores.length === 0) return null;
  return { score: Math.round(scores.reduce((a, b) => a + b, 0) / scores.length) };
}

/** The title and the overall level. */
function heading(q: Questionnaire, results: Results, team: string, ctx: RenderContext): string[] {
  const lines = [ctx.t('qn-results-title', { title: q.title[ctx.locale], team })];
  const all = overall(results);
  if (all) {
    const level = q.maturityLevels[levelFor(q, all.score) - 1]?.label[ctx.locale] ?? '';
    lines.push(ctx.t('qn-results-overall', { score: all.score, level }));
  }
  return lines;
}

/** The line of the `i`th dimension: its bar, score and level, or why it has none. */
function dimensionLine(q: Questionnaire, results: Results, i: number, ctx: RenderContext): string {
  const d = results.dimensions[i];
  if (!d) return '';
  if (d.score === null || d.level === null) {
    const key = d.applicable === false ? 'qn-results-not-applicable' : 'qn-results-not-assessed';
    return ctx.t(key, { n: i + 1, label: d.label[ctx.locale] });
  }
  const levelLabel = q.maturityLevels[d.level - 1]?.label[ctx.locale] ?? '';
  const line = ctx.t('qn-results-line', { n: i + 1, label: d.label[ctx.locale], score: d.score, levelLabel });
  return `${progressBar(d.score / 100)} ${line}`;
}

/** How many values were measured (the plan's baselines, on their own screen) and how many are still to measure. */
function measureLines(results: Results, ctx: RenderContext): string[] {
  const measures = results.measures ?? [];
  const measured = measures.filter((m) => typeof m.value === 'number').length;
  const unmeasured = measures.filter((m) => m.value === notMeasured).length;
  const lines: string[] = [];
  if (measured + unmeasured > 0) lines.push('', ctx.t('qn-results-measured', { count: measured }));
  if (unmeasured > 0) lines.push(ctx.t('qn-results-unmeasured', { count: unmeasured }));
  return lines;
}

/**
 * The results on one phone screen: the overall level, the dimensions to strengthen first (the
 * plan's target), the strong ones by number, the measured values counted, then the next step and
 * where the rest is (`/results détail` lists every dimension, `/results <n>` one in full).
 */
export function renderResults(q: Questionnaire, results: Results, team: string, ctx: RenderContext): OutboundMessage {
  const lines = heading(q, results, team, ctx);
  const weakest = (results.weakest ?? [])
    .map((id) => results.dimensions.findIndex((d) => d.id === id))
    .filter((i) => i >= 0);
  if (weakest.length > 0)
    lines.push('', ctx.t('qn-results-weakest'), ...weakest.map((i) => dimensionLine(q, results, i, ctx)));
  const strong = strongDimensions(q, results);
  if (strong.length > 0) {
    const numbers = strong.map((d) => results.dimensions.findIndex((x) => x.id === d.id) + 1).sort((a, b) => a - b);
    const args = { count: numbers.length, numbers: numbers.join(listSeparator(ctx.locale)) };
    lines.push(ctx.t('qn-results-strengths-numbers', args));
  } else if (results.dimensions.some((d) => d.score !== null)) {
    const level = q.maturityLevels[strengthLevel(q) - 1]?.label[ctx.locale] ?? '';
    lines.push(ctx.t('qn-results-strengths-none', { level }));
  }
  const measures = results.measures ?? [];
  const measured = measures.filter((m) => typeof m.value === 'number').length;
  const unmeasured = measures.filter((m) => m.value === notMeasured).length;
  if (measured + unmeasured > 0) lines.push(ctx.t('qn-results-measured-short', { measured, unmeasured }));
  lines.push('', ctx.t('qn-results-next'), ctx.t('qn-results-all'));
  return { kind: 'text', text: lines.join('\n') };
}

/**
 * The results in full (`/results détail`): the overall level, one line per dimension, the
 * strengths by name and the measured values (the plan's baselines).
 */
export function renderResultsFull(
  q: Questionnaire,
  results: Results,
  team: string,
  ctx: RenderContext,
): OutboundMessage {
  const lines = heading(q, results, team, ctx);
  lines.push('');
  results.dimensions.forEach((_, i) => lines.push(dimensionLine(q, results, i, ctx)));
  const strong = strongDimensions(q, results);
  if (strong.length > 0) {
    const names = strong.map((d) => d.label[ctx.locale]);
    lines.push('', ctx.t('qn-results-strengths', { names: names.join(listSeparator(ctx.locale)) }));
  } else if (results.dimensions.some((d) => d.score !== null)) {
    const level = q.maturityLevels[strengthLevel(q) - 1]?.label[ctx.locale] ?? '';
    lines.push('', ctx.t('qn-results-strengths-none', { level }));
  }
  // The measured values have their own screen (/results mesures): the summary stays one screen.
  lines.push(...measureLines(results, ctx), '', ctx.t('qn-results-more', { max: results.dimensions.length }));
  return { kind: 'text', text: lines.join('\n') };
}

/** The service's measured values (the plan's baselines), with their sources, and those still to measure. */
export function renderMeasures(results: Results, ctx: RenderContext): OutboundMessage {
  const measures = results.measures ?? [];
  if (measures.length === 0)
    return { kind: 'text', text: [ctx.t('qn-results-measures'), ctx.t('qn-results-measures-none')].join('\n') };
  const label = (m: (typeof measures)[number]) => m.label[ctx.locale].replace(/\s*[?؟:]\s*$/, '');
  // Only figures are « measured values » (as many as the summary counts); the values still to
  // measure and those that do not apply to the service have their own lists.
  const known = measures.filter((m) => typeof m.value === 'number');
  const unknown = measures.filter((m) => m.value === notMeasured);
  const moot = measures.filter((m) => m.value === 'not_applicable');
  const lines = [ctx.t('qn-results-measures')];
  for (const m of known) lines.push(ctx.t('qn-results-measure', { label: label(m), value: formatMeasure(m, ctx) }));
  if (known.length === 0) lines.push(ctx.t('qn-results-measures-nothing'));
  if (unknown.length > 0) lines.push('', ctx.t('qn-results-measures-todo'), ...unknown.map((m) => `• ${label(m)}`));
  if (moot.length > 0) lines.push('', ctx.t('qn-results-measures-moot'), ...moot.map((m) => `• ${label(m)}`));
  return { kind: 'text', text: lines.join('\n') };
}

/** One dimension in detail: its score, the strengths the answers support, and the weakest answers' levers in the plan. */
export function renderDimension(
  q: Questionnaire,
  results: Results,
  n: number,
  ctx: RenderContext,
): OutboundMessage | null {
  const d = results.dimensions[n - 1];
  if (!d) return null;
  const lines = [`${n}. ${d.label[ctx.locale]}`];
  if (d.score === null || d.level === null)
    lines.push(ctx.t(d.applicable === false ? 'qn-results-dimension-not-applicable' : 'qn-results-dimension-none'));
  else {
    const levelLabel = q.maturityLevels[d.level - 1]?.label[ctx.locale] ?? '';
    lines.push(
      `${progressBar(d.score / 100)} ${ctx.t('qn-results-dimension-score', { score: d.score, levelLabel, answered: d.answered })}`,
    );
  }
  const strengths = strengthsOf(q, results).filter((s) => s.dimensionId === d.id);
  if (strengths.length > 0) {
    lines.push('', ctx.t('qn-results-dimension-strengths'));
    for (const s of strengths) lines.push(`✓ ${s.text[ctx.locale]}`);
  }
  if (results.weakest.includes(d.id)) {
    // Among the three lowest, but at the strength level or above: weak only next to the others.
    const solid = d.level !== null && d.level >= strengthLevel(q);
    lines.push('', ctx.t(solid ? 'qn-results-dimension-weak-relative' : 'qn-results-dimension-weak'));
  }
  return { kind: 'text', text: lines.join('\n') };
}
