// Whether a question is about something the base treats: it names a specific glossary term that
// points to one of the first pages ("named"), or one of its words is in the first page's title,
// headings or tags ("anchored"). Scattered body words are not a topic: "le cours de l'euro" finds
// "cours" and "dinars" somewhere, and is still not a methodology question.
import { analyze } from './analyze.ts';
import type { GlossaryMatch } from './glossary.ts';
import type { Page } from './ingest.ts';
import type { KnowledgeBase } from './knowledge-base.ts';
import type { Ranking } from './ranker.ts';
import { isSpecific } from './specific.ts';

/**
 * The question names a specific term the glossary explains on one of the first three pages (by the
 * term itself or a phrase for it: a one-word alias such as "téléphone" is not enough).
 */
export function namesTopic(kb: KnowledgeBase, ranking: Ranking): boolean {
  const first = new Set(ranking.pages.slice(0, 3).map((p) => p.pageId));
  return ranking.glossary.some((m) => !m.weak && m.term.pages.some((id) => first.has(id)) && isSpecific(kb, m));
}

const topicTokens = new WeakMap<Page, Set<string>>();

function tokensOfTopic(page: Page): Set<string> {
  let tokens = topicTokens.get(page);
  if (!tokens) {
    const texts = [page.title, ...page.tags, ...page.chunks.map((c) => c.headingPath.at(-1) ?? '')];
    tokens = new Set(texts.flatMap((t) => analyze(t)));
    topicTokens.set(page, tokens);
  }
  return tokens;
}

const sharedTokens = new WeakMap<KnowledgeBase, { pages: string; tokens: Set<string> }>();

/**
 * Words in the titles, headings or tags of more than half of the pages ("commune", "tunisien",
 * "à retenir"): every page has them, so they say nothing of what a question is about.
 */
function tokensOfEveryTopic(kb: KnowledgeBase): Set<string> {
  const pages = kb
    .pages()
    .map((p) => p.hash)
    .join();
  const known = sharedTokens.get(kb);
  if (known?.pages === pages) return known.tokens;
  const count = new Map<string, number>();
  const ids = new Set(kb.pages().map((p) => p.id));
  for (const id of ids) {
    const versions = (['fr', 'ar'] as const).map((l) => kb.page(id, l)).filter((p) => p !== undefined);
    for (const t of new Set(versions.flatMap((p) => [...tokensOfTopic(p)]))) count.set(t, (count.get(t) ?? 0) + 1);
  }
  const tokens = new Set([...count].filter(([, n]) => n > ids.size / 2).map(([t]) => t));
  sharedTokens.set(kb, { pages, tokens });
  return tokens;
}

/**
 * The question names a term the glossary keeps without a page, the commune's own vocabulary (its
 * agents, its users, its services), by a phrase of several words (« agent contractuel », « service
 * public local »), not by one everyday word (« habitants », « employé »).
 */
export function namesCommuneVocabulary(match: GlossaryMatch): boolean {
  return match.term.pages.length === 0 && !match.weak && match.tokens.length >= 2;
}

/** A word of the question (or a glossary term it names) is in the first page's title, headings or tags. */
export function isAnchored(kb: KnowledgeBase, ranking: Ranking): boolean {
  const first = ranking.pages[0]?.pageId;
  if (!first) return false;
  if (ranking.glossary.some((m) => !m.otherSense && m.term.pages.includes(first))) return true;
  const versions = (['fr', 'ar'] as const).map((l) => kb.page(first, l)).filter((p) => p !== undefined);
  // A bare number ("2", "2024") names no topic, even when a heading has it; nor does a word of
  // most pages' headings ("exemple dans une commune tunisienne"), unless the page's title has it.
  const shared = tokensOfEveryTopic(kb);
  // Nor does the commune's own vocabulary (« agent contractuel »), unless the title has it: every
  // page speaks of its agents, its users and its services.
  const vocabulary = new Set(ranking.glossary.filter(namesCommuneVocabulary).flatMap((m) => m.tokens));
  const words = ranking.tokens.filter((t) => !/^\d+$/.test(t));
  const inTitle = (t: string) => versions.some((p) => analyze(`${p.title} ${p.tags.join(' ')}`).includes(t));
  const general = (t: string) => shared.has(t) || vocabulary.has(t);
  return words.some((t) => versions.some((p) => tokensOfTopic(p).has(t)) && (!general(t) || inTitle(t)));
}
