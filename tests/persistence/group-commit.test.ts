import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { claimMessage } from '../../src/core/dedupe.ts';
import { sqliteFilePath } from '../../src/persistence/prisma.ts';
import { createTestDb, type TestDb } from '../helpers/db.ts';

let t: TestDb;
/** A second connection to the same file: it sees only what is committed. */
let outside: Database.Database;
beforeEach(async () => {
  t = await createTestDb();
  await t.db.$connect();
  outside = new Database(sqliteFilePath(t.url), { readonly: true });
});
afterEach(async () => {
  vi.restoreAllMocks();
  outside.close();
  await t.cleanup();
});

const committedIds = () => (outside.prepare('SELECT "messageId" FROM "ProcessedMessage" ORDER BY "messageId"').all() as { messageId: string }[]).map((r) => r.messageId);
const turn = () => new Promise((resolve) => setImmediate(resolve));

describe('group commit of the per-message writes', () => {
  it('commits the writes of one turn together, and each resolves only once committed', async () => {
    await claimMessage(t.db, 'test', 'warm-up');
    const exec = vi.spyOn(Database.prototype, 'exec');
    let resolved = 0;
    const claims = ['a', 'b', 'c'].map((id) => claimMessage(t.db, 'test', id).then((inserted) => (resolved++, inserted)));
    // Written, visible on the app's own connection, but neither committed nor resolved yet.
    await Promise.resolve();
    expect(resolved).toBe(0);
    expect(committedIds()).toEqual(['warm-up']);
    expect(await t.db.processedMessage.count()).toBe(4);
    expect(await Promise.all(claims)).toEqual([true, true, true]);
    expect(committedIds()).toEqual(['a', 'b', 'c', 'warm-up']);
    // One BEGIN and one COMMIT for the three writes.
    expect(exec.mock.calls.map(([sql]) => sql)).toEqual(['BEGIN', 'COMMIT']);
  });

  it("commits the open group before Prisma's own queries and transactions run", async () => {
    const claim = claimMessage(t.db, 'test', 'before-prisma');
    // Prisma's transaction begins while the group is open: it must neither fail nor take the group in.
    await t.db.$transaction(async (tx) => {
      expect(committedIds()).toEqual(['before-prisma']);
      await tx.processedMessage.create({ data: { channel: 'test', messageId: 'in-prisma' } });
    });
    expect(await claim).toBe(true);
    expect(committedIds()).toEqual(['before-prisma', 'in-prisma']);
    const other = claimMessage(t.db, 'test', 'before-count');
    await t.db.processedMessage.count();
    expect(committedIds()).toContain('before-count');
    await other;
  });

  it("holds another chat's write while a Prisma transaction is open, so that transaction's rollback cannot undo it", async () => {
    let otherChat: Promise<boolean> | undefined;
    let resolvedInside = false;
    await expect(
      t.db.$transaction(async (tx) => {
        await tx.processedMessage.create({ data: { channel: 'test', messageId: 'in-tx' } });
        otherChat = claimMessage(t.db, 'test', 'other-chat');
        void otherChat.then(() => (resolvedInside = true));
        await new Promise((resolve) => setTimeout(resolve, 30));
        expect(resolvedInside).toBe(false);
        throw new Error('enrolment failed');
      }),
    ).rejects.toThrow('enrolment failed');
    expect(await otherChat).toBe(true);
    expect(committedIds()).toEqual(['other-chat']);
  });

  it('a write held by a Prisma transaction goes on once that transaction commits', async () => {
    let otherChat: Promise<boolean> | undefined;
    await t.db.$transaction(async (tx) => {
      otherChat = claimMessage(t.db, 'test', 'after-commit');
      await tx.processedMessage.create({ data: { channel: 'test', messageId: 'committed-tx' } });
    });
    expect(await otherChat).toBe(true);
    expect(committedIds()).toEqual(['after-commit', 'committed-tx']);
  });

  it('a failing write fails alone; the other writes of its group are committed', async () => {
    await claimMessage(t.db, 'test', 'exists');
    const { hotSql } = await import('../../src/persistence/hot-sql.ts');
    const good = claimMessage(t.db, 'test', 'good');
    const bad = hotSql(t.db).execute`INSERT INTO "ProcessedMessage" ("channel", "messageId", "processedAt") VALUES ('test', 'exists', ${new Date()})`;
    await expect(bad).rejects.toThrow(/UNIQUE/);
    expect(await good).toBe(true);
    expect(committedIds()).toEqual(['exists', 'good']);
  });

  it('a group whose commit fails rejects every write in it, and the next group starts clean', async () => {
    const { hotSql } = await import('../../src/persistence/hot-sql.ts');
    const sql = hotSql(t.db);
    // Foreign keys checked at COMMIT: an orphan answer makes the commit itself fail.
    const deferForeignKeys = () => sql.execute`PRAGMA defer_foreign_keys = ON`;
    const orphanAnswer = () => sql.execute`INSERT INTO "Answer" ("runId", "questionId", "value", "authorId", "answeredAt") VALUES ('no-such-run', 'q1', '"x"', 'p', ${new Date()})`;
    // Prepared once beforehand (a first prepare commits the open group); checked at once here.
    await deferForeignKeys();
    await expect(orphanAnswer()).rejects.toThrow(/FOREIGN KEY/);
    const rewrites = sql.rewriteStamp('Answer');
    const good = claimMessage(t.db, 'test', 'in-failed-group');
    const defer = deferForeignKeys();
    const orphan = orphanAnswer();
    const outcomes = await Promise.allSettled([good, defer, orphan]);
    expect(outcomes.map((o) => o.status)).toEqual(['rejected', 'rejected', 'rejected']);
    expect(String((outcomes[2] as PromiseRejectedResult).reason)).toMatch(/FOREIGN KEY/);
    expect(committedIds()).toEqual([]);
    // Read caches learn that rows they may have read were never committed (see changes.ts).
    expect(sql.rewriteStamp('Answer')).not.toBe(rewrites);
    expect(await t.db.answer.count()).toBe(0);
    expect(await claimMessage(t.db, 'test', 'next-group')).toBe(true);
    expect(committedIds()).toEqual(['next-group']);
  });

  it('a disconnect commits the open group instead of losing it', async () => {
    const claim = claimMessage(t.db, 'test', 'at-close');
    await t.db.$disconnect();
    expect(await claim).toBe(true);
    expect(committedIds()).toEqual(['at-close']);
  });

  it("commits on Node's own timer, so a test's fake timers do not hold writes back", async () => {
    vi.useFakeTimers();
    try {
      expect(await claimMessage(t.db, 'test', 'fake-time')).toBe(true);
      expect(committedIds()).toEqual(['fake-time']);
    } finally {
      vi.useRealTimers();
    }
  });

  it('a redelivered message is still refused when both copies arrive in the same turn', async () => {
    const [first, second] = await Promise.all([claimMessage(t.db, 'test', 'twice'), claimMessage(t.db, 'test', 'twice')]);
    expect([first, second]).toEqual([true, false]);
    await turn();
    expect(committedIds()).toEqual(['twice']);
  });
});
