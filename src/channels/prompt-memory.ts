import type { InboundHandler, InboundMessage, OutboundMessage } from '../core/messages.ts';
import { toAsciiDigits } from '../core/text.ts';
import { lastPrompt, typedAnswer, type NumberedPrompt, type OpenPrompts } from './numbered.ts';

const maxChats = 10_000;

export interface PromptMemory {
  /** Replies to the person: their last list is now the one in progress; replies without a list close it. */
  replied(chat: string, replies: OutboundMessage[]): void;
  /**
   * Messages sent on their own (reminders, broadcasts). A list answered by words (a reminder's
   * « fait ») waits aside, so the numbers stay with the list in progress; a numbered list becomes
   * the one in progress; a plain text changes nothing.
   * @returns the messages to send: when a list goes aside while another one is in progress, with
   * `note` (which list the numbers answer) under its choices.
   */
  sent(chat: string, messages: OutboundMessage[], note: string): OutboundMessage[];
  /**
   * The message as the core should get it: a number typed after a list becomes that list's choice.
   * When nothing was shown in the chat since the start (the bot restarted after its list), a typed
   * number asks `current` for the chat's open prompt, the one the core would show again, and
   * answers it; anything else goes as typed.
   */
  choiceOf(chat: string, message: InboundMessage, current: InboundHandler): Promise<InboundMessage>;
}

const numbersOnly = /^\d+(\s*[,،;\s]\s*\d+)*$/;

/** The last list of a batch with `line` under its choices. */
function withFooter(messages: OutboundMessage[], line: string): OutboundMessage[] {
  const last = messages.findLastIndex((m) => m.kind === 'choices');
  return messages.map((m, i) =>
    i === last && m.kind === 'choices' ? { ...m, footer: m.footer ? `${m.footer}\n${line}` : line } : m,
  );
}

/**
 * Whether an open question without choices (a number, a free text) is shown again under a list a
 * command showed meanwhile (« /deadlines » in the middle of a questionnaire): a number
 * typed then answers the question, as it does under a question with choices, never the list.
 */
function questionShownAfterList(replies: OutboundMessage[]): boolean {
  const last = replies.findLastIndex((m) => m.kind === 'choices');
  return last >= 0 && replies.slice(last + 1).some((m) => m.kind === 'text' && m.heading === true);
}

/**
 * The choice lists shown in each chat of a channel without buttons (WhatsApp, console), so "2" or
 * "1,3" can answer them, and a reminder's « fait » the reminder.
 */
export function createPromptMemory(): PromptMemory {
  // null: the chat's last replies had no list. A chat not here was not seen since the start.
  const current = new Map<string, NumberedPrompt | null>();
  const asides = new Map<string, NumberedPrompt>();
  const put = <T>(map: Map<string, T>, chat: string, prompt: T) => {
    map.delete(chat);
    map.set(chat, prompt);
    if (map.size > maxChats) map.delete(map.keys().next().value as string);
  };
  return {
    replied(chat, replies) {
      const prompt = questionShownAfterList(replies) ? undefined : lastPrompt(replies);
      if (prompt || replies.length > 0) put(current, chat, prompt ?? null);
    },
    async choiceOf(chat, message, ask) {
      if (message.kind === 'text' && !current.has(chat) && numbersOnly.test(toAsciiDigits(message.text).trim()))
        put(current, chat, lastPrompt((await ask(message)).replies) ?? null);
      return withNumberedChoice(message, { current: current.get(chat) ?? undefined, aside: asides.get(chat) });
    },
    sent(chat, messages, note) {
      const prompt = lastPrompt(messages);
      if (!prompt) return messages;
      if (!prompt.keys) {
        put(current, chat, prompt);
        return messages;
      }
      put(asides, chat, prompt);
      return current.get(chat) ? withFooter(messages, note) : messages;
    },
  };
}

/**
 * A number typed after a choice list answers it ("2", "1,3"), a reminder's word answers the
 * reminder ("fait"); other texts stay texts.
 */
export function withNumberedChoice(message: InboundMessage, open: OpenPrompts): InboundMessage {
  if (message.kind !== 'text') return message;
  const answer = typedAnswer(message.text, open);
  return answer
    ? { id: message.id, from: message.from, receivedAt: message.receivedAt, kind: 'choice', ...answer }
    : message;
}
