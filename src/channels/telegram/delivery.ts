import { InputFile, type Api } from 'grammy';
import type { PromptRegistry } from './prompts.ts';
import type { Operation } from './render.ts';

/**
 * Makes rendered calls to one chat, in order; a sent prompt is remembered by its message id.
 * Nothing is paced here: replies answer a person who just wrote, and bulk sends are paced by the
 * outbox before they get here.
 */
export async function perform(
  api: Api,
  registry: PromptRegistry,
  chatId: number,
  operations: Operation[],
): Promise<void> {
  for (const op of operations) {
    if (op.kind === 'text') {
      const sent = await api.sendMessage(chatId, op.text, {
        ...(op.keyboard ? { reply_markup: op.keyboard } : {}),
        link_preview_options: { is_disabled: true },
      });
      if (op.prompt) {
        // The same question shown again (after /status, "?", a refused answer, another command's
        // list): its earlier copies lose their buttons, so that one question has one keyboard in the chat.
        const earlier = registry.live(chatId, op.prompt.promptId);
        registry.set(chatId, sent.message_id, op.prompt);
        for (const copy of earlier) {
          copy.prompt.answered = true;
          // Cosmetic: a failure leaves a keyboard whose taps get the stale notice.
          await api.editMessageReplyMarkup(chatId, copy.messageId).catch(() => undefined);
        }
      }
      continue;
    }
    const file = new InputFile(op.data, op.fileName);
    const other = op.caption ? { caption: op.caption } : {};
    if (op.kind === 'photo') await api.sendPhoto(chatId, file, other);
    else await api.sendDocument(chatId, file, other);
  }
}
