import { GrammyError, type Api } from 'grammy';
import type { Update } from 'grammy/types';
import type { Logger } from '../../logger.ts';
import { describeError } from './errors.ts';

export interface PollingOptions {
  api: Api;
  /** Stores a batch; the offset moves past it only once this resolves. */
  store(updates: Update[]): Promise<void>;
  timeoutSeconds: number;
  allowedUpdates: readonly string[];
  signal: AbortSignal;
  logger: Logger;
  scrub: (text: string) => string;
}

/** Another process polls the same bot (Telegram answers 409 to a second getUpdates). */
export class PollingConflictError extends Error {
  constructor() {
    super(
      'another instance is already polling this bot (Telegram answered 409 Conflict): run one polling instance, or use TELEGRAM_MODE=webhook for several',
    );
    this.name = 'PollingConflictError';
  }
}

const pause = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
  });

/**
 * Long polling that loses nothing: a batch is stored before the next getUpdates confirms it to
 * Telegram (the offset past an update is what confirms it), so a crash at any moment leaves every
 * update either stored here or still kept by Telegram. Resolves when `signal` aborts, after
 * confirming what was stored; rejects with PollingConflictError when another poller runs.
 */
export async function poll(options: PollingOptions): Promise<void> {
  const { api, signal, logger } = options;
  let offset: number | undefined;
  let failures = 0;
  while (!signal.aborted) {
    let updates: Update[];
    try {
      updates = await api.getUpdates(
        { offset, timeout: options.timeoutSeconds, allowed_updates: [...options.allowedUpdates] as never },
        signal as never,
      );
      failures = 0;
    } catch (error) {
      if (signal.aborted) break;
      if (error instanceof GrammyError && error.error_code === 409) throw new PollingConflictError();
      failures++;
      logger.warn({ err: describeError(error, options.scrub), failures }, 'getUpdates failed; polling again shortly');
      await pause(Math.min(1000 * 2 ** Math.min(failures - 1, 5), 30_000), signal);
      continue;
    }
    const last = updates.at(-1);
    if (!last) continue;
    // Stored or nothing: a database that fails is tried again without moving the offset.
    for (let attempt = 1; ; attempt++) {
      try {
        await options.store(updates);
        break;
      } catch (error) {
        logger.error({ err: error, attempt }, 'could not store updates; trying again');
        await pause(Math.min(1000 * attempt, 10_000), signal);
        if (signal.aborted) return;
      }
    }
    offset = last.update_id + 1;
  }
  // What was stored is confirmed now, so a restart does not receive it again.
  if (offset !== undefined)
    await api.getUpdates({ offset, limit: 1, timeout: 0 }, AbortSignal.timeout(5000) as never).catch(() => undefined);
}
