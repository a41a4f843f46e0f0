import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SendError } from '../../../src/channels/types.ts';
import { startHarness, type Harness } from './harness.ts';
import { testFeature } from './test-feature.ts';

const telegram = (externalId: number) => ({ channel: 'telegram' as const, externalId: String(externalId) });

describe('Telegram limits and failures (stand-in over HTTP)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ features: [testFeature], sendRate: 10 });
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
