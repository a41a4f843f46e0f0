// A separate process for the multi-process tests: `tick` runs one scheduler tick, `drain` one
// dispatcher drain whose Telegram "adapter" appends each recipient to a shared log file.
// Usage: node --import tsx worker-process.ts <tick|drain> <databaseUrl> <nowIso> <logFile>
import { appendFileSync } from 'node:fs';
import { pino } from 'pino';
import type { ChannelAdapter } from '../../../src/core/messages.ts';
import { createI18n } from '../../../src/core/i18n.ts';
import { createContentLoader } from '../../../src/features/reminders/outbox-content.ts';
import { createDispatcher } from '../../../src/outbox/dispatcher.ts';
import { createScheduler } from '../../../src/features/reminders/scheduler.ts';
import { createDb } from '../../../src/persistence/prisma.ts';

const [mode, url = '', nowIso = '', logFile = ''] = process.argv.slice(2);
const db = createDb({ url, busyTimeoutMs: 10_000 });
const logger = pino({ level: 'silent' });
const now = () => new Date(nowIso);
const adapter: ChannelAdapter = {
  name: 'telegram',
  async start() {},
  async stop() {},
  async send(to) {
    appendFileSync(logFile, `${to.externalId}\n`);
  },
};
const result =
  mode === 'tick'
    ? await createScheduler({ db, now, quietHours: null, logger }).tick()
    : await createDispatcher({
        db,
        content: () => createContentLoader(db, createI18n()),
        logger,
        defaultLocale: 'fr',
        adapters: new Map([['telegram', adapter]]),
        now,
        workerId: `pid-${process.pid}`,
        limits: { telegram: { perSecond: 500, perChatMs: 0, concurrency: 8 } },
      }).drain();
process.stdout.write(`${JSON.stringify(result)}\n`);
await db.$disconnect();
