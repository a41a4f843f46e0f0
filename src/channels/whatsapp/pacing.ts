import { SendError } from '../../core/messages.ts';

export interface PacerOptions {
  /** Least pause between two messages, from the end of one send to the start of the next. */
  minDelayMs: number;
  /** Most pause; each pause is drawn between the two (jitter: a steady beat looks automated). */
  maxDelayMs: number;
  /** In [0, 1); injected so tests can pin the jitter. */
  random?: () => number;
  /** Most calls waiting; beyond it `schedule` fails at once with a retryable SendError. */
  maxQueue?: number;
}

export interface Pacer {
  /** Runs `call` after the previous one has finished and a paced pause has passed, in order. */
  schedule<T>(call: () => Promise<T>): Promise<T>;
  /** Resolves once every call scheduled so far has run or failed. */
  drained(): Promise<void>;
  readonly queued: number;
  /** Fails every waiting call with a retryable SendError; the call under way finishes. */
  close(): void;
}

/**
 * One queue for every outgoing WhatsApp message of the account, replies and bulk sends alike:
 * an unofficial client that sends in bursts risks a ban of the number, so sends are spaced
 * conservatively (1–2 s by default). Uses the global timers, so fake timers drive it in tests.
 */
export function createPacer(options: PacerOptions): Pacer {
  const random = options.random ?? Math.random;
  const maxQueue = options.maxQueue ?? 1000;
  const span = Math.max(0, options.maxDelayMs - options.minDelayMs);
  let tail: Promise<unknown> = Promise.resolve();
  let lastEnd = -Infinity;
  let queued = 0;
  let closed = false;
  const sleepers = new Set<() => void>();

  const stopping = () => new SendError('WhatsApp adapter is stopping', false, 30_000);

  function sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        sleepers.delete(wake);
        resolve();
      };
      const timer = setTimeout(wake, ms);
      sleepers.add(wake);
    });
  }

  return {
    schedule<T>(call: () => Promise<T>): Promise<T> {
      if (closed) return Promise.reject(stopping());
      if (queued >= maxQueue) {
        return Promise.reject(
          new SendError(`WhatsApp send queue is full (${queued})`, false, queued * options.maxDelayMs),
        );
      }
      queued++;
      const run = tail.then(async () => {
        const pause = options.minDelayMs + random() * span;
        const wait = lastEnd + pause - Date.now();
        if (wait > 0 && !closed) await sleep(wait);
        if (closed) throw stopping();
        try {
          return await call();
        } finally {
          lastEnd = Date.now();
        }
      });
      const settled = run.finally(() => queued--);
      tail = settled.catch(() => undefined);
      return settled;
    },
    drained: () => tail.then(() => undefined),
    get queued() {
      return queued;
    },
    close() {
      closed = true;
      for (const wake of [...sleepers]) wake();
    },
  };
}
