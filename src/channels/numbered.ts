import { toAsciiDigits } from '../core/text.ts';
import type { OutboundMessage } from '../core/messages.ts';

/** The choice list a numbered reply refers to (console and WhatsApp have no buttons). */
export interface NumberedPrompt {
  promptId: string;
  values: string[];
  multiple: boolean;
}

/** Plain-text rendering of a choice list: the question, then "1. label" lines. */
export function renderNumbered(message: Extract<OutboundMessage, { kind: 'choices' }>): string {
  const lines = message.choices.map((c, i) => {
    const mark = message.multiple && message.selected?.includes(c.value) ? ' ✅' : '';
    return `${i + 1}. ${c.label}${mark}`;
  });
  return [message.text, ...lines].join('\n');
}

/**
 * "2" → [values[1]]; "1,3 4" → several values when the list allows several; null when the text
 * is not a valid numbered answer (it then goes to the core as plain text).
 */
export function parseNumberedReply(text: string, prompt: NumberedPrompt): string[] | null {
  const cleaned = toAsciiDigits(text).trim();
  if (!/^\d+(\s*[,،;\s]\s*\d+)*$/.test(cleaned)) return null;
  const numbers = [...new Set(cleaned.split(/[,،;\s]+/).map(Number))];
  if (!prompt.multiple && numbers.length > 1) return null;
  const values = numbers.map((n) => prompt.values[n - 1]);
  return values.every((v): v is string => v !== undefined) ? values : null;
}

/** The last choice list in a batch of replies, if any. */
export function lastPrompt(messages: OutboundMessage[]): NumberedPrompt | undefined {
  const last = messages.filter((m) => m.kind === 'choices').at(-1);
  if (!last || last.kind !== 'choices') return undefined;
  return { promptId: last.promptId, values: last.choices.map((c) => c.value), multiple: last.multiple ?? false };
}
