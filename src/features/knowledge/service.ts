// The knowledge service: what other features call (questionnaire help) and what /ask uses.
import type { I18n, Locale } from '../../core/i18n.ts';
import { createLlmClient, type LlmSettings } from '../../llm/client.ts';
import { loadPrompt } from '../../llm/prompts.ts';
import type { Logger } from '../../logger.ts';
import type { Db } from '../../persistence/prisma.ts';
import { declinedAnswer, extractiveAnswer, notCoveredAnswer, type Answer } from './answer.ts';
import { createEmbeddingIndex, type EmbeddingIndex } from './embeddings.ts';
import { analyze } from './analyze.ts';
import { excerpt } from './excerpt.ts';
import { createKnowledgeBase, type KnowledgeBase, type SyncReport } from './knowledge-base.ts';
import { llmAnswer, type LlmAnswerDeps } from './llm-answer.ts';
import { KnowledgeRetriever, retrieve } from './retriever.ts';

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
  /**
   * A sourced answer in `locale`; or "not covered" with nearby topics (mode `none`, for the
   * coordinators); or a refusal (mode `declined`: off-topic, injection-like, empty). Never throws
   * on LLM failure.
   */
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
      // A short question ("Dans quelle commune ?", "Qui la pilote ?") names no topic: no passage
      // is stretched to fit it. Otherwise only passages the base would answer with.
      if (analyze(text).length < 2) return [];
      const result = retrieve(kb, text, locale, { limit });
      if (result.verdict !== 'answer' || result.ranking.confidence < relatedMinConfidence) return [];
      const onePerPage = result.passages.filter((p) => p.metadata.role !== 'complement').slice(0, limit);
      return onePerPage.map((p) => ({
        pageId: p.metadata.pageId,
        title: p.metadata.title,
        excerpt: excerpt(p.pageContent, result.ranking.tokens, 280),
      }));
    },
    async answer(question, locale) {
      const t = (key: string, args?: Parameters<I18n['t']>[2]) => i18n.t(locale, key, args);
      const retriever = retrievers.get(locale) as KnowledgeRetriever;
      const result = await retriever.retrieve(question);
      const { verdict, passages, intents } = result;
      const confidence = result.ranking.confidence;
      if (verdict === 'not-covered') return notCoveredAnswer(t, locale, confidence >= 0.2 ? passages : [], confidence);
      if (verdict !== 'answer') {
        logger.info({ verdict, confidence }, 'knowledge question declined');
        return declinedAnswer(t, locale, verdict, confidence);
      }
      const offline = () => extractiveAnswer(t, locale, { passages, intents, kb });
      if (!llmDeps) return offline();
      const started = performance.now();
      try {
        const outcome = await llmAnswer(llmDeps, t, locale, question, passages);
        const ms = Math.round(performance.now() - started);
        if (outcome.kind === 'rejected') {
          logger.warn({ problem: outcome.problem, ms }, 'LLM answer rejected: extractive fallback');
          return offline();
        }
        logger.info({ mode: outcome.kind === 'answer' ? 'llm' : 'none', ms }, 'knowledge answer');
        return outcome.kind === 'answer' ? outcome.answer : notCoveredAnswer(t, locale, passages, confidence);
      } catch (error) {
        const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
        logger.warn({ reason, ms: Math.round(performance.now() - started) }, 'LLM answer failed: extractive fallback');
        return offline();
      }
    },
    async reload() {
      const next = kb.sync();
      if (next.added + next.removed > 0) await syncEmbeddings();
      return next;
    },
  };
}
