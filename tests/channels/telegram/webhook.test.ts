import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sleep, startHarness, webhookSecret, type Harness } from './harness.ts';
import { testFeature } from './test-feature.ts';

function textUpdate(updateId: number, chatId: number, text: string) {
  const from = { id: chatId, is_bot: false, first_name: `W${chatId}` };
  return { update_id: updateId, message: { message_id: updateId, date: Math.floor(Date.now() / 1000), chat: { id: chatId, type: 'private' }, from, text } };
}

describe('Telegram by webhook (stand-in posts like Telegram)', () => {
  let h: Harness;
  let url: string;
  beforeAll(async () => {
    h = await startHarness({ mode: 'webhook', features: [testFeature] });
    url = h.api.webhook()?.url ?? '';
  });
  afterAll(() => h.stop());

  it('registers the webhook with its secret and answers the health probe', async () => {
    expect(h.api.webhook()).toEqual({ url: `http://127.0.0.1:${h.adapter.port}/telegram/hook`, secret: webhookSecret });
    const health = await fetch(`http://127.0.0.1:${h.adapter.port}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok' });
  });

  it('a wrong or missing secret gets 401 and nothing is processed', async () => {
    const wrong = await h.api.deliver(textUpdate(5001, 4001, '/start'), url, 'not-the-secret-000');
    const missing = await h.api.deliver(textUpdate(5002, 4001, '/start'), url, null);
    expect([wrong.status, missing.status]).toEqual([401, 401]);
    await sleep(300);
    expect(h.api.sentMessages(4001)).toHaveLength(0);
    expect(await h.db.processedMessage.count({ where: { channel: 'telegram', messageId: { in: ['5001', '5002'] } } })).toBe(0);
  });

  it('the right secret is answered at once, even when the work is slow; the reply follows', async () => {
    const delivery = await h.api.deliver(textUpdate(5003, 4002, '/slow 2000'), url, webhookSecret);
    expect(delivery.status).toBe(200);
    expect(delivery.ms).toBeLessThan(1000);
    expect(h.api.sentMessages(4002)).toHaveLength(0);
    const reply = await h.api.waitFor(() => h.api.sentMessages(4002)[0]);
    expect(reply.text).toBe('slow done 2000');
  });

  it('a resent update (same update_id) is acknowledged but changes nothing', async () => {
    const update = textUpdate(5004, 4003, '/help');
    expect((await h.api.deliver(update, url, webhookSecret)).status).toBe(200);
    await h.api.waitFor(() => h.api.sentMessages(4003)[0]);
    expect((await h.api.deliver(update, url, webhookSecret)).status).toBe(200);
    await sleep(300);
    expect(h.api.sentMessages(4003)).toHaveLength(1);
  });

  it('updates of one chat are handled in order, even when the first is slow', async () => {
    await h.api.deliver(textUpdate(5005, 4004, '/slow 800'), url, webhookSecret);
    await h.api.deliver(textUpdate(5006, 4004, '/slow 10'), url, webhookSecret);
    await h.api.waitFor(() => h.api.sentMessages(4004).length === 2);
    expect(h.api.sentMessages(4004).map((m) => m.text)).toEqual(['slow done 800', 'slow done 10']);
  });

  it('stop() stops taking updates and finishes the ones in hand', async () => {
    await h.api.deliver(textUpdate(5007, 4005, '/slow 1000'), url, webhookSecret);
    await h.adapter.stop();
    expect(h.api.sentMessages(4005).map((m) => m.text)).toEqual(['slow done 1000']);
    const after = await fetch(url, { method: 'POST', body: '{}' }).then((r) => r.status, () => 'refused');
    expect(after).toBe('refused');
  });
});

describe('Telegram by long polling: shutdown', () => {
  it('stop() stops fetching and finishes the updates in hand', async () => {
    const h = await startHarness({ features: [testFeature] });
    try {
      const user = h.api.user(4101);
      await user.send('/slow 800');
      // The update has been fetched (confirmed by the next long poll's offset) and is being handled.
      await h.api.waitFor(() => h.api.pendingUpdates().length === 0);
      expect(h.api.sentMessages(4101)).toHaveLength(0);
      const stopping = performance.now();
      await h.adapter.stop();
      expect(performance.now() - stopping).toBeGreaterThan(300);
      expect(h.api.sentMessages(4101).map((m) => m.text)).toEqual(['slow done 800']);
      const polls = h.api.calls('getUpdates').length;
      await user.send('/help');
      await sleep(300);
      expect(h.api.calls('getUpdates').length).toBe(polls);
      expect(h.api.sentMessages(4101)).toHaveLength(1);
    } finally {
      await h.stop();
    }
  });
});
