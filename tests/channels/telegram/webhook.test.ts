import { request } from 'node:http';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, webhookSecret, type Harness } from './harness.ts';
import { testFeature } from './test-feature.ts';

function textUpdate(updateId: number, chatId: number, text: string) {
  const from = { id: chatId, is_bot: false, first_name: `W${chatId}` };
  return {
    update_id: updateId,
    message: {
      message_id: updateId,
      date: Math.floor(Date.now() / 1000),
      chat: { id: chatId, type: 'private' },
      from,
      text,
    },
  };
}

/** POSTs `size` bytes produced on demand (never held whole), optionally announcing the length. */
function postLarge(
  url: string,
  size: number,
  withLength: boolean,
): Promise<{ status: number; bytesSentWhenAnswered: number }> {
  const { hostname, port, pathname } = new URL(url);
  let produced = 0;
  const chunk = Buffer.alloc(64 * 1024, 'a');
  const body = new Readable({
    read() {
      if (produced >= size) return this.push(null);
      produced += chunk.length;
      this.push(chunk);
    },
  });
  return new Promise((resolve, reject) => {
    const headers: Record<string, string | number> = {
      'content-type': 'application/json',
      'x-telegram-bot-api-secret-token': webhookSecret,
    };
    if (withLength) headers['content-length'] = size;
    const req = request({ hostname, port, path: pathname, method: 'POST', headers }, (res) => {
      resolve({ status: res.statusCode ?? 0, bytesSentWhenAnswered: produced });
      res.resume();
      body.destroy();
    });
    // The server closes the connection once it has answered: the rest of the upload fails, as it should.
    req.on('error', (error) => (produced > 0 ? undefined : reject(error)));
    body.pipe(req);
  });
}

describe('Telegram by webhook (stand-in posts like Telegram)', () => {
  let h: Harness;
  let url: string;
  beforeAll(async () => {
    h = await startHarness({ mode: 'webhook', features: [testFeature] });
    url = h.api.webhook()?.url ?? '';
  });
  afterAll(() => h.stop());

  it('registers the webhook with its secret and answers the health probe, which asks the database', async () => {
    expect(h.api.webhook()).toEqual({ url: `http://127.0.0.1:${h.adapter.port}/telegram/hook`, secret: webhookSecret });
    const health = await fetch(`http://127.0.0.1:${h.adapter.port}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok' });
  });

  it('a wrong or missing secret gets 401 and nothing is stored', async () => {
    const wrong = await h.api.deliver(textUpdate(5001, 4001, '/start'), url, 'not-the-secret-000');
    const missing = await h.api.deliver(textUpdate(5002, 4001, '/start'), url, null);
    expect([wrong.status, missing.status]).toEqual([401, 401]);
    expect(await h.db.inboxMessage.count({ where: { chatId: '4001' } })).toBe(0);
    await h.idle();
    expect(h.api.sentMessages(4001)).toHaveLength(0);
  });

  it('an update is answered 200 once stored, before its slow work is done; the reply follows', async () => {
    const delivery = await h.api.deliver(textUpdate(5003, 4002, '/slow 1500'), url, webhookSecret);
    expect(delivery.status).toBe(200);
    // Stored when Telegram is told so, and not handled yet.
    const stored = await h.db.inboxMessage.findUniqueOrThrow({
      where: { channel_messageId: { channel: 'telegram', messageId: '5003' } },
    });
    expect(stored.handledAt).toBeNull();
    expect(h.api.sentMessages(4002)).toHaveLength(0);
    await h.idle();
    expect(h.api.sentMessages(4002).map((m) => m.text)).toEqual(['slow done 1500']);
    expect((await h.db.inboxMessage.findUniqueOrThrow({ where: { seq: stored.seq } })).handledAt).not.toBeNull();
  });

  it('a resent update (same update_id) is acknowledged but has no second effect', async () => {
    const update = textUpdate(5004, 4003, '/tools');
    expect((await h.api.deliver(update, url, webhookSecret)).status).toBe(200);
    await h.idle();
    expect((await h.api.deliver(update, url, webhookSecret)).status).toBe(200);
    await h.idle();
    // /tools counts its rounds in the chat state: still one round, one keyboard.
    expect(h.api.sentMessages(4003)).toHaveLength(1);
    const state = await h.db.conversationState.findUniqueOrThrow({
      where: { channel_chatId: { channel: 'telegram', chatId: '4003' } },
    });
    expect(JSON.parse(state.data)).toMatchObject({ round: 1 });
    expect(await h.db.inboxMessage.count({ where: { chatId: '4003' } })).toBe(1);
  });

  it('updates of one chat are handled in order, even when the first is slow', async () => {
    await h.api.deliver(textUpdate(5005, 4004, '/slow 800'), url, webhookSecret);
    await h.api.deliver(textUpdate(5006, 4004, '/slow 10'), url, webhookSecret);
    await h.idle();
    expect(h.api.sentMessages(4004).map((m) => m.text)).toEqual(['slow done 800', 'slow done 10']);
  });

  it('a body over 1 MB gets 413 before the rest is read, and nothing is stored', async () => {
    const before = process.memoryUsage().heapUsed;
    const announced = await postLarge(url, 10 * 1024 * 1024, true);
    const chunked = await postLarge(url, 10 * 1024 * 1024, false);
    expect([announced.status, chunked.status]).toEqual([413, 413]);
    // Answered while most of the 10 MB had not even been produced.
    expect(chunked.bytesSentWhenAnswered).toBeLessThan(4 * 1024 * 1024);
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(8 * 1024 * 1024);
    expect(await h.db.inboxMessage.count({ where: { payload: { startsWith: 'aaaa' } } })).toBe(0);
    // A malformed body is refused too, and the endpoint goes on working.
    const malformed = await fetch(url, {
      method: 'POST',
      headers: { 'x-telegram-bot-api-secret-token': webhookSecret },
      body: '{"update_id":',
    });
    expect(malformed.status).toBe(400);
    expect((await h.api.deliver(textUpdate(5010, 4006, '/slow 1'), url, webhookSecret)).status).toBe(200);
  });

  it('stop() stops taking updates; the ones stored are finished by the inbox', async () => {
    await h.api.deliver(textUpdate(5007, 4005, '/slow 500'), url, webhookSecret);
    await h.adapter.stop();
    const after = await fetch(url, { method: 'POST', body: '{}' }).then(
      (r) => r.status,
      () => 'refused',
    );
    expect(after).toBe('refused');
    await h.inbox.close();
    expect(h.api.sentMessages(4005).map((m) => m.text)).toEqual(['slow done 500']);
  });
});

describe('Telegram by long polling: shutdown', () => {
  it('stop() stops fetching and confirms what was stored; the inbox finishes it', async () => {
    const h = await startHarness({ features: [testFeature] });
    try {
      const user = h.api.user(4101);
      await user.send('/slow 500');
      await h.api.waitFor(() => h.api.pendingUpdates().length === 0);
      await h.adapter.stop();
      const polls = h.api.calls('getUpdates').length;
      await user.send('/help');
      await h.inbox.close();
      expect(h.api.sentMessages(4101).map((m) => m.text)).toEqual(['slow done 500']);
      // No more polling: the new update waits at Telegram for the next start.
      expect(h.api.calls('getUpdates').length).toBe(polls);
      expect(h.api.pendingUpdates()).toHaveLength(1);
    } finally {
      await h.stop();
    }
  });
});
