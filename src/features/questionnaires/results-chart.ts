import { renderScoreChart } from '../../documents/index.ts';
import type { Locale } from '../../core/i18n.ts';
import type { OutboundMessage } from '../../core/messages.ts';
import type { Questionnaire } from './definitions.ts';
import type { Results } from './scoring.ts';

/** What the chart needs from the catalogs, in the reader's language. */
export interface ChartWords {
  title: string;
  subtitle: string;
  notAssessed: string;
}

/** The dimension scores as a bar chart (PNG), labels in `locale`; dimensions that do not apply are left out. */
export async function resultsChart(q: Questionnaire, results: Results, locale: Locale, words: ChartWords) {
  const bars = results.dimensions
    .filter((d) => d.applicable !== false)
    .map((d) => ({ label: d.label[locale], score: d.score, level: d.level }));
  return renderScoreChart({
    locale,
    title: words.title,
    subtitle: words.subtitle,
    bars,
    levels: q.maturityLevels.map((l) => ({ label: l.label[locale], min: l.min })),
    notAssessed: words.notAssessed,
  });
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
