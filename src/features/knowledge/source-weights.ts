// How much each word of a page's references says of the section it belongs to, for choosing the
// references an answer ends with (references.ts); computed when a passage is built.
import { analyze } from './analyze.ts';
import type { Page } from './ingest.ts';

const weightsOf = new WeakMap<Page, Record<string, number>>();
const sharesOf = new WeakMap<Page, number[][]>();

const sectionTokens = (page: Page) =>
  page.chunks.map((c) => new Set(analyze(`${c.headingPath.slice(1).join(' ')}\n${c.text}`)));

/**
 * How much each word of a page's references says, from the page's sections: a word most sections
 * use (« délai », « أجل », « commune ») says little of which one a reference belongs to, a word
 * one section uses says much. Computed once per page version.
 */
export function sourceWeights(page: Page): Record<string, number> {
  const known = weightsOf.get(page);
  if (known) return known;
  const sections = sectionTokens(page);
  const weights: Record<string, number> = {};
  for (const token of new Set(analyze(page.sources.join('\n')))) {
    const df = sections.filter((s) => s.has(token)).length;
    weights[token] = Math.log((sections.length + 1) / (df + 0.5));
  }
  weightsOf.set(page, weights);
  return weights;
}

/**
 * How much each reference of a page belongs to each of its sections, by section position: what it
 * shares with the section (its words, by sourceWeights), as a share of what it shares with the
 * section it fits best (1 there; 1 everywhere for a reference sharing nothing with any section).
 */
export function sourceShares(page: Page): number[][] {
  const known = sharesOf.get(page);
  if (known) return known;
  const weights = sourceWeights(page);
  const sections = sectionTokens(page);
  const shares = page.sources.map((source) => {
    const tokens = [...new Set(analyze(source))];
    const fits = sections.map((s) => tokens.reduce((sum, t) => sum + (s.has(t) ? Math.max(weights[t] ?? 0, 0) : 0), 0));
    const best = Math.max(0, ...fits);
    return fits.map((fit) => (best > 0 ? fit / best : 1));
  });
  sharesOf.set(page, shares);
  return shares;
}
