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
