// A one-word glossary name read in another sense: "certificat" names ISO certification, but
// "certificat de résidence" is a paper the commune delivers; "شهادة" is the ISO certificate, but
// "شهادة إقامة" is a residence certificate. The noun complement says which thing is meant (after
// "de" in French, right after a noun without article in Arabic); when no passage of the base ever
// has the name and its complement together, the base does not speak of that thing.
import { analyze, isArabicWord, words } from './analyze.ts';
import type { GlossaryMatch } from './glossary.ts';
import type { KnowledgeBase } from './knowledge-base.ts';

/**
 * Passages a name's word must be in before what it is never beside says anything: a word the base
 * barely uses ("se disputent", "بأنفسنا") is a term through the glossary alone.
 */
const usedFrom = 3;

const frenchOf = new Set(['de', 'du', 'des', 'd']);
const frenchArticles = new Set(['la', 'le', 'les', 'l', 'un', 'une']);
/** An Arabic word with the article: no construct noun ("الشهادة" is not "شهادة …" of something). */
const arabicNotConstruct = /^[وف]?(?:[بكل]?ال|لل)/;
/** Behind a preposition glued to the article ("للبلدية", "بالإمضاء"): a complement of the verb. */
const arabicNotComplement = /^[وف]?(?:[بكل]ال|لل)/;

/** The content word a name's word at `i` governs as its complement, if the question gives one. */
function complementAt(spelt: string[], i: number): string | undefined {
  const word = spelt[i] ?? '';
  let k = i + 1;
  if (isArabicWord(word)) {
    const next = spelt[k] ?? '';
    if (arabicNotConstruct.test(word) || !isArabicWord(next) || arabicNotComplement.test(next)) return undefined;
  } else {
    if (!frenchOf.has(spelt[k] ?? '')) return undefined;
    k++;
    if (frenchArticles.has(spelt[k] ?? '')) k++;
  }
  return analyze(spelt[k] ?? '')[0];
}

/** Does some chunk of the base hold both tokens? */
function together(kb: KnowledgeBase, a: string, b: string): boolean {
  if (kb.index.docFrequency(b) === 0) return false;
  return kb.chunks().some((c) => kb.index.chunkHasToken(c.id, a) && kb.index.chunkHasToken(c.id, b));
}

/**
 * The matches with each one-word name whose complement in the question the base never uses beside
 * it turned into a hint (`weak`, `otherSense`): searched, but naming no topic. A number ("annexe
 * de 2019") or a word another term accounts for is no such complement.
 */
export function withOtherSenses(kb: KnowledgeBase, text: string, matches: GlossaryMatch[]): GlossaryMatch[] {
  const named = new Set(matches.flatMap((m) => m.tokens));
  const spelt = words(text);
  return matches.map((match) => {
    const [token] = match.tokens;
    if (match.weak || match.tokens.length !== 1 || token === undefined) return match;
    if (kb.index.docFrequency(token) < usedFrom) return match;
    const complements = spelt.flatMap((w, i) => (analyze(w)[0] === token ? [complementAt(spelt, i)] : []));
    const other = complements.some(
      (c) => c !== undefined && !/^\d+$/.test(c) && !named.has(c) && !together(kb, token, c),
    );
    return other ? { ...match, weak: true, otherSense: true } : match;
  });
}
