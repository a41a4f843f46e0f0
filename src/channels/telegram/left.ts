import type { Api } from 'grammy';
import { withDirection, type Locale } from '../../core/i18n.ts';
import type { HandleResult } from '../../core/messages.ts';
import type { PromptRegistry } from './prompts.ts';
import { maxTextLength, truncate } from './split.ts';

/** The tapped message, which the registry may not know (sent before a restart). */
export interface Tapped {
  messageId: number;
  known: boolean;
}

/**
 * The core moved away from a prompt without an answer (/back, /skip, /pause, a refused tap): every
 * copy of it in the chat that still has buttons loses them, with the core's line under the question
 * (« ⏸ Questionnaire en pause »). Copies sent before a restart are not known here: a tap on one is
 * refused by the core, which says the prompt was left again, and that message (`tapped`) loses them.
 */
export async function closeLeft(
  api: Api,
  registry: PromptRegistry,
  chatId: number,
  left: NonNullable<HandleResult['left']>,
  warn: (error: unknown, what: string) => void,
  tapped?: Tapped,
): Promise<void> {
  const close = async (messageId: number, text: string, locale: Locale) => {
    if (left.shown === undefined) await api.editMessageReplyMarkup(chatId, messageId);
    else
      await api.editMessageText(
        chatId,
        messageId,
        truncate(`${text}\n\n${withDirection(locale, left.shown)}`, maxTextLength),
      );
  };
  for (const { messageId, prompt } of registry.live(chatId, left.promptId)) {
    prompt.left = true;
    await close(messageId, prompt.text, prompt.locale).catch((e: unknown) => warn(e, 'close a left prompt'));
  }
  if (tapped && !tapped.known)
    await api.editMessageReplyMarkup(chatId, tapped.messageId).catch((e: unknown) => warn(e, 'editMessageReplyMarkup'));
}
