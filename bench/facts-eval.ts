// What an answer shows, against facts a good answer must give (bench/answer-facts*.yaml): each
// question is answered through the real path (retrieval, then the extractive answer, sources line
// included), and each fact, one of several spellings, is looked for in the text, ignoring case and
// accents. A question counts as answered when every one of its facts is shown.
import { existsSync, readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { createI18n, type MessageArgs } from '../src/core/i18n.ts';
import { extractiveAnswer } from '../src/features/knowledge/answer.ts';
import type { KnowledgeBase } from '../src/features/knowledge/knowledge-base.ts';
import { retrieve } from '../src/features/knowledge/retriever.ts';
import { evalLanguages, type EvalLanguage } from './retrieval-eval.ts';

const factSchema = z.object({
  id: z.coerce.string(),
  language: z.enum(evalLanguages),
  q: z.string().min(1),
  facts: z.array(z.array(z.coerce.string().min(1)).min(1)).min(1),
});
export type FactCase = z.infer<typeof factSchema>;

/** The questions of a facts file; none when the file is not there. */
export function loadFacts(file: string): FactCase[] {
  if (!existsSync(file)) return [];
  return z.object({ questions: z.array(factSchema) }).parse(parseYaml(readFileSync(file, 'utf8'))).questions;
}

/** Lower case, no accents or isolation marks, Arabic letters that vary in typing made one. */
const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f\u064b-\u0652\u2066-\u2069\u200e\u200f]/g, '')
    .replace(/[أإآ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .replace(/[’‘]/g, "'")
    .replace(/\u00a0|\u202f/g, ' ')
    .toLowerCase();

export interface FactRow {
  case: FactCase;
  /** The facts not found in the answer, each as its first spelling. */
  missing: string[];
  answered: boolean;
}

export function answerFacts(kb: KnowledgeBase, cases: FactCase[]): FactRow[] {
  const i18n = createI18n();
  return cases.map((c) => {
    const locale = c.language === 'ar' ? 'ar' : 'fr';
    const result = retrieve(kb, c.q, locale);
    const t = (key: string, args?: MessageArgs) => i18n.t(locale, key, args);
    const text =
      result.verdict === 'answer'
        ? fold(extractiveAnswer(t, locale, { passages: result.passages, intents: result.intents, kb }).text)
        : '';
    const missing = c.facts.filter((spellings) => !spellings.some((s) => text.includes(fold(s)))).map((s) => s[0]!);
    return { case: c, missing, answered: text !== '' };
  });
}

export interface FactScores {
  count: number;
  /** Share of questions whose answer shows every fact. */
  complete: number;
  /** Share of all facts shown. */
  facts: number;
  byLanguage: Record<EvalLanguage, { count: number; complete: number }>;
}

const round = (n: number) => Math.round(n * 1000) / 1000;

export function factScores(rows: FactRow[]): FactScores {
  const total = rows.reduce((n, r) => n + r.case.facts.length, 0);
  const shown = rows.reduce((n, r) => n + r.case.facts.length - r.missing.length, 0);
  const complete = (list: FactRow[]) =>
    round(list.length ? list.filter((r) => !r.missing.length).length / list.length : 1);
  const byLanguage = Object.fromEntries(
    evalLanguages.map((l) => {
      const list = rows.filter((r) => r.case.language === l);
      return [l, { count: list.length, complete: complete(list) }];
    }),
  ) as FactScores['byLanguage'];
  return { count: rows.length, complete: complete(rows), facts: round(total ? shown / total : 1), byLanguage };
}
