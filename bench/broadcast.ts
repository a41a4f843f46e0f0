// Broadcast throughput: a coordinator broadcasts to N participants (real app, temp SQLite, the real
// Telegram adapter) through the local Bot API stand-in, which answers 429 above 30 messages/s.
// Run: npm run bench:broadcast [-- --recipients 1000 --cap 30 --latency 0]. Last line is JSON.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createApp } from '../src/app.ts';
import type { OutboundMessage } from '../src/core/messages.ts';
import { createTelegramAdapter } from '../src/channels/telegram/adapter.ts';
import { createConfig } from '../src/config.ts';
import { createLogger } from '../src/logger.ts';
import { createBotApi, defaultToken } from '../tests/helpers/bot-api/index.ts';

const { values: args } = parseArgs({ options: { recipients: { type: 'string', default: '1000' }, cap: { type: 'string', default: '30' }, latency: { type: 'string', default: '0' } } });
const recipients = Number(args.recipients);
const cap = Number(args.cap);
const firstChat = 700_000_000;

const api = await createBotApi({ rateLimit: { messagesPerSecond: cap, retryAfter: 1 }, latencyMs: Number(args.latency) });
const dir = mkdtempSync(join(tmpdir(), 'jawda-bench-broadcast-'));
const config = createConfig({
  DATABASE_URL: `file:${join(dir, 'bench.db')}`,
  LOG_LEVEL: 'warn',
  LOG_FILE: join(dir, 'bench.log'),
  COORDINATORS: 'console:boss',
  QUIET_HOURS: 'off',
});
const logger = createLogger({ level: config.LOG_LEVEL, file: config.LOG_FILE });
const app = await createApp(config, logger);
const { db } = app;

// The participants: one Telegram chat each, a third of them reading Arabic.
const seen = new Date();
const ids = Array.from({ length: recipients }, (_, i) => `bench-${String(i).padStart(5, '0')}`);
await db.person.createMany({ data: ids.map((id, i) => ({ id, displayName: `Participant ${i}`, locale: i % 3 === 0 ? 'ar' : 'fr' })) });
await db.identity.createMany({ data: ids.map((personId, i) => ({ personId, channel: 'telegram', externalId: String(firstChat + i), lastSeenAt: seen })) });
await db.personRole.createMany({ data: ids.map((personId) => ({ personId, role: 'participant' })) });

const telegram = createTelegramAdapter({ token: defaultToken, apiRoot: api.apiRoot, mode: { kind: 'polling' }, i18n: app.i18n, logger, defaultLocale: 'fr' });
app.outbox.start([telegram], { cron: false });

// Count what the stand-in accepted, per chat, as it arrives.
const perChat = new Map<number, number>();
const times: number[] = [];
const off = api.onSent((m) => {
  perChat.set(m.chatId, (perChat.get(m.chatId) ?? 0) + 1);
  times.push(m.at);
});

// The coordinator's guided flow, through the real core, as in the chat.
let counter = 0;
const boss = { channel: 'console' as const, externalId: 'boss', displayName: 'Coordinatrice' };
const say = async (body: string) => (await app.handle({ id: `b-${++counter}`, from: boss, receivedAt: new Date(), kind: 'text', text: body })).replies;
const tap = async (promptId: string, value: string) => (await app.handle({ id: `b-${++counter}`, from: boss, receivedAt: new Date(), kind: 'choice', promptId, values: [value] })).replies;
const promptOf = (replies: OutboundMessage[]) => replies.flatMap((r) => (r.kind === 'choices' ? [r.promptId] : [])).at(-1) ?? '';
await say('/broadcast');
await say('Rappel : la note de cadrage est attendue vendredi.');
const audience = promptOf(await say('تذكير: مذكرة الإطار مطلوبة يوم الجمعة.'));
const preview = promptOf(await tap(audience, 'role:participant'));
if (!preview.startsWith('bc:ok:')) throw new Error('the broadcast flow did not reach its preview (see the log)');
const started = performance.now();
await tap(preview, 'send');
await app.outbox.tick(); // waits for the dispatcher's drain, retries included
const elapsedMs = performance.now() - started;
off();

const statuses = Object.fromEntries((await db.outboxMessage.groupBy({ by: ['status'], _count: { _all: true } })).map((g) => [g.status, g._count._all]));
const duplicates = [...perChat.values()].reduce((n, c) => n + c - 1, 0);
const lost = recipients - perChat.size;
const http429 = api.allCalls.filter((c) => c.status === 429).length;
const spanMs = times.length > 1 ? (times.at(-1) ?? 0) - (times[0] ?? 0) : 0;
const achievedPerSecond = spanMs > 0 ? ((times.length - 1) / spanMs) * 1000 : 0;
const round = (n: number, d = 2) => Math.round(n * 10 ** d) / 10 ** d;

process.stdout.write(`broadcast to ${recipients} Telegram chats through the Bot API stand-in (429 above ${cap}/s)\n`);
process.stdout.write(`outbox rows: ${JSON.stringify(statuses)}; from confirmation to last delivery: ${round(elapsedMs / 1000)} s\n`);
process.stdout.write(`rate measured between the first and the last message the stand-in accepted\n`);

await app.close();
await telegram.stop();
await api.close();
rmSync(dir, { recursive: true, force: true });
process.stdout.write(
  `${JSON.stringify({ recipients, capPerSecond: cap, achievedPerSecond: round(achievedPerSecond), ratioToCap: round(achievedPerSecond / cap, 3), http429, duplicates, lost })}\n`,
);
