import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Feature } from '../../src/core/router.ts';
import { parseCommand } from '../../src/core/router.ts';
import { buildConversation, type ReplyHandler } from '../helpers/conversation.ts';
import { createDb, type Db } from '../../src/persistence/prisma.ts';
import { createTestDb, type TestDb } from '../helpers/db.ts';
import { captureLogger } from '../helpers/logger.ts';
import { choice, plain, sender, text } from '../helpers/messages.ts';

let db: Db;
/** A write of the test command: an audit row, by a real person or (`bad`) by one that does not exist. */
const writeAudit = (personId: string, args: string) =>
  db.auditEntry.create({ data: { actorId: args === 'bad' ? 'nobody' : personId, action: 'test.write' } });

const testFeature: Feature = {
  name: 'test',
  commands: [
    { name: 'boom', access: 'anyone', run: async () => Promise.reject(new Error('handler exploded token=abc')) },
    {
      name: 'team',
      access: 'member',
      help: 'cmd-help',
      run: async (ctx) => ctx.reply({ kind: 'text', text: 'team-ok' }),
    },
    {
      name: 'admin',
      access: 'coordinator',
      help: 'cmd-lang',
      run: async (ctx) => ctx.reply({ kind: 'text', text: 'admin-ok' }),
    },
    {
      name: 'write',
      access: 'anyone',
      run: async (ctx, args) => {
        ctx.state.wrote = ((ctx.state.wrote as number | undefined) ?? 0) + 1;
        ctx.write(writeAudit(ctx.person.id, args));
        ctx.reply({ kind: 'text', text: 'written' });
      },
    },
    {
      name: 'count',
      access: 'anyone',
      run: async (ctx) => {
        const n = ((ctx.state.count as number | undefined) ?? 0) + 1;
        ctx.state.count = n;
        ctx.reply({ kind: 'text', text: `count=${n}` });
      },
    },
  ],
};

describe('conversation core over SQLite', () => {
  let t: TestDb;
  let handle: ReplyHandler;
  const captured = captureLogger();

  beforeAll(async () => {
    t = await createTestDb();
    db = t.db;
    handle = buildConversation(t.db, [testFeature], captured.logger);
  });
  afterAll(() => t.cleanup());

  it('creates the person on first contact and greets them by name', async () => {
    const from = sender({ externalId: 'p1', displayName: 'Amel' });
    const replies = await handle(text(from, '/start'));
    expect(plain(replies)).toContain('Bonjour Amel');
    const identity = await t.db.identity.findUnique({
      where: { channel_externalId: { channel: 'console', externalId: 'p1' } },
    });
    expect(identity?.personId).toBeTruthy();
  });

  it('answers in Arabic when the platform says so, and /lang is remembered', async () => {
    const from = sender({ externalId: 'p2', displayName: 'Sami', languageCode: 'ar-TN' });
    expect(plain(await handle(text(from, '/help')))).toContain('ما يمكنك القيام به');
    await handle(text(from, '/lang fr'));
    expect(plain(await handle(text(from, '/help')))).toContain('Ce que vous pouvez faire');
    const offered = await handle(text(from, '/lang'));
    expect(offered[0]?.kind).toBe('choices');
    await handle(choice(from, 'lang:pick', ['ar']));
    expect(plain(await handle(text(from, '/start')))).toContain('مرحبًا');
  });

  it('refuses an unknown language clearly, keeping the current one', async () => {
    const from = sender({ externalId: 'p3' });
    expect(plain(await handle(text(from, '/lang de')))).toContain('Langue inconnue');
    expect(plain(await handle(text(from, '/help')))).toContain('Ce que vous pouvez faire');
  });

  it('answers unknown commands, free text and stale choices, never silence', async () => {
    const from = sender({ externalId: 'p4' });
    expect(plain(await handle(text(from, '/nimportequoi')))).toContain('/nimportequoi');
    expect(plain(await handle(text(from, 'azerty')))).toContain('azerty');
    expect(plain(await handle(choice(from, 'old:prompt', ['x'])))).toContain("n'est plus d'actualité");
  });

  it('checks access: members and coordinators only', async () => {
    const from = sender({ externalId: 'p5' });
    expect(plain(await handle(text(from, '/team')))).toContain('réservée aux membres');
    expect(plain(await handle(text(from, '/admin')))).toContain('réservée aux coordinateurs');
    const help = plain(await handle(text(from, '/help')));
    expect(help).not.toContain('En tant que coordinateur');
    expect(plain(await handle(text(from, '/help coordinateur')))).not.toContain('/admin');

    const person = await t.db.identity.findUniqueOrThrow({
      where: { channel_externalId: { channel: 'console', externalId: 'p5' } },
    });
    await t.db.personRole.create({ data: { personId: person.personId, role: 'coordinator' } });
    expect(plain(await handle(text(from, '/admin')))).toBe('admin-ok');
    expect(plain(await handle(text(from, '/team')))).toBe('team-ok');
    expect(plain(await handle(text(from, '/help coordinateur')))).toContain('En tant que coordinateur');
  });

  it('error boundary: a failing handler gets an apology in the person language, and the bot goes on', async () => {
    const from = sender({ externalId: 'p6', languageCode: 'ar' });
    const replies = await handle(text(from, '/boom'));
    expect(plain(replies)).toContain('عذرًا');
    expect(plain(await handle(text(from, '/start')))).toContain('مرحبًا');
    const logged = captured.lines.find((l) => l.msg === 'handler failed');
    expect(logged).toBeDefined();
    expect(JSON.stringify(logged)).toContain('handler exploded');
  });

  it('commits the handler writes, the chat state and the update mark together, or none of them', async () => {
    const from = sender({ externalId: 'p7' });
    await handle(text(from, '/start'));
    const person = await t.db.identity.findUniqueOrThrow({
      where: { channel_externalId: { channel: 'console', externalId: 'p7' } },
    });
    const stored = await t.db.inboxMessage.create({
      data: { channel: 'console', messageId: 'stored-1', chatId: 'p7', payload: '{}' },
    });
    const ok = await handle.conversation.handle(text(from, '/write ok', 'stored-1'), stored.seq);
    expect(plain(ok.replies)).toBe('written');
    expect(await t.db.auditEntry.count({ where: { action: 'test.write', actorId: person.personId } })).toBe(1);
    expect((await t.db.inboxMessage.findUniqueOrThrow({ where: { seq: stored.seq } })).handledAt).not.toBeNull();
    expect(
      JSON.parse(
        (
          await t.db.conversationState.findUniqueOrThrow({
            where: { channel_chatId: { channel: 'console', chatId: 'p7' } },
          })
        ).data,
      ),
    ).toMatchObject({ wrote: 1 });

    // A write that fails (a foreign key) drops the others of the message: the state is as before.
    const failing = await t.db.inboxMessage.create({
      data: { channel: 'console', messageId: 'stored-2', chatId: 'p7', payload: '{}' },
    });
    const bad = await handle.conversation.handle(text(from, '/write bad', 'stored-2'), failing.seq);
    expect(plain(bad.replies)).toContain('Désolé');
    expect(await t.db.auditEntry.count({ where: { action: 'test.write', actorId: person.personId } })).toBe(1);
    expect(
      JSON.parse(
        (
          await t.db.conversationState.findUniqueOrThrow({
            where: { channel_chatId: { channel: 'console', chatId: 'p7' } },
          })
        ).data,
      ),
    ).toMatchObject({ wrote: 1 });
    // ...and the update is handled all the same, so it does not come back at every start.
    expect((await t.db.inboxMessage.findUniqueOrThrow({ where: { seq: failing.seq } })).handledAt).not.toBeNull();
  });

  it('says which prompt a message answered and in which language it replied', async () => {
    const from = sender({ externalId: 'p13', languageCode: 'ar' });
    const offered = await handle.result(text(from, '/lang'));
    expect(offered.answered).toBeNull();
    expect(offered.locale).toBe('ar');
    const picked = await handle.result(choice(from, 'lang:pick', ['fr']));
    expect(picked.answered).toEqual({ promptId: 'lang:pick' });
    expect(picked.locale).toBe('fr');
    const stale = await handle.result(choice(from, 'lang:pick', ['xx']));
    expect(stale.answered).toBeNull();
  });

  it('keeps conversation state per chat in the database', async () => {
    const a = sender({ externalId: 'p8' });
    const b = sender({ externalId: 'p9' });
    await handle(text(a, '/count'));
    await handle(text(a, '/count'));
    expect(plain(await handle(text(b, '/count')))).toBe('count=1');
    const row = await t.db.conversationState.findUniqueOrThrow({
      where: { channel_chatId: { channel: 'console', chatId: 'p8' } },
    });
    expect(row.version).toBe(1);
    expect(JSON.parse(row.data)).toEqual({ count: 2 });
  });

  it('writes the state only when a message changed it, and leaves a newer version’s state alone', async () => {
    const a = sender({ externalId: 'p11' });
    const key = { channel_chatId: { channel: 'console', chatId: 'p11' } };
    await handle(text(a, '/count'));
    await handle(text(a, '/count'));
    const saved = await t.db.conversationState.findUniqueOrThrow({ where: key });
    expect(saved.revision).toBe(1);
    await handle(text(a, '/team'));
    expect(await t.db.conversationState.findUniqueOrThrow({ where: key })).toMatchObject({
      revision: 1,
      updatedAt: saved.updatedAt,
    });
    await t.db.conversationState.update({ where: key, data: { version: 99, data: '{"future":true}' } });
    await handle(text(a, '/team'));
    expect(await t.db.conversationState.findUniqueOrThrow({ where: key })).toMatchObject({
      version: 99,
      data: '{"future":true}',
    });
    // A change starts afresh from an empty state at the current version.
    expect(plain(await handle(text(a, '/count')))).toBe('count=1');
    expect(await t.db.conversationState.findUniqueOrThrow({ where: key })).toMatchObject({
      version: 1,
      data: '{"count":1}',
    });
  });

  it('two first messages of one new person create one person', async () => {
    const from = sender({ externalId: 'p10' });
    await Promise.all([handle(text(from, '/start')), handle(text(from, '/help'))]);
    expect(await t.db.identity.count({ where: { externalId: 'p10' } })).toBe(1);
  });
});

describe('every message reads the person and the chat afresh', () => {
  let t: TestDb;
  let other: Db;
  let handle: ReplyHandler;
  beforeAll(async () => {
    t = await createTestDb();
    // A second client on the same file: another process (an admin script), as far as SQLite is concerned.
    other = createDb({ url: t.url, busyTimeoutMs: 5000 });
    handle = buildConversation(t.db, [testFeature]);
  });
  afterAll(async () => {
    await other.$disconnect();
    await t.cleanup();
  });

  it('sees a role or a team given or taken away by another process at the next message', async () => {
    const from = sender({ externalId: 'r1' });
    expect(plain(await handle(text(from, '/admin')))).toContain('réservée aux coordinateurs');
    const { personId } = await t.db.identity.findUniqueOrThrow({
      where: { channel_externalId: { channel: 'console', externalId: 'r1' } },
    });
    await other.personRole.create({ data: { personId, role: 'coordinator' } });
    expect(plain(await handle(text(from, '/admin')))).toBe('admin-ok');
    await other.personRole.deleteMany({ where: { personId } });
    expect(plain(await handle(text(from, '/admin')))).toContain('réservée aux coordinateurs');
  });

  it('sees a change made through Prisma in this process at the next message', async () => {
    const from = sender({ externalId: 'r2' });
    expect(plain(await handle(text(from, '/team')))).toContain('réservée aux membres');
    const { personId } = await t.db.identity.findUniqueOrThrow({
      where: { channel_externalId: { channel: 'console', externalId: 'r2' } },
    });
    const cohort = await t.db.cohort.create({ data: { name: 'R' } });
    const team = await t.db.team.create({ data: { cohortId: cohort.id, slug: 'r2', name: 'R2', commune: 'Monastir' } });
    await t.db.teamMember.create({ data: { teamId: team.id, personId } });
    expect(plain(await handle(text(from, '/team')))).toBe('team-ok');
    await t.db.teamMember.deleteMany({ where: { personId } });
    expect(plain(await handle(text(from, '/team')))).toContain('réservée aux membres');
  });

  it('keeps the chat state current across handlers on one client, and after another process changed it', async () => {
    const from = sender({ externalId: 'r3' });
    const second = buildConversation(t.db, [testFeature]);
    expect(plain(await handle(text(from, '/count')))).toBe('count=1');
    expect(plain(await second(text(from, '/count')))).toBe('count=2');
    expect(plain(await handle(text(from, '/count')))).toBe('count=3');
    await other.conversationState.update({
      where: { channel_chatId: { channel: 'console', chatId: 'r3' } },
      data: { data: JSON.stringify({ count: 10 }) },
    });
    expect(plain(await handle(text(from, '/count')))).toBe('count=11');
  });
});

describe('parseCommand', () => {
  it.each([
    ['/start', { name: 'start', args: '' }],
    ['/lang ar', { name: 'lang', args: 'ar' }],
    ['/LANG@JawdaBot   fr ', { name: 'lang', args: 'fr' }],
    ['/start abc-123', { name: 'start', args: 'abc-123' }],
    ['/مساعدة', { name: 'مساعدة', args: '' }],
    ['hello /start', null],
    ['/', null],
  ])('%s', (input, expected) => {
    expect(parseCommand(input)).toEqual(expected);
  });
});
