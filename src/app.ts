import type { InboundHandler } from './channels/types.ts';
import type { Config } from './config.ts';
import { createConversation } from './core/conversation.ts';
import { createI18n, type I18n } from './core/i18n.ts';
import { createIdentityService } from './core/identity.ts';
import { createRouter } from './core/router.ts';
import { createStateStore } from './core/state.ts';
import { createBasicsFeature, fallbackReply } from './features/basics/index.ts';
import type { Questionnaire } from './features/questionnaires/definitions.ts';
import { createQuestionnaireFeature, loadQuestionnaires } from './features/questionnaires/index.ts';
import type { Logger } from './logger.ts';
import { applyMigrations } from './persistence/migrate.ts';
import { createDb, type Db } from './persistence/prisma.ts';

export interface App {
  db: Db;
  i18n: I18n;
  handle: InboundHandler;
  questionnaires: Questionnaire[];
  close(): Promise<void>;
}

/** Builds the channel-neutral application: database (migrated), catalogs, features, core. */
export async function createApp(config: Config, logger: Logger): Promise<App> {
  // Content is validated before anything else: a broken questionnaire stops the start.
  const questionnaires = loadQuestionnaires(config.QUESTIONNAIRES_DIR);
  const database = { url: config.DATABASE_URL, busyTimeoutMs: config.SQLITE_BUSY_TIMEOUT_MS };
  const applied = await applyMigrations(database);
  if (applied.length > 0) logger.info({ applied }, 'database migrations applied');
  const db = createDb(database);
  const i18n = createI18n();
  const questionnaireFeature = createQuestionnaireFeature({ db, questionnaires });
  const router = createRouter([createBasicsFeature(), questionnaireFeature], fallbackReply);
  const handle = createConversation({
    db,
    i18n,
    identity: createIdentityService(db),
    states: createStateStore(db),
    router,
    logger,
    defaultLocale: config.DEFAULT_LOCALE,
  });
  return { db, i18n, handle, questionnaires, close: () => db.$disconnect() };
}
