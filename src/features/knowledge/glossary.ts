// The French–Arabic glossary as a query expander: a term found in a question (in either language,
// or typed in Latin letters) brings its translation and the pages that explain it.
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { analyze, stemWord, words } from './analyze.ts';

const list = z.preprocess((v) => (v == null ? [] : v), z.array(z.coerce.string()));
const termSchema = z.object({
  fr: z.coerce.string().min(1),
  ar: z.coerce.string().min(1),
  aliases: list,
  ar_aliases: list,
  latin: list,
  /** Everyday words that often mean the term here ("téléphone", "الطوابير"): searched, never naming it. */
  hints: list,
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
  /**
   * Found only through a hint ("téléphone", "الطوابير"): an everyday word that often means the
   * term here, but does not by itself make a question about it.
   */
  weak: boolean;
  /**
   * A one-word name the question qualifies with a word the base never uses beside it ("certificat
   * de résidence"): another thing than the term, though still the commune's vocabulary.
   */
  otherSense?: boolean;
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
  /** From the term's hints, not its names. */
  weak: boolean;
}

function indexOfSequence(haystack: string[], needle: string[], from = 0): number {
  outer: for (let i = from; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

/** Words that may stand between the words of a phrase still read as that phrase. */
const looseGap = 1;

/** Positions of the phrase's tokens, unused, in any order, within a window of `width` tokens. */
function looseMatch(tokens: string[], used: boolean[], phrase: string[], width: number): number[] | undefined {
  for (let start = 0; start < tokens.length; start++) {
    const at: number[] = [];
    for (const token of phrase) {
      let k = start;
      while (k < Math.min(tokens.length, start + width) && (tokens[k] !== token || used[k] || at.includes(k))) k++;
      if (k >= Math.min(tokens.length, start + width)) break;
      at.push(k);
    }
    if (at.length === phrase.length && at.includes(start)) return at;
  }
  return undefined;
}

/**
 * A name the analysis leaves one word of, having dropped as a question word a word that the term's
 * other names keep: "تعريف الإمضاء" loses تعريف, kept in "التعريف بالإمضاء", and "cinq pourquoi"
 * loses the "pourquoi" of "5 pourquoi". The word left (a signature, five) is a hint of the term,
 * not its name.
 */
function isCutShort(text: string, tokens: string[], own: Set<string>): boolean {
  return tokens.length === 1 && words(text).some((w) => analyze(w).length === 0 && own.has(stemWord(w)));
}

export function createGlossary(terms: GlossaryTerm[]): Glossary {
  const phrases: Phrase[] = [];
  const expansions = new Map(terms.map((t) => [t, [...new Set([...analyze(t.fr), ...analyze(t.ar)])]]));
  const matchOf = (term: GlossaryTerm, tokens: string[], weak = false): GlossaryMatch => ({
    term,
    tokens,
    expansionTokens: expansions.get(term) ?? [],
    weak,
  });
  // Arabizi spellings vary ("isti9bal", "esteqbel"): one-word Latin forms also match approximately.
  const latinWords: Array<{ word: string; term: GlossaryTerm }> = [];
  for (const term of terms) {
    const own = new Set([term.fr, term.ar, ...term.aliases, ...term.ar_aliases].flatMap((n) => analyze(n)));
    for (const text of [term.fr, term.ar, ...term.latin]) {
      const tokens = analyze(text);
      if (tokens.length > 0) phrases.push({ tokens, term, weak: isCutShort(text, tokens, own) });
      // A word the name repeats may be said once ("القطاعين العام والخاص" for "القطاع العام والقطاع الخاص").
      const once = [...new Set(tokens)];
      if (once.length < tokens.length) phrases.push({ tokens: once, term, weak: false });
    }
    for (const [texts, weak] of [
      [[...term.aliases, ...term.ar_aliases], false],
      [term.hints, true],
    ] as const) {
      for (const text of texts) {
        const tokens = analyze(text);
        if (tokens.length > 0) phrases.push({ tokens, term, weak: weak || isCutShort(text, tokens, own) });
      }
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
      const exact = (phrase: Phrase) => {
        if (found.has(phrase.term)) return;
        for (
          let at = indexOfSequence(tokens, phrase.tokens);
          at >= 0;
          at = indexOfSequence(tokens, phrase.tokens, at + 1)
        ) {
          const span = used.slice(at, at + phrase.tokens.length);
          if (span.every(Boolean)) continue; // inside a longer phrase already matched
          for (let k = at; k < at + phrase.tokens.length; k++) used[k] = true;
          found.set(phrase.term, matchOf(phrase.term, phrase.tokens, phrase.weak));
          break;
        }
      };
      // Phrases of several words first, as written, then in another order or with a word between
      // them ("نقارن أداء بلديتنا" names "مقارنة … بلديتنا"), then single words.
      for (const phrase of phrases) if (phrase.tokens.length > 1) exact(phrase);
      for (const phrase of phrases) {
        if (found.has(phrase.term) || phrase.tokens.length < 2 || phrase.tokens.length > 3) continue;
        const at = looseMatch(tokens, used, phrase.tokens, phrase.tokens.length + looseGap);
        if (!at) continue;
        for (const k of at) used[k] = true;
        found.set(phrase.term, matchOf(phrase.term, phrase.tokens));
      }
      for (const phrase of phrases) if (phrase.tokens.length === 1) exact(phrase);
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
