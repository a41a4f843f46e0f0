import { resolve } from 'node:path';
import { schedule, type ScheduledTask } from 'node-cron';
import type { ChannelAdapter, ChannelName } from '../../channels/types.ts';
import type { Context } from '../../core/context.ts';
import type { I18n, Locale } from '../../core/i18n.ts';
import type { Feature } from '../../core/router.ts';
import type { Logger } from '../../logger.ts';
import type { Db } from '../../persistence/prisma.ts';
import { createAdminFeature } from '../admin/index.ts';
import { ensureCoordinators } from '../admin/bootstrap.ts';
import { createBroadcastsFeature } from '../broadcasts/index.ts';
import type { Questionnaire } from '../questionnaires/definitions.ts';
import { createReportsFeature } from '../reports/index.ts';
import { createDispatcher, type Dispatcher, type DispatcherDeps } from './dispatcher.ts';
import { createRemindersFeature } from './index.ts';
import { createScheduler } from './scheduler.ts';
import { parseQuietHours } from './time.ts';

export interface CoordinationSettings {
  DEFAULT_LOCALE: Locale;
  COORDINATORS?: string | undefined;
  TELEGRAM_BOT_USERNAME?: string | undefined;
  REMINDER_CRON: string;
  QUIET_HOURS: string;
  TIMEZONE: string;
  /** Where `/calendar import` reads calendar files (the knowledge folder). */
  KNOWLEDGE_DIR?: string | undefined;
}

export interface CoordinationDeps {
  db: Db;
  i18n: I18n;
  logger: Logger;
  config: CoordinationSettings;
  now?: () => Date;
  /** Folder of calendar files (knowledge/ by default). */
  calendarDir?: string;
  /** Questionnaire definitions, so /progress shows each team's completion. */
  questionnaires?: readonly Questionnaire[];
  /** Dispatcher tuning (tests, benchmark). */
  dispatcher?: Partial<Omit<DispatcherDeps, 'db' | 'i18n' | 'logger' | 'adapters'>>;
}

export interface Coordination {
  /** Admin, reminders, broadcasts and reports, in /help order. */
  features: Feature[];
  /** For the basics /start command: a deep-link payload is an invite code. */
  onStartPayload: (ctx: Context, payload: string) => Promise<void>;
  /** Starts the reminder tick with the running channels; a first tick catches up at once. */
  start(adapters: Iterable<ChannelAdapter>, options?: { cron?: boolean }): void;
  /** One scheduler tick, then one dispatcher drain (awaited). */
  tick(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Enrolment, deadlines, reminders and broadcasts wired together: one scheduler, one dispatcher
 * (created when the channels are known) and one node-cron task.
 */
export async function createCoordination(deps: CoordinationDeps): Promise<Coordination> {
  const { db, logger, config } = deps;
  const now = deps.now ?? (() => new Date());
  const timeZone = config.TIMEZONE;
  const quietHours = config.QUIET_HOURS === 'off' ? null : parseQuietHours(config.QUIET_HOURS, timeZone);
  const granted = await ensureCoordinators(db, config.COORDINATORS);
  if (granted > 0) logger.info({ granted }, 'coordinators from COORDINATORS');

  const scheduler = createScheduler({ db, now, quietHours, logger });
  let dispatcher: Dispatcher | undefined;
  let task: ScheduledTask | undefined;
  let ticking: Promise<void> | undefined;

  const admin = createAdminFeature({ db, now, timeZone, botUsername: config.TELEGRAM_BOT_USERNAME });
  const features: Feature[] = [
    admin,
    createRemindersFeature({ db, now, timeZone, quietHours, calendarDir: deps.calendarDir ?? resolve(config.KNOWLEDGE_DIR ?? resolve(import.meta.dirname, '../../../knowledge')) }),
    createBroadcastsFeature({ db, now, timeZone, quietHours, kick: () => dispatcher?.kick() }),
    createReportsFeature({ db, now, questionnaires: deps.questionnaires ?? [] }),
  ];

  async function tick() {
    await scheduler.tick();
    await dispatcher?.drain();
  }

  /** Single flight: a tick still running when the next one is due is not doubled; sending runs on its own. */
  function tickInBackground() {
    ticking ??= scheduler
      .tick()
      .then(() => dispatcher?.kick())
      .catch((error: unknown) => logger.error({ err: error }, 'reminder tick failed'))
      .finally(() => (ticking = undefined));
  }

  return {
    features,
    onStartPayload: (ctx, payload) => admin.onStartPayload(ctx, payload),
    start(adapters, options = {}) {
      const map = new Map<ChannelName, ChannelAdapter>();
      for (const adapter of adapters) map.set(adapter.name, adapter);
      dispatcher = createDispatcher({ db, i18n: deps.i18n, logger, defaultLocale: config.DEFAULT_LOCALE, adapters: map, now, ...deps.dispatcher });
      if (options.cron === false) return; // tests drive tick() themselves
      task = schedule(config.REMINDER_CRON, () => tickInBackground(), { name: 'jawda-reminders', noOverlap: true });
      tickInBackground();
      logger.info({ cron: config.REMINDER_CRON, channels: [...map.keys()], quietHours: config.QUIET_HOURS }, 'reminders started');
    },
    tick,
    async stop() {
      await task?.destroy();
      task = undefined;
      await ticking;
      await dispatcher?.stop();
    },
  };
}
