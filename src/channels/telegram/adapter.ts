import { run, sequentialize, type RunnerHandle } from '@grammyjs/runner';
import { Api, Bot, type Context } from 'grammy';
import { claimMessage } from '../../core/dedupe.ts';
import { localeFromLanguageCode, withDirection, type I18n, type Locale } from '../../core/i18n.ts';
import type { Logger } from '../../logger.ts';
import type { Db } from '../../persistence/prisma.ts';
import { SendError, type Address, type ChannelAdapter, type InboundHandler, type OutboundMessage } from '../types.ts';
import { createDelivery } from './delivery.ts';
import { createScrubber, describeError, isHarmless, isUnreachable, toSendError } from './errors.ts';
import { parseMessage } from './inbound.ts';
import { setCommandMenus, type MenuCommand } from './menu.ts';
import { createBotApiHttp } from './http.ts';
import { createPacer } from './pacer.ts';
import { createPromptRegistry } from './prompts.ts';
import { renderOutbound } from './render.ts';
import { answerAccepted, handleTap, showAnswered, typedChoice } from './taps.ts';
import { configureTransport } from './transport.ts';
import { createWebhookServer, type WebhookServer, type WebhookSettings } from './webhook.ts';

export type TelegramMode = { kind: 'polling'; timeoutSeconds?: number } | ({ kind: 'webhook' } & WebhookSettings);

export interface TelegramOptions {
  token: string;
  /** Bot API server; https://api.telegram.org by default (a self-hosted one, or a stand-in in tests). */
  apiRoot?: string | undefined;
  mode: TelegramMode;
  i18n: I18n;
  db: Db;
  logger: Logger;
  defaultLocale: Locale;
  /** Commands for the Telegram menu (setMyCommands), in /help order. */
  commands?: MenuCommand[];
  /** Pace of bulk sends, messages per second for the whole bot (default 25, Telegram allows ~30). */
  sendRate?: number;
  /** Most bulk messages waiting for their turn (default 10,000). */
  maxQueue?: number;
  /** Pauses before retrying a call that got no answer (network error); default 1, 2, 4, 8, 16 s. */
  networkRetryDelaysMs?: readonly number[];
}

export interface TelegramAdapter extends ChannelAdapter {
  /** The webhook server's port once started (webhook mode). */
  readonly port: number | undefined;
}

const allowedUpdates = ['message', 'callback_query'] as const;

/** Telegram through grammY: long polling (runner) or webhook; replies rendered as keyboards. */
export function createTelegramAdapter(options: TelegramOptions): TelegramAdapter {
  const { i18n, db, logger, defaultLocale } = options;
  const scrub = createScrubber(options.token);
  const apiRoot = options.apiRoot ?? 'https://api.telegram.org';
  const http = createBotApiHttp();
  const client = { apiRoot, fetch: http.fetch };
  const bot = new Bot(options.token, { client });
  bot.api.config.use(http.jsonCalls(apiRoot, options.token));
  configureTransport(bot.api, { logger, scrub, networkRetryDelaysMs: options.networkRetryDelaysMs });

  const registry = createPromptRegistry();
  const pacer = createPacer({ perSecond: options.sendRate ?? 25, perChatMs: 1000, maxQueue: options.maxQueue ?? 10_000 });
  const delivery = createDelivery({ api: bot.api, pacer, registry });
  const inflight = new Set<Promise<void>>();
  let runner: RunnerHandle | undefined;
  let webhook: WebhookServer | undefined;
  let port: number | undefined;

  const markUnreachable = async (externalId: string) => {
    await db.identity.updateMany({ where: { channel: 'telegram', externalId }, data: { unreachableAt: new Date() } });
    logger.info({ channel: 'telegram', externalId }, 'identity marked unreachable');
  };
  const warn = (error: unknown, what: string) => {
    if (isHarmless(error)) logger.debug({ what, err: describeError(error, scrub) }, 'Telegram call not needed');
    else logger.warn({ what, err: describeError(error, scrub) }, 'Telegram call failed');
  };
  const claim = (updateId: number) => claimMessage(db, 'telegram', String(updateId));
  const validateLabel = (locale: Locale) => i18n.t(locale, 'telegram-validate');

  async function onUpdate(ctx: Context, handle: InboundHandler) {
    const chatId = ctx.chat?.id;
    try {
      if (ctx.callbackQuery) {
        await handleTap(ctx, { handle, registry, delivery, i18n, defaultLocale, claim, warn });
        return;
      }
      const message = ctx.message;
      if (!message || chatId === undefined || message.chat.type !== 'private') return;
      const inbound = parseMessage(ctx.update.update_id, message);
      const locale = localeFromLanguageCode(message.from?.language_code) ?? defaultLocale;
      // A choice typed instead of tapped ("2", "Oui", "1,3") answers the last keyboard of the chat.
      const previous = inbound?.kind === 'text' ? registry.latest(chatId) : undefined;
      const typed = previous && inbound?.kind === 'text' && !previous.prompt.answered ? typedChoice(previous.prompt, inbound.text) : null;
      const replies: OutboundMessage[] = inbound
        ? await handle(inbound)
        : (await claim(ctx.update.update_id))
          ? [{ kind: 'text', text: withDirection(locale, i18n.t(locale, 'telegram-unsupported')) }]
          : [];
      if (previous && typed && answerAccepted(i18n, replies, previous.prompt.promptId)) {
        previous.prompt.answered = true;
        await showAnswered(bot.api, chatId, previous.messageId, previous.prompt.text, typed, previous.prompt.locale).catch((e: unknown) => warn(e, 'editMessageText'));
      }
      await delivery.reply(chatId, renderOutbound(replies, { fallbackLocale: locale, validateLabel }).operations);
    } catch (error) {
      // Error boundary: one failing update is logged, the bot goes on.
      if (isUnreachable(error) && chatId !== undefined) await markUnreachable(String(chatId)).catch((e: unknown) => warn(e, 'markUnreachable'));
      logger.error({ updateId: ctx.update.update_id, err: describeError(error, scrub) }, 'Telegram update failed');
    }
  }

  return {
    name: 'telegram',
    get port() {
      return port;
    },
    async start(handle) {
      try {
        // A plain client (no auto-retry): a wrong token or API root fails the start at once.
        bot.botInfo = await new Api(options.token, client).getMe();
      } catch (error) {
        throw new Error(`Telegram bot could not start: ${JSON.stringify(describeError(error, scrub))}`);
      }
      const detach = options.mode.kind === 'webhook';
      // Updates in hand are tracked so stop() can finish them (the runner's stop does not wait).
      // With a webhook, Telegram is answered at once and the update finishes in the background.
      bot.use(async (_ctx, next) => {
        const task = next().finally(() => inflight.delete(task));
        inflight.add(task);
        if (!detach) return task;
        task.catch((error: unknown) => logger.error({ err: describeError(error, scrub) }, 'Telegram update failed'));
      });
      // Updates of one chat are handled one after another, in order; chats run concurrently.
      bot.use(sequentialize((ctx: Context) => String(ctx.chat?.id ?? ctx.from?.id ?? '')));
      bot.use((ctx) => onUpdate(ctx, handle));
      bot.catch((error) => logger.error({ err: describeError(error.error, scrub) }, 'Telegram middleware failed'));
      await setCommandMenus(bot.api, i18n, defaultLocale, options.commands ?? []).catch((e: unknown) => warn(e, 'setMyCommands'));

      if (options.mode.kind === 'webhook') {
        webhook = createWebhookServer(bot, options.mode, logger);
        port = await webhook.listen();
        await bot.api.setWebhook(options.mode.url, { secret_token: options.mode.secret, allowed_updates: [...allowedUpdates] });
        logger.info({ mode: 'webhook', port, username: bot.botInfo.username }, 'Telegram started');
        return;
      }
      await bot.api.deleteWebhook();
      runner = run(bot, {
        runner: { fetch: { timeout: options.mode.timeoutSeconds ?? 30, allowed_updates: [...allowedUpdates] }, silent: true },
      });
      logger.info({ mode: 'polling', username: bot.botInfo.username }, 'Telegram started');
    },
    async send(to: Address, messages: OutboundMessage[]) {
      if (to.channel !== 'telegram') throw new SendError(`not a Telegram address: ${to.channel}`, true);
      const chatId = Number(to.externalId);
      const operations = renderOutbound(messages, { fallbackLocale: defaultLocale, validateLabel }).operations;
      try {
        await delivery.paced(chatId, operations);
      } catch (error) {
        if (isUnreachable(error)) {
          await markUnreachable(to.externalId);
          throw new SendError(`Telegram chat ${to.externalId} unreachable: ${describeError(error, scrub).description as string}`, true);
        }
        throw toSendError(error, scrub);
      }
    },
    async stop() {
      // Stop taking updates first, then finish the ones in hand.
      if (runner?.isRunning()) await runner.stop();
      await webhook?.close();
      await Promise.allSettled([...inflight]);
      pacer.close();
      await http.close();
    },
  };
}
