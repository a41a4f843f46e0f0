// Ranks pages for a question: BM25 on the question, BM25 on its glossary expansion (the other
// language's terms), the glossary's own page pointers and, when available, embedding similarity.
import { analyze, isArabicWord } from './analyze.ts';
import { coverage, glossWords } from './coverage.ts';
import type { GlossaryMatch } from './glossary.ts';
import { tokensOfHeading } from './heading-tokens.ts';
import { questionIntents, readTaxRoll } from './intent.ts';
import { isWorkedExample } from './section-intents.ts';
import type { KnowledgeBase } from './knowledge-base.ts';
import { repairArabic, repairArabizi, repairFrench } from './query-repair.ts';
import type { SearchHit } from './search-index.ts';
import { withOtherSenses } from './senses.ts';
import { isSpecific } from './specific.ts';

export interface PageHit {
  pageId: string;
  score: number;
  /** Chunks of this page that matched, best first (both languages). */
  chunks: SearchHit[];
}

export interface Ranking {
  pages: PageHit[];
  /** 0–1: how much of the question the best pages cover (IDF-weighted); low means "not covered". */
  confidence: number;
  /** Query tokens after analysis (for excerpt selection). */
  tokens: string[];
  glossary: GlossaryMatch[];
  /** The question is nothing but glossary terms that point to pages (« SERVQUAL », « مرجعية Marianne »). */
  bareTerms: boolean;
}

export interface RankOptions {
  limit?: number;
  /** Cosine similarity of the question to chunks (hybrid mode), by chunk id. */
  vectorScores?: ReadonlyMap<string, number>;
}

/** Weights of the signals; tuned on bench/retrieval-questions.yaml. */
export const weights = {
  expansion: 0.5,
  glossaryFirstPage: 0.35,
  glossaryOtherPage: 0.15,
  vectors: 0.8,
  /** Cosine below this says nothing (unrelated texts still score around it). */
  vectorFloor: 0.2,
  /** Cosine from which a passage is taken as on topic even when words differ (hybrid mode). */
  vectorConfident: 0.55,
  /** Confidence given by such a passage. */
  vectorConfidence: 0.6,
  /** Share of its BM25 a worked case gives its page when the question asks for no example. */
  workedExample: 0.7,
  /** Weight of the share of the question a section heading names. */
  headingNames: 0.3,
  /** Factor of the glossary's pointers when the question is nothing but the terms it names. */
  bareTerms: 2,
};

const candidates = 80;

function addScores(into: Map<string, SearchHit>, hits: SearchHit[], factor: number) {
  for (const hit of hits) {
    const known = into.get(hit.chunk.id);
    into.set(hit.chunk.id, { chunk: hit.chunk, score: (known?.score ?? 0) + hit.score * factor });
  }
}

function maxOf(values: Iterable<number>): number {
  let max = 0;
  for (const v of values) if (v > max) max = v;
  return max;
}

/**
 * A Latin-letter question partly read as Arabic (French terms in Tunisian, Arabic words read from
 * arabizi) is matched against each section in both its languages together: the pages are parallel,
 * and no one chunk holds words of both. Each chunk's score adds that of its other-language twin.
 */
function withParallel(hits: SearchHit[], tokens: string[]): SearchHit[] {
  const scripts = new Set(tokens.filter((t) => !/^\d+$/.test(t)).map((t) => isArabicWord(t)));
  if (scripts.size < 2) return hits;
  const key = (c: SearchHit['chunk'], language: string) => `${c.pageId}#${c.position}#${language}`;
  const scores = new Map(hits.map((h) => [key(h.chunk, h.chunk.language), h.score]));
  return hits.map((h) => ({
    chunk: h.chunk,
    score: h.score + (scores.get(key(h.chunk, h.chunk.language === 'fr' ? 'ar' : 'fr')) ?? 0),
  }));
}

export function rankPages(kb: KnowledgeBase, question: string, options: RankOptions = {}): Ranking {
  const limit = options.limit ?? 5;
  const arabizi = repairArabizi(kb, question);
  // A word read in the sense its neighbours give it (« rôle » beside « TIB » is the tax roll).
  const repaired = readTaxRoll(repairFrench(kb, repairArabic(kb, arabizi)));
  const tokens = analyze(repaired);
  const matches = withOtherSenses(kb, repaired, kb.glossary.match(repaired));
  const chunkScores = new Map<string, SearchHit>();
  const main = kb.index.search(repaired, candidates);
  addScores(chunkScores, arabizi === question ? main : withParallel(main, tokens), 1);
  // A term typed in words the pages do not use (arabizi, another spelling) is searched in the
  // pages' words at full weight; one the pages use already only adds its translation.
  const unknown = (m: GlossaryMatch) => m.tokens.every((t) => kb.index.docFrequency(t) === 0);
  for (const own of [true, false]) {
    const expansion = matches.filter((m) => unknown(m) === own).flatMap((m) => [m.term.fr, m.term.ar]);
    if (expansion.length > 0)
      addScores(chunkScores, kb.index.search(expansion.join(' '), candidates), own ? 1 : weights.expansion);
  }

  // Page score: its best chunk, BM25 normalised to the best page, plus the other signals.
  const byPage = new Map<string, SearchHit[]>();
  for (const hit of chunkScores.values()) byPage.set(hit.chunk.pageId, [...(byPage.get(hit.chunk.pageId) ?? []), hit]);
  const bm25Top = maxOf([...chunkScores.values()].map((h) => h.score)) || 1;
  // A worked case ("Cas 1 : …") tells one commune's story: it speaks for its page less than a
  // section of method or reference, unless the question asks for an example.
  const exampleFactor = questionIntents(question).includes('example') ? 1 : weights.workedExample;
  const pageScore = (h: SearchHit) => h.score * (isWorkedExample(h.chunk.headingPath) ? exampleFactor : 1);
  const scores = new Map<string, number>();
  for (const [pageId, hits] of byPage) scores.set(pageId, maxOf(hits.map(pageScore)) / bm25Top);
  // A section whose own heading names the question's words is about the question, more surely
  // than a body that mentions them: its page gains the IDF share of the question it names.
  const idf = new Map(tokens.map((t) => [t, Math.log(1 + kb.index.size() / (kb.index.docFrequency(t) + 0.5))]));
  const idfTotal = [...new Set(tokens)].reduce(
    (sum, t) => sum + (kb.index.docFrequency(t) > 0 ? (idf.get(t) ?? 0) : 0),
    0,
  );
  if (idfTotal > 0) {
    for (const [pageId, hits] of byPage) {
      const named = maxOf(
        hits.map((h) => {
          if (h.chunk.position === 0) return 0;
          const heading = tokensOfHeading(h.chunk);
          return [...heading].reduce((sum, t) => sum + (idf.has(t) ? (idf.get(t) ?? 0) : 0), 0);
        }),
      );
      scores.set(pageId, (scores.get(pageId) ?? 0) + (weights.headingNames * named) / idfTotal);
    }
  }

  // A term found everywhere ("commune", "qualité") points to no page in particular, nor does it
  // dilute the pointers of the terms that do.
  const pointing = matches.filter((m) => m.term.pages.length > 0 && isSpecific(kb, m));
  // Of several terms, a rarer one in the base ("collecte des déchets" beside "indicateur") says
  // more surely which page is meant: each pointer counts as its term's rarest word, against the mean.
  const rarity = pointing.map((m) =>
    Math.max(...m.tokens.map((t) => Math.log(1 + kb.index.size() / (kb.index.docFrequency(t) + 0.5)))),
  );
  const meanRarity = rarity.reduce((sum, r) => sum + r, 0) / Math.max(1, rarity.length) || 1;
  // A question that is nothing but such terms (« SERVQUAL », « ما هي مرجعية ماريان ») is asked
  // about them: their pages say more surely what is meant than a page sharing one of their words
  // (« المقارنة المرجعية », benchmarking, for the Marianne reference « مرجعية Marianne »).
  const bare = tokens.length > 0 && tokens.every((t) => pointing.some((m) => m.tokens.includes(t)));
  pointing.forEach((match, k) => {
    const share = ((rarity[k] ?? meanRarity) / meanRarity) * (bare ? weights.bareTerms : 1);
    match.term.pages.forEach((pageId, i) => {
      if (!kb.index.pageIds().has(pageId)) return;
      const bonus = i === 0 ? weights.glossaryFirstPage : weights.glossaryOtherPage;
      scores.set(pageId, (scores.get(pageId) ?? 0) + (share * bonus) / Math.sqrt(pointing.length));
    });
  });

  if (options.vectorScores?.size) {
    const best = new Map<string, number>();
    for (const [chunkId, cos] of options.vectorScores) {
      const pageId = kb.index.chunk(chunkId)?.pageId;
      if (pageId && cos > (best.get(pageId) ?? 0)) best.set(pageId, cos);
    }
    const top = maxOf(best.values());
    for (const [pageId, cos] of best) {
      if (top <= weights.vectorFloor || cos <= weights.vectorFloor) continue;
      scores.set(
        pageId,
        (scores.get(pageId) ?? 0) + (weights.vectors * (cos - weights.vectorFloor)) / (top - weights.vectorFloor),
      );
    }
  }

  const ranked = [...scores.entries()].sort((a, b) => b[1] - a[1]).slice(0, limit);
  // Words a term accounts for count as found; a hint ("téléphone") only when the pages never use
  // the word as typed (a Tunisian verb, an everyday word), else it must be in the passage.
  const glossaryTokens = new Set(
    matches.flatMap((m) => m.tokens.filter((t) => !m.weak || kb.index.docFrequency(t) === 0)),
  );
  const pages = ranked.map(([pageId, score]) => ({
    pageId,
    score,
    chunks: (byPage.get(pageId) ?? []).sort((a, b) => b.score - a.score),
  }));
  const n = Math.max(1, kb.index.size());
  // Confidence: the question's words found together in one passage of the first pages.
  const passages = pages.slice(0, 3).flatMap((p) => p.chunks.slice(0, 4));
  // A Latin gloss in brackets after an Arabic term ("(first time right)") repeats the term: its
  // words the base never uses do not count against the question.
  const glossed = new Set(glossWords(question).filter((t) => kb.index.docFrequency(t) === 0));
  const counted = tokens.filter((t) => !glossed.has(t));
  let confidence = maxOf(passages.map((h) => coverage(kb, counted, h.chunk.id, glossaryTokens, n)));
  if (tokens.length > 0 && maxOf(options.vectorScores?.values() ?? []) >= weights.vectorConfident) {
    confidence = Math.max(confidence, weights.vectorConfidence);
  }
  return { pages, confidence, tokens, glossary: matches, bareTerms: bare };
}
