// The French–Arabic glossary as a query expander: a term found in a question (in either language,
// or typed in Latin letters) brings its translation and the pages that explain it.
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { analyze, words } from './analyze.ts';

const list = z.preprocess((v) => (v == null ? [] : v), z.array(z.coerce.string()));
const termSchema = z.object({
  fr: z.coerce.string().min(1),
  ar: z.coerce.string().min(1),
  aliases: list,
  ar_aliases: list,
  latin: list,
  pages: list,
});
const glossarySchema = z.object({ terms: z.array(termSchema) });

export type GlossaryTerm = z.infer<typeof termSchema>;

export interface GlossaryMatch {
  term: GlossaryTerm;
  /** Question tokens the term accounts for (an approximate Latin-script spelling included). */
  tokens: string[];
  /** Tokens of the term in both languages: what the question means, in the pages' words. */
  expansionTokens: string[];
}

export interface Glossary {
  terms: GlossaryTerm[];
  /** Terms named in a text, longest phrases first; a phrase inside a longer match is skipped. */
  match(text: string): GlossaryMatch[];
}

export function parseGlossary(source: string): GlossaryTerm[] {
  return glossarySchema.parse(parseYaml(source)).terms;
}

/** Levenshtein distance, bounded: gives up (returns max + 1) once the distance exceeds `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > max) return max + 1;
    previous = current;
  }
  return previous[b.length] ?? max + 1;
}

interface Phrase {
  tokens: string[];
  term: GlossaryTerm;
}

function indexOfSequence(haystack: string[], needle: string[], from = 0): number {
  outer: for (let i = from; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

export function createGlossary(terms: GlossaryTerm[]): Glossary {
  const phrases: Phrase[] = [];
  const expansions = new Map(terms.map((t) => [t, [...new Set([...analyze(t.fr), ...analyze(t.ar)])]]));
  const matchOf = (term: GlossaryTerm, tokens: string[]): GlossaryMatch => ({
    term,
    tokens,
    expansionTokens: expansions.get(term) ?? [],
  });
  // Arabizi spellings vary ("isti9bal", "esteqbel"): one-word Latin forms also match approximately.
  const latinWords: Array<{ word: string; term: GlossaryTerm }> = [];
  for (const term of terms) {
    for (const text of [term.fr, term.ar, ...term.aliases, ...term.ar_aliases, ...term.latin]) {
      const tokens = analyze(text);
      if (tokens.length > 0) phrases.push({ tokens, term });
    }
    for (const latin of term.latin) {
      const w = words(latin);
      if (w.length === 1 && (w[0]?.length ?? 0) >= 5) latinWords.push({ word: w[0] as string, term });
    }
  }
  phrases.sort((a, b) => b.tokens.length - a.tokens.length);

  return {
    terms,
    match(text) {
      const tokens = analyze(text);
      const used = new Array<boolean>(tokens.length).fill(false);
      const found = new Map<GlossaryTerm, GlossaryMatch>();
      for (const phrase of phrases) {
        if (found.has(phrase.term)) continue;
        for (
          let at = indexOfSequence(tokens, phrase.tokens);
          at >= 0;
          at = indexOfSequence(tokens, phrase.tokens, at + 1)
        ) {
          const span = used.slice(at, at + phrase.tokens.length);
          if (span.every(Boolean)) continue; // inside a longer phrase already matched
          for (let k = at; k < at + phrase.tokens.length; k++) used[k] = true;
          found.set(phrase.term, matchOf(phrase.term, phrase.tokens));
          break;
        }
      }
      for (const word of words(text)) {
        if (word.length < 5) continue;
        for (const latin of latinWords) {
          if (found.has(latin.term)) continue;
          if (editDistance(word, latin.word, word.length >= 8 ? 2 : 1) <= (word.length >= 8 ? 2 : 1)) {
            found.set(latin.term, matchOf(latin.term, analyze(word)));
          }
        }
      }
      return [...found.values()];
    },
  };
}
