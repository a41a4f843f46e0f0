import { SendError, type ChannelAdapter, type ChannelName } from '../core/messages.ts';
import { applyDirection } from '../core/conversation.ts';
import type { Locale } from '../core/i18n.ts';
import type { Logger } from '../logger.ts';
import type { Db } from '../persistence/prisma.ts';
import type { ContentLoader, OutboxRow } from './content.ts';
import type { Lane, LaneJob } from './lanes.ts';
import { resolveRecipients, type Recipient } from './recipients.ts';

export interface DispatchStats {
  sent: number;
  failed: number;
  skipped: number;
  retried: number;
}

export interface RowDeliveryDeps {
  db: Db;
  logger: Logger;
  adapters: ReadonlyMap<ChannelName, ChannelAdapter>;
  defaultLocale: Locale;
  workerId: string;
  now: () => Date;
  maxAttempts: number;
  maxRateLimited: number;
  backoff: (attempt: number) => number;
  laneFor: (channel: ChannelName) => Lane;
}

type Finish = { status: string; lastError?: string | null; notBefore?: Date; sentAt?: Date };

/** Claiming, sending and recording the outcome of one outbox row. */
export function createRowDelivery(deps: RowDeliveryDeps) {
  const { db, logger, adapters, workerId, now } = deps;
  const channels = new Set(adapters.keys());

  /** One UPDATE … WHERE status = 'pending' … RETURNING: whoever updates the row owns it. */
  async function claim(id: string): Promise<number | null> {
    const at = now();
    const [claimed] = await db.outboxMessage.updateManyAndReturn({
      where: { id, status: 'pending', notBefore: { lte: at } },
      data: { status: 'sending', claimedBy: workerId, claimedAt: at, attempts: { increment: 1 } },
      select: { attempts: true },
    });
    return claimed ? claimed.attempts : null;
  }

  /** Closes a row we hold; the claimedBy condition keeps us from touching anyone else's. */
  const finish = (id: string, data: Finish) =>
    db.outboxMessage.updateMany({ where: { id, claimedBy: workerId, status: 'sending' }, data });

  async function onError(row: OutboxRow, to: Recipient, attempts: number, error: unknown, stats: DispatchStats) {
    const message = error instanceof Error ? error.message : String(error);
    if (error instanceof SendError && error.permanent) {
      await db.identity.updateMany({ where: { ...to.address, unreachableAt: null }, data: { unreachableAt: now() } });
      // The person may have another identity (WhatsApp after a blocked Telegram): try it next.
      const other = await resolveRecipients(db, [row.personId], channels, deps.defaultLocale);
      const retry = other.has(row.personId) && attempts < deps.maxAttempts;
      await finish(row.id, {
        status: retry ? 'pending' : 'failed',
        lastError: `permanent: ${message}`,
        notBefore: now(),
      });
      stats[retry ? 'retried' : 'failed']++;
      logger.warn({ rowId: row.id, address: to.address, err: message, retry }, 'outbox: recipient unreachable');
      return;
    }
    const retryAfter = error instanceof SendError ? error.retryAfterMs : undefined;
    // Synchronously, before any await: no other send of this channel starts during a 429.
    if (retryAfter !== undefined) deps.laneFor(to.address.channel).pause(retryAfter);
    const give = retryAfter !== undefined ? attempts >= deps.maxRateLimited : attempts >= deps.maxAttempts;
    const delay = retryAfter ?? deps.backoff(attempts);
    await finish(row.id, {
      status: give ? 'failed' : 'pending',
      lastError: message,
      notBefore: new Date(now().getTime() + delay),
    });
    stats[give ? 'failed' : 'retried']++;
    logger[give ? 'error' : 'debug'](
      { rowId: row.id, attempts, retryAfter, err: message },
      give ? 'outbox: giving up' : 'outbox: will retry',
    );
  }

  /**
   * The lane job for a row: decide what it says, then claim it and make the call at once (a row
   * is "sending" only while its call is under way), record; never rejects.
   */
  function job(row: OutboxRow, to: Recipient, content: ContentLoader, stats: DispatchStats, done: () => void): LaneJob {
    return {
      chat: to.address.externalId,
      run: async () => {
        try {
          const loaded = await content.load(row, to.locale, now());
          const adapter = adapters.get(to.address.channel);
          const attempts = await claim(row.id);
          if (attempts === null) return;
          try {
            if ('skip' in loaded) {
              await finish(row.id, { status: 'skipped', lastError: loaded.skip });
              stats.skipped++;
              return;
            }
            if (!adapter) throw new Error(`no adapter for ${to.address.channel}`);
            await adapter.send(to.address, applyDirection(to.locale, loaded.messages), to.locale);
            await finish(row.id, { status: 'sent', sentAt: now(), lastError: null });
            stats.sent++;
          } catch (error) {
            await onError(row, to, attempts, error, stats);
          }
        } catch (error) {
          logger.error({ err: error, rowId: row.id }, 'outbox: could not record an outcome');
        } finally {
          done();
        }
      },
    };
  }

  /** A row whose person has no reachable identity fails at once (claimed first, like any other). */
  async function failUnreachable(row: OutboxRow, stats: DispatchStats) {
    if ((await claim(row.id)) === null) return;
    await finish(row.id, { status: 'failed', lastError: 'no reachable identity' });
    stats.failed++;
  }

  return { job, failUnreachable, channels };
}
