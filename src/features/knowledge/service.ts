// The knowledge service: what other features call (questionnaire help) and what /ask uses.
import type { I18n, Locale } from '../../core/i18n.ts';
import { createLlmClient, type LlmSettings } from '../../llm/client.ts';
import { loadPrompt } from '../../llm/prompts.ts';
import type { Logger } from '../../logger.ts';
import type { Db } from '../../persistence/prisma.ts';
import {
  extractiveAnswer,
  llmAnswer,
  minConfidence,
  notCoveredAnswer,
  type Answer,
  type LlmAnswerDeps,
} from './answer.ts';
import { createEmbeddingIndex, type EmbeddingIndex } from './embeddings.ts';
import { excerpt } from './excerpt.ts';
import { createKnowledgeBase, type KnowledgeBase, type SyncReport } from './knowledge-base.ts';
import { rankPages } from './ranker.ts';
import { KnowledgeRetriever, toPassages } from './retriever.ts';

export interface KnowledgeDeps {
  db: Db;
  i18n: I18n;
  logger: Logger;
  /** Folder with pages/{fr,ar}/*.md and glossary.yaml. */
  knowledgeDir: string;
  /** With an API key: grounded LLM answers and hybrid retrieval; without: offline BM25 and extracts. */
  llm?: LlmSettings | undefined;
  promptsDir?: string;
}

export interface RelatedPassage {
  pageId: string;
  title: string;
  excerpt: string;
}

export interface KnowledgeService {
  /** Passages related to a text (e.g. a questionnaire question), in `locale`; offline BM25, fast. */
  related(text: string, locale: Locale, limit: number): Promise<RelatedPassage[]>;
  /** A sourced answer in `locale`, or a plain "not covered" with nearby topics. Never throws on LLM failure. */
  answer(question: string, locale: Locale): Promise<Answer>;
  /** Re-reads the knowledge folder (only changed pages are re-indexed; embeddings of changed chunks only). */
  reload(): Promise<SyncReport>;
  /** Resolves once embeddings are loaded or computed (immediately without an LLM); never rejects. */
  ready: Promise<void>;
  readonly kb: KnowledgeBase;
}

/** Related passages below this confidence are noise for a questionnaire's help. */
const relatedMinConfidence = 0.3;

export function createKnowledgeService(deps: KnowledgeDeps): KnowledgeService {
  const { i18n, logger } = deps;
  const kb = createKnowledgeBase(deps.knowledgeDir);
  const report = kb.sync();
  for (const error of report.errors) logger.warn({ error }, 'knowledge page skipped');
  logger.info({ pages: report.pages, chunks: report.added, ms: Math.round(report.ms) }, 'knowledge base indexed');

  const llm = deps.llm ? createLlmClient(deps.llm) : undefined;
  const llmDeps: LlmAnswerDeps | undefined =
    llm && deps.llm ? { llm, prompt: loadPrompt('answer', deps.promptsDir), timeoutMs: deps.llm.timeoutMs } : undefined;
  const embeddings: EmbeddingIndex | undefined = llm ? createEmbeddingIndex(deps.db, llm) : undefined;
  let embeddingsReady = false;

  async function syncEmbeddings() {
    if (!embeddings) return;
    try {
      const result = await embeddings.sync(kb.chunks());
      embeddingsReady = true;
      logger.info({ ...result, model: llm?.embeddingModel }, 'knowledge embeddings ready');
    } catch (error) {
      logger.warn(
        { err: error instanceof Error ? error.message : String(error) },
        'knowledge embeddings unavailable: BM25 only',
      );
    }
  }

  const retrievers = new Map<Locale, KnowledgeRetriever>(
    (['fr', 'ar'] as const).map((language) => [
      language,
      new KnowledgeRetriever({
        kb,
        language,
        limit: 4,
        embeddings: () => (embeddingsReady ? embeddings : undefined),
        embeddingTimeoutMs: Math.min(3000, deps.llm?.timeoutMs ?? 3000),
        logger,
      }),
    ]),
  );

  return {
    kb,
    ready: syncEmbeddings(),
    async related(text, locale, limit) {
      const ranking = rankPages(kb, text, { limit });
      if (ranking.confidence < relatedMinConfidence) return [];
      return toPassages(kb, ranking, locale, limit).map((p) => ({
        pageId: p.metadata.pageId,
        title: p.metadata.title,
        excerpt: excerpt(p.pageContent, ranking.tokens, 280),
      }));
    },
    async answer(question, locale) {
      const t = (key: string, args?: Parameters<I18n['t']>[2]) => i18n.t(locale, key, args);
      const retriever = retrievers.get(locale) as KnowledgeRetriever;
      const passages = await retriever.invoke(question);
      const confidence = passages[0]?.metadata.confidence ?? 0;
      if (passages.length === 0 || confidence < minConfidence) {
        return notCoveredAnswer(t, locale, confidence >= 0.2 ? passages : [], confidence);
      }
      if (!llmDeps) return extractiveAnswer(t, locale, passages);
      const started = performance.now();
      try {
        const answer = await llmAnswer(llmDeps, t, locale, question, passages);
        logger.info({ mode: answer ? 'llm' : 'none', ms: Math.round(performance.now() - started) }, 'knowledge answer');
        return answer ?? notCoveredAnswer(t, locale, passages, confidence);
      } catch (error) {
        const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
        logger.warn({ reason, ms: Math.round(performance.now() - started) }, 'LLM answer failed: extractive fallback');
        return extractiveAnswer(t, locale, passages);
      }
    },
    async reload() {
      const next = kb.sync();
      if (next.added + next.removed > 0) await syncEmbeddings();
      return next;
    },
  };
}
