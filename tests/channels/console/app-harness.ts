import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { stripVTControlCharacters } from 'node:util';
import { createConsoleAdapter, type ConsoleAdapter } from '../../../src/channels/console/adapter.ts';
import { createApp, type App } from '../../../src/app.ts';
import { createConfig } from '../../../src/config.ts';
import { ensureLocalOperator, operatorAddress } from '../../../src/features/admin/operator.ts';
import { freshDatabase } from '../../helpers/db.ts';
import { captureLogger } from '../../helpers/logger.ts';
import { until } from '../../helpers/bot-process.ts';
import { afterEach } from 'vitest';

export interface ConsoleHarness {
  app: App;
  adapter: ConsoleAdapter;
  /** The operator's demo team. */
  teamId: string;
  personId: string;
  /** Everything printed so far in this session, without escape codes and direction marks. */
  printed(): string;
  /** Types a line and waits until its replies are printed (the prompt comes back); returns them. */
  say(line: string): Promise<string>;
  /** Ends this console session and opens a new one on the same application and database. */
  restart(): Promise<void>;
  cleanup(): Promise<void>;
}

// The invisible direction marks of Arabic lines (the line editor's escape codes go too).
const marks = /[\u200b\u200e\u200f\u2066-\u2069]/g;

/** The real application (a fresh database, every feature) behind the real console adapter, in a terminal. */
export async function createConsoleHarness(): Promise<ConsoleHarness> {
  const fresh = await freshDatabase();
  const config = createConfig({ DATABASE_URL: fresh.url, LOG_LEVEL: 'silent', QUIET_HOURS: 'off' });
  const app = await createApp(config, captureLogger().logger);
  const personId = await ensureLocalOperator(app.db, { name: 'Opérateur local', commune: 'Démo' });
  const member = await app.db.teamMember.findFirstOrThrow({ where: { personId } });
  // One console session; `restart` ends it and opens another on the same application, as a new
  // start of the bot would (what the adapter remembered in memory is gone, the database stays).
  const open = async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let raw = '';
    output.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
    const adapter = createConsoleAdapter({
      input,
      output,
      interactive: true,
      operator: { ...operatorAddress, displayName: 'Opérateur local' },
      filesDir: join(fresh.dir, 'exports'),
      i18n: app.i18n,
      locale: 'fr',
    });
    await adapter.start(app.link('console'));
    const printed = () => stripVTControlCharacters(raw).replace(marks, '');
    await until(() => printed().startsWith('> '), 'the prompt');
    return { input, adapter, printed };
  };
  let session = await open();
  const printed = () => session.printed();
  const prompts = () => printed().split('\n> ').length;
  return {
    app,
    get adapter() {
      return session.adapter;
    },
    teamId: member.teamId,
    personId,
    printed,
    async say(line) {
      const before = printed().length;
      const count = prompts();
      session.input.write(`${line}\r`);
      await until(() => prompts() > count, `the replies to « ${line} »`);
      return printed().slice(before);
    },
    async restart() {
      session.input.end();
      await session.adapter.finished;
      session = await open();
    },
    async cleanup() {
      session.input.end();
      await session.adapter.finished;
      await app.close();
      await fresh.drop();
    },
  };
}

/**
 * Opens a console harness for the test that calls it and cleans it up after that test:
 * `const openConsole = useConsoleHarness();` at the top of a file, `await openConsole()` in a test.
 */
export function useConsoleHarness(): () => Promise<ConsoleHarness> {
  let current: ConsoleHarness | undefined;
  afterEach(async () => {
    await current?.cleanup();
    current = undefined;
  });
  return async () => (current = await createConsoleHarness());
}
