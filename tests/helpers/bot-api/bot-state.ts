import type { Params, RateLimit, ReplyMarkup, StoredFile, StoredMessage, Update } from './types.ts';
import { messageMethods, str } from './types.ts';

/** A Telegram-like failure: the stand-in turns it into `{ ok: false, error_code, description }`. */
export class ApiFailure extends Error {
  constructor(
    readonly code: number,
    readonly description: string,
    readonly retryAfter?: number,
  ) {
    super(description);
  }
}

type Waiter = () => void;

/**
 * What the stand-in keeps for one bot token: its pending updates, the messages of its chats,
 * webhook settings and commands. Methods take Telegram's parameters and return Telegram's result.
 */
export class BotState {
  readonly updates: Update[] = [];
  /** Updates given again with an old id: delivered once more whatever the offset (a lost confirmation). */
  readonly replays: Update[] = [];
  readonly messages = new Map<string, StoredMessage>();
  readonly blocked = new Set<number>();
  readonly unknownChats = new Set<number>();
  readonly answeredQueries = new Set<string>();
  commands: Params[] = [];
  readonly sentListeners = new Set<(message: StoredMessage) => void>();
  /** The bot's messages in send order, all chats and by chat (kept so look-ups stay cheap). */
  readonly sent: StoredMessage[] = [];
  readonly sentByChat = new Map<number, StoredMessage[]>();
  webhook: { url: string; secret?: string | undefined } | undefined;
  nextUpdateId = 1;
  private readonly messageIds = new Map<number, number>();
  private readonly waiters = new Set<Waiter>();
  private readonly sendTimes: { at: number; chatId: number }[] = [];

  constructor(
    readonly token: string,
    readonly clock: () => number,
  ) {}

  get botId(): number {
    return Number(this.token.split(':')[0]) || 1;
  }

  newMessageId(chatId: number): number {
    const id = (this.messageIds.get(chatId) ?? 0) + 1;
    this.messageIds.set(chatId, id);
    return id;
  }

  enqueue(update: Update, replay = false): void {
    (replay ? this.replays : this.updates).push(update);
    for (const wake of this.waiters) wake();
  }

  /** The long poll under way, ended with a 409 when another poller asks (two bot instances polling). */
  private terminatePoll: (() => void) | undefined;

  /** Long poll: updates with id ≥ offset, waiting up to `timeout` seconds for one to arrive. */
  async getUpdates(params: Params, closed: Promise<void>): Promise<Update[]> {
    if (this.webhook)
      throw new ApiFailure(
        409,
        "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first",
      );
    const offset = Number(params.offset ?? 0);
    const limit = Math.min(Number(params.limit ?? 100), 100);
    // Telegram forgets updates before the offset: they were confirmed.
    if (offset > 0) this.updates.splice(0, this.updates.length, ...this.updates.filter((u) => u.update_id >= offset));
    const timeoutMs = Number(params.timeout ?? 0) * 1000;
    if (this.replays.length > 0) return this.replays.splice(0, limit);
    // As Telegram: a second poller's getUpdates terminates the one waiting, with 409 Conflict.
    this.terminatePoll?.();
    if (this.updates.length === 0 && timeoutMs > 0) {
      let wake: Waiter = () => {};
      const arrived = new Promise<void>((resolve) => (wake = resolve));
      let terminated = false;
      const terminate = () => {
        terminated = true;
        wake();
      };
      this.terminatePoll = terminate;
      this.waiters.add(wake);
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([arrived, closed, new Promise<void>((resolve) => (timer = setTimeout(resolve, timeoutMs)))]);
      clearTimeout(timer);
      this.waiters.delete(wake);
      if (this.terminatePoll === terminate) this.terminatePoll = undefined;
      if (terminated)
        throw new ApiFailure(
          409,
          'Conflict: terminated by other getUpdates request; make sure that only one bot instance is running',
        );
      if (this.replays.length > 0) return this.replays.splice(0, limit);
    }
    return this.updates.slice(0, limit);
  }

  /** Applies the rate limit option to a message-sending call; throws a 429 when over it. */
  checkRate(method: string, chatId: number, limit: RateLimit | undefined): void {
    if (!limit || !messageMethods.has(method)) return;
    const now = this.clock();
    while (this.sendTimes.length > 0 && (this.sendTimes[0]?.at ?? 0) <= now - 1000) this.sendTimes.shift();
    const retryAfter = limit.retryAfter ?? 1;
    if (this.sendTimes.length >= limit.messagesPerSecond) {
      throw new ApiFailure(429, `Too Many Requests: retry after ${retryAfter}`, retryAfter);
    }
    if (
      limit.perChatPerSecond !== undefined &&
      this.sendTimes.filter((s) => s.chatId === chatId).length >= limit.perChatPerSecond
    ) {
      throw new ApiFailure(429, `Too Many Requests: retry after ${retryAfter}`, retryAfter);
    }
    this.sendTimes.push({ at: now, chatId });
  }

  checkChat(chatId: number): void {
    if (!Number.isFinite(chatId)) throw new ApiFailure(400, 'Bad Request: chat_id is empty');
    if (this.unknownChats.has(chatId)) throw new ApiFailure(400, 'Bad Request: chat not found');
    if (this.blocked.has(chatId)) throw new ApiFailure(403, 'Forbidden: bot was blocked by the user');
  }

  key(chatId: number, messageId: number): string {
    return `${chatId}:${messageId}`;
  }

  store(message: Omit<StoredMessage, 'message_id' | 'date' | 'edits' | 'at'>): StoredMessage {
    const stored: StoredMessage = {
      ...message,
      message_id: this.newMessageId(message.chatId),
      date: Math.floor(Date.now() / 1000),
      edits: 0,
      at: this.clock(),
    };
    this.messages.set(this.key(stored.chatId, stored.message_id), stored);
    if (stored.fromBot) {
      this.sent.push(stored);
      const chat = this.sentByChat.get(stored.chatId);
      if (chat) chat.push(stored);
      else this.sentByChat.set(stored.chatId, [stored]);
      for (const listener of this.sentListeners) listener(stored);
    }
    return stored;
  }

  find(params: Params): StoredMessage {
    const chatId = Number(params.chat_id);
    const found = this.messages.get(this.key(chatId, Number(params.message_id)));
    if (!found) throw new ApiFailure(400, 'Bad Request: message to edit not found');
    return found;
  }

  sendMessage(params: Params): StoredMessage {
    const text = str(params.text);
    if (text.trim() === '') throw new ApiFailure(400, 'Bad Request: message text is empty');
    if (longerThan(text, 4096)) throw new ApiFailure(400, 'Bad Request: message is too long');
    return this.store({
      chatId: Number(params.chat_id),
      fromBot: true,
      kind: 'text',
      text,
      parse_mode: params.parse_mode as string | undefined,
      reply_markup: markup(params.reply_markup),
    });
  }

  sendFile(kind: 'photo' | 'document', params: Params, file: StoredFile | undefined): StoredMessage {
    if (!file) throw new ApiFailure(400, `Bad Request: there is no ${kind} in the request`);
    const caption = params.caption as string | undefined;
    if (caption && longerThan(caption, 1024)) throw new ApiFailure(400, 'Bad Request: message caption is too long');
    return this.store({
      chatId: Number(params.chat_id),
      fromBot: true,
      kind,
      caption,
      file,
      reply_markup: markup(params.reply_markup),
    });
  }

  editText(params: Params): StoredMessage {
    const message = this.find(params);
    const text = str(params.text);
    if (longerThan(text, 4096)) throw new ApiFailure(400, 'Bad Request: MESSAGE_TOO_LONG');
    const replyMarkup = markup(params.reply_markup);
    if (message.text === text && JSON.stringify(message.reply_markup ?? null) === JSON.stringify(replyMarkup ?? null)) {
      throw new ApiFailure(
        400,
        'Bad Request: message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message',
      );
    }
    // As in Telegram, editMessageText without reply_markup removes the inline keyboard.
    Object.assign(message, { text, reply_markup: replyMarkup, edits: message.edits + 1 });
    return message;
  }

  editMarkup(params: Params): StoredMessage {
    const message = this.find(params);
    const replyMarkup = markup(params.reply_markup);
    if (JSON.stringify(message.reply_markup ?? null) === JSON.stringify(replyMarkup ?? null)) {
      throw new ApiFailure(
        400,
        'Bad Request: message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message',
      );
    }
    Object.assign(message, { reply_markup: replyMarkup, edits: message.edits + 1 });
    return message;
  }

  answerCallbackQuery(params: Params): true {
    const id = str(params.callback_query_id);
    if (this.answeredQueries.has(id) || !id) {
      throw new ApiFailure(400, 'Bad Request: query is too old and response timeout expired or query ID is invalid');
    }
    this.answeredQueries.add(id);
    return true;
  }
}

/** True when the text has more than `max` characters as Telegram counts them (code points), without copying it. */
function longerThan(text: string, max: number): boolean {
  if (text.length <= max) return false;
  let count = 0;
  for (const _ of text) if (++count > max) return true;
  return false;
}

function markup(value: unknown): ReplyMarkup | undefined {
  if (value === undefined || value === null) return undefined;
  const parsed = (typeof value === 'string' ? JSON.parse(value) : value) as ReplyMarkup;
  return parsed.inline_keyboard && parsed.inline_keyboard.length > 0 ? parsed : undefined;
}
