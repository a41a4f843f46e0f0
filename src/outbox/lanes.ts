import type { ChannelName } from '../core/messages.ts';

export interface LaneLimits {
  /** Sends started per second on the channel, all chats together. */
  perSecond: number;
  /** Minimum gap between two sends to the same chat. */
  perChatMs: number;
  /** Sends in flight at once (a slow network must not lower the rate). */
  concurrency: number;
}

/**
 * Telegram allows about 30 messages a second overall and 1 a second per chat; 29 keeps a margin
 * for network jitter. The WhatsApp adapter paces itself, so it gets one send at a time.
 */
export const defaultLimits: Record<ChannelName, LaneLimits> = {
  telegram: { perSecond: 29, perChatMs: 1000, concurrency: 16 },
  whatsapp: { perSecond: 1000, perChatMs: 0, concurrency: 1 },
  console: { perSecond: 1000, perChatMs: 0, concurrency: 1 },
};

export interface LaneJob {
  /** The chat (external id) the job sends to. */
  chat: string;
  /** Must not reject: the dispatcher records every outcome itself. */
  run(): Promise<void>;
}

/** Resolves after `ms` or as soon as one of `promises` settles, leaving no timer behind. */
function waitAny(ms: number, promises: Iterable<Promise<unknown>>): Promise<void> {
  return new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, Math.max(1, ms));
    const done = () => {
      clearTimeout(timer);
      resolve();
    };
    for (const p of promises) p.then(done, done);
  });
}

export interface Lane {
  /** Holds every new send for `ms` (a 429's retry_after). */
  pause(ms: number): void;
  /** Queues jobs; they start paced: spaced starts, one send at a time per chat, bounded concurrency. */
  push(jobs: LaneJob[]): void;
  /** Jobs queued or running. */
  readonly backlog: number;
  /** Resolves when every job pushed so far has finished. */
  drained(): Promise<void>;
}

/** One channel's pacing. It outlives a batch, so the rate holds from one batch to the next. */
export function createLane(limits: LaneLimits): Lane {
  const gapMs = 1000 / limits.perSecond;
  const queue: LaneJob[] = [];
  const inFlight = new Set<Promise<void>>();
  const lastByChat = new Map<string, number>();
  const busyChats = new Set<string>();
  let nextSlot = 0;
  let pausedUntil = 0;
  let pumping: Promise<void> | undefined;

  const chatReadyAt = (chat: string) =>
    busyChats.has(chat) ? Infinity : (lastByChat.get(chat) ?? -Infinity) + limits.perChatMs;

  function start(job: LaneJob, now: number) {
    // Slots follow an ideal timeline, so a late timer is made up by the next start, never by
    // more than one slot (a stall resets the timeline instead of bursting).
    nextSlot = now - nextSlot > gapMs ? now + gapMs : nextSlot + gapMs;
    lastByChat.set(job.chat, now);
    busyChats.add(job.chat);
    const running: Promise<void> = job
      .run()
      .catch(() => undefined)
      .finally(() => {
        busyChats.delete(job.chat);
        inFlight.delete(running);
      });
    inFlight.add(running);
  }

  async function pump() {
    while (queue.length > 0) {
      if (inFlight.size >= limits.concurrency) {
        await Promise.race(inFlight);
        continue;
      }
      const now = Date.now();
      const gate = Math.max(nextSlot, pausedUntil);
      const index = queue.findIndex((j) => chatReadyAt(j.chat) <= now);
      if (index < 0 || gate > now) {
        const wake = index < 0 ? Math.min(...queue.map((j) => chatReadyAt(j.chat))) : gate;
        await waitAny(Number.isFinite(wake) ? wake - now : 1000, inFlight);
        continue;
      }
      start(queue.splice(index, 1)[0] as LaneJob, now);
    }
    if (lastByChat.size > 10_000) {
      const horizon = Date.now() - limits.perChatMs;
      for (const [chat, at] of lastByChat) if (at < horizon) lastByChat.delete(chat);
    }
    // Cleared in the same synchronous step as the last queue check, so a push never finds a
    // finished pump still marked as running.
    pumping = undefined;
  }

  return {
    pause(ms) {
      pausedUntil = Math.max(pausedUntil, Date.now() + ms);
    },
    push(jobs) {
      queue.push(...jobs);
      // Started on the next microtask, so `pumping` is set before the pump can clear it.
      pumping ??= Promise.resolve().then(pump);
    },
    get backlog() {
      return queue.length + inFlight.size;
    },
    async drained() {
      while (pumping || inFlight.size > 0) await (pumping ?? Promise.race(inFlight));
    },
  };
}
