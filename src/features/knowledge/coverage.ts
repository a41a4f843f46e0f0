// How much of a question one passage covers: the confidence that the base answers it.
import { analyze } from './analyze.ts';
import type { KnowledgeBase } from './knowledge-base.ts';

/** The document frequency an unknown word in arabizi counts with. */
const unknownArabiziDf = 20;

/** IDF-weighted share of the question's tokens found in one chunk (or in a glossary term it named). */
export function coverage(
  kb: KnowledgeBase,
  tokens: string[],
  chunkId: string,
  glossaryTokens: Set<string>,
  n: number,
): number {
  let total = 0;
  let covered = 0;
  for (const token of new Set(tokens)) {
    // A Tunisian word in Latin letters the base does not know ("n3adiw") is most often a verb
    // around the topic, not a topic of its own: it weighs as a common word.
    const df = kb.index.docFrequency(token);
    const idf = Math.log(1 + n / (df === 0 && /[a-z][2-9]|[2-9][a-z]/.test(token) ? unknownArabiziDf : df + 0.5));
    total += idf;
    if (glossaryTokens.has(token) || kb.index.chunkHasToken(chunkId, token)) covered += idf;
  }
  return total === 0 ? 0 : covered / total;
}

/** Tokens of the bracketed Latin text of an Arabic question: "مؤشر (KPI)" → kpi. */
export function glossWords(question: string): string[] {
  if (!/[\u0600-\u06FF]/.test(question)) return [];
  return [...question.matchAll(/\(([^()\u0600-\u06FF]*)\)/g)].flatMap((m) => analyze(m[1] ?? ''));
}
