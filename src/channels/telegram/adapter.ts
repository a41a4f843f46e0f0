import { Api, Bot } from 'grammy';
import type { Update } from 'grammy/types';
import type { I18n, Locale } from '../../core/i18n.ts';
import { SendError, type Address, type ChannelAdapter, type OutboundMessage } from '../../core/messages.ts';
import type { Logger } from '../../logger.ts';
import { perform } from './delivery.ts';
import { createScrubber, describeError, isHarmless, isUnreachable, toSendError } from './errors.ts';
import { setCommandMenus, type MenuCommand } from './menu.ts';
import { poll } from './polling.ts';
import { createProcessor } from './process.ts';
import { createPromptRegistry } from './prompts.ts';
import { renderOutbound } from './render.ts';
import { configureTransport, logFailures } from './transport.ts';
import { createWebhookServer, type WebhookServer, type WebhookSettings } from './webhook.ts';

export type TelegramMode = { kind: 'polling'; timeoutSeconds?: number } | ({ kind: 'webhook' } & WebhookSettings);

export interface TelegramOptions {
  token: string;
  /** Bot API server; https://api.telegram.org by default (a self-hosted one, or a stand-in in tests). */
  apiRoot?: string | undefined;
  mode: TelegramMode;
  i18n: I18n;
  logger: Logger;
  defaultLocale: Locale;
  /** Commands for the Telegram menu (setMyCommands), in /help order. */
  commands?: MenuCommand[];
  /** Pauses before retrying a reply that got no answer (network error); default 1, 2, 4, 8, 16 s. */
  networkRetryDelaysMs?: readonly number[];
  /** Largest webhook body accepted (default 1 MB). */
  maxBodyBytes?: number;
}

export interface TelegramAdapter extends ChannelAdapter {
  /** The webhook server's port once started (webhook mode). */
  readonly port: number | undefined;
  /** Settles when polling ends: rejects when it cannot go on (another instance polls the bot). */
  readonly polling: Promise<void> | undefined;
}

const allowedUpdates = ['message', 'callback_query'] as const;

/**
 * Telegram through grammY. Updates (long polling or webhook) are stored in the inbox before
 * Telegram is told they arrived, then processed in order per chat. Replies go through grammY's
 * client with retries; bulk sends (paced and retried by the outbox) make one attempt each.
 */
export function createTelegramAdapter(options: TelegramOptions): TelegramAdapter {
  const { i18n, logger, defaultLocale } = options;
  const scrub = createScrubber(options.token);
  // No call waits longer than this (grammY's default is 500 s): the outbox's lease on a row being
  // sent (2 minutes) must outlast any call.
  const client = { apiRoot: options.apiRoot ?? 'https://api.telegram.org', timeoutSeconds: 60 };
  const stopPolling = new AbortController();
  const bot = new Bot(options.token, { client });
  configureTransport(bot.api, { logger, scrub, networkRetryDelaysMs: options.networkRetryDelaysMs });
  // One attempt per bulk message: the outbox owns its pace, retries and record.
  const bulk = new Api(options.token, { ...client, timeoutSeconds: 30 });
  bulk.config.use(logFailures({ logger, scrub }));

  const registry = createPromptRegistry();
  const validateLabel = (locale: Locale) => i18n.t(locale, 'telegram-validate');
  let webhook: WebhookServer | undefined;
  let polling: Promise<void> | undefined;
  let port: number | undefined;

  const warn = (error: unknown, what: string) => {
    if (isHarmless(error)) logger.debug({ what, err: describeError(error, scrub) }, 'Telegram call not needed');
    else logger.warn({ what, err: describeError(error, scrub) }, 'Telegram call failed');
  };

  return {
    name: 'telegram',
    get port() {
      return port;
    },
    get polling() {
      return polling;
    },
    async start(core) {
      try {
        // A plain client (no retries): a wrong token or API root fails the start at once.
        bot.botInfo = await new Api(options.token, { ...client, timeoutSeconds: 30 }).getMe();
      } catch (error) {
        throw new Error(`Telegram bot could not start: ${JSON.stringify(describeError(error, scrub))}`);
      }
      const inbox = core.inbox(
        createProcessor({
          api: bot.api,
          me: () => bot.botInfo,
          registry,
          i18n,
          defaultLocale,
          unreachable: (chatId) => core.unreachable({ channel: 'telegram', externalId: String(chatId) }),
          warn,
          failed: (error, updateId) =>
            logger.error({ updateId, err: describeError(error, scrub) }, 'Telegram update failed'),
        }),
      );
      // Updates of one chat are handled in order: a message's chat, or the chat of the tapped message.
      const chatOf = (u: Update) =>
        String(u.message?.chat.id ?? u.callback_query?.message?.chat.id ?? u.callback_query?.from.id ?? '');
      const store = (updates: Update[]) =>
        inbox.store(updates.map((u) => ({ id: String(u.update_id), chat: chatOf(u), payload: u })));
      await setCommandMenus(bot.api, i18n, defaultLocale, options.commands ?? []).catch((e: unknown) =>
        warn(e, 'setMyCommands'),
      );

      if (options.mode.kind === 'webhook') {
        webhook = createWebhookServer(options.mode, {
          store: (update) => store([update]),
          healthy: () => core.healthy(),
          logger,
          ...(options.maxBodyBytes ? { maxBodyBytes: options.maxBodyBytes } : {}),
        });
        port = await webhook.listen();
        await bot.api.setWebhook(options.mode.url, {
          secret_token: options.mode.secret,
          allowed_updates: [...allowedUpdates],
        });
        logger.info({ mode: 'webhook', port, username: bot.botInfo.username }, 'Telegram started');
        return;
      }
      await bot.api.deleteWebhook();
      polling = poll({
        api: bot.api,
        store,
        timeoutSeconds: options.mode.timeoutSeconds ?? 30,
        allowedUpdates,
        signal: stopPolling.signal,
        logger,
        scrub,
      });
      logger.info({ mode: 'polling', username: bot.botInfo.username }, 'Telegram started');
    },
    async send(to: Address, messages: OutboundMessage[], locale = defaultLocale) {
      if (to.channel !== 'telegram') throw new SendError(`not a Telegram address: ${to.channel}`, true);
      const operations = renderOutbound(messages, { locale, validateLabel }).operations;
      try {
        await perform(bulk, registry, Number(to.externalId), operations);
      } catch (error) {
        if (isUnreachable(error))
          throw new SendError(
            `Telegram chat ${to.externalId} unreachable: ${describeError(error, scrub).description as string}`,
            true,
          );
        throw toSendError(error, scrub);
      }
    },
    async stop() {
      // Stop taking updates; what is stored is handled by the inbox (now, or at the next start).
      stopPolling.abort();
      await polling?.catch(() => undefined);
      await webhook?.close();
    },
  };
}
