import { join } from 'node:path';
import type { Writable } from 'node:stream';
import type { ClientOptions } from 'whatsapp-web.js';
import { withDirection, type I18n, type Locale } from '../../core/i18n.ts';
import type { Logger } from '../../logger.ts';
import {
  SendError,
  type Address,
  type ChannelAdapter,
  type ChannelInbox,
  type InboundHandler,
  type InboundMessage,
  type OutboundMessage,
  type Sender,
  readBackReplies,
} from '../../core/messages.ts';
import { nonTextHelp } from '../../core/non-text.ts';
import { createPromptMemory } from '../prompt-memory.ts';
import { assertChromium, type ClientFactory, type WhatsAppMessage } from './client.ts';
import { bulkRefusals, type BulkCheck } from './contacts.ts';
import { notConnected, toSendError } from './errors.ts';
import { replyChatOf, skipReason, toInbound } from './inbound.ts';
import { createMediaStore } from './media.ts';
import { createPacer } from './pacing.ts';
import { createQrDisplay } from './qr.ts';
import { renderForWhatsApp } from './render.ts';
import { createSession } from './session.ts';

export interface WhatsAppAdapterOptions {
  factory: ClientFactory;
  clientOptions: () => ClientOptions;
  /** Session, QR image and received media live here. */
  dataDir: string;
  /** Checked at start when given (tests with a stand-in client give none). */
  chromiumPath?: string | undefined;
  /** The client is restarted when `ready` does not follow `authenticated` within this time. */
  readyTimeoutMs: number;
  /** ...or when it shows neither a QR code nor a login within this time of its launch (default: readyTimeoutMs). */
  startTimeoutMs?: number;
  minDelayMs: number;
  maxDelayMs: number;
  allowGroups: boolean;
  /** Whether bulk sends (reminders, broadcasts) may go to this WhatsApp id: see `createBulkCheck`. */
  bulkCheck: BulkCheck;
  i18n: I18n;
  /** Language of the lines printed for whoever sets the bot up (QR code, logged out). */
  operatorLocale: Locale;
  /** Where the QR code is printed. */
  terminal: Writable;
  logger: Logger;
  reconnectMs?: { initial: number; max: number };
  /** How long `stop` waits for replies in progress. */
  drainMs?: number;
  random?: () => number;
}

export interface WhatsAppAdapter extends ChannelAdapter {
  /** Resolves the next time WhatsApp is ready (after a QR scan on a first start). */
  whenReady(): Promise<void>;
  /** Resolves once every message received so far is stored and every reply queued so far is sent. */
  idle(): Promise<void>;
}

/**
 * What the inbox keeps of a WhatsApp message (the library's message object cannot be stored).
 * `unsupported` is how a voice note or a sticker was kept before the core took them (with its
 * sender, or, stored earlier still, without).
 */
type Stored = { chat: string; message: InboundMessage } | { chat: string; unsupported: true; from?: Sender };

/** WhatsApp through whatsapp-web.js: private chats, numbered choices, paced sends. */
export function createWhatsAppAdapter(options: WhatsAppAdapterOptions): WhatsAppAdapter {
  const { logger, i18n } = options;
  const pacer = createPacer({ minDelayMs: options.minDelayMs, maxDelayMs: options.maxDelayMs, random: options.random });
  const saveMedia = createMediaStore(join(options.dataDir, 'media'));
  const prompts = createPromptMemory();
  /** Messages being stored, per chat, in the order received (a photo is downloaded first). */
  const chats = new Map<string, Promise<void>>();
  // Ids of recent messages: the inbox ignores a stored id again, but a second event for one
  // message must not download its photo again first.
  const seen = new Set<string>();
  let inbox: ChannelInbox | undefined;
  let startedAt = new Date();
  let stopping = false;
  const say = (key: string) => i18n.t(options.operatorLocale, key);

  const session = createSession({
    factory: options.factory,
    clientOptions: options.clientOptions,
    dataDir: options.dataDir,
    startTimeoutMs: options.startTimeoutMs ?? options.readyTimeoutMs,
    readyTimeoutMs: options.readyTimeoutMs,
    reconnectMs: options.reconnectMs ?? { initial: 2_000, max: 60_000 },
    logger,
    qr: createQrDisplay({
      output: options.terminal,
      pngPath: join(options.dataDir, 'qr.png'),
      instructions: (path) => i18n.t(options.operatorLocale, 'wa-qr-scan', { path }),
    }),
    notify: (event) => options.terminal.write(`${say(event === 'ready' ? 'wa-ready' : 'wa-logged-out')}\n`),
    onMessage: receive,
  });

  async function deliver(chat: string, messages: OutboundMessage[]) {
    for (const message of messages) {
      for (const { content, options: sendOptions } of renderForWhatsApp(message)) {
        await pacer.schedule(async () => {
          const client = session.client;
          if (!client) throw notConnected();
          await client.sendMessage(chat, content, sendOptions);
        });
      }
    }
  }

  /** Stores one received message (its media downloaded) in the inbox, to be handled in order. */
  async function storeOne(message: WhatsAppMessage, chat: string) {
    if (!inbox) return;
    const payload: Stored = { chat, message: await toInbound(message, saveMedia) };
    await inbox.store([{ id: message.id._serialized, chat, payload }]);
  }

  /** A stored message → the core → the replies, paced. */
  async function process(payload: unknown, handle: InboundHandler, _redelivered: boolean, current: InboundHandler) {
    const stored = payload as Stored;
    if ('unsupported' in stored && !stored.from) {
      // Kept without its sender: nobody to look up, so said in both languages, and no more.
      const line = (locale: Locale) =>
        withDirection(
          locale,
          nonTextHelp((k, a) => i18n.t(locale, k, a), 'other'),
        );
      return deliver(stored.chat, [{ kind: 'text', text: `${line('fr')}\n\n${line('ar')}` }]);
    }
    const message: InboundMessage =
      'unsupported' in stored
        ? { id: stored.chat, from: stored.from as Sender, receivedAt: new Date(), kind: 'unsupported', what: 'other' }
        : { ...stored.message, receivedAt: new Date(stored.message.receivedAt) };
    const inbound = await prompts.choiceOf(stored.chat, message, current);
    const result = await handle(inbound);
    let replies = result.replies;
    // A typed number for a list that is no longer open (answered meanwhile from a linked Telegram
    // account) gets a notice only, a toast on Telegram: here the open question comes under it.
    if (inbound.kind === 'choice' && replies.length > 0 && replies.every((r) => r.kind === 'notice')) {
      replies = [...replies, ...(await current(message)).replies];
    }
    prompts.replied(stored.chat, replies);
    await deliver(stored.chat, [...readBackReplies(result), ...replies]);
  }

  function receive(message: WhatsAppMessage) {
    const id = message.id._serialized;
    const reason = stopping
      ? 'stopping'
      : (skipReason(message, { startedAt, allowGroups: options.allowGroups }) ?? (seen.has(id) ? 'duplicate' : null));
    if (reason) {
      logger.debug({ messageId: id, reason }, 'whatsapp message ignored');
      return;
    }
    seen.add(id);
    if (seen.size > 10_000) seen.delete(seen.values().next().value as string);
    const chat = replyChatOf(message);
    // One message at a time per chat, in order: the second answer must see the first one's state.
    const next = (chats.get(chat) ?? Promise.resolve())
      .then(() => storeOne(message, chat))
      .catch((error: unknown) => logger.error({ err: error, messageId: id }, 'whatsapp message not stored'));
    chats.set(chat, next);
    void next.then(() => {
      if (chats.get(chat) === next) chats.delete(chat);
    });
  }

  const idle = async () => {
    while (chats.size > 0) await Promise.all(chats.values());
    await pacer.drained();
  };

  return {
    name: 'whatsapp',
    whenReady: () => session.whenReady(),
    idle,
    async start(core) {
      if (options.chromiumPath) assertChromium(options.chromiumPath);
      inbox = core.inbox(process);
      startedAt = new Date();
      session.start();
    },
    async send(to: Address, messages: OutboundMessage[], locale?: Locale) {
      if (to.channel !== 'whatsapp') throw new SendError(`not a WhatsApp address: ${to.channel}`, true);
      const refusal = await options.bulkCheck(to.externalId);
      if (refusal) throw new SendError(`WhatsApp bulk send refused: ${bulkRefusals[refusal]}`, true);
      if (!session.client) throw notConnected();
      // A reminder is answered by its words; numbers keep answering the question in progress, and it says so.
      const shown = locale ?? options.operatorLocale;
      const sent = prompts.sent(to.externalId, messages, withDirection(shown, i18n.t(shown, 'aside-numbers')));
      try {
        await deliver(to.externalId, sent);
      } catch (error) {
        throw toSendError(error);
      }
    },
    async stop() {
      // New messages are left alone; those received are stored (the core's inbox handles them).
      stopping = true;
      while (chats.size > 0) await Promise.all(chats.values());
    },
    async close() {
      stopping = true;
      // Replies in hand leave first, within a bound; then the browser closes (the session stays linked).
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, options.drainMs ?? 10_000)));
      await Promise.race([idle(), timeout]);
      clearTimeout(timer);
      pacer.close();
      await session.stop();
    },
  };
}
