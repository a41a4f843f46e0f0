import { SendError } from '../types.ts';

export interface PacerOptions {
  /** Most message calls started within any sliding second, for all chats together. */
  perSecond: number;
  /** Least time between two message calls to the same chat. */
  perChatMs: number;
  /** Most calls waiting; beyond it `schedule` fails at once with a retryable SendError. */
  maxQueue: number;
}

interface Job {
  chat: string;
  run(): void;
  fail(error: unknown): void;
}

export interface Pacer {
  /** Runs `call` when the pace allows; calls to one chat run one after another, in order. */
  schedule<T>(chat: string, call: () => Promise<T>): Promise<T>;
  /** Counts a call made outside the queue (a direct reply) so bulk sends leave room for it. */
  note(chat: string): void;
  readonly queued: number;
  /** Fails every waiting call with a retryable SendError; calls under way finish. */
  close(): void;
}

/**
 * Outgoing pace for bulk sends (reminders, broadcasts): under Telegram's ~30 messages/s per bot
 * and ~1 message/s per chat, so a broadcast does not end in a storm of 429s.
 */
const marginMs = 50;

export function createPacer(options: PacerOptions): Pacer {
  const queue: Job[] = [];
  const starts: number[] = [];
  const lastByChat = new Map<string, number>();
  const busy = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let closed = false;

  // Requests travel: a margin keeps the pace under the limit as Telegram measures it, on arrival.
  const windowMs = 1000 + marginMs;
  const perChatMs = options.perChatMs + marginMs;

  function trim(now: number) {
    while (starts.length > 0 && (starts[0] ?? 0) <= now - windowMs) starts.shift();
    // Forget chats whose interval is over, so the map stays small.
    if (lastByChat.size > 1000) for (const [chat, at] of lastByChat) if (at <= now - perChatMs) lastByChat.delete(chat);
  }

  function record(chat: string, now: number) {
    trim(now);
    starts.push(now);
    lastByChat.set(chat, now);
  }

  function pump() {
    timer = undefined;
    const now = Date.now();
    trim(now);
    let wait = Infinity;
    for (let i = 0; i < queue.length && starts.length < options.perSecond; ) {
      const job = queue[i] as Job;
      const readyAt = (lastByChat.get(job.chat) ?? -Infinity) + perChatMs;
      if (busy.has(job.chat) || readyAt > now) {
        if (!busy.has(job.chat)) wait = Math.min(wait, readyAt - now);
        i++;
        continue;
      }
      queue.splice(i, 1);
      record(job.chat, now);
      busy.add(job.chat);
      job.run();
    }
    if (queue.length > 0 && starts.length >= options.perSecond) wait = Math.min(wait, (starts[0] ?? now) + windowMs - now);
    if (queue.length > 0 && wait !== Infinity) timer = setTimeout(pump, Math.max(1, wait));
  }

  function kick() {
    if (timer) clearTimeout(timer);
    pump();
  }

  return {
    schedule<T>(chat: string, call: () => Promise<T>) {
      if (closed) return Promise.reject(new SendError('Telegram adapter is stopping', false));
      if (queue.length >= options.maxQueue) {
        const retryAfterMs = Math.ceil((queue.length / options.perSecond) * 1000);
        return Promise.reject(new SendError(`Telegram send queue is full (${queue.length})`, false, retryAfterMs));
      }
      return new Promise<T>((resolve, reject) => {
        queue.push({
          chat,
          fail: reject,
          run: () => {
            call()
              .then(resolve, reject)
              .finally(() => {
                // The next message to this chat leaves a full interval after this answer, so it
                // cannot reach Telegram less than an interval after this one did.
                lastByChat.set(chat, Math.max(lastByChat.get(chat) ?? 0, Date.now() - marginMs));
                busy.delete(chat);
                kick();
              });
          },
        });
        kick();
      });
    },
    note(chat) {
      record(chat, Date.now());
    },
    get queued() {
      return queue.length;
    },
    close() {
      closed = true;
      if (timer) clearTimeout(timer);
      for (const job of queue.splice(0)) job.fail(new SendError('Telegram adapter is stopping', false));
    },
  };
}
