import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { channelNames, type ChannelAdapter, type ChannelName } from '../core/messages.ts';
import type { Locale } from '../core/i18n.ts';
import type { Logger } from '../logger.ts';
import type { Db } from '../persistence/prisma.ts';
import type { ContentSource, OutboxRow } from './content.ts';
import { createLane, defaultLimits, type Lane, type LaneJob, type LaneLimits } from './lanes.ts';
import { createOverdueWatch } from './overdue.ts';
import { resolveRecipients, type Recipient } from './recipients.ts';
import { createRowDelivery, type DispatchStats } from './row-delivery.ts';

export type { DispatchStats } from './row-delivery.ts';

export interface DispatcherDeps {
  db: Db;
  /** Renders rows when their turn comes (reminders, broadcasts). */
  content: ContentSource;
  logger: Logger;
  defaultLocale: Locale;
  adapters: ReadonlyMap<ChannelName, ChannelAdapter>;
  now?: () => Date;
  /** Written in claimed rows; unique per process by default. */
  workerId?: string;
  limits?: Partial<Record<ChannelName, Partial<LaneLimits>>>;
  /** Rows read at a time; the next read happens when the lanes run low. */
  batchSize?: number;
  /** Failures other than rate limits before a row fails for good. */
  maxAttempts?: number;
  /** Rate-limited (429) attempts before a row fails for good. */
  maxRateLimitedAttempts?: number;
  backoffMs?: (attempt: number) => number;
  /**
   * A row left "sending" longer than this had its call under way when its process died: it may or
   * may not have arrived, so it is closed as "unknown" and never sent again. Longer than any call
   * can last (the adapters give up on a call well before).
   */
  leaseMs?: number;
  /** How long a run waits for retries that are due soon before leaving them to the next tick. */
  horizonMs?: number;
  /**
   * The channels this instance sends on now: those whose sending it leads when several instances
   * share the database (one sender per channel keeps the bot under the platform's rate limit).
   * Given, other instances may send what this one cannot: a row whose recipient has no channel
   * led here is left pending for them instead of failed as unreachable. All its adapters by default.
   */
  leads?: () => Promise<ReadonlySet<ChannelName>>;
  /**
   * Rows left to other instances that have been due longer than this are logged once per channel
   * (a warning): maybe no running instance sends that channel. They stay pending for when it does.
   */
  waitWarnMs?: number;
}

export interface Dispatcher {
  /** Sends everything due (and retries due within the horizon); one run at a time. */
  drain(): Promise<DispatchStats>;
  /** Starts a drain in the background unless one is running (errors are logged). */
  kick(): void;
  stop(): Promise<void>;
}

const defaultBackoff = (attempt: number) => Math.min(5_000 * 2 ** (attempt - 1), 600_000);

/**
 * The one delivery path of reminders and broadcasts, and the one place bulk sends are paced. Due
 * rows are read in batches and handed to one paced lane per channel; when a row's turn comes it is
 * claimed with a conditional UPDATE (pending → sending) and its call made at once, so two
 * processes on one database never send the same row, a row waiting for its turn is still
 * "pending" if the process dies, and every row ends sent, failed, skipped or unknown.
 */
export function createDispatcher(deps: DispatcherDeps): Dispatcher {
  const { db, logger } = deps;
  const now = deps.now ?? (() => new Date());
  const workerId = deps.workerId ?? `${hostname()}-${process.pid}-${randomBytes(3).toString('hex')}`;
  const batchSize = deps.batchSize ?? 200;
  const leaseMs = deps.leaseMs ?? 2 * 60_000;
  const horizonMs = deps.horizonMs ?? 65_000;
  const lanes = new Map<ChannelName, Lane>();
  /** Rows handed to a lane and not finished yet (still "pending" until claimed). */
  const queued = new Set<string>();
  /** Rows left to another instance during this run (no channel led here reaches them). */
  const leftToOthers = new Set<string>();
  const allChannels: ReadonlySet<ChannelName> = new Set(deps.adapters.keys());
  const everyChannel: ReadonlySet<ChannelName> = new Set(channelNames);
  // Several instances share the database when this one sends only the channels it leads.
  const shared = deps.leads !== undefined;
  const leads = deps.leads ?? (async () => allChannels);
  let led: ReadonlySet<ChannelName> = allChannels;
  const overdue = createOverdueWatch({ logger, now, waitWarnMs: deps.waitWarnMs ?? 15 * 60_000, workerId });
  let current: Promise<DispatchStats> | undefined;
  let stopped = false;
  let wake: () => void = () => {};
  let wakeOnProgress = false;

  const laneFor = (channel: ChannelName) => {
    let lane = lanes.get(channel);
    if (!lane) lanes.set(channel, (lane = createLane({ ...defaultLimits[channel], ...deps.limits?.[channel] })));
    return lane;
  };
  const delivery = createRowDelivery({
    db,
    logger,
    adapters: deps.adapters,
    defaultLocale: deps.defaultLocale,
    workerId,
    now,
    maxAttempts: deps.maxAttempts ?? 5,
    maxRateLimited: deps.maxRateLimitedAttempts ?? 20,
    backoff: deps.backoffMs ?? defaultBackoff,
    laneFor,
  });
  const backlog = () => [...lanes.values()].reduce((n, lane) => n + lane.backlog, 0);

  /** Sleeps until `ms` pass, kick()/stop() wakes the run, or (when asked) a row finishes. */
  const pause = (ms: number, onProgress = false) =>
    new Promise<void>((resolve) => {
      wakeOnProgress = onProgress;
      const timer = setTimeout(resolve, Math.max(5, ms));
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  const finished = (id: string) => {
    queued.delete(id);
    if (wakeOnProgress) wake();
  };

  async function feed(rows: OutboxRow[], stats: DispatchStats) {
    for (const row of rows) queued.add(row.id);
    const recipients = await resolveRecipients(
      db,
      rows.map((r) => r.personId),
      led,
      deps.defaultLocale,
    );
    // Several instances: a person reachable only on a channel another instance sends is left to it;
    // a person reachable nowhere is unreachable whoever looks.
    const unserved = rows.filter((r) => !recipients.has(r.personId)).map((r) => r.personId);
    const elsewhere =
      shared && unserved.length > 0
        ? await resolveRecipients(db, unserved, everyChannel, deps.defaultLocale)
        : new Map<string, Recipient>();
    const content = deps.content();
    const perChannel = new Map<ChannelName, LaneJob[]>();
    for (const row of rows) {
      const to = recipients.get(row.personId);
      const other = elsewhere.get(row.personId);
      if (!to && other) {
        leftToOthers.add(row.id);
        overdue.note(row.notBefore, other.address.channel);
        finished(row.id);
        continue;
      }
      if (!to) {
        await delivery.failUnreachable(row, stats).finally(() => finished(row.id));
        continue;
      }
      const list = perChannel.get(to.address.channel) ?? [];
      list.push(delivery.job(row, to, content, stats, () => finished(row.id)));
      perChannel.set(to.address.channel, list);
    }
    for (const [channel, jobs] of perChannel) laneFor(channel).push(jobs);
  }

  async function run(): Promise<DispatchStats> {
    const stats: DispatchStats = { sent: 0, failed: 0, skipped: 0, retried: 0 };
    led = await leads();
    // Leading no channel (another instance sends them all): nothing to do.
    if (led.size === 0) return stats;
    const stale = await db.outboxMessage.updateMany({
      where: { status: 'sending', claimedAt: { lt: new Date(now().getTime() - leaseMs) } },
      data: {
        status: 'unknown',
        lastError: 'the process stopped during its send: it may or may not have arrived, not repeated',
      },
    });
    if (stale.count > 0) logger.warn({ count: stale.count }, 'outbox: rows whose send was cut short closed as unknown');
    leftToOthers.clear();
    overdue.startRun();
    let complete = false;
    let idleSince = Date.now();
    while (!stopped) {
      led = await leads();
      if (led.size === 0) break;
      // Read more before the lanes run dry, so sends go on without a gap between batches.
      if (backlog() >= batchSize / 2) {
        await pause(1_000, true);
        continue;
      }
      const due = await db.outboxMessage.findMany({
        where: {
          status: 'pending',
          notBefore: { lte: now() },
          ...(leftToOthers.size > 0 ? { id: { notIn: [...leftToOthers] } } : {}),
        },
        orderBy: [{ notBefore: 'asc' }, { id: 'asc' }],
        take: batchSize + queued.size,
        select: { id: true, kind: true, personId: true, payload: true, notBefore: true },
      });
      const fresh = due.filter((row) => !queued.has(row.id));
      if (fresh.length > 0) {
        await feed(fresh, stats);
        overdue.warn();
        idleSince = Date.now();
        continue;
      }
      if (queued.size > 0) {
        // The last rows are under way: look again now and then, not after every send.
        await pause(250);
        continue;
      }
      const next = await db.outboxMessage.findFirst({
        where: { status: 'pending', ...(leftToOthers.size > 0 ? { id: { notIn: [...leftToOthers] } } : {}) },
        orderBy: { notBefore: 'asc' },
        select: { notBefore: true },
      });
      const wait = next ? next.notBefore.getTime() - now().getTime() : Infinity;
      // Later retries are left to the next tick; the idle guard also ends a run on a frozen test clock.
      if (wait > horizonMs || Date.now() - idleSince > horizonMs) {
        complete = true;
        break;
      }
      await pause(Math.min(wait, 1_000));
    }
    await Promise.all([...lanes.values()].map((lane) => lane.drained()));
    overdue.endRun(complete);
    if (stats.sent + stats.failed + stats.skipped > 0) logger.info({ ...stats, workerId }, 'outbox drained');
    return stats;
  }

  const drain = () => {
    current ??= run().finally(() => (current = undefined));
    return current;
  };

  return {
    drain,
    kick() {
      if (stopped) return;
      wake();
      drain().catch((error: unknown) => logger.error({ err: error }, 'outbox: dispatch run failed'));
    },
    async stop() {
      stopped = true;
      wake();
      await current?.catch(() => undefined);
    },
  };
}
