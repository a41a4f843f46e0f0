import type { InboundHandler } from './channels/types.ts';
import type { Config } from './config.ts';
import type { CommandInfo } from './core/context.ts';
import { createConversation } from './core/conversation.ts';
import { createI18n, type I18n } from './core/i18n.ts';
import { processedRetentionMs, pruneProcessedMessages } from './core/dedupe.ts';
import { createIdentityService } from './core/identity.ts';
import { createRouter } from './core/router.ts';
import { createStateStore } from './core/state.ts';
import { createBasicsFeature } from './features/basics/index.ts';
import { createKnowledgeFeature, type KnowledgeService } from './features/knowledge/index.ts';
import { createLinkingFeature } from './features/linking/index.ts';
import { createCoordination, type Coordination } from './features/reminders/coordination.ts';
import { syncPlanDeadlines } from './features/reminders/index.ts';
import type { Questionnaire } from './features/questionnaires/definitions.ts';
import { createQuestionnaireFeature, loadQuestionnaires } from './features/questionnaires/index.ts';
import type { Logger } from './logger.ts';
import { applyMigrations } from './persistence/migrate.ts';
import { startCheckpointer } from './persistence/checkpointer.ts';
import { createDb, sqliteFilePath, type Db } from './persistence/prisma.ts';

export interface App {
  db: Db;
  i18n: I18n;
  handle: InboundHandler;
  /** Every feature's commands, in /help order (channels with a command menu list them). */
  commands: CommandInfo[];
  /** Enrolment, deadlines, reminders and broadcasts; `start(adapters)` once the channels run. */
  coordination: Coordination;
  questionnaires: Questionnaire[];
  /** Knowledge base: sourced answers, and related passages for other features (questionnaire help). */
  knowledge: KnowledgeService;
  close(): Promise<void>;
}

/** Builds the channel-neutral application: database (migrated), catalogs, features, core. */
export async function createApp(config: Config, logger: Logger): Promise<App> {
  // Content is validated before anything else: a broken questionnaire stops the start.
  const questionnaires = loadQuestionnaires(config.QUESTIONNAIRES_DIR);
  const database = { url: config.DATABASE_URL, busyTimeoutMs: config.SQLITE_BUSY_TIMEOUT_MS };
  const applied = await applyMigrations(database);
  if (applied.length > 0) logger.info({ applied }, 'database migrations applied');
  // WAL checkpoints run in a worker thread; the bot's connection keeps a threshold of last resort.
  const checkpointer = startCheckpointer({
    path: sqliteFilePath(database.url),
    everyMs: 1000,
    onError: (error) => logger.warn({ err: error }, 'background WAL checkpoint failed'),
  });
  const db = createDb({ ...database, walAutocheckpointPages: 20_000 });
  const i18n = createI18n();
  const knowledge = createKnowledgeFeature({
    db,
    i18n,
    logger,
    knowledgeDir: config.KNOWLEDGE_DIR,
    llm: config.OPENAI_API_KEY
      ? { apiKey: config.OPENAI_API_KEY, baseURL: config.OPENAI_BASE_URL, model: config.OPENAI_MODEL, embeddingModel: config.OPENAI_EMBEDDING_MODEL, timeoutMs: config.LLM_TIMEOUT_MS }
      : undefined,
  });
  const questionnaireFeature = createQuestionnaireFeature({
    db,
    questionnaires,
    // `?` on a question adds related knowledge passages to its help.
    related: (text, locale, limit) => knowledge.service.related(text, locale, limit),
    // Dated plan actions become deadlines of the team, so reminders cover them.
    onPlanChanged: async (teamId) => {
      await syncPlanDeadlines(db, teamId, { timeZone: config.TIMEZONE });
    },
  });
  const coordination = await createCoordination({ db, i18n, logger, config, questionnaires });
  // Coordination before questionnaires: a broadcast being written is not taken for an answer.
  const features = [
    createBasicsFeature({ onStartPayload: coordination.onStartPayload }),
    createLinkingFeature({ db }),
    ...coordination.features,
    questionnaireFeature,
    knowledge.feature,
  ];
  // Free text that no feature claimed is a question to the knowledge base.
  const router = createRouter(features, knowledge.fallback);
  const handle = createConversation({
    db,
    i18n,
    identity: createIdentityService(db),
    states: createStateStore(db),
    router,
    logger,
    defaultLocale: config.DEFAULT_LOCALE,
  });
  const commands = features.flatMap((f) => f.commands ?? []);
  // Message ids are remembered a week (redeliveries come within a day); pruned hourly.
  const prune = () =>
    pruneProcessedMessages(db, new Date(Date.now() - processedRetentionMs))
      .then((count) => count > 0 && logger.info({ count }, 'old message ids pruned'))
      .catch((error: unknown) => logger.warn({ err: error }, 'pruning message ids failed'));
  let pruned = prune();
  const pruning = setInterval(() => {
    pruned = prune();
  }, 60 * 60 * 1000).unref();
  const close = async () => {
    clearInterval(pruning);
    await pruned;
    await coordination.stop();
    await db.$disconnect();
    await checkpointer.stop();
  };
  return { db, i18n, handle, commands, coordination, questionnaires, knowledge: knowledge.service, close };
}
