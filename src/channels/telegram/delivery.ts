import { InputFile, type Api } from 'grammy';
import type { PromptRegistry } from './prompts.ts';
import { isHarmless } from './errors.ts';
import type { Operation } from './render.ts';

type TextOperation = Extract<Operation, { kind: 'text' }>;

/** The message a tap was on, which a new page of its prompt replaces (edited in place). */
export interface TappedPrompt {
  messageId: number;
  promptId: string;
}

/** Shows a text operation in the tapped message; false when Telegram refuses the edit (then it is sent). */
async function editInPlace(api: Api, chatId: number, messageId: number, op: TextOperation): Promise<boolean> {
  try {
    await api.editMessageText(chatId, messageId, op.text, {
      ...(op.keyboard ? { reply_markup: op.keyboard } : {}),
      link_preview_options: { is_disabled: true },
    });
    return true;
  } catch (error) {
    return isHarmless(error);
  }
}

/**
 * Makes rendered calls to one chat, in order; a sent prompt is remembered by its message id.
 * Nothing is paced here: replies answer a person who just wrote, and bulk sends are paced by the
 * outbox before they get here. A new page of the prompt `tapped` was on is shown in its message.
 */
export async function perform(
  api: Api,
  registry: PromptRegistry,
  chatId: number,
  operations: Operation[],
  tapped?: TappedPrompt,
): Promise<void> {
  for (const op of operations) {
    if (op.kind === 'text') {
      const edited =
        tapped && op.replaces === tapped.promptId && (await editInPlace(api, chatId, tapped.messageId, op))
          ? tapped.messageId
          : undefined;
      const messageId =
        edited ??
        (
          await api.sendMessage(chatId, op.text, {
            ...(op.keyboard ? { reply_markup: op.keyboard } : {}),
            link_preview_options: { is_disabled: true },
          })
        ).message_id;
      if (op.prompt) {
        // The same question shown again (after /status, "?", a refused answer, another command's
        // list): its earlier copies lose their buttons, so that one question has one keyboard in the chat.
        const earlier = registry.live(chatId, op.prompt.promptId).filter((copy) => copy.messageId !== messageId);
        registry.set(chatId, messageId, op.prompt);
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
