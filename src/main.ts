// Composition root: config → logger → app → channels → shutdown. Nothing else lives here.
import { join } from 'node:path';
import { createApp } from './app.ts';
import { createConsoleAdapter, type ConsoleAdapter } from './channels/console/adapter.ts';
import { createTelegramAdapter } from './channels/telegram/adapter.ts';
import { telegramOptionsFrom } from './channels/telegram/settings.ts';
import type { ChannelAdapter } from './core/messages.ts';
import { isLocale, withDirection } from './core/i18n.ts';
import { createWhatsAppAdapter } from './channels/whatsapp/adapter.ts';
import { whatsappOptionsFrom } from './channels/whatsapp/settings.ts';
import { ConfigError, loadConfig, type Config } from './config.ts';
import { ensureLocalOperator, operatorAddress } from './features/admin/operator.ts';
import { personName, unnamedOperator } from './core/person-name.ts';
import { QuestionnaireError } from './features/questionnaires/definitions.ts';
import { createLogger } from './logger.ts';

function readConfig(): Config {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(
        `Jawda cannot start — configuration invalide / إعدادات غير صالحة:\n${error.problems.map((p) => `  - ${p}`).join('\n')}\nSee .env.example.\n`,
      );
      process.exit(1);
    }
    throw error;
  }
}

const config = readConfig();
const dataDir = 'data';
// A Telegram token runs Telegram, WHATSAPP_ENABLED runs WhatsApp; the console runs without
// either (it ends the process at the end of its input), or with `--console`.
const consoleOn = (!config.TELEGRAM_BOT_TOKEN && !config.WHATSAPP_ENABLED) || process.argv.includes('--console');
// The console chat owns the terminal, so its logs go to a file; Telegram alone logs to stderr.
const logger = createLogger({
  level: config.LOG_LEVEL,
  file: config.LOG_FILE ?? (consoleOn ? join(dataDir, 'jawda.log') : undefined),
});
const app = await createApp(config, logger).catch((error: unknown) => {
  if (error instanceof QuestionnaireError) {
    process.stderr.write(`Jawda cannot start — questionnaire invalide / استبيان غير صالح:\n  ${error.message}\n`);
    process.exit(1);
  }
  throw error;
});
const channels: ChannelAdapter[] = [];

let consoleChat: ConsoleAdapter | undefined;
if (consoleOn) {
  const operatorId = await ensureLocalOperator(app.db, {
    name: config.CONSOLE_OPERATOR_NAME,
    commune: config.DEMO_TEAM_COMMUNE,
  });
  const operator = await app.db.person.findUniqueOrThrow({ where: { id: operatorId } });
  const locale = isLocale(operator.locale) ? operator.locale : config.DEFAULT_LOCALE;
  consoleChat = createConsoleAdapter({
    input: process.stdin,
    output: process.stdout,
    interactive: Boolean(process.stdin.isTTY),
    operator: { ...operatorAddress, displayName: config.CONSOLE_OPERATOR_NAME ?? unnamedOperator },
    filesDir: join(dataDir, 'exports'),
    greeting: withDirection(
      locale,
      app.i18n.t(locale, 'console-greeting', {
        name: personName(operator.displayName, { t: (key) => app.i18n.t(locale, key) }),
      }),
    ),
    i18n: app.i18n,
    locale,
  });
  channels.push(consoleChat);
}
const telegramOptions = telegramOptionsFrom(config, { i18n: app.i18n, logger, commands: app.commands });
if (telegramOptions) channels.push(createTelegramAdapter(telegramOptions));
const whatsappOptions = whatsappOptionsFrom(config, { i18n: app.i18n, db: app.db, logger });
if (whatsappOptions) {
  channels.push(createWhatsAppAdapter(whatsappOptions));
  // whatsapp-web.js and puppeteer reject promises nobody awaits (a page closed under a pending
  // call, the library's own logout handling): log them rather than let Node end the bot.
  process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled rejection'));
}

/** Most time a stop may take: whatever is still under way then is cut (stored updates are handled at the next start). */
const shutdownMs = 10_000;

let stopping: Promise<void> | undefined;
function shutdown(reason: string): Promise<void> {
  stopping ??= (async () => {
    logger.info({ reason }, 'shutting down');
    // Even during a long Bot API outage (replies waiting to be retried) the process ends in time.
    setTimeout(() => {
      logger.warn({ reason, shutdownMs }, 'stop took too long: exiting with work cut short');
      process.exit(1);
    }, shutdownMs).unref();
    // Reminders and broadcasts stop first, so a send under way still has its channel; then
    // channels stop taking messages, and the core finishes those in hand.
    await app.outbox.stop().catch((error: unknown) => logger.error({ err: error }, 'reminders did not stop cleanly'));
    await Promise.allSettled(channels.map((c) => c.stop()));
    await app.close();
    await Promise.allSettled(channels.map(async (c) => c.close?.()));
  })();
  return stopping;
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void shutdown(signal).then(() => process.exit(0));
  });
}

for (const channel of channels) {
  await channel.start(app.link(channel.name)).catch(async (error: unknown) => {
    // The adapter's message never carries the token.
    const message = error instanceof Error ? error.message : String(error);
    logger.error({ channel: channel.name, message }, 'channel could not start');
    process.stderr.write(`Jawda cannot start ${channel.name}: ${message}\n`);
    await shutdown(`${channel.name} failed to start`);
    process.exit(1);
  });
}
// A second polling instance cannot run: it stops with a clear message.
for (const channel of channels) {
  if (!('polling' in channel) || !(channel.polling instanceof Promise)) continue;
  channel.polling.catch(async (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    logger.error({ channel: channel.name, message }, 'polling stopped');
    process.stderr.write(`Jawda stops: ${message}\n`);
    await shutdown('polling stopped');
    process.exit(1);
  });
}
// The scheduler and dispatcher send through every running channel (the console operator gets its own reminders).
app.outbox.start(channels);
logger.info({ channels: channels.map((c) => c.name) }, 'Jawda started');
if (consoleChat) {
  await consoleChat.finished;
  await shutdown('end of console input');
}
