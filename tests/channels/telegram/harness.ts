import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { createApp } from '../../../src/app.ts';
import {
  createTelegramAdapter,
  type TelegramAdapter,
  type TelegramMode,
  type TelegramOptions,
} from '../../../src/channels/telegram/adapter.ts';
import type { Inbox } from '../../../src/core/inbox.ts';
import type { CoreLink } from '../../../src/core/messages.ts';
import { createConfig } from '../../../src/config.ts';
import type { CommandInfo } from '../../../src/core/context.ts';
import { createI18n } from '../../../src/core/i18n.ts';
import type { Feature } from '../../../src/core/router.ts';
import type { Db } from '../../../src/persistence/prisma.ts';
import {
  createBotApi,
  defaultToken,
  type BotApi,
  type BotApiOptions,
  type SentMessage,
  type SimulatedUser,
} from '../../helpers/bot-api/index.ts';
import { buildConversation, buildCore } from '../../helpers/conversation.ts';
import { createTestDb } from '../../helpers/db.ts';
import { captureLogger, type CapturedLogger } from '../../helpers/logger.ts';

export const webhookSecret = 'test-secret-0123456789';

export interface Harness {
  api: BotApi;
  adapter: TelegramAdapter;
  db: Db;
  logs: CapturedLogger;
  inbox: Inbox;
  /** Resolves once every update given to the bot so far is stored, handled and its replies sent. */
  idle(): Promise<void>;
  /** A new adapter on the same core and database, as after a restart of the bot (its memory is lost). */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

export interface HarnessOptions {
  mode?: 'polling' | 'webhook';
  /** Extra test features on the real core (basics included); without them, the real app of src/app.ts. */
  features?: Feature[];
  api?: BotApiOptions;
  networkRetryDelaysMs?: number[];
  maxBodyBytes?: number;
  /** Environment of the real app besides its database (COORDINATORS, QUIET_HOURS…). */
  config?: Record<string, string>;
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** The Telegram adapter on the real core and a temp SQLite database, against a fresh Bot API stand-in. */
export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const api = await createBotApi(options.api);
  const logs = captureLogger();
  const t = await createTestDb();
  let link: CoreLink;
  let inbox: Inbox;
  let commands: CommandInfo[];
  let closeApp = () => Promise.resolve();
  if (options.features) {
    const core = buildCore(t.db, buildConversation(t.db, options.features, logs.logger).conversation, logs.logger);
    link = core.link('telegram');
    inbox = core.inbox;
    commands = options.features.flatMap((f) => f.commands ?? []);
    closeApp = () => core.inbox.close();
  } else {
    const app = await createApp(createConfig({ ...options.config, DATABASE_URL: t.url }), logs.logger);
    link = app.link('telegram');
    inbox = app.inbox;
    commands = app.commands;
    closeApp = () => app.close();
  }
  let mode: TelegramMode = { kind: 'polling', timeoutSeconds: 5 };
  if (options.mode === 'webhook') {
    const port = await freePort();
    mode = {
      kind: 'webhook',
      url: `http://127.0.0.1:${port}/telegram/hook`,
      secret: webhookSecret,
      port,
      host: '127.0.0.1',
    };
  }
  const adapterOptions: TelegramOptions = {
    token: defaultToken,
    apiRoot: api.apiRoot,
    mode,
    i18n: createI18n(),
    logger: logs.logger,
    defaultLocale: 'fr',
    commands,
    ...(options.networkRetryDelaysMs ? { networkRetryDelaysMs: options.networkRetryDelaysMs } : {}),
    ...(options.maxBodyBytes ? { maxBodyBytes: options.maxBodyBytes } : {}),
  };
  let adapter = createTelegramAdapter(adapterOptions);
  await adapter.start(link);
  return {
    api,
    get adapter() {
      return adapter;
    },
    db: t.db,
    logs,
    inbox,
    async idle() {
      // Polling: an update is stored before the next getUpdates confirms it.
      if (mode.kind === 'polling')
        await api.waitFor(() => api.pendingUpdates().length === 0, 10_000, 'updates fetched and stored');
      await inbox.idle();
    },
    async restart() {
      await adapter.stop();
      await inbox.idle();
      adapter = createTelegramAdapter(adapterOptions);
      await adapter.start(link);
    },
    async stop() {
      await adapter.stop();
      await inbox.close();
      await api.close();
      await closeApp();
      await t.cleanup();
    },
  };
}

export const plainText = (text: string | undefined) => (text ?? '').replace(/[\u200e\u200f\u2066-\u2069]/g, '');
/** The buttons of a message's inline keyboard, row after row. */
export const buttonsOf = (m: SentMessage | undefined) => m?.reply_markup?.inline_keyboard?.flat() ?? [];
/** Their labels, without direction marks. */
export const labelsOf = (m: SentMessage | undefined) => buttonsOf(m).map((b) => plainText(b.text));
export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The lines typed by `user`, one at a time, each handled before the next. */
export async function typeLines(h: Harness, user: SimulatedUser, ...lines: string[]): Promise<void> {
  for (const line of lines) {
    await user.send(line);
    await h.idle();
  }
}

/** Someone who has written /start, made a member of a team of their own (commune Béja, cohort Test). */
export async function enrol(h: Harness, user: SimulatedUser): Promise<void> {
  await user.send('/start');
  await h.idle();
  const identity = await h.db.identity.findUniqueOrThrow({
    where: { channel_externalId: { channel: 'telegram', externalId: String(user.chatId) } },
  });
  const cohort = await h.db.cohort.upsert({ where: { name: 'Test' }, update: {}, create: { name: 'Test' } });
  const team = await h.db.team.create({
    data: { slug: `t${user.chatId}`, name: `Équipe ${user.chatId}`, commune: 'Béja', cohortId: cohort.id },
  });
  await h.db.teamMember.create({ data: { teamId: team.id, personId: identity.personId } });
}
