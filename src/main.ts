// Composition root: config → logger → app → channels → shutdown. Nothing else lives here.
import { join } from 'node:path';
import { createApp } from './app.ts';
import { createConsoleAdapter } from './channels/console/adapter.ts';
import type { ChannelAdapter } from './channels/types.ts';
import { ConfigError, loadConfig, type Config } from './config.ts';
import { ensureLocalOperator, operatorAddress } from './features/admin/operator.ts';
import { QuestionnaireError } from './features/questionnaires/definitions.ts';
import { createLogger } from './logger.ts';

function readConfig(): Config {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`Jawda cannot start — configuration invalide / إعدادات غير صالحة:\n${error.problems.map((p) => `  - ${p}`).join('\n')}\nSee .env.example.\n`);
      process.exit(1);
    }
    throw error;
  }
}

const config = readConfig();
const dataDir = 'data';
// The console chat owns the terminal, so logs go to a file unless LOG_FILE says otherwise.
const logger = createLogger({ level: config.LOG_LEVEL, file: config.LOG_FILE ?? join(dataDir, 'jawda.log') });
const app = await createApp(config, logger).catch((error: unknown) => {
  if (error instanceof QuestionnaireError) {
    process.stderr.write(`Jawda cannot start — questionnaire invalide / استبيان غير صالح:\n  ${error.message}\n`);
    process.exit(1);
  }
  throw error;
});
const channels: ChannelAdapter[] = [];

await ensureLocalOperator(app.db, { name: config.CONSOLE_OPERATOR_NAME, commune: config.DEMO_TEAM_COMMUNE });
const consoleChat = createConsoleAdapter({
  input: process.stdin,
  output: process.stdout,
  interactive: Boolean(process.stdin.isTTY),
  operator: { ...operatorAddress, displayName: config.CONSOLE_OPERATOR_NAME },
  filesDir: join(dataDir, 'files'),
});
channels.push(consoleChat);

let stopping: Promise<void> | undefined;
function shutdown(reason: string): Promise<void> {
  stopping ??= (async () => {
    logger.info({ reason }, 'shutting down');
    await Promise.allSettled(channels.map((c) => c.stop()));
    await app.close();
  })();
  return stopping;
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void shutdown(signal).then(() => process.exit(0));
  });
}

for (const channel of channels) await channel.start(app.handle);
logger.info({ channels: channels.map((c) => c.name) }, 'Jawda started');
await consoleChat.finished;
await shutdown('end of console input');
