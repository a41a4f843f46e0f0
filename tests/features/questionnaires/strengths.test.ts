import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createI18n, type Locale, type MessageArgs } from '../../../src/core/i18n.ts';
import { loadQuestionnaires } from '../../../src/features/questionnaires/definitions.ts';
import type { Answers } from '../../../src/features/questionnaires/relevance.ts';
import { teamReportModel } from '../../../src/features/questionnaires/report-model.ts';
import { renderDimension, renderResults, renderResultsFull } from '../../../src/features/questionnaires/results.ts';
import { computeResults, strengthLevel, type Results } from '../../../src/features/questionnaires/scoring.ts';

const loaded = loadQuestionnaires(resolve(import.meta.dirname, '../../fixtures/questionnaires')).find(
  (x) => x.id === 'mini',
);
if (!loaded) throw new Error('fixture missing');
const q = loaded;
const i18n = createI18n();
const today = '2026-11-29';
const ctxOf = (locale: Locale) => ({
  locale,
  today,
  t: (key: string, args?: MessageArgs) => i18n.t(locale, key, args),
});
const answersOf = (values: Record<string, unknown>): Answers =>
  new Map(
    Object.entries(values).map(([id, value]) => [id, { value, authorId: 'p1', answeredAt: new Date(0) }]),
  ) as Answers;
/** The text without the isolation marks Fluent puts around placeables. */
const plain = (text: string) => text.replace(/[\u2066-\u2069]/g, '');
const textOf = (m: { kind: string; text?: string } | null) => plain(m && 'text' in m ? (m.text ?? '') : '');

/** The strengths section of the team report, as text. */
function reportStrengths(results: Results, locale: Locale, answers: Answers): string {
  const ctx = ctxOf(locale);
  const model = teamReportModel(
    {
      team: { name: 'Équipe', commune: 'Commune', members: [] },
      diagnostic: { q, answers, submittedAt: null, submittedOn: null, results, chartPng: new Uint8Array() },
      quality: null,
      plan: [],
      questionnaires: [q],
    },
    ctx,
  );
  const section = model.sections.find((s) => s.heading === ctx.t('doc-strengths'));
  return plain(JSON.stringify(section?.blocks ?? 'missing'));
}

describe('strengths follow the scores', () => {
  // Objectives all written (the planning statement's condition holds) but no contract follow-up:
  // planning scores 50, "En développement", one of the weakest; reception and team score high.
  const weakPlanning = answersOf({
    q_mode: 'concession',
    q_staff: 9,
    q_contract: 'no',
    q_plan: 'full',
    q_channels: ['display', 'phone', 'facebook'],
    q_climate: 5,
    q_wait: 1,
  });

  it('never lists a weak dimension as a strength, in the results, the detail or the report', () => {
    const results = computeResults(q, weakPlanning, today);
    const planning = results.dimensions.find((d) => d.id === 'planning');
    expect(planning).toMatchObject({ score: 50, level: 2 });
    expect(results.weakest).toContain('planning');
    expect(results.strengths).toEqual([]);
    for (const locale of ['fr', 'ar'] as const) {
      const ctx = ctxOf(locale);
      const summary = textOf(renderResultsFull(q, results, 'Équipe', ctx));
      const strengthsLine = summary.split('\n').find((l) => l.startsWith('💪')) ?? '';
      expect(strengthsLine).not.toContain(q.dimensions[0]?.label[locale]);
      const detail = textOf(renderDimension(q, results, 1, ctx));
      expect(detail).toContain(plain(ctx.t('qn-results-dimension-weak')));
      expect(detail).not.toContain(plain(ctx.t('qn-results-dimension-strengths')));
      expect(detail).not.toContain('Objectifs clairs.');
      const report = reportStrengths(results, locale, weakPlanning);
      expect(report).not.toContain(q.dimensions[0]?.label[locale]);
      expect(report).not.toContain('Objectifs clairs.');
    }
  });

  it('also filters a run scored before the rule (its stored strengths named the weak dimension)', () => {
    const results = computeResults(q, weakPlanning, today);
    const old: Results = {
      ...results,
      strengths: [{ dimensionId: 'planning', text: { fr: 'Objectifs clairs.', ar: 'أهداف واضحة.' } }],
    };
    const summary = textOf(renderResultsFull(q, old, 'Équipe', ctxOf('fr')));
    expect(summary).not.toMatch(/Points forts : .*Planification/);
    expect(textOf(renderDimension(q, old, 1, ctxOf('fr')))).not.toContain('Objectifs clairs.');
    expect(reportStrengths(old, 'fr', weakPlanning)).not.toContain('Objectifs clairs.');
  });

  it('says plainly when no dimension reaches the strength level', () => {
    const answers = answersOf({ q_mode: 'direct', q_plan: 'none', q_channels: ['display'], q_climate: 2, q_wait: 4 });
    const results = computeResults(q, answers, today);
    for (const locale of ['fr', 'ar'] as const) {
      const ctx = ctxOf(locale);
      const level = q.maturityLevels[2]?.label[locale] ?? '';
      expect(textOf(renderResults(q, results, 'Équipe', ctx))).toContain(
        plain(ctx.t('qn-results-strengths-none', { level })),
      );
      expect(reportStrengths(results, locale, answers)).toContain(
        JSON.stringify(plain(ctx.t('doc-strengths-none', { level }))).slice(1, -1),
      );
    }
  });

  it('calls a dimension among the three lowest but solid weak only next to the others', () => {
    // Planning at 100 (not among the weakest); team at 75 ("Maîtrisé") is among the three lowest.
    const answers = answersOf({ q_mode: 'direct', q_plan: 'full', q_channels: ['display'], q_climate: 4, q_wait: 1 });
    const results = computeResults(q, answers, today);
    const n = q.dimensions.findIndex((d) => d.id === 'team') + 1;
    const team = results.dimensions[n - 1];
    expect(team?.level).toBeGreaterThanOrEqual(strengthLevel(q));
    expect(results.weakest).toContain('team');
    for (const locale of ['fr', 'ar'] as const) {
      const ctx = ctxOf(locale);
      const detail = textOf(renderDimension(q, results, n, ctx));
      expect(detail).toContain(plain(ctx.t('qn-results-dimension-weak-relative')));
      expect(detail).not.toContain(plain(ctx.t('qn-results-dimension-weak')));
    }
  });

  it('names a strong dimension with its supported statement, the same in the three places', () => {
    const answers = answersOf({ q_mode: 'direct', q_plan: 'full', q_channels: ['display'], q_climate: 2, q_wait: 4 });
    const results = computeResults(q, answers, today);
    expect(results.dimensions.find((d) => d.id === 'planning')).toMatchObject({ score: 100 });
    const ctx = ctxOf('fr');
    // By name in full (/results détail); by number on the phone-sized summary.
    expect(textOf(renderResultsFull(q, results, 'Équipe', ctx))).toContain('💪 Points forts : Planification');
    expect(textOf(renderResults(q, results, 'Équipe', ctx))).toMatch(/💪 Points forts : dimensions? 1\b/);
    expect(textOf(renderDimension(q, results, 1, ctx))).toContain('✓ Objectifs clairs.');
    expect(reportStrengths(results, 'fr', answers)).toContain(
      'Planification — 100/100 (Exemplaire) : Objectifs clairs.',
    );
  });
});
