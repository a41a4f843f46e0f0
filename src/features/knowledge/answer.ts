// Turning passages into a reply: extractive (offline), grounded by an LLM, or "not covered".
import type { Locale, MessageArgs } from '../../core/i18n.ts';
import type { LlmClient } from '../../llm/client.ts';
import type { Prompt } from '../../llm/prompts.ts';
import { cut, excerpt } from './excerpt.ts';
import type { Passage } from './retriever.ts';

export type AnswerMode = 'extractive' | 'llm' | 'none';

export interface Source {
  pageId: string;
  title: string;
}

export interface Answer {
  mode: AnswerMode;
  text: string;
  /** Language of the answer (the question's). */
  locale: Locale;
  confidence: number;
  sources: Source[];
}

export type Translate = (key: string, args?: MessageArgs) => string;

/** Below this confidence the base is taken not to cover the question (calibrated on bench questions). */
export const minConfidence = 0.45;

export function sourcesOf(passages: Passage[]): Source[] {
  const seen = new Map<string, Source>();
  for (const p of passages)
    if (!seen.has(p.metadata.pageId))
      seen.set(p.metadata.pageId, { pageId: p.metadata.pageId, title: p.metadata.title });
  return [...seen.values()];
}

function sourcesLine(t: Translate, sources: Source[]): string {
  return t('kb-sources', { titles: sources.map((s) => s.title).join(' ; ') });
}

function passageHeading(t: Translate, p: Passage): string {
  const section = p.metadata.headingPath.slice(1).join(' › ');
  return section
    ? t('kb-passage-heading', { title: p.metadata.title, section })
    : t('kb-passage-title', { title: p.metadata.title });
}

/** The best passage (and a second one from another page when it is nearly as relevant), with sources. */
export function extractiveAnswer(t: Translate, locale: Locale, passages: Passage[]): Answer {
  const shown = passages.slice(0, 2).filter((p, i) => i === 0 || p.metadata.relevance >= 0.6);
  const parts = shown.map(
    (p, i) => `${passageHeading(t, p)}\n${excerpt(p.pageContent, p.metadata.queryTokens, i === 0 ? 650 : 350)}`,
  );
  const sources = sourcesOf(shown);
  return {
    mode: 'extractive',
    locale,
    confidence: passages[0]?.metadata.confidence ?? 0,
    sources,
    text: [...parts, sourcesLine(t, sources)].join('\n\n'),
  };
}

/** Says plainly that the base does not cover the question, and points to nearby topics if any. */
export function notCoveredAnswer(t: Translate, locale: Locale, related: Passage[], confidence: number): Answer {
  const lines = [t('kb-not-covered')];
  const titles = [...new Set(related.slice(0, 3).map((p) => p.metadata.title))];
  lines.push(titles.length > 0 ? t('kb-related', { topics: titles.map((x) => `• ${x}`).join('\n') }) : t('kb-suggest'));
  return { mode: 'none', locale, confidence, sources: [], text: lines.join('\n\n') };
}

/** The question as data: delimiters it could use to break out of its block are neutralised. */
export function fenceQuestion(question: string): string {
  return question
    .replace(/<\/?\s*(question|passages)\s*>/gi, '')
    .trim()
    .slice(0, 1000);
}

const languageNames: Record<Locale, string> = { fr: 'French', ar: 'Arabic (Modern Standard Arabic, simple)' };

export interface LlmAnswerDeps {
  llm: LlmClient;
  prompt: Prompt;
  timeoutMs: number;
}

/**
 * A grounded answer from the passages only, with the sources it cites. Resolves to null when the
 * model says the passages do not cover the question; rejects on error or timeout (caller falls back).
 */
export async function llmAnswer(
  deps: LlmAnswerDeps,
  t: Translate,
  locale: Locale,
  question: string,
  passages: Passage[],
): Promise<Answer | null> {
  const numbered = passages
    .map((p, i) => `[${i + 1}] ${p.metadata.headingPath.join(' › ')}\n${cut(p.pageContent, 1500)}`)
    .join('\n\n');
  const messages = await deps.prompt.format({
    language: languageNames[locale],
    passages: numbered,
    question: fenceQuestion(question),
  });
  const reply = await deps.llm.chat(messages, { timeoutMs: deps.timeoutMs });
  if (/NOT_COVERED/.test(reply) && reply.replace(/NOT_COVERED/g, '').trim().length < 20) return null;
  const cited = new Set([...reply.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]) - 1));
  const usedPassages = passages.filter((_, i) => cited.has(i));
  const sources = sourcesOf(usedPassages.length > 0 ? usedPassages : passages.slice(0, 1));
  const text = `${cut(reply.replace(/NOT_COVERED/g, '').trim(), 1500)}\n\n${sourcesLine(t, sources)}`;
  return { mode: 'llm', locale, confidence: passages[0]?.metadata.confidence ?? 0, sources, text };
}
