// Broadcast throughput: a broadcast to N participants through the local Bot API stand-in, which
// answers 429 above 30 messages/s.
// - default: the real app and Telegram adapter in this process; a coordinator writes the
//   broadcast through the chat flow.
// - --kill-one: the bot runs as `npm start` does, in a child process; a confirmed broadcast is
//   waiting in its database; the bot is killed with SIGKILL mid-run and started again.
// - --instances 2 --kill-one: two bot processes (webhook mode) on one PostgreSQL database, given by
//   DATABASE_URL (a server: the bench creates its own database there and drops it); the one that
//   sends is killed with SIGKILL mid-run and the other takes over.
// Run: npm run bench:broadcast [-- --recipients 1000 --cap 30 --latency 0 --kill-one [--instances 2]].
// Last line is JSON.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createApp } from '../src/app.ts';
import { createTelegramAdapter } from '../src/channels/telegram/adapter.ts';
import { createConfig } from '../src/config.ts';
import type { OutboundMessage } from '../src/core/messages.ts';
import { broadcastMessage } from '../src/features/reminders/outbox.ts';
import { createLogger } from '../src/logger.ts';
import { enqueue } from '../src/outbox/enqueue.ts';
import { applyMigrations } from '../src/persistence/migrate.ts';
import { createDb, providerOf, type Db } from '../src/persistence/prisma.ts';
import pg from 'pg';
import { readFileSync } from 'node:fs';
import { freePort } from '../tests/channels/telegram/harness.ts';
import { createBotApi, defaultToken } from '../tests/helpers/bot-api/index.ts';
import { startBotProcess, until } from '../tests/helpers/bot-process.ts';

const { values: args } = parseArgs({
  options: {
    recipients: { type: 'string', default: '1000' },
    cap: { type: 'string', default: '30' },
    latency: { type: 'string', default: '0' },
    'kill-one': { type: 'boolean', default: false },
    instances: { type: 'string', default: '1' },
  },
});
const instances = Number(args.instances);
const recipients = Number(args.recipients);
const cap = Number(args.cap);
const firstChat = 700_000_000;
const api = await createBotApi({
  rateLimit: { messagesPerSecond: cap, retryAfter: 1 },
  latencyMs: Number(args.latency),
});
const dir = mkdtempSync(join(tmpdir(), 'jawda-bench-broadcast-'));
const sharedDatabase = instances > 1 ? await benchDatabase() : null;
const databaseUrl = sharedDatabase?.url ?? `file:${join(dir, 'bench.db')}`;

/** Several instances share one PostgreSQL database: a fresh one on the server DATABASE_URL names. */
async function benchDatabase() {
  const server = process.env.DATABASE_URL ?? '';
  if (providerOf(server) !== 'postgresql') {
    process.stderr.write(
      '--instances needs DATABASE_URL=postgresql://… (a server where the bench may create a database)\n',
    );
    process.exit(2);
  }
  const name = `jawda_bench_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(server);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: server });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await c.end();
    },
  };
}

// What the stand-in accepted, per chat, as it arrives.
const perChat = new Map<number, number>();
const times: number[] = [];
api.onSent((m) => {
  perChat.set(m.chatId, (perChat.get(m.chatId) ?? 0) + 1);
  times.push(m.at);
});

/** The participants: one Telegram chat each, a third of them reading Arabic. */
async function seedRecipients(db: Db) {
  const seen = new Date();
  const ids = Array.from({ length: recipients }, (_, i) => `bench-${String(i).padStart(5, '0')}`);
  await db.person.createMany({
    data: ids.map((id, i) => ({ id, displayName: `Participant ${i}`, locale: i % 3 === 0 ? 'ar' : 'fr' })),
  });
  await db.identity.createMany({
    data: ids.map((personId, i) => ({
      personId,
      channel: 'telegram',
      externalId: String(firstChat + i),
      lastSeenAt: seen,
    })),
  });
  await db.personRole.createMany({ data: ids.map((personId) => ({ personId, role: 'participant' })) });
  return ids;
}

const statusesOf = async (db: Db) =>
  Object.fromEntries(
    (await db.outboxMessage.groupBy({ by: ['status'], _count: { _all: true } })).map((g) => [g.status, g._count._all]),
  );

/** The real app in this process; the coordinator's guided flow, as in the chat. */
async function inProcess() {
  const config = createConfig({
    DATABASE_URL: databaseUrl,
    LOG_LEVEL: 'warn',
    LOG_FILE: join(dir, 'bench.log'),
    COORDINATORS: 'console:boss',
    QUIET_HOURS: 'off',
  });
  const logger = createLogger({ level: config.LOG_LEVEL, file: config.LOG_FILE });
  const app = await createApp(config, logger);
  await seedRecipients(app.db);
  const telegram = createTelegramAdapter({
    token: defaultToken,
    apiRoot: api.apiRoot,
    mode: { kind: 'polling' },
    i18n: app.i18n,
    logger,
    defaultLocale: 'fr',
  });
  app.outbox.start([telegram], { cron: false });
  let counter = 0;
  const boss = { channel: 'console' as const, externalId: 'boss', displayName: 'Coordinatrice' };
  const say = async (body: string) =>
    (await app.handle({ id: `b-${++counter}`, from: boss, receivedAt: new Date(), kind: 'text', text: body })).replies;
  const tap = async (promptId: string, value: string) =>
    (
      await app.handle({
        id: `b-${++counter}`,
        from: boss,
        receivedAt: new Date(),
        kind: 'choice',
        promptId,
        values: [value],
      })
    ).replies;
  const promptOf = (replies: OutboundMessage[]) =>
    replies.flatMap((r) => (r.kind === 'choices' ? [r.promptId] : [])).at(-1) ?? '';
  await say('/broadcast');
  await say('Rappel : la note de cadrage est attendue vendredi.');
  const audience = promptOf(await say('تذكير: مذكرة التأطير مطلوبة يوم الجمعة.'));
  const preview = promptOf(await tap(audience, 'role:participant'));
  if (!preview.startsWith('bc:ok:')) throw new Error('the broadcast flow did not reach its preview (see the log)');
  await tap(preview, 'send');
  await app.outbox.tick(); // waits for the dispatcher's drain, retries included
  const statuses = await statusesOf(app.db);
  await app.close();
  await telegram.stop();
  return { statuses, killed: 0 };
}

/** The bot in a child process, killed with SIGKILL once a third of the messages went out, then started again. */
async function killOne() {
  const database = { url: databaseUrl, busyTimeoutMs: 10_000 };
  await applyMigrations(database);
  const db = createDb(database);
  const ids = await seedRecipients(db);
  const broadcast = await db.broadcast.create({
    data: {
      textFr: 'Rappel : la note de cadrage est attendue vendredi.',
      textAr: 'تذكير: مذكرة التأطير مطلوبة يوم الجمعة.',
      audience: 'role',
      audienceRole: 'participant',
      createdById: ids[0] ?? '',
      status: 'confirmed',
      confirmedAt: new Date(),
    },
  });
  await enqueue(
    db,
    ids.map((personId) => broadcastMessage(broadcast.id, personId, new Date())),
  );
  await db.$disconnect();
  const env = {
    DATABASE_URL: databaseUrl,
    TELEGRAM_BOT_TOKEN: defaultToken,
    TELEGRAM_API_ROOT: api.apiRoot,
    QUIET_HOURS: 'off',
    LOG_LEVEL: 'warn',
    LOG_FILE: join(dir, 'bench.log'),
  };
  const check = createDb(database);
  const pending = async () => (await check.outboxMessage.count({ where: { status: 'pending' } })) === 0;
  if (instances > 1) {
    // Webhook mode: any instance may receive updates; one of them sends (its lock elects it).
    const bots = [];
    for (let i = 0; i < instances; i++) {
      const port = await freePort();
      bots.push(
        startBotProcess({
          ...env,
          LOG_LEVEL: 'info',
          LOG_FILE: join(dir, `bench-${i}.log`),
          TELEGRAM_MODE: 'webhook',
          WEBHOOK_URL: `http://127.0.0.1:${port}/telegram/hook`,
          WEBHOOK_SECRET: 'bench-secret-0123456789',
          PORT: String(port),
        }),
      );
    }
    await until(() => perChat.size >= recipients / 3, 'a third of the messages sent', 120_000);
    const leads = (i: number) => readFileSync(join(dir, `bench-${i}.log`), 'utf8').includes('"lock":"outbox:telegram"');
    const sender = bots.findIndex((_, i) => leads(i));
    await bots[Math.max(0, sender)]?.kill();
    await until(pending, 'every message sent', 300_000);
    await Promise.all(bots.filter((_, i) => i !== Math.max(0, sender)).map((bot) => bot.stop()));
  } else {
    const first = startBotProcess(env);
    await until(() => perChat.size >= recipients / 3, 'a third of the messages sent', 120_000);
    await first.kill();
    const second = startBotProcess(env);
    // Done when no row waits any more; a row cut short by the kill ("sending") is never sent again.
    await until(pending, 'every message sent', 300_000);
    await second.stop();
  }
  const statuses = await statusesOf(check);
  await check.$disconnect();
  return { statuses, killed: 1 };
}

const started = performance.now();
const { statuses, killed } = args['kill-one'] ? await killOne() : await inProcess();
const elapsedMs = performance.now() - started;
await api.close();
await sharedDatabase?.drop();
rmSync(dir, { recursive: true, force: true });

const duplicates = [...perChat.values()].reduce((n, c) => n + c - 1, 0);
const lost = recipients - perChat.size;
const http429 = api.allCalls.filter((c) => c.status === 429).length;
const spanMs = times.length > 1 ? (times.at(-1) ?? 0) - (times[0] ?? 0) : 0;
const achievedPerSecond = spanMs > 0 ? ((times.length - 1) / spanMs) * 1000 : 0;
const round = (n: number, d = 2) => Math.round(n * 10 ** d) / 10 ** d;
process.stdout.write(
  `broadcast to ${recipients} Telegram chats through the Bot API stand-in (429 above ${cap}/s)${killed ? ', the bot killed once mid-run' : ''}\n`,
);
process.stdout.write(`outbox rows: ${JSON.stringify(statuses)}; ${round(elapsedMs / 1000)} s in all\n`);
process.stdout.write(
  `rate measured between the first and the last message the stand-in accepted${killed ? ' (restart included)' : ''}\n`,
);
process.stdout.write(
  `${JSON.stringify({ ...(instances > 1 ? { instances } : {}), killed, recipients, capPerSecond: cap, achievedPerSecond: round(achievedPerSecond), ratioToCap: round(achievedPerSecond / cap, 3), http429, duplicates, lost })}\n`,
);
