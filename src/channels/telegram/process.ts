import { Context, type Api, type FilterQuery } from 'grammy';
import type { Update, UserFromGetMe } from 'grammy/types';
import type { I18n, Locale } from '../../core/i18n.ts';
import { readBackReplies, type InboundHandler, type InboxProcessor } from '../../core/messages.ts';
import { perform, type TappedPrompt } from './delivery.ts';
import { isUnreachable } from './errors.ts';
import { closeLeft } from './left.ts';
import { parseMessage } from './inbound.ts';
import type { PromptRegistry } from './prompts.ts';
import { renderOutbound, type Operation } from './render.ts';
import { handleTap, showAnswered, typedChoice } from './taps.ts';

/**
 * What Telegram itself posts in a private chat (the person pinned a message, set an auto-delete
 * timer or a background, allowed the bot to write, a payment went through...): nobody wrote
 * anything to answer, so nothing is said back.
 */
const serviceNotices: FilterQuery[] = [
  'message:pinned_message',
  'message:message_auto_delete_timer_changed',
  'message:chat_background_set',
  'message:write_access_allowed',
  'message:connected_website',
  'message:successful_payment',
  'message:refunded_payment',
  'message:proximity_alert_triggered',
  'message:users_shared',
  'message:chat_shared',
  'message:gift',
  'message:unique_gift',
  'message:paid_message_price_changed',
];

export interface ProcessorDeps {
  api: Api;
  me: () => UserFromGetMe;
  registry: PromptRegistry;
  i18n: I18n;
  defaultLocale: Locale;
  /** The platform said this chat cannot be reached (the person blocked the bot). */
  unreachable(chatId: number): Promise<void>;
  warn(error: unknown, what: string): void;
  /** An update whose processing failed (a reply that could not be sent): logged, token scrubbed. */
  failed(error: unknown, updateId: number): void;
}

/**
 * One stored update → its effects: a message goes to the core and its replies are sent; a button
 * tap is answered, its keyboard updated in place, and a pick or validation goes to the core.
 */
export function createProcessor(deps: ProcessorDeps): InboxProcessor {
  const { api, registry, i18n } = deps;
  const validateLabel = (locale: Locale) => i18n.t(locale, 'telegram-validate');

  async function reply(chatId: number, operations: Operation[], tapped?: TappedPrompt) {
    try {
      await perform(api, registry, chatId, operations, tapped);
    } catch (error) {
      if (isUnreachable(error)) await deps.unreachable(chatId);
      throw error;
    }
  }

  async function processUpdate(ctx: Context, handle: InboundHandler, redelivered: boolean) {
    if (ctx.callbackQuery) {
      // A tap received again was acted on already: its spinner is stopped, nothing is redone.
      if (redelivered)
        return void (await ctx.answerCallbackQuery().catch((e: unknown) => deps.warn(e, 'answerCallbackQuery')));
      const warn = (error: unknown, what: string) => deps.warn(error, what);
      await handleTap(ctx, { handle, registry, i18n, defaultLocale: deps.defaultLocale, reply, warn });
      return;
    }
    const message = ctx.message;
    if (!message || message.chat.type !== 'private' || ctx.has(serviceNotices)) return;
    const chatId = message.chat.id;
    const inbound = parseMessage(ctx.update.update_id, message);
    if (!inbound) return;
    // A reply typed instead of tapped answers the last keyboard of the chat: a choice ("2", "Oui",
    // "1,3") or a value the buttons only offer alternatives to (a measured "45" beside "Non mesuré").
    const previous = inbound.kind === 'text' && registry.latest(chatId);
    const open = previous && !previous.prompt.answered && !previous.prompt.left ? previous : undefined;
    const typed = open && inbound.kind === 'text' ? typedChoice(open.prompt, inbound.text) : null;
    const result = await handle(inbound);
    const answered = result.answered;
    const inPlace = open !== undefined && inbound.kind === 'text' && answered?.promptId === open.prompt.promptId;
    if (inPlace) {
      // Its keyboard goes, so that a later tap on it cannot look like a second answer.
      open.prompt.answered = true;
      const labels = answered.shown !== undefined ? [answered.shown] : (typed ?? [inbound.text.trim()]);
      await showAnswered(api, chatId, open.messageId, open.prompt.text, labels, open.prompt.locale).catch(
        (e: unknown) => deps.warn(e, 'editMessageText'),
      );
    }
    // A command moved away from a question (/back, /skip, /pause): its buttons go.
    if (result.left) await closeLeft(api, registry, chatId, result.left, (e, what) => deps.warn(e, what));
    // A question without buttons shows no answer under it: a value read from words is said back.
    const replies = inPlace ? result.replies : [...readBackReplies(result), ...result.replies];
    await reply(chatId, renderOutbound(replies, { locale: result.locale, validateLabel }).operations);
  }

  return async (payload, handle, redelivered) => {
    const ctx = new Context(payload as Update, api, deps.me());
    try {
      await processUpdate(ctx, handle, redelivered);
    } catch (error) {
      // Error boundary: logged without the token (a failed call's URL carries it), the bot goes on.
      deps.failed(error, ctx.update.update_id);
    }
  };
}
