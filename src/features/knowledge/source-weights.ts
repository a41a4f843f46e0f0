// How much each word of a page's references says of the section it belongs to, for choosing the
// references an answer ends with (references.ts); computed when a passage is built.
import { analyze } from './analyze.ts';
import type { Page } from './ingest.ts';

const weightsOf = new WeakMap<Page, Record<string, number>>();

/**
 * How much each word of a page's references says, from the page's sections: a word most sections
 * use (« délai », « أجل », « commune ») says little of which one a reference belongs to, a word
 * one section uses says much. Computed once per page version.
 */
export function sourceWeights(page: Page): Record<string, number> {
  const known = weightsOf.get(page);
  if (known) return known;
  const sections = page.chunks.map((c) => new Set(analyze(`${c.headingPath.slice(1).join(' ')}\n${c.text}`)));
  const weights: Record<string, number> = {};
  for (const token of new Set(analyze(page.sources.join('\n')))) {
    const df = sections.filter((s) => s.has(token)).length;
    weights[token] = Math.log((sections.length + 1) / (df + 0.5));
  }
  weightsOf.set(page, weights);
  return weights;
}
