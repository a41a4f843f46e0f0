import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SendError } from '../../../src/core/messages.ts';
import { startHarness, type Harness } from './harness.ts';
import { testFeature } from './test-feature.ts';

const telegram = (externalId: number) => ({ channel: 'telegram' as const, externalId: String(externalId) });

describe('Telegram limits and failures (stand-in over HTTP)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ features: [testFeature], networkRetryDelaysMs: [100, 200, 400] });
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
    expect(
      h.api
        .calls('sendMessage')
        .filter((c) => c.params.chat_id === 3005)
        .map((c) => c.status),
    ).toEqual([502, 200]);
  });

  it('a network error (connection dropped, no answer) is retried: the reply arrives once', async () => {
    h.api.failNext('sendMessage', { code: 0 }, 2);
    const user = h.api.user(3009);
    await user.send('/help');
    const [reply] = await user.replies(1, 15_000);
    expect(reply?.text).toContain('Ce que vous pouvez faire');
    expect(
      h.api
        .calls('sendMessage')
        .filter((c) => c.params.chat_id === 3009)
        .map((c) => c.status),
    ).toEqual([0, 0, 200]);
    expect(h.api.sentMessages(3009)).toHaveLength(1);
  });

  it('a network that stays down: a reply gives up after its last pause instead of waiting forever', async () => {
    // Exactly as many failures as attempts, so no fault is left for the next test.
    h.api.failNext('sendMessage', { code: 0 }, 4);
    const user = h.api.user(3010);
    await user.send('/help');
    await h.idle();
    // One attempt and one per pause (100, 200, 400 ms), then it gives up; the update is handled.
    expect(
      h.api
        .calls('sendMessage')
        .filter((c) => c.params.chat_id === 3010)
        .map((c) => c.status),
    ).toEqual([0, 0, 0, 0]);
    expect(await h.db.inboxMessage.count({ where: { chatId: '3010', handledAt: null } })).toBe(0);
    expect(JSON.stringify(h.logs.lines)).not.toContain(h.api.token.split(':')[1]);
  });

  it('a bulk send makes one attempt: a network error is a retryable SendError without the token', async () => {
    h.api.failNext('sendMessage', { code: 0 }, 1);
    const error = await h.adapter.send(telegram(3011), [{ kind: 'text', text: 'Rappel' }]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SendError);
    expect((error as SendError).permanent).toBe(false);
    expect((error as SendError).message).not.toContain(h.api.token.split(':')[1]);
    expect(
      h.api
        .calls('sendMessage')
        .filter((c) => c.params.chat_id === 3011)
        .map((c) => c.status),
    ).toEqual([0]);
  });

  it('a person who blocked the bot: a bulk send throws a permanent SendError; a failed reply marks the identity unreachable', async () => {
    const user = h.api.user(3006);
    await user.send('/start');
    await user.replies(2);
    h.api.block(3006);
    const error = await h.adapter.send(telegram(3006), [{ kind: 'text', text: 'Rappel' }]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SendError);
    expect((error as SendError).permanent).toBe(true);
    // Exactly one attempt: a permanent failure is not retried.
    expect(h.api.calls('sendMessage').filter((c) => c.params.chat_id === 3006 && c.status === 403)).toHaveLength(1);
    await user.send('/help');
    await h.idle();
    const identity = await h.db.identity.findUnique({
      where: { channel_externalId: { channel: 'telegram', externalId: '3006' } },
    });
    expect(identity?.unreachableAt).toBeInstanceOf(Date);
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
});
