import type { RenderedPrompt } from './render.ts';

/** A prompt remembered for its message; it is updated in place (page, marks, answered). */
export type PromptEntry = RenderedPrompt;

export interface PromptRegistry {
  get(chatId: number, messageId: number): PromptEntry | undefined;
  set(chatId: number, messageId: number, prompt: RenderedPrompt): void;
  /** The last prompt sent to a chat (a typed answer answers it). */
  latest(chatId: number): { messageId: number; prompt: PromptEntry } | undefined;
  /** The messages of a chat that still show a live keyboard for `promptId` (neither answered nor left). */
  live(chatId: number, promptId: string): { messageId: number; prompt: PromptEntry }[];
}

/**
 * Prompts sent recently, by message, in memory and bounded (oldest forgotten first). Needed only
 * for paging, index-named choices and double taps; a single-page keyboard works without it
 * (choices are named by value and marks are read from the message), e.g. after a restart.
 */
export function createPromptRegistry(limit = 5000): PromptRegistry {
  const entries = new Map<string, PromptEntry>();
  const lastByChat = new Map<number, number>();
  const key = (chatId: number, messageId: number) => `${chatId}:${messageId}`;
  return {
    latest(chatId) {
      const messageId = lastByChat.get(chatId);
      const prompt = messageId === undefined ? undefined : entries.get(key(chatId, messageId));
      return messageId !== undefined && prompt ? { messageId, prompt } : undefined;
    },
    live(chatId, promptId) {
      const prefix = `${chatId}:`;
      const found: { messageId: number; prompt: PromptEntry }[] = [];
      for (const [k, prompt] of entries) {
        if (k.startsWith(prefix) && prompt.promptId === promptId && !prompt.answered && !prompt.left)
          found.push({ messageId: Number(k.slice(prefix.length)), prompt });
      }
      return found;
    },
    get(chatId, messageId) {
      const k = key(chatId, messageId);
      const entry = entries.get(k);
      if (entry) {
        // Refresh: a prompt in use is the last to be forgotten.
        entries.delete(k);
        entries.set(k, entry);
      }
      return entry;
    },
    set(chatId, messageId, prompt) {
      // Each rendered prompt is a fresh object that belongs to this message: kept as it is.
      entries.set(key(chatId, messageId), prompt);
      lastByChat.delete(chatId);
      lastByChat.set(chatId, messageId);
      while (lastByChat.size > limit) lastByChat.delete(lastByChat.keys().next().value as number);
      while (entries.size > limit) {
        const oldest = entries.keys().next().value;
        if (oldest === undefined) break;
        entries.delete(oldest);
      }
    },
  };
}
