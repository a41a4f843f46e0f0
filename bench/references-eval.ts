// The references a knowledge answer ends with, against bench/references-labels.yaml: each question
// is answered through the real path (retrieval, then the extractive answer), and the page sources
// its "Sources" line cites are compared with the labels. Precision: share of cited references that
// are acceptable for what the answer shows; wrong: cited references labelled must-not-appear.
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { createI18n, type MessageArgs } from '../src/core/i18n.ts';
import { extractiveAnswer } from '../src/features/knowledge/answer.ts';
import type { KnowledgeBase } from '../src/features/knowledge/knowledge-base.ts';
import { cutReference, maxReferenceLength } from '../src/features/knowledge/references.ts';
import { retrieve } from '../src/features/knowledge/retriever.ts';
import { benchFile } from './retrieval-eval.ts';

const labelSchema = z.object({
  q: z.string().min(1),
  language: z.enum(['fr', 'ar']),
  page: z.string(),
  acceptable: z.array(z.string()).min(1),
  wrong: z.array(z.string()).default([]),
  heldout: z.boolean().default(false),
  known: z.boolean().default(false),
});
export type ReferenceLabel = z.infer<typeof labelSchema>;

export function loadReferenceLabels(file = benchFile('references-labels.yaml')): ReferenceLabel[] {
  return z.object({ questions: z.array(labelSchema) }).parse(parseYaml(readFileSync(file, 'utf8'))).questions;
}

/** What one answer cited, and how the labels judge it. */
export interface ReferenceRow {
  label: ReferenceLabel;
  /** The page the answer showed (undefined when it did not answer). */
  page?: string;
  cited: string[];
  acceptable: number;
  wrong: string[];
}

export interface ReferenceScores {
  count: number;
  cited: number;
  precision: number;
  wrong: number;
  /** Answers showing another page than the labelled one (their citations count as not acceptable). */
  otherPage: number;
}

/** The one source of the page a label's substring names; a substring naming none or several is a labelling error. */
function named(sources: string[], needle: string, label: ReferenceLabel): string {
  const hits = sources.filter((s) => s.includes(needle));
  if (hits.length !== 1)
    throw new Error(`references label « ${needle} » names ${hits.length} sources of ${label.page} for « ${label.q} »`);
  return hits[0] as string;
}

const unisolated = (text: string) => text.replace(/[\u2066-\u2069]/g, '');

export function answerReferences(kb: KnowledgeBase, labels: ReferenceLabel[]): ReferenceRow[] {
  const i18n = createI18n();
  return labels.map((label) => {
    const sources = kb.page(label.page, label.language)?.sources ?? [];
    const good = new Set(label.acceptable.map((n) => named(sources, n, label)));
    const bad = new Set(label.wrong.map((n) => named(sources, n, label)));
    const result = retrieve(kb, label.q, label.language);
    const first = result.passages[0]?.metadata;
    if (result.verdict !== 'answer' || !first) return { label, cited: [], acceptable: 0, wrong: [] };
    const t = (key: string, args?: MessageArgs) => i18n.t(label.language, key, args);
    const reply = extractiveAnswer(t, label.language, { passages: result.passages, intents: result.intents, kb });
    const line = unisolated(reply.text.split('\n\n').at(-1) ?? '');
    const shown = kb.page(first.pageId, label.language)?.sources ?? [];
    const cited = shown.filter((s) => line.includes(cutReference(s, maxReferenceLength)));
    const samePage = first.pageId === label.page;
    return {
      label,
      page: first.pageId,
      cited,
      acceptable: samePage ? cited.filter((s) => good.has(s)).length : 0,
      wrong: samePage ? cited.filter((s) => bad.has(s)) : [],
    };
  });
}

const round = (n: number) => Math.round(n * 1000) / 1000;

export function referenceScores(rows: ReferenceRow[]): ReferenceScores {
  const cited = rows.reduce((n, r) => n + r.cited.length, 0);
  const acceptable = rows.reduce((n, r) => n + r.acceptable, 0);
  return {
    count: rows.length,
    cited,
    precision: round(cited ? acceptable / cited : 1),
    wrong: rows.reduce((n, r) => n + r.wrong.length, 0),
    otherPage: rows.filter((r) => r.page !== r.label.page).length,
  };
}
