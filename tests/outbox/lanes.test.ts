import { describe, expect, it } from 'vitest';
import { createLane, defaultLimits, type LaneJob } from '../../src/outbox/lanes.ts';

/** Jobs that record when they start and take `ms` to "send". */
function jobs(chats: string[], starts: { chat: string; at: number }[], ms = 5): LaneJob[] {
  return chats.map((chat) => ({
    chat,
    run: async () => {
      starts.push({ chat, at: Date.now() });
      await new Promise((resolve) => setTimeout(resolve, ms));
    },
  }));
}

/** The most starts found in any window of `windowMs`. */
function peak(times: number[], windowMs = 1000): number {
  const sorted = [...times].sort((a, b) => a - b);
  let best = 0;
  for (let i = 0, j = 0; i < sorted.length; i++) {
    while ((sorted[i] ?? 0) - (sorted[j] ?? 0) >= windowMs) j++;
    best = Math.max(best, i - j + 1);
  }
  return best;
}

describe('send lanes (pacing per channel)', () => {
  it('keep Telegram under about 30 messages a second and 1 a second per chat by default', () => {
    expect(defaultLimits.telegram.perSecond).toBeLessThanOrEqual(30);
    expect(defaultLimits.telegram.perChatMs).toBeGreaterThanOrEqual(1000);
    // WhatsApp paces itself (1–2 s per message in its adapter): one send at a time.
    expect(defaultLimits.whatsapp.concurrency).toBe(1);
  });

  it('hold the overall rate across many chats, without bursts', async () => {
    const starts: { chat: string; at: number }[] = [];
    const lane = createLane({ perSecond: 40, perChatMs: 1000, concurrency: 8 });
    const began = Date.now();
    lane.push(
      jobs(
        Array.from({ length: 60 }, (_, i) => `chat-${i}`),
        starts,
      ),
    );
    await lane.drained();
    const elapsed = Date.now() - began;
    expect(starts).toHaveLength(60);
    expect(peak(starts.map((s) => s.at))).toBeLessThanOrEqual(41);
    // ...which a burst would not take: 60 messages at 40/s need at least about 1.5 s.
    expect(elapsed).toBeGreaterThanOrEqual(1400);
  });

  it('space two messages to one chat by at least a second, while other chats go on', async () => {
    const starts: { chat: string; at: number }[] = [];
    const lane = createLane({ perSecond: 100, perChatMs: 1000, concurrency: 4 });
    lane.push(jobs(['a', 'a', 'a', 'b', 'c', 'd'], starts));
    await lane.drained();
    const a = starts.filter((s) => s.chat === 'a').map((s) => s.at);
    expect(a).toHaveLength(3);
    for (let i = 1; i < a.length; i++) expect((a[i] ?? 0) - (a[i - 1] ?? 0)).toBeGreaterThanOrEqual(995);
    // b, c and d did not wait behind a's second message.
    const others = starts.filter((s) => s.chat !== 'a').map((s) => s.at);
    expect(Math.max(...others)).toBeLessThan(a[1] ?? 0);
  });

  it('pause every send of the channel for a 429’s retry_after', async () => {
    const starts: { chat: string; at: number }[] = [];
    const lane = createLane({ perSecond: 1000, perChatMs: 0, concurrency: 1 });
    const paused = Date.now();
    lane.pause(300);
    lane.push(jobs(['x', 'y'], starts));
    await lane.drained();
    expect(Math.min(...starts.map((s) => s.at)) - paused).toBeGreaterThanOrEqual(295);
  });
});
