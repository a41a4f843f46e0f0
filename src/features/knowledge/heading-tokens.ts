import { analyze } from './analyze.ts';
import type { Chunk } from './ingest.ts';

/** Analysed once per chunk: chunks are not changed once ingested, and a re-ingest makes new ones. */
const headingTokens = new WeakMap<Chunk, Set<string>>();

/** Tokens of a chunk's own heading (the page title for its opening text), for pages and sections alike. */
export function tokensOfHeading(chunk: Chunk): Set<string> {
  let tokens = headingTokens.get(chunk);
  if (!tokens) {
    tokens = new Set(analyze(chunk.headingPath.at(-1) ?? ''));
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
