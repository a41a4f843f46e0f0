import { foldText, toAsciiDigits } from '../core/text.ts';
import type { Choice, OutboundMessage } from '../core/messages.ts';

/** The choice list a numbered reply refers to (console and WhatsApp have no buttons). */
export interface NumberedPrompt {
  promptId: string;
  values: string[];
  multiple: boolean;
  /** Shortcut words of the choices, when they have them instead of numbers. */
  keys?: (string | undefined)[];
}

const RLM = '\u200F';

/**
 * One line of a numbered list: "2. label", or the label alone when it starts with its own number
 * (a scale's "2 — Planifié" was shown "2. 2 — Planifié").
 */
export function numberedLine(label: string, index: number): string {
  const number = String(index + 1);
  const bare = label.replace(/^[\u200e\u200f]/, '');
  return new RegExp(`^${number}\\s*[—–-]\\s`).test(bare) ? label : `${number}. ${label}`;
}

/** A key that is a number (a team's number on every page of /progress) is shown as the line's number. */
const isNumberKey = (key: string) => /^\d+$/.test(key);

/**
 * One choice as a line of a list: "2. label", its key in front (« + » Page suivante), or its
 * number key as its number ("7. label" on the second page of a list numbered on).
 */
export function choiceLine(c: Choice, index: number): string {
  if (c.key !== undefined && isNumberKey(c.key)) return numberedLine(c.label, Number(c.key) - 1);
  // A key that is the label itself ("Non mesuré") is shown once: « Non mesuré ». An Arabic
  // label starts with a right-to-left mark, kept in front of the line.
  const rtl = c.label.startsWith(RLM) ? RLM : '';
  if (c.key !== undefined && c.key === c.label.slice(rtl.length)) return `${rtl}« ${c.key} »`;
  return c.key ? `« ${c.key} » ${c.label}` : numberedLine(c.label, index);
}

/** Plain-text rendering of a choice list: the question, then "1. label" lines. */
export function renderNumbered(message: Extract<OutboundMessage, { kind: 'choices' }>): string {
  const lines = message.choices.map((c, i) => {
    const mark = message.multiple && message.selected?.includes(c.value) ? ' ✅' : '';
    return `${choiceLine(c, i)}${mark}`;
  });
  return [message.text, ...lines, ...(message.footer ? ['', message.footer] : [])].join('\n');
}

/**
 * "2" → [values[1]]; "1,3 4" → several values when the list allows several; null when the text
 * is not a valid numbered answer (it then goes to the core as plain text).
 */
export function parseNumberedReply(text: string, prompt: NumberedPrompt): string[] | null {
  const cleaned = toAsciiDigits(text).trim();
  // A list with shortcut words is answered by them; its numbers mean something else.
  if (prompt.keys?.some((k) => k !== undefined)) {
    // Keys are compared without case, accents or quotes; a key of signs ("+") as it is.
    const norm = (x: string) => foldText(x) || x.replace(/[\s«»"]/g, '');
    const typed = norm(cleaned);
    const index = prompt.keys.findIndex((k) => k !== undefined && norm(k) === typed);
    return index >= 0 ? [prompt.values[index] as string] : null;
  }
  if (!/^\d+(\s*[,،;\s]\s*\d+)*$/.test(cleaned)) return null;
  const numbers = [...new Set(cleaned.split(/[,،;\s]+/).map(Number))];
  if (!prompt.multiple && numbers.length > 1) return null;
  const values = numbers.map((n) => prompt.values[n - 1]);
  return values.every((v): v is string => v !== undefined) ? values : null;
}

/**
 * The lists a typed reply may answer in a chat without buttons: the one the conversation showed
 * last (the question in progress) and the last one that came on its own (a reminder).
 */
export interface OpenPrompts {
  current?: NumberedPrompt | undefined;
  /** Answered by its words only: numbers always stay with `current`. */
  aside?: NumberedPrompt | undefined;
}

/**
 * The list a typed reply answers and its values, or null (the text then goes to the core as
 * typed): the list in progress first, then the words of a reminder that came meanwhile.
 */
export function typedAnswer(text: string, open: OpenPrompts): { promptId: string; values: string[] } | null {
  const aside = open.aside?.keys ? open.aside : undefined;
  for (const prompt of [open.current, aside]) {
    const values = prompt && parseNumberedReply(text, prompt);
    if (prompt && values) return { promptId: prompt.promptId, values };
  }
  return null;
}

/** The last choice list in a batch of replies, if any. */
export function lastPrompt(messages: OutboundMessage[]): NumberedPrompt | undefined {
  const last = messages.filter((m) => m.kind === 'choices').at(-1);
  if (!last || last.kind !== 'choices') return undefined;
  const keys = last.choices.map((c) => c.key);
  return {
    promptId: last.promptId,
    values: last.choices.map((c) => c.value),
    multiple: last.multiple ?? false,
    ...(keys.some((k) => k !== undefined) ? { keys } : {}),
  };
}
