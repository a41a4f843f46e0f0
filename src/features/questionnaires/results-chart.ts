import { layoutScoreChart, renderScoreChart, type ScoreChartInput } from '../../documents/index.ts';
import { listSeparator, type Locale } from '../../core/i18n.ts';
import type { OutboundMessage } from '../../core/messages.ts';
import type { Questionnaire } from './definitions.ts';
import type { Results } from './scoring.ts';

/** What the chart needs from the catalogs, in the reader's language. */
export interface ChartWords {
  title: string;
  subtitle: string;
  notAssessed: string;
  /** The line naming the dimensions left out, from their list (« 6. Mode de gestion et suivi des contrats »). */
  notApplicable: (names: string) => string;
}

/**
 * The chart's input: one bar per dimension, labels in `locale`. Dimensions that do not apply have no bar;
 * a line under the bars names them, numbered as in /results, so that none seems to have gone missing.
 */
export function resultsChartInput(
  q: Questionnaire,
  results: Results,
  locale: Locale,
  words: ChartWords,
): ScoreChartInput {
  const bars = results.dimensions
    .filter((d) => d.applicable !== false)
    .map((d) => ({ label: d.label[locale], score: d.score, level: d.level }));
  const leftOut = results.dimensions.flatMap((d, i) =>
    d.applicable === false ? [`${i + 1}. ${d.label[locale]}`] : [],
  );
  return {
    locale,
    title: words.title,
    subtitle: words.subtitle,
    bars,
    levels: q.maturityLevels.map((l) => ({ label: l.label[locale], min: l.min })),
    notAssessed: words.notAssessed,
    ...(leftOut.length > 0 ? { note: words.notApplicable(leftOut.join(listSeparator(locale))) } : {}),
  };
}

/** The dimension scores as a bar chart (PNG). */
export async function resultsChart(q: Questionnaire, results: Results, locale: Locale, words: ChartWords) {
  return renderScoreChart(resultsChartInput(q, results, locale, words));
}

/** What the chart lays out (its height and lines of text), without drawing it. */
export function resultsChartLayout(q: Questionnaire, results: Results, locale: Locale, words: ChartWords) {
  return layoutScoreChart(resultsChartInput(q, results, locale, words));
}

/** The chart as a chat image. */
export async function resultsChartMessage(
  q: Questionnaire,
  results: Results,
  locale: Locale,
  words: ChartWords,
): Promise<OutboundMessage> {
  const png = await resultsChart(q, results, locale, words);
  return { kind: 'image', fileName: `${q.id}-scores.png`, mimeType: 'image/png', data: png, caption: words.title };
}
