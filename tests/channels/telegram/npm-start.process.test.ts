import { spawn } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { consoleRun, projectRoot, runBot, stripMarks } from '../../helpers/console.ts';
import { createBotApi, defaultToken, type BotApi } from '../../helpers/bot-api/index.ts';
import { freePort } from './harness.ts';

/** The bot as `npm start` runs it with a token: a real child process against the stand-in. */
function startBot(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: projectRoot,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const out = { stdout: '', stderr: '' };
  child.stdout.on('data', (d: Buffer) => (out.stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (out.stderr += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  return { child, out, exited };
}

describe('npm start with TELEGRAM_BOT_TOKEN (real child process, stand-in Bot API)', () => {
  let api: BotApi;
  beforeEach(async () => {
    api = await createBotApi();
  });
  afterEach(() => api.close());

  it('runs Telegram without the console, logs to stderr without the token, and stops cleanly on SIGTERM', async () => {
    const run = await consoleRun({ TELEGRAM_BOT_TOKEN: defaultToken, TELEGRAM_API_ROOT: api.apiRoot, LOG_FILE: '' });
    const bot = startBot(run.env);
    const user = api.user(7001, { firstName: 'Leila', languageCode: 'ar' });
    await user.send('/start');
    const [welcome] = await user.replies(1, 30_000);
    expect(stripMarks(welcome?.text ?? '')).toContain('مرحبًا Leila');
    await api.waitFor(() => api.commandSets().length >= 3);
    bot.child.kill('SIGTERM');
    expect(await bot.exited).toBe(0);
    expect(bot.out.stdout).toBe('');
    expect(bot.out.stderr).toContain('"msg":"Jawda started"');
    expect(bot.out.stderr).not.toContain(defaultToken);
    expect(bot.out.stderr).not.toContain(defaultToken.split(':')[1]);
  });

  it('a second polling instance of the same bot stops with a clear message; the other one goes on', async () => {
    const run = await consoleRun({ TELEGRAM_BOT_TOKEN: defaultToken, TELEGRAM_API_ROOT: api.apiRoot, LOG_FILE: '' });
    const first = startBot(run.env);
    const user = api.user(7002, { firstName: 'Sami', languageCode: 'fr' });
    await user.send('/start');
    await user.replies(1, 30_000);
    const second = startBot(run.env);
    // Telegram ends one of two pollers' getUpdates with 409 Conflict: that one stops.
    const code = await Promise.race([first.exited, second.exited]);
    expect(code).toBe(1);
    const stopped = first.child.exitCode === 1 ? first : second;
    const running = stopped === first ? second : first;
    expect(stopped.out.stderr).toContain('another instance is already polling this bot');
    expect(running.child.exitCode).toBeNull();
    await user.send('/help');
    expect((await user.replies(1, 30_000)).length).toBe(1);
    running.child.kill('SIGTERM');
    expect(await running.exited).toBe(0);
  });

  it('webhook mode from the environment: wrong or missing secret → 401 and nothing done; health probe; replies; SIGTERM', async () => {
    const port = await freePort();
    const secret = 'process-secret_0123456789';
    const url = `http://127.0.0.1:${port}/telegram/hook`;
    const run = await consoleRun({
      TELEGRAM_BOT_TOKEN: defaultToken,
      TELEGRAM_API_ROOT: api.apiRoot,
      TELEGRAM_MODE: 'webhook',
      WEBHOOK_URL: url,
      WEBHOOK_SECRET: secret,
      PORT: String(port),
      LOG_FILE: '',
    });
    const bot = startBot(run.env);
    try {
      expect(await api.waitFor(() => api.webhook(), 30_000)).toEqual({ url, secret });
      const health = await fetch(`http://127.0.0.1:${port}/healthz`);
      expect(health.status).toBe(200);
      const help = (updateId: number) => ({
        update_id: updateId,
        message: {
          message_id: updateId,
          date: Math.floor(Date.now() / 1000),
          chat: { id: 7101, type: 'private' },
          from: { id: 7101, is_bot: false, first_name: 'Sonia' },
          text: '/help',
        },
      });
      const wrong = await api.deliver(help(90_001), url, 'not-the-secret-0000');
      const missing = await api.deliver(help(90_002), url, null);
      expect([wrong.status, missing.status]).toEqual([401, 401]);
      const user = api.user(7101, { firstName: 'Sonia', languageCode: 'fr' });
      await user.send('/start');
      const [welcome] = await user.replies(2, 30_000);
      expect(stripMarks(welcome?.text ?? '')).toContain('Bonjour Sonia');
      // The refused updates were not stored: nothing can ever handle them (updates of a chat are
      // handled in order, so they would have come before the /start replies).
      expect(
        api
          .sentMessages(7101)
          .map((m) => stripMarks(m.text ?? ''))
          .some((t) => t.includes('Ce que vous pouvez faire')),
      ).toBe(false);
      expect(api.sentMessages(7101)).toHaveLength(2);
    } finally {
      bot.child.kill('SIGTERM');
    }
    expect(await bot.exited).toBe(0);
    expect(bot.out.stderr).toContain('"mode":"webhook"');
    expect(bot.out.stderr).not.toContain(defaultToken.split(':')[1]);
    expect(bot.out.stderr).not.toContain(secret);
  });

  it('/lang ar, then a restart: a replayed update changes nothing (update ids are stored)', async () => {
    const run = await consoleRun({ TELEGRAM_BOT_TOKEN: defaultToken, TELEGRAM_API_ROOT: api.apiRoot, LOG_FILE: '' });
    const user = api.user(7201, { firstName: 'Karim', languageCode: 'fr' });
    const first = startBot(run.env);
    const update = await user.send('/lang ar');
    const [switched] = await user.replies(1, 30_000);
    expect(stripMarks(switched?.text ?? '')).toContain('بالعربية');
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);

    const second = startBot(run.env);
    try {
      await api.pushUpdate(update);
      await user.send('/help');
      const [help] = await user.replies(1, 30_000);
      expect(help?.text?.startsWith('\u200F')).toBe(true);
      expect(stripMarks(help?.text ?? '')).toContain('ما يمكنك القيام به');
      // The replay did not switch the language again: one confirmation only.
      expect(api.sentMessages(7201).filter((m) => stripMarks(m.text ?? '').includes('سأجيبك'))).toHaveLength(1);
    } finally {
      second.child.kill('SIGTERM');
    }
    expect(await second.exited).toBe(0);
  });

  it('`-- --console` adds the terminal chat next to Telegram', async () => {
    const run = await consoleRun({ TELEGRAM_BOT_TOKEN: defaultToken, TELEGRAM_API_ROOT: api.apiRoot });
    const result = await runBot('/help\n', run.env, ['--console']);
    expect(result.code).toBe(0);
    expect(stripMarks(result.stdout)).toContain('Ce que vous pouvez faire');
    expect(api.calls('getMe')).toHaveLength(1);
    expect(api.calls('deleteWebhook').length + api.calls('getUpdates').length).toBeGreaterThan(0);
  });

  it('a token the Bot API refuses stops the start with a readable message, never the token', async () => {
    api.failNext('getMe', { code: 401, description: 'Unauthorized' });
    const run = await consoleRun({ TELEGRAM_BOT_TOKEN: defaultToken, TELEGRAM_API_ROOT: api.apiRoot, LOG_FILE: '' });
    const result = await runBot('', run.env);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Jawda cannot start telegram');
    expect(result.stderr).toContain('Unauthorized');
    expect(result.stderr).not.toContain(defaultToken.split(':')[1]);
  });

  it('SIGTERM in the middle of a long Bot API outage still ends the process (bounded shutdown)', async () => {
    const run = await consoleRun({ TELEGRAM_BOT_TOKEN: defaultToken, TELEGRAM_API_ROOT: api.apiRoot, LOG_FILE: '' });
    const bot = startBot(run.env);
    const user = api.user(7301, { firstName: 'Hela' });
    await user.send('/help');
    await user.replies(1, 30_000);
    // From now on every reply is refused with "retry after 60 s": the next reply waits, retrying.
    api.failNext('sendMessage', { code: 429, retryAfter: 60 }, 1000);
    await user.send('/help');
    await api.waitFor(() => api.calls('sendMessage').some((c) => c.status === 429), 30_000, 'a refused reply');
    bot.child.kill('SIGTERM');
    // Without a bound the stop would wait for the retries (minutes); the watchdog ends it.
    const code = await Promise.race([
      bot.exited,
      new Promise((resolve) => setTimeout(() => resolve('still running'), 30_000)),
    ]);
    expect(code).not.toBe('still running');
    expect(bot.out.stderr).toContain('stop took too long');
    bot.child.kill('SIGKILL');
  });

  it('webhook mode without WEBHOOK_URL and WEBHOOK_SECRET is refused, naming both', async () => {
    const run = await consoleRun({ TELEGRAM_BOT_TOKEN: defaultToken, TELEGRAM_MODE: 'webhook' });
    const result = await runBot('', run.env);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('WEBHOOK_URL: required when TELEGRAM_MODE=webhook');
    expect(result.stderr).toContain('WEBHOOK_SECRET: required when TELEGRAM_MODE=webhook');
    expect(result.stderr).not.toContain(defaultToken);
  });
});
