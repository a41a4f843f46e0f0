// A dimension « sans objet pour ce service » has no bar; the chart says so under the bars, numbered as
// in /results détail, so that a reader counting 8 bars for 9 dimensions knows where the 9th went.
import { writeFileSync } from 'node:fs';
import { loadImage } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import type { App } from '../../../src/app.ts';
import { createI18n, type Locale } from '../../../src/core/i18n.ts';
import { localDay } from '../../../src/core/time.ts';
import type { Questionnaire } from '../../../src/features/questionnaires/definitions.ts';
import {
  resultsChart,
  resultsChartLayout,
  type ChartWords,
} from '../../../src/features/questionnaires/results-chart.ts';
import type { Results } from '../../../src/features/questionnaires/scoring.ts';
import { appForTests } from '../../helpers/app.ts';
import { enrolInNewTeam } from '../../helpers/enrol.ts';
import { text } from '../../helpers/messages.ts';
import { planWalk } from '../../helpers/walk.ts';

let app: App;
let q: Questionnaire;
appForTests((made, diagnostic) => ((app = made), (q = diagnostic)));
const i18n = createI18n();
const today = localDay(new Date(), 'Africa/Tunis');
const bare = (s: string) => s.replace(/[\u2066-\u2069]/g, '');

function words(locale: Locale): ChartWords {
  return {
    title: i18n.t(locale, 'qn-chart-title', { title: q.title[locale] }),
    subtitle: i18n.t(locale, 'qn-chart-subtitle', { team: 'Béja' }),
    notAssessed: i18n.t(locale, 'qn-chart-not-assessed'),
    notApplicable: (names) => i18n.t(locale, 'qn-chart-not-applicable', { names }),
  };
}

/** Every dimension scored 50, except those at `moot` (0-based), not applicable to the service. */
function results(moot: number[]): Results {
  return {
    dimensions: q.dimensions.map((d, i) =>
      moot.includes(i)
        ? { id: d.id, label: d.label, score: null, level: null, answered: 0, applicable: false }
        : { id: d.id, label: d.label, score: 50, level: 2, answered: 3, applicable: true },
    ),
    strengths: [],
    weakest: [],
    measures: [],
  };
}

const expected = {
  fr: 'Sans objet pour ce service : 6. Mode de gestion et suivi des contrats',
  ar: 'لا ينطبق على هذا المرفق: 6. ',
};

async function heightOf(png: Uint8Array): Promise<number> {
  return (await loadImage(Buffer.from(png))).height;
}

describe.each(['fr', 'ar'] as const)('the scores chart (%s)', (locale) => {
  it('names the dimension left out as not applicable, under the bars, and grows to hold the line', async () => {
    const all = resultsChartLayout(q, results([]), locale, words(locale));
    const moot = resultsChartLayout(q, results([5]), locale, words(locale));
    const note = moot.lines.map(bare).filter((l) => l.startsWith(expected[locale].slice(0, 20)));
    expect(note).toEqual([`${expected[locale]}${locale === 'ar' ? q.dimensions[5]?.label.ar : ''}`.trimEnd()]);
    // Drawn last, under the bars; no line at all when every dimension is scored.
    expect(bare(moot.lines.at(-1) ?? '')).toBe(note[0]);
    expect(all.lines.map(bare).filter((l) => l.startsWith(expected[locale].slice(0, 20)))).toEqual([]);
    // One bar fewer, one line more: the image is sized from the layout, so nothing is cut.
    const png = await resultsChart(q, results([5]), locale, words(locale));
    expect(await heightOf(png)).toBe(moot.height);
    if (process.env.SHOW) {
      writeFileSync(`/tmp/chart-${locale}-moot.png`, png);
      writeFileSync(`/tmp/chart-${locale}-all.png`, await resultsChart(q, results([]), locale, words(locale)));
    }
  });

  it('wraps a long list over several lines, all of it kept', async () => {
    const moot = [1, 3, 4, 5, 7];
    const layout = resultsChartLayout(q, results(moot), locale, words(locale));
    const start = layout.lines.map(bare).findIndex((l) => l.startsWith(expected[locale].slice(0, 20)));
    const note = layout.lines.slice(start).map(bare);
    expect(note.length).toBeGreaterThan(1);
    for (const i of moot) expect(note.join(' ')).toContain(`${i + 1}. ${q.dimensions[i]?.label[locale]}`);
    const png = await resultsChart(q, results(moot), locale, words(locale));
    expect(await heightOf(png)).toBe(layout.height);
    if (process.env.SHOW) writeFileSync(`/tmp/chart-${locale}-long.png`, png);
  });
});

describe.each(['fr', 'ar'] as const)('the chart sent after submitting the diagnostic (%s)', (locale) => {
  it('says dimension 6 is not applicable to the civil registry', async () => {
    const { who, teamId } = await enrolInNewTeam(app, { slug: `moot-chart-${locale}`, lang: locale });
    const say = async (line: string) => (await app.handle(text(who, line))).replies;
    await say(`/diagnostic ${app.questionnaires.indexOf(q) + 1}`);
    const domain = { q_service_domain: locale === 'fr' ? 'etat civil' : 'الحالة المدنية' };
    for (const s of planWalk(q, locale, today, Infinity, domain)) await say(s.line);
    await say('/submit');
    const image = (await say(locale === 'fr' ? 'oui' : 'نعم')).find((r) => r.kind === 'image');
    const run = await app.db.questionnaireRun.findFirst({ where: { teamId }, select: { results: true } });
    const stored = run?.results as unknown as Results;
    expect(stored.dimensions[5]?.applicable).toBe(false);
    const layout = resultsChartLayout(q, stored, locale, words(locale));
    expect(layout.lines.map(bare)).toContain(`${expected[locale]}${locale === 'ar' ? q.dimensions[5]?.label.ar : ''}`);
    const without = resultsChartLayout(q, stored, locale, { ...words(locale), notApplicable: () => '' });
    expect(image?.kind === 'image' && (await heightOf(image.data))).toBe(layout.height);
    expect(layout.height).toBeGreaterThan(without.height);
  });
});
