import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SendError, type ChannelAdapter } from '../../src/core/messages.ts';
import { createI18n } from '../../src/core/i18n.ts';
import { createDispatcher, type DispatcherDeps } from '../../src/outbox/dispatcher.ts';
import { enqueue } from '../../src/outbox/enqueue.ts';
import { createContentLoader } from '../../src/features/reminders/outbox-content.ts';
import { broadcastMessage } from '../../src/features/reminders/outbox.ts';
import { createDb, type Db } from '../../src/persistence/prisma.ts';
import { createTestDb, type TestDb } from '../helpers/db.ts';
import { captureLogger } from '../helpers/logger.ts';
import { addPerson, recordingAdapter, type Sent } from '../features/reminders/harness.ts';

const i18n = createI18n();
const { logger } = captureLogger();
const fast = { telegram: { perSecond: 2000, perChatMs: 0, concurrency: 8 } };

function dispatcher(db: Db, adapters: ChannelAdapter[], extra: Partial<DispatcherDeps> = {}) {
  return createDispatcher({
    db,
    content: () => createContentLoader(db, i18n),
    logger,
    defaultLocale: 'fr',
    adapters: new Map(adapters.map((a) => [a.name, a])),
    limits: fast,
    ...extra,
  });
}

async function people(db: Db, count: number, spec: { locale?: 'fr' | 'ar' } = {}): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 1; i <= count; i++) ids.push(await addPerson(db, { externalId: String(1000 + i), ...spec }));
  return ids;
}

async function broadcastTo(db: Db, personIds: string[]) {
  const b = await db.broadcast.create({
    data: {
      textFr: 'Réunion demain à 9 h',
      textAr: 'اجتماع غدًا على الساعة 9',
      audience: 'everyone',
      createdById: personIds[0] ?? '',
      status: 'confirmed',
    },
  });
  const rows = personIds.map((personId) => broadcastMessage(b.id, personId, new Date()));
  expect(await enqueue(db, rows)).toBe(personIds.length);
  // Materialising twice changes nothing.
  expect(await enqueue(db, rows)).toBe(0);
  return b;
}

const statuses = async (db: Db) =>
  Object.fromEntries(
    (await db.outboxMessage.groupBy({ by: ['status'], _count: { _all: true } })).map((g) => [g.status, g._count._all]),
  );
const chats = (log: Sent[]) => log.map((s) => s.to.externalId);

describe('outbox dispatcher', () => {
  let t: TestDb;
  const extra: Db[] = [];
  beforeEach(async () => {
    t = await createTestDb();
  });
  afterEach(async () => {
    for (const db of extra.splice(0)) await db.$disconnect();
    await t.cleanup();
  });
  const secondClient = () => {
    const db = createDb({ url: t.url, busyTimeoutMs: 5000 });
    extra.push(db);
    return db;
  };

  it('sends each row once in the person’s language, and a restart sends nothing again', async () => {
    const fr = await people(t.db, 20);
    const ar = await addPerson(t.db, { externalId: '2000', locale: 'ar' });
    await broadcastTo(t.db, [...fr, ar]);
    const first = recordingAdapter('telegram');
    expect((await dispatcher(t.db, [first]).drain()).sent).toBe(21);
    expect(new Set(chats(first.sent)).size).toBe(21);
    const arabic = first.sent.find((s) => s.to.externalId === '2000')?.messages[0];
    expect(arabic?.kind === 'text' && arabic.text.startsWith('\u200F') && arabic.text.includes('اجتماع')).toBe(true);
    expect(first.sent.find((s) => s.to.externalId === '1001')?.messages[0]).toMatchObject({
      kind: 'text',
      text: expect.stringContaining('Réunion') as string,
    });

    // "Restart": another client and dispatcher on the same file.
    const again = recordingAdapter('telegram');
    expect((await dispatcher(secondClient(), [again]).drain()).sent).toBe(0);
    expect(again.sent).toHaveLength(0);
    expect(await statuses(t.db)).toEqual({ sent: 21 });
  });

  it('closes a row whose send was cut short as unknown, without sending it again; a row claimed recently is left to its sender', async () => {
    const ids = await people(t.db, 2);
    await broadcastTo(t.db, ids);
    const [row, busy] = await t.db.outboxMessage.findMany({ orderBy: { id: 'asc' } });
    if (!row || !busy) throw new Error('two rows expected');
    await t.db.outboxMessage.update({
      where: { id: row.id },
      data: { status: 'sending', claimedBy: 'dead-process', claimedAt: new Date(Date.now() - 3_600_000), attempts: 1 },
    });
    await t.db.outboxMessage.update({
      where: { id: busy.id },
      data: { status: 'sending', claimedBy: 'live-process', claimedAt: new Date(), attempts: 1 },
    });
    const adapter = recordingAdapter('telegram');
    await dispatcher(t.db, [adapter]).drain();
    expect(adapter.sent).toHaveLength(0);
    expect(await t.db.outboxMessage.findUniqueOrThrow({ where: { id: busy.id } })).toMatchObject({
      status: 'sending',
      claimedBy: 'live-process',
    });
    expect(await t.db.outboxMessage.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({
      status: 'unknown',
      lastError: expect.stringContaining('may or may not have arrived') as string,
    });
  });

  it('two dispatchers on two database clients, racing, deliver every row exactly once', async () => {
    const ids = await people(t.db, 150);
    await broadcastTo(t.db, ids);
    const log: Sent[] = [];
    const jitter = async () => new Promise<void>((r) => setTimeout(r, Math.random() * 3));
    const a = dispatcher(t.db, [recordingAdapter('telegram', jitter, log)], { workerId: 'A' });
    const b = dispatcher(secondClient(), [recordingAdapter('telegram', jitter, log)], { workerId: 'B' });
    const [sa, sb] = await Promise.all([a.drain(), b.drain()]);
    expect(sa.sent + sb.sent).toBe(150);
    expect(log).toHaveLength(150);
    expect(new Set(chats(log)).size).toBe(150);
    expect(await statuses(t.db)).toEqual({ sent: 150 });
    const byWorker = await t.db.outboxMessage.groupBy({ by: ['claimedBy'], _count: { _all: true } });
    expect(byWorker.reduce((n, g) => n + g._count._all, 0)).toBe(150);
  });

  it('rides out a 429 storm: waits retry_after, loses nobody, sends nobody twice', async () => {
    const ids = await people(t.db, 60);
    await broadcastTo(t.db, ids);
    const starts: number[] = [];
    const refusals: number[] = [];
    const retryAfterMs = 120;
    const adapter = recordingAdapter('telegram', (_to) => {
      const now = Date.now();
      const recent = starts.filter((s) => s > now - 1000).length;
      starts.push(now);
      // The platform accepts 20 messages per second and answers 429 above.
      if (recent >= 20) {
        refusals.push(now);
        throw new SendError('Too Many Requests: retry after 0.12', false, retryAfterMs);
      }
    });
    const stats = await dispatcher(t.db, [adapter], {
      limits: { telegram: { perSecond: 200, perChatMs: 0, concurrency: 1 } },
    }).drain();
    expect(refusals.length).toBeGreaterThan(0);
    expect(stats.sent).toBe(60);
    expect(new Set(chats(adapter.sent)).size).toBe(60);
    expect(adapter.sent).toHaveLength(60);
    expect(await statuses(t.db)).toEqual({ sent: 60 });
    // After each 429 the channel pauses for retry_after before the next call.
    for (const refused of refusals) {
      const next = starts.find((s) => s > refused);
      if (next !== undefined) expect(next - refused).toBeGreaterThanOrEqual(retryAfterMs - 5);
    }
    expect((await t.db.outboxMessage.aggregate({ _max: { attempts: true } }))._max.attempts).toBeGreaterThan(1);
  });

  it('records permanent failures without retrying, marks the identity unreachable, and tries another identity', async () => {
    const ids = await people(t.db, 3);
    const other = ids[2] ?? '';
    await t.db.identity.create({
      data: { personId: other, channel: 'whatsapp', externalId: '21612345678', lastSeenAt: new Date('2019-01-01') },
    });
    await broadcastTo(t.db, ids);
    let blockedCalls = 0;
    const telegram = recordingAdapter('telegram', (to) => {
      if (to.externalId === '1002' || to.externalId === '1003') {
        blockedCalls++;
        throw new SendError('Forbidden: bot was blocked by the user', true);
      }
    });
    const whatsapp = recordingAdapter('whatsapp');
    await dispatcher(t.db, [telegram, whatsapp]).drain();
    expect(blockedCalls).toBe(2);
    expect(chats(telegram.sent)).toEqual(['1001']);
    expect(chats(whatsapp.sent)).toEqual(['21612345678']);
    const failed = await t.db.outboxMessage.findFirstOrThrow({ where: { status: 'failed' } });
    expect(failed).toMatchObject({ attempts: 1, lastError: expect.stringContaining('permanent') as string });
    expect((await t.db.identity.findFirstOrThrow({ where: { externalId: '1002' } })).unreachableAt).not.toBeNull();
  });

  it('backs off on transient errors and gives up after the last attempt; nobody reachable means failed', async () => {
    const ids = await people(t.db, 1);
    const ghost = await addPerson(t.db, { externalId: '9999', seen: false });
    await broadcastTo(t.db, [...ids, ghost]);
    let calls = 0;
    const adapter = recordingAdapter('telegram', () => {
      calls++;
      throw new Error('socket hang up');
    });
    const stats = await dispatcher(t.db, [adapter], { maxAttempts: 3, backoffMs: () => 20 }).drain();
    expect(calls).toBe(3);
    expect(stats.failed).toBe(2);
    const rows = await t.db.outboxMessage.findMany({ orderBy: { attempts: 'desc' } });
    expect(rows.map((r) => [r.status, r.attempts, r.lastError])).toEqual([
      ['failed', 3, 'socket hang up'],
      ['failed', 1, 'no reachable identity'],
    ]);
  });
});
