import { analyze } from './analyze.ts';
import type { Chunk } from './ingest.ts';

/** Analysed once per chunk: chunks are not changed once ingested, and a re-ingest makes new ones. */
const headingTokens = new WeakMap<Chunk, Set<string>>();

/**
 * An Arabic heading with its words also read without a bare preposition « ل » or « ب » (« الأبعاد
 * الخمسة لنموذج SERVQUAL » names the نموذج a question asks about): the stemmer takes it off only
 * before an article (« للنموذج », « بالنموذج »). Four letters at least are left: « لجنة », « بلدية »
 * keep their first letter.
 */
const withoutPreposition = (heading: string) =>
  heading.replace(/(^|[^\p{L}])[لب](?=\p{Script=Arabic}{4,})(?!ال)/gu, '$1');

/** Tokens of a chunk's own heading (the page title for its opening text), for pages and sections alike. */
export function tokensOfHeading(chunk: Chunk): Set<string> {
  let tokens = headingTokens.get(chunk);
  if (!tokens) {
    const heading = chunk.headingPath.at(-1) ?? '';
    tokens = new Set([...analyze(heading), ...analyze(withoutPreposition(heading))]);
    headingTokens.set(chunk, tokens);
  }
  return tokens;
}

const itemTokens = new WeakMap<Chunk, Set<string>>();

/**
 * Tokens of the bold lead-ins of a chunk's list items ("- **Collecte des déchets** : oui, …"): the
 * things a list section rules on one by one, each named as a small heading would name it.
 */
export function tokensOfItems(chunk: Chunk): Set<string> {
  let tokens = itemTokens.get(chunk);
  if (!tokens) {
    const leads = [...chunk.text.matchAll(/^\s*[-*]\s+\*\*([^*\n]+)\*\*/gm)].map((m) => m[1] ?? '');
    tokens = new Set(analyze(leads.join('\n')));
    itemTokens.set(chunk, tokens);
  }
  return tokens;
}
