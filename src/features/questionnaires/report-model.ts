// The team's report as a document model: what an SG team hands to its commune after the
// immersions — the service measured, the practices scored, its problems and its plan, and (after
// immersion 2) its quality system. Pure: the data in, a DocModel out (rendered by src/documents).
import { listSeparator, type Locale } from '../../core/i18n.ts';
import { foldText } from '../../core/text.ts';
import type { Block, DocModel, KeyValue, Section } from '../../documents/index.ts';
import type { Questionnaire } from './definitions.ts';
import { qualitySections, text, type SubmittedRun } from './report-answers.ts';
import { followUpSection } from './report-follow-up.ts';
import { weaknessesSection } from './report-weaknesses.ts';
import { baselineText, indicatorText, inLocale, ownerCell, targetText, type PlanItem } from './plan-view.ts';
import { formatAnswer, formatDate, formatQuantity, type RenderContext } from './render.ts';
import { overall } from './results.ts';
import { levelFor, strengthLevel, strengthsOf, strongDimensions, type MeasureResult, type Results } from './scoring.ts';

export interface TeamReportData {
  team: { name: string; commune: string; members: string[] };
  /** `submittedOn`: the day it was submitted in the commune's time zone (YYYY-MM-DD), as /status says it. */
  diagnostic: SubmittedRun & { results: Results; chartPng: Uint8Array; submittedOn: string | null };
  /** The immersion-2 quality system, once submitted. */
  quality: SubmittedRun | null;
  plan: PlanItem[];
  /** The plan's actions done (see `doneActions`): their due date cell says so. */
  done?: ReadonlySet<string>;
  questionnaires: readonly Questionnaire[];
}

/** A question's current answer as people read it, or null when it has none (or does not exist). */
function answerText(run: SubmittedRun, id: string, ctx: RenderContext): string | null {
  const question = run.q.byId.get(id);
  const value = run.answers.get(id)?.value;
  if (!question || value === undefined || value === null) return null;
  return formatAnswer(question, value, ctx);
}

function cover(data: TeamReportData, ctx: RenderContext): KeyValue[] {
  const d = data.diagnostic;
  // The service's name, then its domain, said once when the team named the service by its domain.
  const named = answerText(d, 'q_service_name', ctx);
  const domain = answerText(d, 'q_service_domain', ctx);
  const service = [named, named && domain && foldText(named) === foldText(domain) ? null : domain].filter(Boolean);
  const dates = [answerText(d, 'q_diagnostic_date', ctx), d.submittedOn && formatDate(d.submittedOn, ctx.locale)];
  return [
    { key: ctx.t('doc-commune'), value: data.team.commune },
    { key: ctx.t('doc-service'), value: service.join(' — ') || '—' },
    {
      key: ctx.t('doc-team'),
      value: ctx.t('doc-team-value', {
        team: data.team.name,
        members: data.team.members.join(listSeparator(ctx.locale)),
      }),
    },
    { key: ctx.t('doc-dates'), value: ctx.t('doc-dates-value', { start: dates[0] ?? '—', end: dates[1] ?? '—' }) },
    { key: ctx.t('doc-made-on'), value: formatDate(ctx.today, ctx.locale) },
  ];
}

/**
 * What the mayor reads first: the overall level, the dimensions to improve first, how many of the
 * service's indicators were measured, and the plan with how much of it is done.
 */
function summarySection(data: TeamReportData, ctx: RenderContext): Section {
  const { q, results } = data.diagnostic;
  const items: KeyValue[] = [];
  const all = overall(results);
  if (all) {
    const level = q.maturityLevels[levelFor(q, all.score) - 1]?.label[ctx.locale] ?? '';
    items.push({
      key: ctx.t('doc-summary-overall'),
      value: ctx.t('doc-summary-overall-value', { score: all.score, level }),
    });
  }
  const weakest = results.weakest.flatMap((id) => {
    const d = results.dimensions.find((x) => x.id === id);
    // Only those not yet at the level of a strength: a service strong everywhere has none to name.
    return d && d.score !== null && d.level !== null && d.level < strengthLevel(q)
      ? [`${d.label[ctx.locale]} (${d.score})`]
      : [];
  });
  if (weakest.length > 0)
    items.push({ key: ctx.t('doc-summary-weakest'), value: weakest.join(listSeparator(ctx.locale)) });
  const measures = (results.measures ?? []).filter((m) => m.value !== 'not_applicable');
  if (measures.length > 0) {
    const measured = measures.filter((m) => typeof m.value === 'number').length;
    items.push({
      key: ctx.t('doc-summary-measured'),
      value: ctx.t('doc-summary-measured-value', { measured, total: measures.length }),
    });
  }
  const gaps = measuredGaps(data, ctx);
  if (gaps.length > 0)
    items.push({
      key: ctx.t('doc-summary-gaps'),
      // Named without what their brackets explain (« Taux de couverture de la collecte »): the measures table does.
      value: gaps.map((g) => g.key.replace(/\s*\(.*\)\s*$/, '')).join(listSeparator(ctx.locale)),
    });
  const done = data.plan.filter((item) => item.id !== undefined && data.done?.has(item.id)).length;
  if (data.plan.length > 0)
    items.push({ key: ctx.t('doc-plan'), value: ctx.t('doc-summary-plan-value', { count: data.plan.length, done }) });
  return { heading: ctx.t('doc-summary'), blocks: [{ type: 'keyValues', items }] };
}

function sourceOf(m: MeasureResult, ctx: RenderContext): string {
  return m.source ? ctx.t(`doc-source-${m.source}`) : '—';
}

/**
 * An action's target as a figure to reach, when it is one (« ≥ 90 % », « ≤ 7 jours », « 15 »): a
 * target said against the start (« −10 points en 2 ans », « Moitié de la valeur de départ ») is not.
 */
export function targetFigure(target: string | null): number | null {
  const m = target?.match(/^\s*(?:[≤≥<>]=?\s*)?(\d+(?:[.,]\d+)?)\s*[%\p{L}\s²]*$/u);
  return m?.[1] ? Number(m[1].replace(',', '.')) : null;
}

/** Where a measure stands against the target the team's plan set on it (`gap`: what is left, said). */
export interface AgainstTarget {
  target: string;
  reached: boolean;
  /** « Écart à combler : 80 points »; null when reached, or when the target is said against the start. */
  gap: string | null;
}

/** A measure against the target the team's plan set on it; null when the plan sets none. */
export function againstTarget(m: MeasureResult, plan: readonly PlanItem[], ctx: RenderContext): AgainstTarget | null {
  const item = plan.find((x) => x.baselineQuestion === m.questionId && (x.target || x.targetAr));
  const target = item ? targetText(item, ctx.locale) : null;
  if (!item || !target) return null;
  const figure = targetFigure(item.target);
  if (figure === null || typeof m.value !== 'number') return { target, reached: false, gap: null };
  const gap = Math.round((m.better === 'lower' ? m.value - figure : figure - m.value) * 10) / 10;
  if (gap <= 0) return { target, reached: true, gap: null };
  const said =
    typeof m.unit === 'string' && m.unit.startsWith('percent')
      ? ctx.t('doc-measure-gap-points', { gap })
      : ctx.t('doc-measure-gap', { gap: formatQuantity(gap, m.unit, ctx) });
  return { target, reached: false, gap: said };
}

/**
 * A measure against the target the team's plan set on it: the target, and how far the value is from
 * it (or that it is reached); none when the plan sets no target on it. The report's measures table
 * and the guide's case of a commune both say it.
 */
export function planTargetLines(m: MeasureResult, plan: readonly PlanItem[], ctx: RenderContext): string[] {
  const against = againstTarget(m, plan, ctx);
  if (!against) return [];
  const { target, reached, gap } = against;
  return [ctx.t('doc-measure-target', { target }), ...(reached ? [ctx.t('doc-measure-reached')] : gap ? [gap] : [])];
}

/**
 * The measured values still short of the target the plan set on them, as "indicator: value — target
 * — gap": a service can score well on its practices and still measure far from where its plan aims.
 */
function measuredGaps(data: TeamReportData, ctx: RenderContext): KeyValue[] {
  return (data.diagnostic.results.measures ?? []).flatMap((m) => {
    const against = typeof m.value === 'number' ? againstTarget(m, data.plan, ctx) : null;
    if (!against || against.reached || typeof m.value !== 'number') return [];
    const value = [formatQuantity(m.value, m.unit, ctx), ctx.t('doc-measure-target', { target: against.target })];
    if (against.gap) value.push(against.gap);
    return [{ key: m.label[ctx.locale], value: value.join(' — ') }];
  });
}

/**
 * What a measure is read against: the target the team's plan set on it, how far the value is from
 * it (or that it is reached), and the published reference the questionnaire gives for it.
 */
function targetCell(m: MeasureResult, data: TeamReportData, ctx: RenderContext): string {
  const lines = planTargetLines(m, data.plan, ctx);
  const question = data.diagnostic.q.byId.get(m.questionId);
  const reference = question?.type === 'indicator' ? question.reference?.[ctx.locale] : undefined;
  if (reference) lines.push(ctx.t('doc-measure-reference', { reference }));
  return lines.join('\n') || '—';
}

function measuresSection(data: TeamReportData, ctx: RenderContext): Section {
  const measures = data.diagnostic.results.measures ?? [];
  const rows = measures.map((m) => [
    m.label[ctx.locale],
    typeof m.value === 'number'
      ? formatQuantity(m.value, m.unit, ctx)
      : ctx.t(m.value === 'not_applicable' ? 'qn-not-applicable' : 'qn-not-measured'),
    sourceOf(m, ctx),
    ctx.t(m.better === 'lower' ? 'doc-better-lower' : 'doc-better-higher'),
    targetCell(m, data, ctx),
  ]);
  return {
    heading: ctx.t('doc-measures'),
    blocks: [
      { type: 'paragraph', text: ctx.t('doc-measures-intro') },
      rows.length > 0
        ? {
            type: 'table',
            header: [
              ctx.t('doc-col-indicator'),
              ctx.t('doc-col-value'),
              ctx.t('doc-col-source'),
              ctx.t('doc-col-better'),
              ctx.t('doc-col-target-reference'),
            ],
            rows,
            columnWidths: [3.6, 1.9, 2, 1.6, 3.4],
          }
        : { type: 'paragraph', text: ctx.t('doc-measures-none') },
    ],
  };
}

function scoresSection(data: TeamReportData, ctx: RenderContext): Section {
  const { q, results, chartPng } = data.diagnostic;
  const level = (n: number | null) => (n === null ? '' : (q.maturityLevels[n - 1]?.label[ctx.locale] ?? ''));
  const rows = results.dimensions.map((d) => [
    d.label[ctx.locale],
    d.score === null ? '—' : String(d.score),
    d.applicable === false
      ? ctx.t('doc-not-applicable')
      : d.score === null
        ? ctx.t('qn-chart-not-assessed')
        : level(d.level),
  ]);
  return {
    heading: ctx.t('doc-scores'),
    blocks: [
      { type: 'paragraph', text: ctx.t('doc-scores-intro') },
      // The chart draws its title: the same words printed under it were read twice, they stay its alt text.
      { type: 'image', png: chartPng, width: 600, alt: ctx.t('qn-chart-title', { title: q.title[ctx.locale] }) },
      {
        type: 'table',
        header: [ctx.t('doc-col-dimension'), ctx.t('doc-col-score'), ctx.t('doc-col-level')],
        rows,
        columnWidths: [4, 1, 2],
      },
    ],
  };
}

/** The strong dimensions by the one rule (`strongDimensions`), each with the statements its answers support. */
export function strengthItems(q: Questionnaire, results: Results, locale: Locale): string[] {
  const statements = strengthsOf(q, results);
  return strongDimensions(q, results).map((d) => {
    const level = q.maturityLevels[d.level - 1]?.label[locale] ?? '';
    const said = statements.filter((s) => s.dimensionId === d.id).map((s) => s.text[locale]);
    const head = `${d.label[locale]} — ${d.score}/100 (${level})`;
    return said.length > 0 ? `${head}${locale === 'ar' ? ': ' : ' : '}${said.join(' ')}` : head;
  });
}

function strengthsSection(q: Questionnaire, results: Results, ctx: RenderContext): Section {
  const items = strengthItems(q, results, ctx.locale);
  const level = q.maturityLevels[strengthLevel(q) - 1]?.label[ctx.locale] ?? '';
  return {
    heading: ctx.t('doc-strengths'),
    blocks: [
      items.length > 0
        ? { type: 'bullets', items }
        : { type: 'paragraph', text: ctx.t('doc-strengths-none', { level }) },
    ],
  };
}

/** The team's priority problems: the problem, its causes, the 5-whys, the first action. */
function problemsSection(run: SubmittedRun, ctx: RenderContext): Section {
  const blocks: Block[] = [];
  let n = 0;
  for (const team of run.q.teamActions) {
    const problem = text(run.answers, team.problem);
    if (!problem) continue;
    n++;
    const rootCause = text(run.answers, team.rootCause);
    const items: KeyValue[] = [];
    const causes = team.causes ? answerText(run, team.causes, ctx) : null;
    if (causes) items.push({ key: ctx.t('doc-causes'), value: causes });
    if (rootCause) items.push({ key: ctx.t('doc-root-cause'), value: rootCause });
    const action = text(run.answers, team.action);
    if (action) items.push({ key: ctx.t('doc-first-action'), value: action });
    blocks.push(
      { type: 'paragraph', text: ctx.t('doc-problem-title', { n, problem }), bold: true },
      { type: 'keyValues', items },
    );
  }
  if (blocks.length === 0) blocks.push({ type: 'paragraph', text: ctx.t('doc-problems-none') });
  return { heading: ctx.t('doc-problems'), blocks };
}

/**
 * The plan as a table; a baseline is read with its unit from the indicator question it names. An
 * action in `done` says so under its due date (or under « — », done without one).
 */
export function planTable(
  plan: PlanItem[],
  questionnaires: readonly Questionnaire[],
  ctx: RenderContext,
  done: ReadonlySet<string> = new Set(),
): Block {
  const arrow = ctx.locale === 'ar' ? '←' : '→';
  const rows = plan.map((item, i) => {
    const baseline = baselineText(item, questionnaires, ctx);
    const target = targetText(item, ctx.locale);
    const indicator = indicatorText(item, ctx.locale);
    const title = inLocale(item.title, item.titleAr, item.language, ctx.locale) ?? '';
    return [
      String(i + 1),
      item.kind ? `${title}\n(${ctx.t(`doc-kind-${item.kind}`)})` : title,
      ownerCell(item, questionnaires, ctx.locale, ctx.t),
      [item.dueDate ? formatDate(item.dueDate.toISOString(), ctx.locale) : '—']
        .concat(item.id !== undefined && done.has(item.id) ? [ctx.t('doc-action-done')] : [])
        .join('\n'),
      [indicator, baseline ? `${baseline} ${arrow} ${target ?? '—'}` : target && ctx.t('doc-target-only', { target })]
        .filter(Boolean)
        .join('\n') || '—',
    ];
  });
  return {
    type: 'table',
    header: [
      '#',
      ctx.t('doc-col-action'),
      ctx.t('doc-col-owner'),
      ctx.t('doc-col-due'),
      ctx.t('doc-col-indicator-target'),
    ],
    rows,
    // The number column holds « 13 » on one line at 10 pt, inside its cell margins; the due date
    // column « 05/01/2027 » in the widest sans-serif a phone or LibreOffice may draw it in (DejaVu Sans).
    columnWidths: [0.9, 4.8, 2.2, 2.2, 4.2],
  };
}

/** The report of a team's diagnostic (and quality system), in `locale`. */
export function teamReportModel(data: TeamReportData, ctx: RenderContext & { locale: Locale }): DocModel {
  const d = data.diagnostic;
  const sections: Section[] = [
    summarySection(data, ctx),
    {
      heading: ctx.t('doc-context'),
      blocks: [
        { type: 'paragraph', text: ctx.t('doc-context-text', { commune: data.team.commune }) },
        { type: 'paragraph', text: ctx.t('doc-method-text') },
      ],
    },
    measuresSection(data, ctx),
    scoresSection(data, ctx),
    strengthsSection(d.q, d.results, ctx),
    weaknessesSection(d, ctx, measuredGaps(data, ctx)),
    problemsSection(d, ctx),
    {
      heading: ctx.t('doc-plan'),
      blocks: [
        { type: 'paragraph', text: ctx.t('doc-plan-intro', { count: data.plan.length }) },
        data.plan.length > 0
          ? planTable(data.plan, data.questionnaires, ctx, data.done)
          : { type: 'paragraph', text: '—' },
      ],
    },
    followUpSection(data.plan, data.done ?? new Set(), data.quality, ctx),
  ];
  if (data.quality) {
    sections.push({
      heading: ctx.t('doc-quality'),
      blocks: [{ type: 'paragraph', text: ctx.t('doc-quality-intro') }],
    });
    sections.push(...qualitySections(data.quality, ctx));
  } else {
    sections.push({
      heading: ctx.t('doc-quality'),
      blocks: [{ type: 'paragraph', text: ctx.t('doc-quality-pending') }],
    });
  }
  return {
    locale: ctx.locale,
    title: ctx.t('doc-team-title'),
    subtitle: `${data.team.commune} — ${answerText(d, 'q_service_name', ctx) ?? d.q.title[ctx.locale]}`,
    cover: cover(data, ctx),
    sections,
  };
}
