import { Prisma } from '../generated/prisma/client.ts';
import type { Logger } from '../logger.ts';
import type { Locks } from '../persistence/locks.ts';
import type { Db } from '../persistence/prisma.ts';
import type { Conversation } from './conversation.ts';
import type { ChannelInbox, ChannelName, InboundHandler, InboxProcessor, InboxUpdate } from './messages.ts';

export interface InboxDeps {
  db: Db;
  logger: Logger;
  conversation: Conversation;
  /** Chats handled at once; updates beyond it wait in the database, not in memory. */
  concurrency?: number;
  /** Updates handed over in memory at most (the rest are read back from the database). */
  maxHeld?: number;
  /**
   * Locks shared with other instances (PostgreSQL): a chat is then handled under its lock, from
   * the database, so its updates keep their order whichever instance received them.
   */
  locks?: Locks;
}

export interface Inbox {
  /** A channel's inbox; what a previous run stored and never handled is handled first. */
  open(channel: ChannelName, process: InboxProcessor): ChannelInbox;
  /** Resolves once nothing is being handled and nothing waits. */
  idle(): Promise<void>;
  /** Takes no more work and resolves when the updates in hand are handled. */
  close(): Promise<void>;
  /** Forgets updates handled before `before` (a redelivery comes within a day). */
  prune(before: Date): Promise<number>;
}

/** How long a handled update is remembered: far beyond any redelivery (Telegram keeps updates 24 h). */
export const inboxRetentionMs = 7 * 24 * 60 * 60 * 1000;

type Row = { seq: number; payload: string };

/**
 * Inbound updates are stored before the platform is told they arrived, then handled in the
 * background: one chat at a time in the order stored, several chats at once. The updates just
 * stored are handed to their chat's queue in memory, up to `maxHeld`; beyond that, and for what a
 * previous run left, a chat's updates are read back from the database when its turn comes.
 */
export function createInbox(deps: InboxDeps): Inbox {
  const { db, logger, conversation } = deps;
  const concurrency = deps.concurrency ?? 32;
  // Sharing the database with other instances: nothing is handed over in memory, since an earlier
  // update of the same chat may have been stored by another instance.
  const shared = deps.locks?.shared ?? false;
  const maxHeld = shared ? 0 : (deps.maxHeld ?? 1000);
  const batch = 20;
  /** Chats with updates to handle, by `channel\0chat`. */
  const dirty = new Set<string>();
  const running = new Map<string, Promise<void>>();
  const processors = new Map<ChannelName, InboxProcessor>();
  /** Updates handed over in memory, per chat, in order. */
  const held = new Map<string, Row[]>();
  let heldCount = 0;
  /** Chats that have stored updates not held in memory: read from the database. */
  const stored = new Set<string>();
  /** The last update handled per chat while it is busy, so one read twice is not handled twice. */
  const lastSeq = new Map<string, number>();
  /** Updates received again after they were handled: the chat is shown where it is. */
  const redelivered = new Map<string, unknown[]>();
  let waiters: (() => void)[] = [];
  let closed = false;

  const keyOf = (channel: ChannelName, chat: string) => `${channel}\u0000${chat}`;
  const split = (key: string) => key.split('\u0000') as [ChannelName, string];

  const current: InboundHandler = (message) => conversation.current(message);

  async function processRow(process: InboxProcessor, row: Row) {
    let handled = false;
    const handle: InboundHandler = async (message) => {
      const result = await conversation.handle(message, row.seq);
      handled = true;
      return result;
    };
    try {
      await process(JSON.parse(row.payload) as unknown, handle, false, current);
    } catch (error) {
      logger.error({ err: error, inboxSeq: row.seq }, 'inbound update failed');
    }
    // An update the adapter handled without the core (a sticker, a keyboard page turn) is done too.
    if (!handled)
      await db.inboxMessage.updateMany({ where: { seq: row.seq, handledAt: null }, data: { handledAt: new Date() } });
  }

  /** The chat's next updates: those handed over, else (when some were left to it) from the database. */
  async function next(key: string, channel: ChannelName, chat: string): Promise<Row[]> {
    const rows = held.get(key);
    if (rows) {
      held.delete(key);
      heldCount -= rows.length;
      return rows;
    }
    if (!stored.has(key)) return [];
    stored.delete(key);
    const read = await db.inboxMessage.findMany({
      where: { channel, chatId: chat, handledAt: null },
      orderBy: { seq: 'asc' },
      take: batch,
      select: { seq: true, payload: true },
    });
    if (read.length === batch) stored.add(key);
    return read;
  }

  async function drain(key: string) {
    if (!shared || !deps.locks) return drainChat(key);
    // Read under the chat's lock: what another instance stored and handled meanwhile is seen.
    stored.add(key);
    const [channel, chat] = split(key);
    return deps.locks.withLock(`inbox:${channel}:${chat}`, () => drainChat(key));
  }

  async function drainChat(key: string) {
    const [channel, chat] = split(key);
    const process = processors.get(channel);
    if (!process) return;
    try {
      for (;;) {
        dirty.delete(key);
        const rows = await next(key, channel, chat);
        for (const row of rows) {
          // An update both handed over and read back is handled once.
          if (row.seq <= (lastSeq.get(key) ?? 0)) continue;
          await processRow(process, row);
          lastSeq.set(key, row.seq);
        }
        const again = redelivered.get(key);
        redelivered.delete(key);
        for (const payload of again ?? []) {
          await process(payload, current, true, current).catch((error: unknown) =>
            logger.error({ err: error }, 'redelivered update failed'),
          );
        }
        if (rows.length === 0 && !dirty.has(key) && !held.has(key) && !stored.has(key)) return;
      }
    } finally {
      lastSeq.delete(key);
    }
  }

  function pump() {
    for (const key of dirty) {
      if (closed || running.size >= concurrency) break;
      if (running.has(key)) continue;
      const task = drain(key)
        .catch((error: unknown) => {
          // The database is unreachable: the updates stay stored and are tried again shortly.
          logger.error({ err: error }, 'inbox: could not read stored updates');
          stored.add(key);
          dirty.add(key);
          return new Promise<void>((resolve) => setTimeout(resolve, 1000).unref());
        })
        .finally(() => {
          running.delete(key);
          pump();
        });
      running.set(key, task);
    }
    if (running.size === 0 && (dirty.size === 0 || closed)) {
      for (const resolve of waiters) resolve();
      waiters = [];
    }
  }

  /**
   * Stores the updates not stored yet, in one portable statement (the model API would take a
   * read and an insert, and row-by-row inserts on a lost race); returns the new rows.
   */
  async function insert(channel: ChannelName, updates: InboxUpdate[]) {
    const now = new Date();
    const values = updates.map(
      (u) => Prisma.sql`(${channel}, ${u.id}, ${u.chat}, ${JSON.stringify(u.payload)}, ${now})`,
    );
    return db.$queryRaw<{ seq: number | bigint; messageId: string; payload: string }[]>`
      INSERT INTO "InboxMessage" ("channel", "messageId", "chatId", "payload", "receivedAt")
      VALUES ${Prisma.join(values)}
      ON CONFLICT ("channel", "messageId") DO NOTHING
      RETURNING "seq", "messageId", "payload"`;
  }

  /** Updates received again: those already handled show the chat where it is. */
  async function received(channel: ChannelName, again: InboxUpdate[]) {
    const handled = await db.inboxMessage.findMany({
      where: { channel, messageId: { in: again.map((u) => u.id) }, handledAt: { not: null } },
      select: { messageId: true },
    });
    const ids = new Set(handled.map((r) => r.messageId));
    for (const update of again.filter((u) => ids.has(u.id))) {
      const key = keyOf(channel, update.chat);
      redelivered.set(key, [...(redelivered.get(key) ?? []), update.payload]);
      dirty.add(key);
    }
    logger.info({ channel, count: again.length }, 'inbox: updates received again');
  }

  return {
    open(channel, process) {
      processors.set(channel, process);
      const recovered = db.inboxMessage
        .findMany({ where: { channel, handledAt: null }, distinct: ['chatId'], select: { chatId: true } })
        .then((rows) => {
          if (rows.length > 0)
            logger.info({ channel, chats: rows.length }, 'inbox: handling updates stored before the restart');
          for (const { chatId } of rows) {
            stored.add(keyOf(channel, chatId));
            dirty.add(keyOf(channel, chatId));
          }
          pump();
        })
        .catch((error: unknown) =>
          logger.error({ err: error, channel }, 'inbox: could not look for updates stored before the restart'),
        );
      return {
        async store(updates) {
          if (updates.length === 0) return;
          await recovered;
          const inserted = await insert(channel, updates);
          const fresh = new Map(inserted.map((r) => [r.messageId, r]));
          for (const update of updates) {
            const row = fresh.get(update.id);
            if (!row) continue;
            const key = keyOf(channel, update.chat);
            // Handed over while there is room and nothing of this chat waits in the database.
            if (heldCount < maxHeld && !stored.has(key)) {
              held.set(key, [...(held.get(key) ?? []), { seq: Number(row.seq), payload: row.payload }]);
              heldCount++;
            } else {
              stored.add(key);
            }
            dirty.add(key);
          }
          if (fresh.size < updates.length)
            await received(
              channel,
              updates.filter((u) => !fresh.has(u.id)),
            );
          pump();
        },
      };
    },
    idle() {
      if (running.size === 0 && dirty.size === 0) return Promise.resolve();
      return new Promise((resolve) => waiters.push(resolve));
    },
    async close() {
      closed = true;
      await Promise.allSettled([...running.values()]);
    },
    async prune(before) {
      const { count } = await db.inboxMessage.deleteMany({ where: { handledAt: { lt: before } } });
      return count;
    },
  };
}
