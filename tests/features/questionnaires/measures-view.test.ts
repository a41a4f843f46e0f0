// /results mesures (« /results القيم »): the measured values are the figures the summary counts; a
// value nobody measured and one that does not apply to the service each have their own list.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createI18n, type Locale, type MessageArgs } from '../../../src/core/i18n.ts';
import { loadQuestionnaires } from '../../../src/features/questionnaires/definitions.ts';
import { renderMeasures, renderResults } from '../../../src/features/questionnaires/results.ts';
import type { MeasureResult, Results } from '../../../src/features/questionnaires/scoring.ts';

const q = loadQuestionnaires(resolve(import.meta.dirname, '../../fixtures/questionnaires')).find(
  (x) => x.id === 'mini',
);
if (!q) throw new Error('fixture missing');
const i18n = createI18n();
const ctxOf = (locale: Locale) => ({
  locale,
  today: '2026-12-06',
  t: (key: string, args?: MessageArgs) => i18n.t(locale, key, args).replace(/[\u2066-\u2069]/g, ''),
});
const measure = (id: string, fr: string, ar: string, value: number | string): MeasureResult => ({
  questionId: id,
  label: { fr, ar },
  value,
  unit: { fr: 'minutes', ar: 'دقيقة' },
  better: 'lower',
});
const results: Results = {
  dimensions: [],
  strengths: [],
  measures: [
    measure('wait', "Temps d'attente", 'مدة الانتظار', 25),
    measure('backlog', 'Actes en attente', 'الرسوم في الانتظار', 'not_applicable'),
    measure('errors', 'Actes à rectifier', 'الرسوم الواجب إصلاحها', 'not_measured'),
  ],
} as unknown as Results;
const textOf = (m: { kind: string; text?: string }) => ('text' in m ? (m.text ?? '') : '');

describe('the measured values screen', () => {
  it.each([
    [
      'fr',
      "• Temps d'attente : 25 minutes",
      '➖ Sans objet pour ce service :\n• Actes en attente',
      '📏 Une valeur mesurée',
    ],
    ['ar', '• مدة الانتظار: 25', '➖ لا تنطبق على هذا المرفق:\n• الرسوم في الانتظار', '📏 قيمة مقيسة واحدة'],
  ] as const)('%s: lists as measured only what the summary counts', (locale, figure, moot, summary) => {
    const ctx = ctxOf(locale);
    const screen = textOf(renderMeasures(results, ctx));
    // The first block, under its title, is the measured values: one figure, as the summary says.
    const measured = (screen.split('\n\n')[0] ?? '').split('\n').slice(1);
    expect(measured).toHaveLength(1);
    expect(measured[0]).toContain(figure);
    expect(screen).toContain(moot);
    expect(textOf(renderResults(q, results, 'Équipe', ctx))).toContain(summary);
  });
});
