import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SendError } from '../../../src/core/messages.ts';
import { createPacer } from '../../../src/channels/whatsapp/pacing.ts';
import { createHarness, person } from './harness.ts';

beforeEach(() => {
  // Timers and the clock only: the core's database work (real SQLite) runs as usual.
  vi.useFakeTimers({ now: new Date('2026-06-01T08:00:00Z'), toFake: ['setTimeout', 'clearTimeout', 'Date'] });
});
afterEach(() => {
  vi.useRealTimers();
});

/** The pauses between consecutive times. */
const gaps = (times: number[]) => times.slice(1).map((t, i) => t - (times[i] as number));

describe('pacer (fake clock)', () => {
  it('spaces every call by a pause drawn between the minimum and the maximum, in order', async () => {
    const draws = [0, 0.5, 0.999, 0.25];
    const pacer = createPacer({ minDelayMs: 1000, maxDelayMs: 2000, random: () => draws.shift() ?? 0 });
    const started: number[] = [];
    const done = [1, 2, 3, 4, 5].map((n) => pacer.schedule(async () => started.push(Date.now()) && n));
    await vi.advanceTimersByTimeAsync(10_000);
    expect(await Promise.all(done)).toEqual([1, 2, 3, 4, 5]);
    expect(started[0]).toBe(new Date('2026-06-01T08:00:00Z').getTime());
    expect(gaps(started)).toEqual([1500, 1999, 1250, 1000]);
  });

  it('counts the pause from the end of the previous send (a slow send does not shorten it)', async () => {
    const pacer = createPacer({ minDelayMs: 1000, maxDelayMs: 1000 });
    const started: number[] = [];
    const slow = () => new Promise<void>((resolve) => setTimeout(resolve, 3000));
    const first = pacer.schedule(async () => {
      started.push(Date.now());
      await slow();
    });
    const second = pacer.schedule(async () => started.push(Date.now()));
    await vi.advanceTimersByTimeAsync(5000);
    await Promise.all([first, second]);
    expect(gaps(started)).toEqual([4000]);
  });

  it('sends nothing before its time', async () => {
    const pacer = createPacer({ minDelayMs: 1000, maxDelayMs: 2000, random: () => 0.5 });
    const sent: number[] = [];
    void pacer.schedule(async () => sent.push(1));
    void pacer.schedule(async () => sent.push(2));
    await vi.advanceTimersByTimeAsync(1499);
    expect(sent).toEqual([1]);
    await vi.advanceTimersByTimeAsync(1);
    expect(sent).toEqual([1, 2]);
  });

  it('a failed call does not stop the queue; close fails the waiting calls with a retryable SendError', async () => {
    const pacer = createPacer({ minDelayMs: 1000, maxDelayMs: 1000 });
    const failing = pacer.schedule(async () => Promise.reject(new Error('boom')));
    const next = pacer.schedule(async () => 'next');
    const waiting = pacer.schedule(async () => 'never');
    const failed = expect(failing).rejects.toThrow('boom');
    await vi.advanceTimersByTimeAsync(1000);
    await failed;
    expect(await next).toBe('next');
    pacer.close();
    await expect(waiting).rejects.toMatchObject({ name: 'SendError', permanent: false });
    await expect(pacer.schedule(async () => 'late')).rejects.toBeInstanceOf(SendError);
  });

  it('refuses at once, retryably, when too many calls wait', async () => {
    const pacer = createPacer({ minDelayMs: 1000, maxDelayMs: 1000, maxQueue: 2 });
    void pacer.schedule(async () => 1);
    void pacer.schedule(async () => 2);
    await expect(pacer.schedule(async () => 3)).rejects.toMatchObject({ permanent: false, retryAfterMs: 2000 });
    await vi.advanceTimersByTimeAsync(2000);
  });
});

describe('adapter replies go through the pacer (fake clock)', () => {
  it('five replies to one message leave one every 1–2 s with jitter', async () => {
    const draws = [0.1, 0.9, 0.5, 0.3, 0.7];
    const h = createHarness({ minDelayMs: 1000, maxDelayMs: 2000, random: () => draws.shift() ?? 0 });
    await h.adapter.start(
      await h.core(() => [1, 2, 3, 4, 5].map((n) => ({ kind: 'text' as const, text: `réponse ${n}` }))),
    );
    await vi.advanceTimersByTimeAsync(0);
    h.standIn.live().scan();
    await h.adapter.whenReady();
    h.standIn.live().deliver({ from: person, body: 'bonjour' });
    // The core works in real time (SQLite); the fake clock moves on at each check.
    await vi.waitFor(() => expect(h.standIn.textsTo(person)).toHaveLength(5), { timeout: 20_000, interval: 100 });
    await h.idle();
    expect(h.standIn.textsTo(person)).toEqual([1, 2, 3, 4, 5].map((n) => `réponse ${n}`));
    // The first pause is drawn too but nothing was sent before it, so it starts at once.
    expect(gaps(h.standIn.sent.map((s) => s.at))).toEqual([1900, 1500, 1300, 1700]);
    await h.cleanup();
  });

  it('reminders, broadcasts and replies share the one queue: never two sends closer than the minimum', async () => {
    const h = createHarness({ minDelayMs: 1000, maxDelayMs: 1000 });
    await h.adapter.start(await h.core(() => [{ kind: 'text', text: 'réponse' }]));
    await vi.advanceTimersByTimeAsync(0);
    h.standIn.live().scan();
    await h.adapter.whenReady();
    const other = '21655999999@c.us';
    const bulk = h.adapter.send(
      { channel: 'whatsapp', externalId: other },
      [1, 2].map((n) => ({ kind: 'text' as const, text: `rappel ${n}` })),
    );
    h.standIn.live().deliver({ from: person, body: 'bonjour' });
    await vi.waitFor(() => expect(h.standIn.sent).toHaveLength(3), { timeout: 20_000, interval: 100 });
    await bulk;
    await h.idle();
    expect(h.standIn.sent.map((s) => s.content).sort()).toEqual(['rappel 1', 'rappel 2', 'réponse']);
    expect(gaps(h.standIn.sent.map((s) => s.at))).toEqual([1000, 1000]);
    await h.cleanup();
  });
});
