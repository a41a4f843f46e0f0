// The retrieval seam: a LangChain retriever returning Documents (one passage per page, in the
// asker's language) with their page, heading path and the ranking's confidence in the metadata.
import { Document } from '@langchain/core/documents';
import { BaseRetriever } from '@langchain/core/retrievers';
import type { Logger } from '../../logger.ts';
import type { EmbeddingIndex } from './embeddings.ts';
import type { Chunk, PageLanguage } from './ingest.ts';
import type { KnowledgeBase } from './knowledge-base.ts';
import { rankPages, type PageHit, type Ranking } from './ranker.ts';

export interface PassageMetadata {
  pageId: string;
  title: string;
  language: PageLanguage;
  headingPath: string[];
  chunkId: string;
  /** Page score relative to the best page (1 for the first). */
  relevance: number;
  /** Confidence of the whole ranking (same on every document of one retrieval). */
  confidence: number;
  /** The question's analysed tokens, to trim the passage around them. */
  queryTokens: string[];
}

export type Passage = Document<PassageMetadata>;

/**
 * The passage of a ranked page shown to someone reading `language`: its best matching chunk in
 * that language; else the same section of the other version (pages are parallel translations);
 * else the best chunk in any language.
 */
export function passageChunk(kb: KnowledgeBase, hit: PageHit, language: PageLanguage): Chunk | undefined {
  const own = hit.chunks.find((h) => h.chunk.language === language);
  if (own) return own.chunk;
  const best = hit.chunks[0]?.chunk;
  const page = kb.page(hit.pageId, language);
  if (page && best) return page.chunks.find((c) => c.position === best.position) ?? page.chunks[0];
  return best ?? page?.chunks[0];
}

export function toPassages(kb: KnowledgeBase, ranking: Ranking, language: PageLanguage, limit: number): Passage[] {
  const top = ranking.pages[0]?.score || 1;
  return ranking.pages.slice(0, limit).flatMap((hit) => {
    const chunk = passageChunk(kb, hit, language);
    if (!chunk) return [];
    const metadata: PassageMetadata = {
      pageId: chunk.pageId,
      title: chunk.title,
      language: chunk.language,
      headingPath: chunk.headingPath,
      chunkId: chunk.id,
      relevance: hit.score / top,
      confidence: ranking.confidence,
      queryTokens: ranking.tokens,
    };
    return [new Document<PassageMetadata>({ pageContent: chunk.text, metadata, id: chunk.id })];
  });
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
  async rank(question: string): Promise<Ranking> {
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
    return rankPages(kb, question, { limit: Math.max(this.fields.limit, 5), vectorScores });
  }

  override async _getRelevantDocuments(question: string): Promise<Passage[]> {
    return toPassages(this.fields.kb, await this.rank(question), this.fields.language, this.fields.limit);
  }
}
