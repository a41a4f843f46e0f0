import type { BotState } from './bot-state.ts';
import { toTelegram } from './methods.ts';
import type { ApiCall, InlineButton, SentMessage, Update } from './types.ts';
import type { BotView } from './view.ts';

export interface UserOptions {
  firstName?: string;
  /** Telegram's `language_code` of the user (e.g. "fr", "ar"); none when undefined. */
  languageCode?: string;
}

/** A person chatting with the bot in a private chat; every action becomes an update. */
export interface SimulatedUser {
  readonly chatId: number;
  /** Sends a text message (commands get a bot_command entity). */
  send(text: string): Promise<Update>;
  /** Taps an inline button of a bot message, by its callback data, as the message is now. */
  tap(messageId: number, callbackData: string): Promise<Update>;
  /** Taps the button whose label contains `label` on the bot's latest message with a keyboard. */
  tapLabel(label: string): Promise<Update>;
  sendPhoto(caption?: string): Promise<Update>;
  sendDocument(fileName: string, caption?: string): Promise<Update>;
  /** Sends a message of another kind, given by its fields: `{ voice: {...} }`, `{ sticker: {...} }`, `{ location: {...} }`… */
  sendOther(fields: Record<string, unknown>): Promise<Update>;
  /** Waits until the bot has sent `count` messages to this chat since the user's last action; returns them. */
  replies(count?: number, timeoutMs?: number): Promise<SentMessage[]>;
  /** Waits for the answerCallbackQuery of a tap update. */
  callbackAnswer(tap: Update, timeoutMs?: number): Promise<ApiCall>;
  /** The bot's latest message to this chat that still has an inline keyboard. */
  lastKeyboard(): SentMessage | undefined;
}

let queryCounter = 0;

export function createUser(chatId: number, state: BotState, view: BotView, options: UserOptions = {}): SimulatedUser {
  const from = {
    id: chatId,
    is_bot: false,
    first_name: options.firstName ?? `User ${chatId}`,
    ...(options.languageCode ? { language_code: options.languageCode } : {}),
  };
  const chat = { id: chatId, type: 'private', first_name: from.first_name };
  let baseline = 0;
  const mark = () => (baseline = state.sentByChat.get(chatId)?.length ?? 0);

  function message(extra: Record<string, unknown>, kind: 'text' | 'photo' | 'document', text?: string) {
    const stored = state.store({ chatId, fromBot: false, kind, text });
    return { message_id: stored.message_id, date: stored.date, chat, from, ...extra };
  }

  const user: SimulatedUser = {
    chatId,
    async send(text) {
      mark();
      const command = /^\/\w+/.exec(text);
      const entities = command ? [{ type: 'bot_command', offset: 0, length: command[0].length }] : undefined;
      return view.pushUpdate({ message: message({ text, ...(entities ? { entities } : {}) }, 'text', text) });
    },
    async tap(messageId, callbackData) {
      mark();
      const stored = state.messages.get(state.key(chatId, messageId));
      if (!stored) throw new Error(`no message ${messageId} in chat ${chatId}`);
      const id = `cq-${chatId}-${++queryCounter}`;
      return view.pushUpdate({
        callback_query: {
          id,
          from,
          chat_instance: `ci-${chatId}`,
          message: toTelegram(state, stored),
          data: callbackData,
        },
      });
    },
    async tapLabel(label) {
      const target = user.lastKeyboard();
      const button = target?.reply_markup?.inline_keyboard?.flat().find((b: InlineButton) => b.text.includes(label));
      if (!target || !button?.callback_data) throw new Error(`no button "${label}" in chat ${chatId}`);
      return user.tap(target.message_id, button.callback_data);
    },
    async sendPhoto(caption) {
      mark();
      const id = `photo-in-${chatId}-${++queryCounter}`;
      const photo = [20, 90, 800].map((w, i) => ({
        file_id: `${id}-${i}`,
        file_unique_id: `${id}-u${i}`,
        width: w,
        height: w,
      }));
      return view.pushUpdate({ message: message({ photo, ...(caption ? { caption } : {}) }, 'photo') });
    },
    async sendDocument(fileName, caption) {
      mark();
      const document = {
        file_id: `doc-in-${chatId}-${++queryCounter}`,
        file_unique_id: `u-${queryCounter}`,
        file_name: fileName,
        mime_type: 'application/pdf',
      };
      return view.pushUpdate({ message: message({ document, ...(caption ? { caption } : {}) }, 'document') });
    },
    async sendOther(fields) {
      mark();
      return view.pushUpdate({ message: message(fields, 'document') });
    },
    async replies(count = 1, timeoutMs = 10_000) {
      const start = baseline;
      const all = await view.waitFor(
        () => {
          const sent = view.sentMessages(chatId);
          return sent.length >= start + count ? sent : undefined;
        },
        timeoutMs,
        `${count} replies in chat ${chatId}`,
      );
      return all.slice(start, start + count);
    },
    callbackAnswer(tap, timeoutMs = 10_000) {
      const id = (tap.callback_query as { id: string }).id;
      return view.waitFor(
        () => view.calls('answerCallbackQuery').find((c) => c.params.callback_query_id === id),
        timeoutMs,
        `answer to ${id}`,
      );
    },
    lastKeyboard() {
      return (state.sentByChat.get(chatId) ?? []).filter((m) => m.reply_markup?.inline_keyboard).at(-1);
    },
  };
  return user;
}
