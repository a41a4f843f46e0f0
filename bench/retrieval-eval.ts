// Retrieval evaluation shared by `npm run bench:retrieval` and the quality test. Per set and
// language: page hit@1 and hit@5, section accuracy at 1, MRR; decline precision and recall; query
// latency. A searcher is what the bot does with a question: decline it, or answer with a section.
import { existsSync, readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { foldText } from '../src/core/text.ts';
import type { KnowledgeBase } from '../src/features/knowledge/knowledge-base.ts';
import { retrieve } from '../src/features/knowledge/retriever.ts';

export const evalLanguages = ['fr', 'ar', 'tn'] as const;
export type EvalLanguage = (typeof evalLanguages)[number];
const kinds = ['covered', 'offtopic', 'injection'] as const;

/** One question with what should happen: pages and French section headings, or a decline. */
export interface EvalCase {
  id: string;
  language: EvalLanguage;
  kind: (typeof kinds)[number];
  q: string;
  pages: string[];
  /** French headings of the sections that answer (the page title stands for its opening text). */
  sections: string[];
}

const tuningSchema = z.object({
  questions: z.array(
    z.object({
      language: z.enum(evalLanguages),
      kind: z.enum(kinds).default('covered'),
      q: z.string().min(1),
      expected: z.array(z.string()),
      sections: z.array(z.string()).default([]),
    }),
  ),
});

/** A file beside the bench scripts. */
export const benchFile = (name: string) => new URL(name, import.meta.url).pathname;

export function loadTuning(file = benchFile('retrieval-questions.yaml'), prefix = 't'): EvalCase[] {
  const { questions } = tuningSchema.parse(parseYaml(readFileSync(file, 'utf8')));
  return questions.map((q, i) => ({ ...q, id: `${prefix}${i + 1}`, pages: q.expected }));
}

/**
 * The paraphrased tuning set: the same topics asked the way a secretary general who has not read
 * the pages would (synonyms, Tunisian administrative Arabic and darija, SMS French).
 */
export function loadParaphrased(file = benchFile('retrieval-questions-paraphrased.yaml')): EvalCase[] {
  return loadTuning(file, 'p');
}

const heldoutSchema = z.object({
  questions: z.array(
    z.object({ id: z.coerce.string(), language: z.enum(evalLanguages), kind: z.enum(kinds), q: z.string() }),
  ),
});
const labelSchema = z.object({
  id: z.coerce.string(),
  pages: z.array(z.string()).default([]),
  sections: z.array(z.string()).default([]),
});
/** The labels file: a list under `labels:` or `questions:`, or a map from question id to labels. */
const labelsSchema = z.union([
  z.object({ labels: z.array(labelSchema) }).transform((v) => v.labels),
  z.object({ questions: z.array(labelSchema) }).transform((v) => v.questions),
  z
    .record(z.string(), labelSchema.omit({ id: true }))
    .transform((m) => Object.entries(m).map(([id, l]) => ({ id, ...l }))),
]);

/** The frozen held-out set with its labels (written apart); `labelled` is false without the labels file. */
export function loadHeldout(
  file = benchFile('retrieval-heldout.yaml'),
  labelsFile = benchFile('retrieval-heldout-labels.yaml'),
): { cases: EvalCase[]; labelled: boolean } {
  const { questions } = heldoutSchema.parse(parseYaml(readFileSync(file, 'utf8')));
  const labelled = existsSync(labelsFile);
  const labels = new Map(
    (labelled ? labelsSchema.parse(parseYaml(readFileSync(labelsFile, 'utf8'))) : []).map((l) => [l.id, l]),
  );
  const cases = questions.map((q) => ({
    ...q,
    pages: labels.get(q.id)?.pages ?? [],
    sections: labels.get(q.id)?.sections ?? [],
  }));
  return { cases, labelled };
}

/** What the bot did: declined, or answered with pages (best first) and the section it showed first. */
export interface SearchOutcome {
  declined: boolean;
  pages: string[];
  section?: { pageId: string; position: number };
}
export type Searcher = (question: string, language: 'fr' | 'ar') => SearchOutcome;

/** What the bot does: declines unless the verdict is "answer"; else its pages and first section. */
export function ourSearcher(kb: KnowledgeBase): Searcher {
  return (question, language) => {
    const result = retrieve(kb, question, language);
    const first = result.passages[0]?.metadata;
    return {
      declined: result.verdict !== 'answer',
      pages: result.ranking.pages.map((p) => p.pageId),
      section: first ? { pageId: first.pageId, position: first.position } : undefined,
    };
  };
}

export interface Scores {
  count: number;
  hitAt1: number;
  hitAt5: number;
  /** Share of questions with labelled sections whose first shown section is one of them. */
  sectionAt1: number;
  sectionCount: number;
  mrr: number;
}

export interface SetReport {
  byLanguage: Record<EvalLanguage, Scores>;
  all: Scores;
  /** Declined = not answered; a positive is a question that should be declined. */
  decline: { precision: number; recall: number; declined: number; shouldDecline: number; wrong: EvalCase[] };
  p50Ms: number;
  p99Ms: number;
  misses: Array<{ case: EvalCase; rank: number; section: boolean; got: SearchOutcome }>;
}

const round = (n: number, digits = 3) => Math.round(n * 10 ** digits) / 10 ** digits;
const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0;

/** Positions, in the French page, of the labelled headings (the title is the opening text, 0). */
export function labelledPositions(kb: KnowledgeBase, pageId: string, headings: string[]): number[] {
  const page = kb.page(pageId, 'fr');
  if (!page) return [];
  const wanted = new Set(headings.map(foldText));
  return page.chunks
    .filter(
      (c) => wanted.has(foldText(c.headingPath.at(-1) ?? '')) || (c.position === 0 && wanted.has(foldText(page.title))),
    )
    .map((c) => c.position);
}

function score(kb: KnowledgeBase, c: EvalCase, got: SearchOutcome) {
  const index = got.declined ? -1 : got.pages.findIndex((p) => c.pages.includes(p));
  const rank = index < 0 ? Infinity : index + 1;
  const s = got.section;
  const section =
    !got.declined &&
    !!s &&
    c.pages.includes(s.pageId) &&
    labelledPositions(kb, s.pageId, c.sections).includes(s.position);
  return { rank, section };
}

function aggregate(rows: Array<{ case: EvalCase; rank: number; section: boolean }>): Scores {
  const n = Math.max(1, rows.length);
  const labelled = rows.filter((r) => r.case.sections.length > 0);
  return {
    count: rows.length,
    hitAt1: round(rows.filter((r) => r.rank <= 1).length / n),
    hitAt5: round(rows.filter((r) => r.rank <= 5).length / n),
    sectionAt1: round(labelled.filter((r) => r.section).length / Math.max(1, labelled.length)),
    sectionCount: labelled.length,
    mrr: round(rows.reduce((sum, r) => sum + (Number.isFinite(r.rank) ? 1 / r.rank : 0), 0) / n),
  };
}

/** Runs every question `rounds` times (latency on all runs, quality on the first). */
export function evaluate(kb: KnowledgeBase, search: Searcher, cases: EvalCase[], rounds = 3): SetReport {
  const latencies: number[] = [];
  const rows: Array<{ case: EvalCase; rank: number; section: boolean; got: SearchOutcome }> = [];
  for (let round = 0; round < rounds; round++) {
    for (const c of cases) {
      const started = performance.now();
      const got = search(c.q, c.language === 'ar' ? 'ar' : 'fr');
      latencies.push(performance.now() - started);
      if (round === 0) rows.push({ case: c, ...score(kb, c, got), got });
    }
  }
  const covered = rows.filter((r) => r.case.kind === 'covered' && r.case.pages.length > 0);
  const byLanguage = Object.fromEntries(
    evalLanguages.map((l) => [l, aggregate(covered.filter((r) => r.case.language === l))]),
  ) as Record<EvalLanguage, Scores>;
  const declined = rows.filter((r) => r.got.declined);
  const should = rows.filter((r) => r.case.kind !== 'covered');
  const tp = declined.filter((r) => r.case.kind !== 'covered').length;
  latencies.sort((a, b) => a - b);
  return {
    byLanguage,
    all: aggregate(covered),
    decline: {
      precision: round(declined.length ? tp / declined.length : 1),
      recall: round(should.length ? tp / should.length : 1),
      declined: declined.length,
      shouldDecline: should.length,
      wrong: rows.filter((r) => r.got.declined !== (r.case.kind !== 'covered')).map((r) => r.case),
    },
    p50Ms: round(percentile(latencies, 50), 2),
    p99Ms: round(percentile(latencies, 99), 2),
    misses: covered.filter((r) => r.rank > 1 || (r.case.sections.length > 0 && !r.section)),
  };
}

/** The benchmark's JSON figures for one set. */
export function summary(report: SetReport) {
  const pick = (key: keyof Scores) => Object.fromEntries(evalLanguages.map((l) => [l, report.byLanguage[l][key]]));
  return {
    hitAt1: pick('hitAt1'),
    hitAt5: pick('hitAt5'),
    sectionAt1: pick('sectionAt1'),
    mrr: report.all.mrr,
    decline: { precision: report.decline.precision, recall: report.decline.recall },
    p50Ms: report.p50Ms,
    p99Ms: report.p99Ms,
  };
}
