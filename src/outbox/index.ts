import { schedule, type ScheduledTask } from 'node-cron';
import type { Locale } from '../core/i18n.ts';
import { channelNames, type ChannelAdapter, type ChannelName } from '../core/messages.ts';
import type { Logger } from '../logger.ts';
import type { Leadership, Locks } from '../persistence/locks.ts';
import type { Db } from '../persistence/prisma.ts';
import type { ContentSource } from './content.ts';
import { createDispatcher, type Dispatcher, type DispatcherDeps } from './dispatcher.ts';

export type { DispatchStats } from './dispatcher.ts';

export interface OutboxDeps {
  db: Db;
  logger: Logger;
  content: ContentSource;
  defaultLocale: Locale;
  /** node-cron expression of the tick. */
  cron: string;
  /** Turns what has come due into outbox rows (the reminders' scheduler), before each drain. */
  materialise: () => Promise<unknown>;
  now?: () => Date;
  /** Dispatcher tuning (pace per channel, tests, benchmark). */
  dispatcher?: Partial<Omit<DispatcherDeps, 'db' | 'content' | 'logger' | 'adapters' | 'defaultLocale'>>;
  /** Locks shared with other instances: one of them sends each channel's messages. */
  locks?: Locks;
  /** How often an instance that does not send a channel checks whether it should take over. */
  takeOverMs?: number;
}

export interface Outbox {
  /** Starts the tick with the running channels; a first tick catches up at once. */
  start(adapters: Iterable<ChannelAdapter>, options?: { cron?: boolean }): void;
  /** One tick, then one drain (awaited). */
  tick(): Promise<void>;
  /** Sends what is due now (a confirmed broadcast), without waiting for the next tick. */
  kick(): void;
  /**
   * The channels some running instance sends on now, when several share the database (each
   * channel's sender holds its lock); null when this instance alone sends, as on SQLite, where a
   * message for a channel it does not run fails at once instead of waiting.
   */
  connected(): Promise<ReadonlySet<ChannelName> | null>;
  stop(): Promise<void>;
}

/** The lock of a channel's sender: one instance sends each channel's messages. */
const senderLock = (channel: ChannelName) => `outbox:${channel}`;

/** Delivery of reminders and broadcasts: one node-cron tick and one dispatcher, once channels run. */
export function createOutbox(deps: OutboxDeps): Outbox {
  const { db, logger } = deps;
  let dispatcher: Dispatcher | undefined;
  let task: ScheduledTask | undefined;
  let ticking: Promise<void> | undefined;
  let watch: NodeJS.Timeout | undefined;
  const leaders = new Map<ChannelName, Leadership>();

  /** Single flight: a tick still running when the next one is due is not doubled; sending runs on its own. */
  function tickInBackground() {
    ticking ??= deps
      .materialise()
      .then(() => dispatcher?.kick())
      .catch((error: unknown) => logger.error({ err: error }, 'reminder tick failed'))
      .finally(() => (ticking = undefined));
  }

  return {
    start(adapters, options = {}) {
      const map = new Map<ChannelName, ChannelAdapter>();
      for (const adapter of adapters) map.set(adapter.name, adapter);
      const shared = deps.locks?.shared ?? false;
      // Several instances: each channel is sent by the one instance that holds its lock.
      for (const channel of map.keys())
        if (deps.locks) leaders.set(channel, deps.locks.leadership(senderLock(channel)));
      const leads = async () => {
        const held = new Set<ChannelName>();
        for (const [channel, leader] of leaders) if (await leader.holds()) held.add(channel);
        return held;
      };
      dispatcher = createDispatcher({
        db,
        content: deps.content,
        logger,
        defaultLocale: deps.defaultLocale,
        adapters: map,
        ...(deps.now ? { now: deps.now } : {}),
        ...(shared ? { leads } : {}),
        ...deps.dispatcher,
      });
      // An instance that does not send (yet) looks again every few seconds: when the sender
      // dies, its lock goes with its connection and this one takes over.
      if (shared) watch = setInterval(() => dispatcher?.kick(), deps.takeOverMs ?? 2_000).unref();
      if (options.cron === false) return; // tests drive tick() themselves
      task = schedule(deps.cron, () => tickInBackground(), { name: 'jawda-reminders', noOverlap: true });
      tickInBackground();
      logger.info({ cron: deps.cron, channels: [...map.keys()] }, 'reminders started');
    },
    async tick() {
      await deps.materialise();
      await dispatcher?.drain();
    },
    kick: () => dispatcher?.kick(),
    async connected() {
      const locks = deps.locks;
      if (!locks?.shared) return null;
      const held = await Promise.all(channelNames.map((c) => locks.heldAnywhere(senderLock(c))));
      return new Set(channelNames.filter((_, i) => held[i]));
    },
    async stop() {
      clearInterval(watch);
      await task?.destroy();
      task = undefined;
      await ticking;
      await dispatcher?.stop();
      await Promise.all([...leaders.values()].map((leader) => leader.release()));
    },
  };
}
