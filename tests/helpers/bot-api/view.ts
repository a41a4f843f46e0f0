import type { BotState } from './bot-state.ts';
import type { ApiCall, Params, SentMessage, StoredMessage, Update } from './types.ts';
import { createUser, type UserOptions, type SimulatedUser } from './users.ts';

export interface Shared {
  allCalls: ApiCall[];
  listeners: Set<() => void>;
  notify(): void;
  isClosing(): boolean;
}

export interface Delivery {
  status: number;
  /** How long the bot took to answer the webhook request. */
  ms: number;
  body: string;
}

/** The helpers of one bot token. */
export interface BotView {
  readonly token: string;
  /** This bot's calls, optionally of one method, in arrival order. */
  calls(method?: string): ApiCall[];
  /**
   * Messages this bot sent successfully (sendMessage, sendPhoto, sendDocument), in send order,
   * optionally to one chat. Each carries `at` (ms since start) for pace measurements.
   */
  sentMessages(chatId?: number): SentMessage[];
  /**
   * Calls `listener` with each message this bot sends, as it is stored (cheap: no scan, for
   * benchmarks with many chats). Returns a function that removes the listener.
   */
  onSent(listener: (message: SentMessage) => void): () => void;
  /** A message as it is now (edits applied), or undefined. */
  message(chatId: number, messageId: number): StoredMessage | undefined;
  /** A simulated person in a private chat with the bot. */
  user(chatId: number, options?: UserOptions): SimulatedUser;
  /**
   * Gives an update to the bot: queued for getUpdates, or POSTed to the webhook when one is set
   * (with its secret header). A given `update_id` is kept (a replay); otherwise a new one is given.
   */
  pushUpdate(update: Omit<Update, 'update_id'> & { update_id?: number }): Promise<Update>;
  /**
   * POSTs an update to a webhook URL, as Telegram would. URL and secret default to the ones given
   * to setWebhook; `secret: null` sends no secret header.
   */
  deliver(update: Update, url?: string, secret?: string | null): Promise<Delivery>;
  /** Sends to this chat now fail with 403 "bot was blocked by the user". */
  block(chatId: number): void;
  /** Sends to this chat now fail with 400 "chat not found". */
  forgetChat(chatId: number): void;
  /** setMyCommands calls, in order (each with commands, language_code, scope). */
  commandSets(): Params[];
  webhook(): { url: string; secret?: string | undefined } | undefined;
  /** Updates still waiting for getUpdates (not yet confirmed by an offset). */
  pendingUpdates(): Update[];
  /** Resolves with the first truthy result of `check`, re-evaluated after every call; rejects after `timeoutMs`. */
  waitFor<T>(check: () => T | undefined | null | false, timeoutMs?: number, what?: string): Promise<T>;
}

export function createBotView(state: BotState, shared: Shared): BotView {
  const view: BotView = {
    token: state.token,
    calls: (method) => shared.allCalls.filter((c) => c.token === state.token && (!method || c.method === method)),
    sentMessages: (chatId) => [...(chatId === undefined ? state.sent : (state.sentByChat.get(chatId) ?? []))],
    message: (chatId, messageId) => state.messages.get(state.key(chatId, messageId)),
    onSent(listener) {
      state.sentListeners.add(listener);
      return () => state.sentListeners.delete(listener);
    },
    user: (chatId, options) => createUser(chatId, state, view, options),
    async pushUpdate(update) {
      const replay = update.update_id !== undefined;
      const full = { ...update, update_id: update.update_id ?? state.nextUpdateId++ } as Update;
      if (state.webhook) await view.deliver(full);
      else state.enqueue(full, replay);
      shared.notify();
      return full;
    },
    async deliver(update, url = state.webhook?.url, secret = state.webhook?.secret) {
      if (!url) throw new Error('no webhook URL set');
      const started = performance.now();
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (typeof secret === 'string') headers['x-telegram-bot-api-secret-token'] = secret;
      const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify(update) });
      const body = await response.text();
      return { status: response.status, ms: performance.now() - started, body };
    },
    block: (chatId) => state.blocked.add(chatId),
    forgetChat: (chatId) => state.unknownChats.add(chatId),
    commandSets: () => state.commands,
    webhook: () => state.webhook,
    pendingUpdates: () => [...state.updates],
    waitFor<T>(check: () => T | undefined | null | false, timeoutMs = 10_000, what = 'condition') {
      return new Promise<T>((resolve, reject) => {
        const evaluate = () => {
          const result = check();
          if (result) {
            cleanup();
            resolve(result);
          }
        };
        const timer = setTimeout(() => {
          cleanup();
          reject(new Error(`stand-in: timed out after ${timeoutMs} ms waiting for ${what}`));
        }, timeoutMs);
        // A second check on a timer catches conditions that do not follow a call (e.g. a clock).
        const ticker = setInterval(evaluate, 50);
        const cleanup = () => {
          clearTimeout(timer);
          clearInterval(ticker);
          shared.listeners.delete(evaluate);
        };
        shared.listeners.add(evaluate);
        evaluate();
      });
    },
  };
  return view;
}
