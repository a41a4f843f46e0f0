// kill -9 mid-broadcast: no message is sent twice, and none that was waiting for its turn is lost
// (real child processes, real SQLite, the Bot API stand-in at Telegram's pace).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { broadcastMessage } from '../../src/features/reminders/outbox.ts';
import { enqueue } from '../../src/outbox/enqueue.ts';
import { defaultLimits } from '../../src/outbox/lanes.ts';
import { applyMigrations } from '../../src/persistence/migrate.ts';
import { createDb, type Db } from '../../src/persistence/prisma.ts';
import { createBotApi, defaultToken, type BotApi } from '../helpers/bot-api/index.ts';
import { startBotProcess, until } from '../helpers/bot-process.ts';
import { consoleRun } from '../helpers/console.ts';

const recipients = 150;
const firstChat = 720_000_000;

describe('outbox: kill -9 in the middle of a broadcast', () => {
  let api: BotApi;
  let db: Db;
  let env: Record<string, string>;
  const perChat = new Map<number, number>();

  beforeEach(async () => {
    api = await createBotApi({ rateLimit: { messagesPerSecond: 30, retryAfter: 1 } });
    api.onSent((m) => perChat.set(m.chatId, (perChat.get(m.chatId) ?? 0) + 1));
    const run = await consoleRun({
      TELEGRAM_BOT_TOKEN: defaultToken,
      TELEGRAM_API_ROOT: api.apiRoot,
      QUIET_HOURS: 'off',
      LOG_FILE: '',
      LOG_LEVEL: 'warn',
    });
    env = run.env;
    const database = { url: run.env.DATABASE_URL ?? '', busyTimeoutMs: 10_000 };
    await applyMigrations(database);
    db = createDb(database);
    const ids = Array.from({ length: recipients }, (_, i) => `p-${i}`);
    await db.person.createMany({
      data: ids.map((id, i) => ({ id, displayName: `P${i}`, locale: i % 2 ? 'ar' : 'fr' })),
    });
    await db.identity.createMany({
      data: ids.map((personId, i) => ({
        personId,
        channel: 'telegram',
        externalId: String(firstChat + i),
        lastSeenAt: new Date(),
      })),
    });
    const broadcast = await db.broadcast.create({
      data: {
        textFr: 'Réunion lundi',
        textAr: 'اجتماع يوم الاثنين',
        audience: 'everyone',
        createdById: 'p-0',
        status: 'confirmed',
        confirmedAt: new Date(),
      },
    });
    await enqueue(
      db,
      ids.map((personId) => broadcastMessage(broadcast.id, personId, new Date())),
    );
    // The bot migrates at start, which needs the file to itself; this client reconnects when read again.
    await db.$disconnect();
  });
  afterEach(async () => {
    await db.$disconnect();
    await api.close();
  });

  it(
    'rows waiting their turn when the bot dies are sent after the restart, once; none is sent twice',
    { timeout: 120_000 },
    async () => {
      const first = startBotProcess(env);
      await until(() => perChat.size >= recipients / 3, 'a third of the broadcast sent');
      await first.kill();
      const atKill = await db.outboxMessage.groupBy({ by: ['status'], _count: { _all: true } });
      const count = (status: string) => atKill.find((g) => g.status === status)?._count._all ?? 0;
      // Claimed only when its call is made: what waited for its turn is still pending, not "sending".
      // At most the lane's calls in flight were under way (more under load, when a call is slow or
      // waits out a 429), never the rows read ahead (a whole batch, 200, claimed at once before).
      expect(count('pending')).toBeGreaterThan(recipients / 3);
      expect(count('sending')).toBeLessThanOrEqual(defaultLimits.telegram.concurrency);

      const second = startBotProcess(env);
      try {
        await until(
          async () => (await db.outboxMessage.count({ where: { status: 'pending' } })) === 0,
          'every waiting row sent',
        );
      } finally {
        await second.stop();
      }
      const sent = await db.outboxMessage.findMany({ where: { status: 'sent' }, select: { personId: true } });
      expect(sent.length).toBeGreaterThanOrEqual(recipients - count('sending'));
      expect([...perChat.values()].every((n) => n === 1)).toBe(true);
      // Every recipient got it, except at most a row whose call the kill cut short (never resent).
      expect(perChat.size).toBeGreaterThanOrEqual(recipients - count('sending'));
    },
  );
});
