// The retrieval seam: one function from a question to a verdict and the passages that answer it
// (the sections of the best page that answer, then the best section of each next page), in the
// asker's language; and the same as a LangChain retriever returning Documents.
import { Document } from '@langchain/core/documents';
import { BaseRetriever } from '@langchain/core/retrievers';
import type { Logger } from '../../logger.ts';
import { verdictOf, type Verdict } from './decline.ts';
import type { EmbeddingIndex } from './embeddings.ts';
import { tokensOfHeading } from './heading-tokens.ts';
import type { Chunk, PageLanguage } from './ingest.ts';
import {
  askingTokens,
  asksToMeasure,
  comparedSides,
  permissionAction,
  permissionClause,
  questionIntents,
  type Intent,
} from './intent.ts';
import type { KnowledgeBase } from './knowledge-base.ts';
import { sourceShares, sourceWeights } from './source-weights.ts';
import { rankPages, type PageHit, type Ranking } from './ranker.ts';
import { answerSections, rankSections, sectionQuery, type SectionChoice } from './sections.ts';

export interface PassageMetadata {
  pageId: string;
  title: string;
  /** The page's short title (see ingest.ts): what an answer's 📖 line and labels show, else the title. */
  shortTitle?: string | undefined;
  language: PageLanguage;
  headingPath: string[];
  chunkId: string;
  /** Position of the section in its page (the same in both languages). */
  position: number;
  /** `answer`: the section that answers; `complement`: a second one of the same page; `related`: another page. */
  role: 'answer' | 'complement' | 'related';
  /** Page score relative to the best page (1 for the first). */
  relevance: number;
  /** Confidence of the whole ranking (same on every document of one retrieval). */
  confidence: number;
  /** The question's analysed tokens, to trim the passage around them. */
  queryTokens: string[];
  /** The glossary's words for the terms the question names (« confier au privé » → gestion déléguée). */
  termTokens?: string[] | undefined;
  /** The page's references (laws, standards and clauses, programme-document sections) and when they were checked. */
  sources: string[];
  checked?: string | undefined;
  /** How much each word of the page's references says (see sourceWeights). */
  weights?: Record<string, number> | undefined;
  /** How much each reference belongs to this section (1: the section it fits best; see sourceShares). */
  shares?: number[] | undefined;
  /** The positions (1-based) of `sources` the section's author declared it rests on: cited as they are. */
  sourcePositions?: number[] | undefined;
  /** The part of the section an answer shows (its excerpt), once written: the references fit it. */
  shown?: string | undefined;
}

export type Passage = Document<PassageMetadata>;

export interface Retrieval {
  verdict: Verdict;
  intents: Intent[];
  ranking: Ranking;
  /** Answering sections first, then related pages; empty when there is no page at all. */
  passages: Passage[];
}

export interface RetrieveOptions {
  /** Pages to return passages from (the first page may give two). */
  limit?: number;
  /** Cosine similarity of the question to chunks (hybrid mode), by chunk id. */
  vectorScores?: ReadonlyMap<string, number>;
}

/** The chunk at `position` of a page in `language`, else in the other language (pages are parallel). */
function chunkAt(kb: KnowledgeBase, pageId: string, position: number, language: PageLanguage): Chunk | undefined {
  const other = language === 'fr' ? 'ar' : 'fr';
  return kb.page(pageId, language)?.chunks[position] ?? kb.page(pageId, other)?.chunks[position];
}

function passage(kb: KnowledgeBase, chunk: Chunk, role: PassageMetadata['role'], relevance: number, ranking: Ranking) {
  const page = kb.page(chunk.pageId, chunk.language);
  const metadata: PassageMetadata = {
    pageId: chunk.pageId,
    title: chunk.title,
    shortTitle: page?.short_title,
    language: chunk.language,
    headingPath: chunk.headingPath,
    chunkId: chunk.id,
    position: chunk.position,
    role,
    relevance,
    confidence: ranking.confidence,
    queryTokens: ranking.tokens,
    termTokens: ranking.glossary.flatMap((m) => m.expansionTokens),
    sources: page?.sources ?? [],
    weights: page ? sourceWeights(page) : undefined,
    shares: page ? sourceShares(page).map((s) => s[chunk.position] ?? 1) : undefined,
    sourcePositions: chunk.sourcePositions,
    checked: page?.checked,
  };
  return new Document<PassageMetadata>({ pageContent: chunk.text, metadata, id: chunk.id });
}

/**
 * When the runner-up page is nearly as relevant (this share of the first page's score) and its best
 * section clearly answers better (by this margin of section score), it leads: the page ranking is
 * close, the section says which page the question is about. It leads too when its best section,
 * scoring at least as well, names the question's rarest word in its heading and the first page's
 * best section does not hold that word at all ("l'affermage d'un marché": the affermage section,
 * not the one on markets).
 */
export const sectionLead = { pageShare: 0.85, margin: 0.4 };

/** The question's word the base uses least (in fewest passages): the one that says most what it asks. */
function rarestToken(kb: KnowledgeBase, tokens: string[]): string | undefined {
  const known = tokens.filter((t) => kb.index.docFrequency(t) > 0);
  return known.sort((a, b) => kb.index.docFrequency(a) - kb.index.docFrequency(b))[0];
}

/** The section at this position in both languages. */
function versionsAt(kb: KnowledgeBase, pageId: string, position: number | undefined): Chunk[] {
  if (position === undefined) return [];
  return (['fr', 'ar'] as const).flatMap((l) => kb.page(pageId, l)?.chunks[position] ?? []);
}

/** The pages in answer order: the second page first when its best section leads (see sectionLead). */
function sectionLed(
  kb: KnowledgeBase,
  pages: PageHit[],
  sections: Map<string, SectionChoice[]>,
  tokens: string[],
): PageHit[] {
  const [first, second, ...rest] = pages;
  if (!first || !second || second.score < first.score * sectionLead.pageShare) return pages;
  const best = (hit: PageHit) => sections.get(hit.pageId)?.[0];
  const score = (hit: PageHit) => best(hit)?.score ?? 0;
  if (score(second) >= score(first) + sectionLead.margin) return [second, first, ...rest];
  const rarest = rarestToken(kb, tokens);
  if (rarest === undefined || score(second) < score(first)) return pages;
  const chunks = (hit: PageHit) => versionsAt(kb, hit.pageId, best(hit)?.position);
  const heads = chunks(second).some((c) => tokensOfHeading(c).has(rarest));
  const lacks = !chunks(first).some((c) => kb.index.chunkHasToken(c.id, rarest));
  return heads && lacks ? [second, first, ...rest] : pages;
}

/** Ranks pages, then the sections of each: what the bot answers with, or why it declines. */
export function retrieve(
  kb: KnowledgeBase,
  question: string,
  language: PageLanguage,
  options: RetrieveOptions = {},
): Retrieval {
  const limit = options.limit ?? 4;
  const pageRanking = rankPages(kb, question, { limit: Math.max(limit, 5), vectorScores: options.vectorScores });
  const intents = questionIntents(question);
  const verdict = verdictOf(kb, question, pageRanking);
  // A hint suggests a term the question does not name (« primes » for intrinsic motivation): its
  // words help find the page, not the section, whose heading would name what was not asked.
  const expansion = pageRanking.glossary.filter((m) => !m.weak).flatMap((m) => m.expansionTokens);
  // The action asked about, and what the glossary reads in what is asked ("confier au privé", "à une
  // société privée" is to delegate).
  const clause = permissionClause(question);
  const named = pageRanking.glossary.filter((m) => m.tokens.some((t) => clause.includes(t)));
  const action = [...permissionAction(question), ...named.flatMap((m) => m.expansionTokens)];
  const terms = pageRanking.glossary.flatMap((m) => [m.term.fr, m.term.ar]);
  const asking = askingTokens([question, ...terms]);
  const pointed = pageRanking.glossary
    .filter((m) => !m.weak)
    .map((m) => ({ tokens: m.tokens, expansion: m.expansionTokens, pages: m.term.pages }));
  const compared = comparedSides(question);
  const query = {
    ...sectionQuery(kb, [...pageRanking.tokens, ...expansion], intents, action, asking, pointed, compared),
    bareTerms: pageRanking.bareTerms,
    measuring: asksToMeasure(question),
  };
  const sections = new Map(pageRanking.pages.slice(0, limit).map((hit) => [hit.pageId, rankSections(kb, hit, query)]));
  const ranking = { ...pageRanking, pages: sectionLed(kb, pageRanking.pages, sections, pageRanking.tokens) };
  const top = ranking.pages[0]?.score || 1;
  const passages: Passage[] = [];
  ranking.pages.slice(0, limit).forEach((hit: PageHit, i) => {
    const ranked = sections.get(hit.pageId) ?? [];
    const chosen = i === 0 ? answerSections(ranked, intents) : ranked.slice(0, 1);
    chosen.forEach((section, k) => {
      const chunk = chunkAt(kb, hit.pageId, section.position, language);
      const role = i > 0 ? 'related' : k === 0 ? 'answer' : 'complement';
      if (chunk) passages.push(passage(kb, chunk, role, hit.score / top, ranking));
    });
  });
  return { verdict, intents, ranking, passages };
}

export interface RetrieverFields {
  kb: KnowledgeBase;
  language: PageLanguage;
  limit: number;
  /** Present once embeddings are ready: the ranking becomes hybrid. */
  embeddings?: () => EmbeddingIndex | undefined;
  embeddingTimeoutMs?: number;
  logger?: Logger;
}

export class KnowledgeRetriever extends BaseRetriever<PassageMetadata> {
  lc_namespace = ['jawda', 'knowledge'];

  constructor(private readonly fields: RetrieverFields) {
    super();
  }

  /** BM25 + glossary, plus embedding similarity when available (a failing embedding call is skipped). */
  async retrieve(question: string): Promise<Retrieval> {
    const { kb, embeddings, logger } = this.fields;
    const index = embeddings?.();
    let vectorScores: Map<string, number> | undefined;
    if (index && index.size > 0) {
      try {
        vectorScores = await index.similarities(question, this.fields.embeddingTimeoutMs ?? 5000);
      } catch (error) {
        logger?.warn(
          { err: error instanceof Error ? error.message : String(error) },
          'question embedding failed: BM25 only',
        );
      }
    }
    return retrieve(kb, question, this.fields.language, { limit: this.fields.limit, vectorScores });
  }

  override async _getRelevantDocuments(question: string): Promise<Passage[]> {
    const result = await this.retrieve(question);
    return result.verdict === 'answer' ? result.passages : [];
  }
}
