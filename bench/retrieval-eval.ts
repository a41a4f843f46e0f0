// Retrieval evaluation shared by `npm run bench:retrieval` and the quality test: hit@1, hit@5 and
// MRR per language, and query latency, for our retriever and a plain BM25 baseline.
import { readFileSync } from 'node:fs';
import { create, insert, search, type AnyOrama } from '@orama/orama';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { createKnowledgeBase, type KnowledgeBase } from '../src/features/knowledge/knowledge-base.ts';
import { rankPages } from '../src/features/knowledge/ranker.ts';

export const evalLanguages = ['fr', 'ar', 'tn'] as const;
export type EvalLanguage = (typeof evalLanguages)[number];

const questionSchema = z.object({
  language: z.enum(evalLanguages),
  q: z.string().min(1),
  expected: z.array(z.string()).min(1),
});
export type EvalQuestion = z.infer<typeof questionSchema>;

export function loadQuestions(file = new URL('retrieval-questions.yaml', import.meta.url)): EvalQuestion[] {
  return z.object({ questions: z.array(questionSchema) }).parse(parseYaml(readFileSync(file, 'utf8'))).questions;
}

/** A retriever under evaluation: question → page ids, best first. */
export type PageSearch = (question: string) => string[];

export interface LanguageScores {
  hitAt1: number;
  hitAt5: number;
  mrr: number;
  count: number;
}

export interface EvalReport {
  byLanguage: Record<EvalLanguage, LanguageScores>;
  mrr: number;
  p50Ms: number;
  p99Ms: number;
  /** Questions whose expected page is not first, with the rank it got (Infinity: not in the top 5). */
  misses: Array<{ question: EvalQuestion; rank: number; got: string[] }>;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

const round = (n: number, digits = 3) => Math.round(n * 10 ** digits) / 10 ** digits;

/** Runs every question `rounds` times (latency is measured on all runs; quality on the first). */
export function evaluate(searchPages: PageSearch, questions: EvalQuestion[], rounds = 3): EvalReport {
  const latencies: number[] = [];
  const ranks: Array<{ question: EvalQuestion; rank: number; got: string[] }> = [];
  for (let round = 0; round < rounds; round++) {
    for (const question of questions) {
      const started = performance.now();
      const got = searchPages(question.q);
      latencies.push(performance.now() - started);
      if (round > 0) continue;
      const index = got.findIndex((id) => question.expected.includes(id));
      ranks.push({ question, rank: index < 0 ? Infinity : index + 1, got: got.slice(0, 5) });
    }
  }
  const byLanguage = {} as Record<EvalLanguage, LanguageScores>;
  for (const language of evalLanguages) {
    const own = ranks.filter((r) => r.question.language === language);
    const n = Math.max(1, own.length);
    byLanguage[language] = {
      hitAt1: round(own.filter((r) => r.rank <= 1).length / n),
      hitAt5: round(own.filter((r) => r.rank <= 5).length / n),
      mrr: round(own.reduce((s, r) => s + (Number.isFinite(r.rank) ? 1 / r.rank : 0), 0) / n),
      count: own.length,
    };
  }
  latencies.sort((a, b) => a - b);
  return {
    byLanguage,
    mrr: round(ranks.reduce((s, r) => s + (Number.isFinite(r.rank) ? 1 / r.rank : 0), 0) / Math.max(1, ranks.length)),
    p50Ms: round(percentile(latencies, 50), 2),
    p99Ms: round(percentile(latencies, 99), 2),
    misses: ranks.filter((r) => r.rank > 1),
  };
}

export function ourSearch(kb: KnowledgeBase): PageSearch {
  return (question) => rankPages(kb, question, { limit: 10 }).pages.map((p) => p.pageId);
}

/**
 * The baseline: same library and chunks, plain BM25 on lower-cased Unicode words — no folding, no
 * stemming, no stop words, no glossary. (Orama's default English tokenizer would drop Arabic letters.)
 */
export function baselineSearch(kb: KnowledgeBase): PageSearch {
  const tokenize = (raw: string) => [...new Set(raw.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])];
  const tokenizer = { language: 'none', normalizationCache: new Map<string, string>(), tokenize };
  const db: AnyOrama = create({
    schema: { title: 'string', heading: 'string', body: 'string', pageId: 'enum' },
    components: { tokenizer },
  });
  for (const c of kb.chunks()) {
    void insert(db, {
      id: c.id,
      title: c.title,
      heading: c.headingPath.slice(1).join(' / '),
      body: c.text,
      pageId: c.pageId,
    });
  }
  return (question) => {
    const result = search(db, { term: question, limit: 80, threshold: 1, properties: ['title', 'heading', 'body'] });
    if (result instanceof Promise) throw new Error('unexpected asynchronous Orama search');
    const pages: string[] = [];
    for (const hit of result.hits) {
      const pageId = String(hit.document.pageId);
      if (!pages.includes(pageId)) pages.push(pageId);
    }
    return pages;
  };
}

export function loadBase(dir = new URL('../knowledge', import.meta.url).pathname): KnowledgeBase {
  const kb = createKnowledgeBase(dir);
  kb.sync();
  return kb;
}

/** The benchmark's last line: fr and ar (Latin-script Tunisian questions reported as tn). */
export function summary(report: EvalReport) {
  const pick = (key: 'hitAt1' | 'hitAt5') =>
    Object.fromEntries(evalLanguages.map((l) => [l, report.byLanguage[l][key]]));
  return { hitAt1: pick('hitAt1'), hitAt5: pick('hitAt5'), mrr: report.mrr, p50Ms: report.p50Ms, p99Ms: report.p99Ms };
}
