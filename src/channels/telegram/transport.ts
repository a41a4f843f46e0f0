import { autoRetry } from '@grammyjs/auto-retry';
import { HttpError, type Api, type Transformer } from 'grammy';
import type { Logger } from '../../logger.ts';
import { describeError } from './errors.ts';

/** Pauses between attempts after a network error (no answer from the Bot API), then it gives up. */
export const defaultNetworkRetryDelaysMs: readonly number[] = [1000, 2000, 4000, 8000, 16_000];

/** grammY's own AbortSignal type (from its abort-controller shim). */
type Signal = Parameters<Transformer>[3];

function pause(ms: number, signal: Signal): Promise<void> {
  return new Promise((resolve, reject) => {
    const abort = () => {
      clearTimeout(timer);
      reject(new Error('Telegram call aborted while waiting to retry'));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', abort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', abort, { once: true });
  });
}

/**
 * Network errors are tried again a bounded number of times: auto-retry alone would retry them
 * forever (backing off up to an hour), so a send, a broadcast row or a shutdown could wait forever.
 */
function retryNetworkErrors(delaysMs: readonly number[]): Transformer {
  return async (prev, method, payload, signal) => {
    for (let attempt = 0; ; attempt++) {
      try {
        return await prev(method, payload, signal);
      } catch (error) {
        const delay = delaysMs[attempt];
        if (!(error instanceof HttpError) || delay === undefined || signal?.aborted) throw error;
        await pause(delay, signal);
      }
    }
  };
}

export interface TransportOptions {
  logger: Logger;
  scrub: (text: string) => string;
  networkRetryDelaysMs?: readonly number[] | undefined;
}

/** Logs failed attempts (429, 5xx, no answer) with the token scrubbed. */
export function logFailures(options: Pick<TransportOptions, 'logger' | 'scrub'>): Transformer {
  const { logger, scrub } = options;
  return (prev, method, payload, signal) =>
    prev(method, payload, signal).then(
      (result) => {
        if (!result.ok && (result.error_code === 429 || result.error_code >= 500)) {
          logger.warn(
            { method, code: result.error_code, retryAfter: result.parameters?.retry_after },
            'Telegram API asked to retry',
          );
        }
        return result;
      },
      (error: unknown) => {
        if (!signal?.aborted) logger.warn({ method, err: describeError(error, scrub) }, 'Telegram API call failed');
        throw error;
      },
    );
}

/**
 * Installs the API transformers of replies, innermost first: log each failed attempt; wait out
 * 429s (retry_after) and 5xx; try network errors again a few times. Bulk sends do not retry
 * here: the outbox decides (its rows are paced, retried and recorded there).
 */
export function configureTransport(api: Api, options: TransportOptions): void {
  api.config.use(logFailures(options));
  api.config.use(autoRetry({ maxRetryAttempts: 5, maxDelaySeconds: 60, rethrowHttpErrors: true }));
  api.config.use(retryNetworkErrors(options.networkRetryDelaysMs ?? defaultNetworkRetryDelaysMs));
}
