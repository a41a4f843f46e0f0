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
 * Prompts sent recently, by chat and message, in memory and bounded: the last `perChat` prompts of
 * each of the `chats` chats written to most recently (the oldest forgotten first). Needed only for
 * paging, index-named choices and double taps; a single-page keyboard works without it (choices are
 * named by value and marks are read from the message), e.g. after a restart. Kept by chat so that
 * what one message needs (a chat's live copies of a prompt) is found among that chat's prompts only.
 */
export function createPromptRegistry(chats = 5000, perChat = 20): PromptRegistry {
  /** Chat → its prompts by message id, oldest first; the map's order is the chats' recency. */
  const byChat = new Map<number, Map<number, PromptEntry>>();
  /** A chat's prompts, the chat made the most recent. */
  const touch = (chatId: number, create: boolean) => {
    const prompts = byChat.get(chatId) ?? (create ? new Map<number, PromptEntry>() : undefined);
    if (!prompts) return undefined;
    byChat.delete(chatId);
    byChat.set(chatId, prompts);
    return prompts;
  };
  return {
    latest(chatId) {
      const prompts = byChat.get(chatId);
      const last = prompts && [...prompts].at(-1);
      return last ? { messageId: last[0], prompt: last[1] } : undefined;
    },
    live(chatId, promptId) {
      const found: { messageId: number; prompt: PromptEntry }[] = [];
      for (const [messageId, prompt] of byChat.get(chatId) ?? [])
        if (prompt.promptId === promptId && !prompt.answered && !prompt.left) found.push({ messageId, prompt });
      return found;
    },
    get(chatId, messageId) {
      return touch(chatId, false)?.get(messageId);
    },
    set(chatId, messageId, prompt) {
      // Each rendered prompt is a fresh object that belongs to this message: kept as it is, last.
      const prompts = touch(chatId, true) as Map<number, PromptEntry>;
      prompts.delete(messageId);
      prompts.set(messageId, prompt);
      if (prompts.size > perChat) prompts.delete(prompts.keys().next().value as number);
      if (byChat.size > chats) byChat.delete(byChat.keys().next().value as number);
    },
  };
}
