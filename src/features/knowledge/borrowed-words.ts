// A section heading's words that belong there to another glossary term than the question's: « La
// fiche action » shares « action » with « plan d'action », and names the action sheet, not the plan.
import { isArabicWord } from './analyze.ts';
import type { GlossaryMatch } from './glossary.ts';
import { tokensOfHeading } from './heading-tokens.ts';
import type { Chunk } from './ingest.ts';
import type { KnowledgeBase } from './knowledge-base.ts';

/** A glossary term the question names: the question's tokens it accounts for, and its own in both languages. */
export interface NamedTerm {
  tokens: string[];
  expansion: string[];
}

/** The glossary terms a heading names, read once per chunk (chunks are not changed once ingested). */
const headingTerms = new WeakMap<Chunk, GlossaryMatch[]>();

function termsOfHeading(kb: KnowledgeBase, chunk: Chunk): GlossaryMatch[] {
  let terms = headingTerms.get(chunk);
  if (!terms) {
    terms = kb.glossary.match(chunk.headingPath.at(-1) ?? '').filter((m) => !m.weak);
    headingTerms.set(chunk, terms);
  }
  return terms;
}

const key = (expansion: string[]) => [...expansion].sort().join(' ');

/**
 * The words of `chunk`'s heading that do not name the question's terms: a word of a term of
 * several words the heading does not name whole (« plan d'action » against « La fiche action »,
 * « خطة عمل » against « بطاقة العمل »), where the heading names another term that holds it.
 * A broader term (« délai » beside « délai légal ») names the question's as well; another thing
 * has a word of its own (« fiche »).
 */
export function borrowedWords(kb: KnowledgeBase, chunk: Chunk, asked: NamedTerm[]): Set<string> {
  const borrowed = new Set<string>();
  const heading = tokensOfHeading(chunk);
  const arabic = chunk.language === 'ar';
  const askedKeys = new Set(asked.map((m) => key(m.expansion)));
  const others = termsOfHeading(kb, chunk).filter((m) => !askedKeys.has(key(m.expansionTokens)));
  if (others.length === 0) return borrowed;
  for (const term of asked) {
    // The term's words in the heading's script (a French heading names « plan d'action » by its
    // French words), as the question typed them (« file d'attente ») or as the glossary names it.
    const inScript = (tokens: string[]) => tokens.filter((t) => isArabicWord(t) === arabic);
    const names = (tokens: string[]) => tokens.length > 0 && tokens.every((t) => heading.has(t));
    const own = [...new Set(inScript([...term.tokens, ...term.expansion]))];
    if (own.length < 2 || names(inScript(term.tokens)) || names(inScript(term.expansion))) continue;
    const whole = new Set([...term.tokens, ...term.expansion]);
    const apart = others.filter((m) => m.expansionTokens.some((t) => !whole.has(t)));
    for (const t of own) if (heading.has(t) && apart.some((m) => m.tokens.includes(t))) borrowed.add(t);
  }
  return borrowed;
}
