// Whether a glossary term is specific enough to point to a page: a term whose words are found
// together in many chunks ("commune", "qualité") names no page in particular.
import type { GlossaryMatch } from './glossary.ts';
import type { KnowledgeBase } from './knowledge-base.ts';

/** A term found in more than this share of the chunks is too general to name a topic ("qualité"). */
const generalShare = 0.15;

/** Is the term specific: are its words found together in few chunks of the base? */
export function isSpecific(kb: KnowledgeBase, match: GlossaryMatch): boolean {
  if (match.tokens.length === 0) return false;
  const chunks = kb.chunks();
  // No chunk holds all the words more often than its rarest word: most terms need no count.
  if (Math.min(...match.tokens.map((t) => kb.index.docFrequency(t))) <= chunks.length * generalShare) return true;
  let holding = 0;
  for (const chunk of chunks) if (match.tokens.every((t) => kb.index.chunkHasToken(chunk.id, t))) holding++;
  return holding <= chunks.length * generalShare;
}
