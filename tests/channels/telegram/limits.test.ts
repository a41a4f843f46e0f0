import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SendError } from '../../../src/channels/types.ts';
import { startHarness, type Harness } from './harness.ts';
import { testFeature } from './test-feature.ts';

const telegram = (externalId: number) => ({ channel: 'telegram' as const, externalId: String(externalId) });

describe('Telegram limits and failures (stand-in over HTTP)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ features: [testFeature], sendRate: 10, networkRetryDelaysMs: [100, 200, 400] });
  });
  afterAll(() => h.stop());

  it('a 429 storm: every reply is still delivered, exactly once, after retry_after', async () => {
    h.api.failNext('sendMessage', { code: 429, retryAfter: 1 }, 6);
    const users = [3001, 3002, 3003, 3004].map((id) => h.api.user(id, { firstName: `P${id}` }));
    await Promise.all(users.map((u) => u.send('/start')));
    // /start answers a welcome and a line about teams.
    for (const u of users) await u.replies(2, 15_000);
    for (const u of users) {
      expect(h.api.sentMessages(u.chatId).filter((m) => m.text?.includes('Bonjour'))).toHaveLength(1);
      expect(h.api.sentMessages(u.chatId).filter((m) => m.text?.includes("d'aucune équipe"))).toHaveLength(1);
    }
    expect(h.api.calls('sendMessage').filter((c) => c.status === 429)).toHaveLength(6);
  });

  it('a 5xx answer is retried', async () => {
    h.api.failNext('sendMessage', { code: 502 }, 1);
    const user = h.api.user(3005);
    await user.send('/help');
    const [reply] = await user.replies(1, 15_000);
    expect(reply?.text).toContain('Ce que vous pouvez faire');
    expect(h.api.calls('sendMessage').filter((c) => c.params.chat_id === 3005).map((c) => c.status)).toEqual([502, 200]);
  });

  it('a network error (connection dropped, no answer) is retried: the reply arrives once', async () => {
    h.api.failNext('sendMessage', { code: 0 }, 2);
    const user = h.api.user(3009);
    await user.send('/help');
    const [reply] = await user.replies(1, 15_000);
    expect(reply?.text).toContain('Ce que vous pouvez faire');
    expect(h.api.calls('sendMessage').filter((c) => c.params.chat_id === 3009).map((c) => c.status)).toEqual([0, 0, 200]);
    expect(h.api.sentMessages(3009)).toHaveLength(1);
  });

  it('a network that stays down: a send gives up with a retryable SendError instead of waiting forever', async () => {
    // Exactly as many failures as attempts, so no fault is left for the next test.
    h.api.failNext('sendMessage', { code: 0 }, 4);
    const started = performance.now();
    const error = await h.adapter.send(telegram(3010), [{ kind: 'text', text: 'Rappel' }]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SendError);
    expect((error as SendError).permanent).toBe(false);
    expect((error as SendError).message).not.toContain(h.api.token.split(':')[1]);
    // One attempt and one per pause (100, 200, 400 ms), then it gives up.
    expect(h.api.calls('sendMessage').filter((c) => c.params.chat_id === 3010).map((c) => c.status)).toEqual([0, 0, 0, 0]);
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('a person who blocked the bot: send throws a permanent SendError and the identity is marked unreachable', async () => {
    const user = h.api.user(3006);
    await user.send('/start');
    await user.replies(2);
    h.api.block(3006);
    const error = await h.adapter.send(telegram(3006), [{ kind: 'text', text: 'Rappel' }]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SendError);
    expect((error as SendError).permanent).toBe(true);
    const identity = await h.db.identity.findUnique({ where: { channel_externalId: { channel: 'telegram', externalId: '3006' } } });
    expect(identity?.unreachableAt).toBeInstanceOf(Date);
    // Exactly one attempt: a permanent failure is not retried.
    expect(h.api.calls('sendMessage').filter((c) => c.params.chat_id === 3006 && c.status === 403)).toHaveLength(1);
  });

  it('an unknown chat (400 chat not found) is permanent too; a 429 beyond patience is not', async () => {
    h.api.forgetChat(3007);
    const unknown = await h.adapter.send(telegram(3007), [{ kind: 'text', text: 'x' }]).catch((e: unknown) => e);
    expect((unknown as SendError).permanent).toBe(true);
    h.api.failNext('sendMessage', { code: 429, retryAfter: 3600 }, 1);
    const limited = await h.adapter.send(telegram(3008), [{ kind: 'text', text: 'x' }]).catch((e: unknown) => e);
    expect(limited).toBeInstanceOf(SendError);
    expect((limited as SendError).permanent).toBe(false);
    expect((limited as SendError).retryAfterMs).toBe(3_600_000);
  });

  it('bulk sends keep the pace: at most sendRate a second overall and one a second per chat, in order', async () => {
    // The stand-in counts on arrival: one message of headroom for requests that travel unevenly.
    h.api.setRateLimit({ messagesPerSecond: 11, perChatPerSecond: 1 });
    const chats = Array.from({ length: 12 }, (_, i) => 3100 + i);
    await Promise.all(chats.map((chat) => h.adapter.send(telegram(chat), [{ kind: 'text', text: `${chat}-a` }, { kind: 'text', text: `${chat}-b` }])));
    h.api.setRateLimit(undefined);
    const sent = h.api.sentMessages().filter((m) => m.chatId >= 3100 && m.chatId < 3200);
    expect(sent).toHaveLength(24);
    expect(h.api.calls('sendMessage').filter((c) => c.status === 429 && Number(c.params.chat_id) >= 3100)).toHaveLength(0);
    for (const chat of chats) {
      const mine = sent.filter((m) => m.chatId === chat);
      expect(mine.map((m) => m.text)).toEqual([`${chat}-a`, `${chat}-b`]);
      expect((mine[1]?.at ?? 0) - (mine[0]?.at ?? 0)).toBeGreaterThanOrEqual(950);
    }
    for (const m of sent) expect(sent.filter((o) => o.at >= m.at && o.at < m.at + 1000).length).toBeLessThanOrEqual(11);
  });
});

describe('Telegram bulk queue bound (stand-in over HTTP)', () => {
  it('beyond maxQueue waiting messages, send fails at once with a retryable SendError; the others are delivered once', async () => {
    const h = await startHarness({ features: [testFeature], sendRate: 1, maxQueue: 2 });
    try {
      const chats = [3201, 3202, 3203, 3204, 3205];
      const results = await Promise.allSettled(chats.map((chat) => h.adapter.send(telegram(chat), [{ kind: 'text', text: `bulk ${chat}` }])));
      const refused = results.filter((r) => r.status === 'rejected').map((r) => r.reason as SendError);
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(3);
      expect(refused).toHaveLength(2);
      for (const error of refused) {
        expect(error).toBeInstanceOf(SendError);
        expect(error.permanent).toBe(false);
        expect(error.retryAfterMs).toBeGreaterThan(0);
      }
      const delivered = h.api.sentMessages().filter((m) => m.chatId >= 3201 && m.chatId <= 3205);
      expect(delivered.map((m) => m.text).sort()).toEqual(chats.filter((_, i) => results[i]?.status === 'fulfilled').map((c) => `bulk ${c}`).sort());
    } finally {
      await h.stop();
    }
  });
});
