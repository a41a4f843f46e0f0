import { InputFile, type Api } from 'grammy';
import type { Pacer } from './pacer.ts';
import type { PromptRegistry } from './prompts.ts';
import type { Operation } from './render.ts';

export interface DeliveryDeps {
  api: Api;
  pacer: Pacer;
  registry: PromptRegistry;
}

/** Makes one rendered call; a sent prompt is remembered by its message id. */
async function perform(deps: DeliveryDeps, chatId: number, op: Operation): Promise<void> {
  if (op.kind === 'text') {
    const sent = await deps.api.sendMessage(chatId, op.text, {
      ...(op.keyboard ? { reply_markup: op.keyboard } : {}),
      link_preview_options: { is_disabled: true },
    });
    if (op.prompt) deps.registry.set(chatId, sent.message_id, op.prompt);
    return;
  }
  const file = new InputFile(op.data, op.fileName);
  const other = op.caption ? { caption: op.caption } : {};
  if (op.kind === 'photo') await deps.api.sendPhoto(chatId, file, other);
  else await deps.api.sendDocument(chatId, file, other);
}

export interface Delivery {
  /** Replies to an inbound message: sent at once, in order (they still count in the pace). */
  reply(chatId: number, operations: Operation[]): Promise<void>;
  /** Bulk sends (reminders, broadcasts): each call waits for the pace. */
  paced(chatId: number, operations: Operation[]): Promise<void>;
}

export function createDelivery(deps: DeliveryDeps): Delivery {
  return {
    async reply(chatId, operations) {
      for (const op of operations) {
        deps.pacer.note(String(chatId));
        await perform(deps, chatId, op);
      }
    },
    async paced(chatId, operations) {
      for (const op of operations) await deps.pacer.schedule(String(chatId), () => perform(deps, chatId, op));
    },
  };
}
