// Turning a retrieval into a reply: the sections that answer (offline), "not covered" (left for
// the coordinators) or a plain refusal (off-topic, injection-like, empty). Every answer ends with
// references a participant can check, and fits a phone screen.
import { Document } from '@langchain/core/documents';
import type { Locale, MessageArgs } from '../../core/i18n.ts';
import type { Verdict } from './decline.ts';
import { excerpt, plainText } from './excerpt.ts';
import type { Intent } from './intent.ts';
import type { KnowledgeBase } from './knowledge-base.ts';
import { checkedDate, referenceList } from './references.ts';
import type { Passage, PassageMetadata } from './retriever.ts';

/** `none`: not covered, listed for the coordinators; `declined`: not for this bot, listed nowhere. */
export type AnswerMode = 'extractive' | 'llm' | 'none' | 'declined';

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

/** About one phone screen: longer answers are cut, references included. */
export const maxAnswerLength = 1200;

export function sourcesOf(passages: Passage[]): Source[] {
  const seen = new Map<string, Source>();
  for (const p of passages) seen.set(p.metadata.pageId, { pageId: p.metadata.pageId, title: p.metadata.title });
  return [...seen.values()];
}

/** "Sources : <references> (vérifié le …)", the references chosen for the question and section. */
export function sourcesLine(t: Translate, locale: Locale, passages: Passage[], labels?: Map<string, string>): string {
  const checked = checkedDate(passages);
  const line = t('kb-sources', { refs: referenceList(passages, locale, labels) });
  return checked ? `${line} ${t('kb-checked', { date: checked })}` : line;
}

/** Two phone lines: the 📖 line of a section says where the answer comes from, not the answer. */
export const maxHeadingLength = 70;

/** The heading without the words a Fluent placeable is isolated with (they take no room on screen). */
const onScreen = (text: string) => text.replace(/[\u2066-\u2069]/g, '');

/**
 * The 📖 line a section opens with: the page's short title and the section's heading when they fit
 * on two phone lines (a page title alone may take two: « Les modes de gestion des services
 * municipaux : régie, concession, PPP »), else the section's heading alone, which then says enough
 * by itself — up to its colon when it is longer than the two lines (« Espaces verts par habitant »
 * of « Espaces verts par habitant : 3 m² en Tunisie, repère de l'OMS, calcul dans la commune »).
 */
export function passageHeading(t: Translate, p: Passage): string {
  const title = p.metadata.shortTitle ?? p.metadata.title;
  const section = p.metadata.headingPath.slice(1).join(' › ');
  if (!section) return t('kb-passage-title', { title });
  const full = t('kb-passage-heading', { title, section });
  if (onScreen(full).length <= maxHeadingLength) return full;
  const own = p.metadata.headingPath.at(-1) ?? section;
  const alone = t('kb-passage-title', { title: own });
  if (onScreen(alone).length <= maxHeadingLength) return alone;
  const head = /^(.{12,}?)\s*:\s/u.exec(own)?.[1];
  return head ? t('kb-passage-title', { title: head }) : alone;
}

/**
 * A definition reads best with the page's opening sentences before its first section; so does a
 * bare term (« ايزو 18091 », « kaizen »), which asks what it is.
 */
function leadIn(kb: KnowledgeBase | undefined, p: Passage, intents: Intent[], room: number): string {
  const definition = intents.length === 0 || intents[0] === 'definition';
  if (!kb || !definition || p.metadata.position !== 1) return '';
  const intro = plainText(kb.page(p.metadata.pageId, p.metadata.language)?.chunks[0]?.text ?? '');
  return intro.length > 0 && intro.length <= room / 2 ? intro : '';
}

export interface ExtractiveInput {
  passages: Passage[];
  intents: Intent[];
  kb?: KnowledgeBase;
}

/** Below this many characters left, a second section is not worth starting. */
const minComplement = 200;

/** The passage with the text an answer shows of it, which its references are chosen for. */
function showing(p: Passage, shown: string): Passage {
  return new Document<PassageMetadata>({ pageContent: p.pageContent, metadata: { ...p.metadata, shown }, id: p.id });
}

/**
 * The section that answers, whole if it fits (after the page's opening lines for a definition),
 * then the section that completes it with the room left, and the references of what is shown: one
 * phone screen. The references depend on the text shown and the room for it on the references:
 * the text is written for the references of the whole sections, then again while the references
 * of what it shows are longer than the room kept for them.
 */
export function extractiveAnswer(t: Translate, locale: Locale, input: ExtractiveInput): Answer {
  const { passages, intents } = input;
  const answering = passages.filter((p) => p.metadata.role !== 'related');
  const [first = passages[0], second] = answering;
  if (!first) return { mode: 'extractive', locale, confidence: 0, sources: [], text: '' };
  const wantsList = intents.some((i) => i === 'steps' || i === 'types');
  // Room for an excerpt once its heading and lead-in are written (an excerpt may end with " …").
  const space = (p: Passage, room: number, lead: string) =>
    room - passageHeading(t, p).length - 1 - (lead ? lead.length + 1 : 0) - 3;
  const block = (p: Passage, room: number, lead = '') => {
    const text = excerpt(p.pageContent, p.metadata.queryTokens, space(p, room, lead), wantsList);
    return {
      text: [passageHeading(t, p), lead, text].filter(Boolean).join('\n'),
      shown: showing(p, [lead, text].filter(Boolean).join('\n')),
      empty: text === '',
    };
  };
  /** The blocks shown when this many characters are kept for the references. */
  const compose = (reserved: number) => {
    let room = maxAnswerLength - reserved - 2;
    const lead = leadIn(input.kb, first, intents, room);
    // The second section only completes a first one shown whole: the end of a list comes first.
    const whole = plainText(first.pageContent).length <= space(first, room - minComplement, lead);
    const blocks = [block(first, second && whole ? room - minComplement : room, lead)];
    room -= (blocks[0]?.text.length ?? 0) + 2;
    const complement = second && whole && room >= minComplement ? block(second, room) : undefined;
    // A complement with no room for a line of its own would show only its heading.
    if (complement && !complement.empty) blocks.push(complement);
    const shown = blocks.map((b) => b.shown);
    return { parts: blocks.map((b) => b.text), shown, sources: sourcesLine(t, locale, shown) };
  };
  let reserved = sourcesLine(t, locale, second ? [first, second] : [first]).length;
  let built = compose(reserved);
  for (let attempt = 0; built.sources.length > reserved; attempt++) {
    const previous = built;
    reserved = built.sources.length;
    built = compose(reserved);
    // Still longer after a few tries: the text written for this room, with the references (as long
    // as the room) of the text written just before, nearly the same.
    if (attempt === 2 && built.sources.length > reserved) built = { ...built, sources: previous.sources };
  }
  return {
    mode: 'extractive',
    locale,
    confidence: first.metadata.confidence,
    sources: sourcesOf(built.shown),
    text: [...built.parts, built.sources].join('\n\n'),
  };
}

/** Says plainly that the base does not cover the question (it goes to the coordinators), with nearby topics. */
export function notCoveredAnswer(t: Translate, locale: Locale, related: Passage[], confidence: number): Answer {
  const lines = [t('kb-not-covered')];
  const titles = [...new Set(related.slice(0, 3).map((p) => p.metadata.title))];
  lines.push(titles.length > 0 ? t('kb-related', { topics: titles.map((x) => `• ${x}`).join('\n') }) : t('kb-suggest'));
  return { mode: 'none', locale, confidence, sources: [], text: lines.join('\n\n') };
}

/** Off-topic, injection-like or empty: a plain refusal that points to what the bot is for. */
export function declinedAnswer(t: Translate, locale: Locale, verdict: Verdict, confidence: number): Answer {
  const text = [t(verdict === 'injection' ? 'kb-declined-injection' : 'kb-declined'), t('kb-suggest')].join('\n\n');
  return { mode: 'declined', locale, confidence, sources: [], text };
}
