// A long French word typed with one letter missing, doubled or swapped ("reclamtions") is read as
// the glossary word it nearly is: the glossary holds the words that name the topics, and a topic
// word lost to a typo is the question lost.
import { analyze, words } from './analyze.ts';
import { editDistance, type Glossary } from './glossary.ts';

/** Words shorter than this are left alone: "cours" and "coups" are both words. */
const minLength = 7;

const vocabularies = new WeakMap<Glossary, string[]>();

function vocabulary(glossary: Glossary): string[] {
  let known = vocabularies.get(glossary);
  if (!known) {
    const all = glossary.terms.flatMap((t) => [t.fr, ...t.aliases].flatMap(words));
    known = [...new Set(all.filter((w) => w.length >= minLength && !/\d/.test(w)))];
    vocabularies.set(glossary, known);
  }
  return known;
}

/** The glossary word one edit away from a long unknown word, when all such words are one word. */
export function correctTypo(glossary: Glossary, word: string): string | undefined {
  if (word.length < minLength || /\d/.test(word)) return undefined;
  const near = vocabulary(glossary).filter((v) => editDistance(word, v, 1) <= 1);
  return new Set(near.map((v) => analyze(v).join(' '))).size === 1 ? near[0] : undefined;
}
