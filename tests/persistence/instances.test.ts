// Two instances on one PostgreSQL database (the suite's PostgreSQL pass): a chat's updates keep
// their order whichever instance stored them, and one instance sends each channel's messages,
// the other taking over when it goes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Context } from '../../src/core/context.ts';
import { createInbox, type Inbox } from '../../src/core/inbox.ts';
import type { ChannelAdapter, InboxUpdate } from '../../src/core/messages.ts';
import type { Feature } from '../../src/core/router.ts';
import { createOutbox, type Outbox } from '../../src/outbox/index.ts';
import { enqueue } from '../../src/outbox/enqueue.ts';
import { createWebhookServer } from '../../src/channels/telegram/webhook.ts';
import { createLocks, type Locks } from '../../src/persistence/locks.ts';
import { createDb, type Db } from '../../src/persistence/prisma.ts';
import { buildConversation } from '../helpers/conversation.ts';
import { admin, createTestDb, testProvider, type TestDb } from '../helpers/db.ts';
import { captureLogger } from '../helpers/logger.ts';
import { sender, text } from '../helpers/messages.ts';

const postgres = testProvider() === 'postgresql';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(check: () => Promise<boolean>, what: string) {
  for (let i = 0; i < 400; i++) {
    if (await check()) return;
    await sleep(25);
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe.runIf(postgres)('two instances on one PostgreSQL database', () => {
  let t: TestDb;
  const instances: { db: Db; locks: Locks }[] = [];
  beforeAll(async () => {
    t = await createTestDb();
    for (let i = 0; i < 2; i++)
      instances.push({
        db: createDb({ url: t.url, busyTimeoutMs: 0 }),
        locks: createLocks(t.url, captureLogger().logger),
      });
  });
  /** An instance's outbox: each message is its row's id; no cron, the test ticks. */
  const outboxOf = ({ db, locks }: { db: Db; locks: Locks }): Outbox =>
    createOutbox({
      db,
      logger: captureLogger().logger,
      content: () => ({ load: async (row) => ({ messages: [{ kind: 'text', text: row.id }] }) }),
      defaultLocale: 'fr',
      cron: '* * * * *',
      materialise: async () => undefined,
      locks,
      dispatcher: { horizonMs: 200 },
    });
  afterAll(async () => {
    for (const { db, locks } of instances) {
      await locks.close();
      await db.$disconnect();
    }
    await t.cleanup();
  });

  it('handles a chat’s updates in the order stored, once each, whichever instance stored them', async () => {
    const handled: string[] = [];
    // A handler slow enough that, without the chat's lock, the two instances would overlap.
    const recorder: Feature = {
      name: 'recorder',
      interceptors: [
        {
          name: 'record',
          wants: () => true,
          run: async (ctx: Context) => {
            await sleep(15);
            if (ctx.message.kind === 'text') handled.push(ctx.message.text);
          },
        },
      ],
    };
    const inboxes: Inbox[] = instances.map(({ db, locks }) =>
      createInbox({
        db,
        logger: captureLogger().logger,
        conversation: buildConversation(db, [recorder]).conversation,
        locks,
      }),
    );
    const from = sender({ channel: 'telegram', externalId: '5150', displayName: 'Amel' });
    const channels = inboxes.map((inbox) =>
      inbox.open('telegram', async (payload, handle) => {
        await handle(text(from, String((payload as { n: number }).n), `m-${(payload as { n: number }).n}`));
      }),
    );
    const update = (n: number): InboxUpdate => ({ id: `u${n}`, chat: '5150', payload: { n } });
    for (let n = 1; n <= 12; n++) await channels[n % 2]?.store([update(n)]);
    // A redelivery to the other instance has no second effect.
    await channels[0]?.store([update(3)]);
    await until(
      async () => (await t.db.inboxMessage.count({ where: { handledAt: null } })) === 0 && handled.length >= 12,
      'every update handled',
    ).catch(async (e: unknown) => {
      console.log(
        handled,
        await t.db.inboxMessage.findMany({ select: { seq: true, messageId: true, handledAt: true } }),
      );
      throw e;
    });
    await Promise.all(inboxes.map((inbox) => inbox.idle()));
    expect(handled).toEqual(Array.from({ length: 12 }, (_, i) => String(i + 1)));
    await Promise.all(inboxes.map((inbox) => inbox.close()));
  });

  it('sends each message once, from the one instance that leads the channel, and the other takes over', async () => {
    const sent: { instance: number; to: string }[] = [];
    const adapter = (instance: number): ChannelAdapter => ({
      name: 'telegram',
      async start() {},
      async stop() {},
      async send(to) {
        await sleep(2);
        sent.push({ instance, to: to.externalId });
      },
    });
    const people = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        t.db.person.create({
          data: {
            displayName: `P${i}`,
            identities: { create: { channel: 'telegram', externalId: `9${i}`, lastSeenAt: new Date() } },
          },
        }),
      ),
    );
    const rows = (batch: string) =>
      people.map((p) => ({
        key: `${batch}:${p.id}`,
        kind: 'test',
        personId: p.id,
        payload: {},
        notBefore: new Date(),
      }));
    const outboxes = instances.map(outboxOf);
    outboxes.forEach((outbox, i) => outbox.start([adapter(i)], { cron: false }));

    await enqueue(t.db, rows('first'));
    await Promise.all(outboxes.map((outbox) => outbox.tick()));
    expect(sent).toHaveLength(30);
    expect(new Set(sent.map((s) => s.to)).size).toBe(30);
    const leader = sent[0]?.instance ?? 0;
    expect(sent.every((s) => s.instance === leader)).toBe(true);

    // The leader goes (its lock connection closes); the other one sends what comes next.
    await outboxes[leader]?.stop();
    await enqueue(t.db, rows('second'));
    await outboxes[1 - leader]?.tick();
    expect(sent).toHaveLength(60);
    expect(sent.slice(30).every((s) => s.instance === 1 - leader)).toBe(true);
    expect(await t.db.outboxMessage.count({ where: { status: 'sent' } })).toBe(60);
    await outboxes[1 - leader]?.stop();
  });

  it('sends WhatsApp messages only from the instance that holds the WhatsApp session', async () => {
    const sent: { instance: number; channel: string; to: string }[] = [];
    const adapter = (instance: number, name: 'telegram' | 'whatsapp'): ChannelAdapter => ({
      name,
      async start() {},
      async stop() {},
      async send(to) {
        sent.push({ instance, channel: to.channel, to: to.externalId });
      },
    });
    // Someone who never wrote from any channel: unreachable, whichever instance looks.
    const nowhere = await t.db.person.create({
      data: { displayName: 'Nowhere', identities: { create: { channel: 'whatsapp', externalId: '21655999@c.us' } } },
    });
    const people = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        t.db.person.create({
          data: {
            displayName: `W${i}`,
            identities: { create: { channel: 'whatsapp', externalId: `2165500${i}@c.us`, lastSeenAt: new Date() } },
          },
        }),
      ),
    );
    const outboxes = instances.map(outboxOf);
    // Instance 0 runs Telegram only; instance 1 also holds the WhatsApp session (WHATSAPP_ENABLED=true).
    outboxes[0]?.start([adapter(0, 'telegram')], { cron: false });
    outboxes[1]?.start([adapter(1, 'telegram'), adapter(1, 'whatsapp')], { cron: false });
    await enqueue(
      t.db,
      [...people, nowhere].map((p) => ({
        key: `wa:${p.id}`,
        kind: 'test',
        personId: p.id,
        payload: {},
        notBefore: new Date(),
      })),
    );
    // The Telegram-only instance looks first: it leaves the WhatsApp rows pending, not failed.
    await outboxes[0]?.tick();
    expect(sent).toEqual([]);
    expect(await t.db.outboxMessage.count({ where: { key: { startsWith: 'wa:' }, status: 'pending' } })).toBe(10);
    expect(await t.db.outboxMessage.findUnique({ where: { key: `wa:${nowhere.id}` } })).toMatchObject({
      status: 'failed',
    });
    await outboxes[1]?.tick();
    expect(sent).toHaveLength(10);
    expect(sent.every((s) => s.instance === 1 && s.channel === 'whatsapp')).toBe(true);
    expect(new Set(sent.map((s) => s.to)).size).toBe(10);
    expect(await t.db.outboxMessage.count({ where: { key: { startsWith: 'wa:' }, status: 'sent' } })).toBe(10);
    await Promise.all(outboxes.map((outbox) => outbox.stop()));
  });
});

describe.runIf(postgres)('a PostgreSQL outage (restart, failover)', () => {
  it('is reported by /healthz, survived with a chat lock held, and loses no stored update', async () => {
    const t = await createTestDb();
    const name = new URL(t.url).pathname.slice(1);
    const { logger, lines } = captureLogger();
    const locks = createLocks(t.url, logger);
    const server = createWebhookServer(
      { url: 'http://127.0.0.1/telegram/hook', secret: 'unused-secret-0000', port: 0, host: '127.0.0.1' },
      { store: async () => undefined, healthy: () => t.db.$queryRaw`SELECT 1`.then(() => true), logger },
    );
    const port = await server.listen();
    const health = async () => (await fetch(`http://127.0.0.1:${port}/healthz`)).status;
    const cut = (allow: boolean) =>
      admin(async (c) => {
        await c.query(`ALTER DATABASE "${name}" WITH ALLOW_CONNECTIONS ${allow}`);
        if (!allow) await c.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1', [name]);
      });
    let entered: () => void = () => undefined;
    const inLock = new Promise<void>((resolve) => (entered = resolve));
    let release: () => void = () => undefined;
    const outageOver = new Promise<void>((resolve) => (release = resolve));
    const handled: string[] = [];
    const slow: Feature = {
      name: 'slow',
      interceptors: [
        {
          name: 'slow',
          wants: () => true,
          run: async (ctx: Context) => {
            if (ctx.message.kind !== 'text') return;
            if (ctx.message.text === '1') {
              entered();
              await outageOver;
            }
            handled.push(ctx.message.text);
          },
        },
      ],
    };
    const inbox = createInbox({ db: t.db, logger, conversation: buildConversation(t.db, [slow]).conversation, locks });
    const from = sender({ channel: 'telegram', externalId: '6160', displayName: 'Hela' });
    const channel = inbox.open('telegram', async (payload, handle) => {
      const n = (payload as { n: number }).n;
      await handle(text(from, String(n), `o-${n}`));
    });
    try {
      expect(await health()).toBe(200);
      await channel.store([{ id: 'o1', chat: '6160', payload: { n: 1 } }]);
      await inLock;
      // The server drops every connection of the database (the chat lock's among them) and refuses new ones.
      await cut(false);
      await until(async () => (await health()) === 503, 'the probe to report the outage');
      await cut(true);
      release();
      await until(async () => (await health()) === 200, 'the probe to report the database back');
      await channel.store([{ id: 'o2', chat: '6160', payload: { n: 2 } }]);
      await until(
        async () => (await t.db.inboxMessage.count({ where: { handledAt: null } })) === 0 && handled.includes('2'),
        'every stored update handled after the outage',
      );
      expect(handled.filter((n) => n === '2')).toEqual(['2']);
      expect(lines.some((l) => l.msg === 'locks: lost the lock connection')).toBe(true);
    } finally {
      release();
      await inbox.close();
      await server.close();
      await locks.close();
      await t.cleanup();
    }
  });
});
