import { resolve } from 'node:path';
import type { Config } from './config.ts';
import type { CommandInfo } from './core/context.ts';
import { createConversation, type Conversation } from './core/conversation.ts';
import { createI18n, type I18n } from './core/i18n.ts';
import { createIdentityService } from './core/identity.ts';
import { createInbox, inboxRetentionMs, type Inbox } from './core/inbox.ts';
import type { ChannelName, CoreLink, InboundHandler } from './core/messages.ts';
import { createRouter } from './core/router.ts';
import { createStateStore } from './core/state.ts';
import { ensureCoordinators } from './features/admin/bootstrap.ts';
import { createAdminFeature } from './features/admin/index.ts';
import { createBasicsFeature } from './features/basics/index.ts';
import { pointToCommand } from './features/basics/command-intent.ts';
import { createBroadcastsFeature } from './features/broadcasts/index.ts';
import { createKnowledgeFeature, type KnowledgeService } from './features/knowledge/index.ts';
import { createLinkingFeature } from './features/linking/index.ts';
import type { Questionnaire } from './features/questionnaires/definitions.ts';
import { createQuestionnaireFeature, loadQuestionnaires } from './features/questionnaires/index.ts';
import { createRemindersFeature, syncPlanDeadlines } from './features/reminders/index.ts';
import { createContentLoader } from './features/reminders/outbox-content.ts';
import { createScheduler } from './features/reminders/scheduler.ts';
import { parseQuietHours } from './core/time.ts';
import { createReportsFeature } from './features/reports/index.ts';
import type { Logger } from './logger.ts';
import { createOutbox, type Outbox } from './outbox/index.ts';
import { createLocks } from './persistence/locks.ts';
import { applyMigrations } from './persistence/migrate.ts';
import { createDb, type Db } from './persistence/prisma.ts';

export interface App {
  db: Db;
  i18n: I18n;
  conversation: Conversation;
  /** Handles a message that is not stored first (the console, tests, benchmarks). */
  handle: InboundHandler;
  /** What a channel adapter gets from the core when it starts. */
  link(channel: ChannelName): CoreLink;
  inbox: Inbox;
  /** Every feature's commands, in /help order (channels with a command menu list them). */
  commands: CommandInfo[];
  /** Reminders and broadcasts delivery; `start(adapters)` once the channels run. */
  outbox: Outbox;
  questionnaires: Questionnaire[];
  /** Knowledge base: sourced answers, and related passages for other features (questionnaire help). */
  knowledge: KnowledgeService;
  close(): Promise<void>;
}

export interface AppOptions {
  now?: () => Date;
  /** Dispatcher tuning (tests, benchmark). */
  dispatcher?: Parameters<typeof createOutbox>[0]['dispatcher'];
}

/** Builds the channel-neutral application: database (migrated), catalogs, every feature, core. */
export async function createApp(config: Config, logger: Logger, options: AppOptions = {}): Promise<App> {
  // Content is validated before anything else: a broken questionnaire stops the start.
  const questionnaires = loadQuestionnaires(config.QUESTIONNAIRES_DIR);
  const database = { url: config.DATABASE_URL, busyTimeoutMs: config.SQLITE_BUSY_TIMEOUT_MS };
  const applied = await applyMigrations(database);
  if (applied.length > 0) logger.info({ applied }, 'database migrations applied');
  const db = createDb(database);
  // PostgreSQL: several instances may share the database; these locks keep them in step.
  const locks = createLocks(config.DATABASE_URL, logger);
  const i18n = createI18n();
  const now = options.now ?? (() => new Date());
  const timeZone = config.TIMEZONE;
  const quietHours = config.QUIET_HOURS === 'off' ? null : parseQuietHours(config.QUIET_HOURS, timeZone);
  const granted = await ensureCoordinators(db, config.COORDINATORS);
  if (granted > 0) logger.info({ granted }, 'coordinators from COORDINATORS');

  const scheduler = createScheduler({ db, now, quietHours, logger });
  const outbox = createOutbox({
    db,
    logger,
    content: () => createContentLoader(db, i18n),
    defaultLocale: config.DEFAULT_LOCALE,
    cron: config.REMINDER_CRON,
    materialise: () => scheduler.tick(),
    now,
    dispatcher: { limits: { telegram: { perSecond: config.TELEGRAM_SEND_RATE } }, ...options.dispatcher },
    locks,
  });
  const knowledge = createKnowledgeFeature({
    db,
    i18n,
    logger,
    knowledgeDir: config.KNOWLEDGE_DIR,
    llm: config.OPENAI_API_KEY
      ? {
          apiKey: config.OPENAI_API_KEY,
          baseURL: config.OPENAI_BASE_URL,
          model: config.OPENAI_MODEL,
          embeddingModel: config.OPENAI_EMBEDDING_MODEL,
          timeoutMs: config.LLM_TIMEOUT_MS,
        }
      : undefined,
  });
  const admin = createAdminFeature({ db, now, timeZone, botUsername: config.TELEGRAM_BOT_USERNAME });
  const broadcasts = createBroadcastsFeature({
    db,
    now,
    timeZone,
    quietHours,
    kick: () => outbox.kick(),
    connected: () => outbox.connected(),
  });
  const features = [
    createBasicsFeature({ onStartPayload: (ctx, payload) => admin.onStartPayload(ctx, payload) }),
    createLinkingFeature({ db }),
    // Coordination before questionnaires: a broadcast being written is not taken for an answer.
    admin,
    createRemindersFeature({ db, now, timeZone, quietHours, calendarDir: resolve(config.KNOWLEDGE_DIR) }),
    broadcasts,
    createReportsFeature({
      db,
      now,
      timeZone,
      questionnaires,
      guide: { i18n, knowledgeDir: resolve(config.KNOWLEDGE_DIR) },
    }),
    createQuestionnaireFeature({
      db,
      questionnaires,
      now,
      timeZone,
      logger,
      // `?` on a question adds related knowledge passages to its help.
      related: (text, locale, limit) => knowledge.service.related(text, locale, limit),
      // Dated plan actions become deadlines of the team, so reminders cover them.
      onPlanChanged: async (teamId) => {
        await syncPlanDeadlines(db, teamId, { timeZone });
      },
    }),
    knowledge.feature,
  ];
  // Free text that no feature claimed is a question to the knowledge base; a bare number typed
  // under a broadcast preview the chat no longer shows (a restart) points to /broadcasts first.
  const router = createRouter(features, async (ctx) => {
    if (await broadcasts.strayNumber(ctx)) return;
    if (!pointToCommand(ctx, i18n)) await knowledge.fallback(ctx);
  });
  const identity = createIdentityService(db);
  const conversation = createConversation({
    db,
    i18n,
    identity,
    states: createStateStore(db),
    router,
    logger,
    defaultLocale: config.DEFAULT_LOCALE,
  });
  const inbox = createInbox({ db, logger, conversation, locks });
  const commands = features.flatMap((f) => f.commands ?? []);

  // Handled updates are remembered a week (redeliveries come within a day); pruned hourly.
  const prune = () =>
    inbox
      .prune(new Date(Date.now() - inboxRetentionMs))
      .then((count) => count > 0 && logger.info({ count }, 'old inbox updates pruned'))
      .catch((error: unknown) => logger.warn({ err: error }, 'pruning the inbox failed'));
  let pruned = prune();
  const pruning = setInterval(
    () => {
      pruned = prune();
    },
    60 * 60 * 1000,
  ).unref();

  return {
    db,
    i18n,
    conversation,
    handle: (message) => conversation.handle(message),
    link: (channel) => ({
      handle: (message) => conversation.handle(message),
      current: (message) => conversation.current(message),
      inbox: (process) => inbox.open(channel, process),
      unreachable: (address) => identity.markUnreachable(address),
      healthy: () => db.$queryRaw`SELECT 1`.then(() => true),
    }),
    inbox,
    commands,
    outbox,
    questionnaires,
    knowledge: knowledge.service,
    async close() {
      clearInterval(pruning);
      await pruned;
      await outbox.stop();
      await inbox.close();
      await locks.close();
      await db.$disconnect();
    },
  };
}
