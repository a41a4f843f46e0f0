import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createInbox, inboxRetentionMs, type Inbox } from '../../src/core/inbox.ts';
import type { InboxProcessor } from '../../src/core/messages.ts';
import type { Feature } from '../../src/core/router.ts';
import { buildConversation, type ReplyHandler } from '../helpers/conversation.ts';
import { createTestDb, type TestDb } from '../helpers/db.ts';
import { captureLogger } from '../helpers/logger.ts';
import { plain, sender, text } from '../helpers/messages.ts';

/** Counts per chat in the chat state, and shows "at N" as the chat's current prompt. */
const counter: Feature = {
  name: 'counter',
  commands: [
    {
      name: 'count',
      access: 'anyone',
      run: async (ctx) => {
        ctx.state.count = ((ctx.state.count as number | undefined) ?? 0) + 1;
        ctx.reply({ kind: 'text', text: `count=${String(ctx.state.count)}` });
      },
    },
  ],
  current: async (ctx) => {
    ctx.reply({ kind: 'text', text: `at ${String((ctx.state.count as number | undefined) ?? 0)}` });
    return true;
  },
};

type Payload = { chat: string; n: number; skipCore?: boolean };

describe('inbox: stored first, handled in order per chat, once', () => {
  let t: TestDb;
  let handle: ReplyHandler;
  let inbox: Inbox;
  const seen: { chat: string; n: number; reply: string }[] = [];
  const process: InboxProcessor = async (payload, core) => {
    const p = payload as Payload;
    if (p.skipCore) {
      seen.push({ chat: p.chat, n: p.n, reply: 'no core' });
      return;
    }
    const result = await core(text(sender({ externalId: p.chat }), '/count', `${p.chat}-${p.n}`));
    seen.push({ chat: p.chat, n: p.n, reply: plain(result.replies) });
  };

  beforeEach(async () => {
    t = await createTestDb();
    handle = buildConversation(t.db, [counter]);
    inbox = createInbox({ db: t.db, logger: captureLogger().logger, conversation: handle.conversation });
    seen.length = 0;
  });
  afterEach(async () => {
    await inbox.close();
    await t.cleanup();
  });

  const update = (chat: string, n: number, extra: Partial<Payload> = {}) => ({
    id: `${chat}-${n}`,
    chat,
    payload: { chat, n, ...extra },
  });

  it('handles each chat in the order stored, and marks every update handled with its effects', async () => {
    const channel = inbox.open('telegram', process);
    await channel.store([update('a', 1), update('b', 1), update('a', 2)]);
    await channel.store([update('a', 3), update('b', 2, { skipCore: true })]);
    await inbox.idle();
    expect(seen.filter((s) => s.chat === 'a').map((s) => s.reply)).toEqual(['count=1', 'count=2', 'count=3']);
    expect(seen.filter((s) => s.chat === 'b').map((s) => s.reply)).toEqual(['count=1', 'no core']);
    expect(await t.db.inboxMessage.count({ where: { handledAt: null } })).toBe(0);
  });

  it('an update received again changes nothing and shows the chat where it is', async () => {
    const channel = inbox.open('telegram', process);
    await channel.store([update('a', 1), update('a', 2)]);
    await inbox.idle();
    await channel.store([update('a', 2)]);
    await inbox.idle();
    expect(seen.map((s) => s.reply)).toEqual(['count=1', 'count=2', 'at 2']);
    expect(await t.db.inboxMessage.count()).toBe(2);
  });

  it('updates stored before a restart are handled at the next start, in order', async () => {
    // Stored by a process that died before handling them.
    for (const n of [1, 2, 3])
      await t.db.inboxMessage.create({
        data: { channel: 'telegram', messageId: `a-${n}`, chatId: 'a', payload: JSON.stringify({ chat: 'a', n }) },
      });
    await t.db.inboxMessage.update({
      where: { channel_messageId: { channel: 'telegram', messageId: 'a-1' } },
      data: { handledAt: new Date() },
    });
    const channel = inbox.open('telegram', process);
    await channel.store([update('a', 4)]);
    await inbox.idle();
    expect(seen.map((s) => s.n)).toEqual([2, 3, 4]);
  });

  it('handles at most `concurrency` chats at once; the rest waits in the database', async () => {
    await inbox.close();
    inbox = createInbox({
      db: t.db,
      logger: captureLogger().logger,
      conversation: handle.conversation,
      concurrency: 2,
    });
    let running = 0;
    let most = 0;
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const channel = inbox.open('telegram', async (payload, core, redelivered, current) => {
      running++;
      most = Math.max(most, running);
      await gate;
      await process(payload, core, redelivered, current);
      running--;
    });
    await channel.store(['a', 'b', 'c', 'd', 'e'].map((chat) => update(chat, 1)));
    expect(await t.db.inboxMessage.count({ where: { handledAt: null } })).toBe(5);
    release();
    await inbox.idle();
    expect(most).toBe(2);
    expect(seen).toHaveLength(5);
  });

  it('forgets updates handled more than a week ago', async () => {
    const old = new Date(Date.now() - inboxRetentionMs - 60_000);
    await t.db.inboxMessage.create({
      data: { channel: 'telegram', messageId: 'old', chatId: 'a', payload: '{}', handledAt: old },
    });
    await t.db.inboxMessage.create({
      data: { channel: 'telegram', messageId: 'recent', chatId: 'a', payload: '{}', handledAt: new Date() },
    });
    expect(await inbox.prune(new Date(Date.now() - inboxRetentionMs))).toBe(1);
    expect((await t.db.inboxMessage.findMany()).map((r) => r.messageId)).toEqual(['recent']);
  });
});
