// A grounded answer written by an LLM from the retrieved passages only. The reply is checked
// before it is sent: it must cite real passages by number and must not echo the instructions;
// otherwise the caller sends the offline answer. Its references are those of the cited passages.
import type { Locale } from '../../core/i18n.ts';
import type { LlmClient } from '../../llm/client.ts';
import type { Prompt } from '../../llm/prompts.ts';
import { maxAnswerLength, sourcesLine, sourcesOf, type Answer, type Translate } from './answer.ts';
import { cut } from './excerpt.ts';
import { citedNumbers, groundingProblem, type GroundingProblem } from './grounding.ts';
import type { Passage } from './retriever.ts';

export interface LlmAnswerDeps {
  llm: LlmClient;
  prompt: Prompt;
  timeoutMs: number;
}

export type LlmOutcome =
  | { kind: 'answer'; answer: Answer }
  /** The model says the passages do not cover the question. */
  | { kind: 'not-covered' }
  /** The reply cannot be sent as it is: the offline answer goes instead. */
  | { kind: 'rejected'; problem: GroundingProblem };

/** The question as data: delimiters it could use to break out of its block are neutralised. */
export function fenceQuestion(question: string): string {
  return question
    .replace(/<\/?\s*(question|passages)\s*>/gi, '')
    .trim()
    .slice(0, 1000);
}

const languageNames: Record<Locale, string> = { fr: 'French', ar: 'Arabic (Modern Standard Arabic, simple)' };

/** Asks the model; rejects on error or timeout (the caller falls back to the offline answer). */
export async function llmAnswer(
  deps: LlmAnswerDeps,
  t: Translate,
  locale: Locale,
  question: string,
  passages: Passage[],
): Promise<LlmOutcome> {
  const numbered = passages
    .map((p, i) => `[${i + 1}] ${p.metadata.headingPath.join(' › ')}\n${cut(p.pageContent, 1500)}`)
    .join('\n\n');
  const messages = await deps.prompt.format({
    language: languageNames[locale],
    passages: numbered,
    question: fenceQuestion(question),
  });
  const reply = await deps.llm.chat(messages, { timeoutMs: deps.timeoutMs });
  if (/NOT_COVERED/.test(reply) && reply.replace(/NOT_COVERED/g, '').trim().length < 20) return { kind: 'not-covered' };
  const text = reply.replace(/NOT_COVERED/g, '').trim();
  const instructions = messages
    .filter((m) => m.role === 'system')
    .map((m) => m.content)
    .join('\n');
  const problem = groundingProblem(text, passages.length, instructions, numbered);
  if (problem) return { kind: 'rejected', problem };

  // The references of the passages the reply cites, labelled with their numbers; nothing else.
  const cited = citedNumbers(text).map((n) => passages[n - 1] as Passage);
  const labels = new Map<string, string>();
  for (const n of citedNumbers(text)) {
    const pageId = (passages[n - 1] as Passage).metadata.pageId;
    labels.set(pageId, labels.has(pageId) ? `${labels.get(pageId)}[${n}]` : `[${n}]`);
  }
  const sources = sourcesLine(t, locale, cited, labels);
  const body = cut(text, Math.max(200, maxAnswerLength - sources.length - 2));
  return {
    kind: 'answer',
    answer: {
      mode: 'llm',
      locale,
      confidence: passages[0]?.metadata.confidence ?? 0,
      sources: sourcesOf(cited),
      text: `${body}\n\n${sources}`,
    },
  };
}
