import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { claimMessage } from '../../src/core/dedupe.ts';
import { rewriteOf } from '../../src/persistence/changes.ts';
import { hotSql, type HotSql } from '../../src/persistence/hot-sql.ts';
import { sqliteFilePath } from '../../src/persistence/prisma.ts';
import { createTestDb, type TestDb } from '../helpers/db.ts';

let t: TestDb;
let sql: HotSql;
beforeEach(async () => {
  t = await createTestDb();
  await t.db.$connect();
  sql = hotSql(t.db);
  // Prepare the per-message statements once (a first prepare is itself seen as a change).
  await claimMessage(t.db, 'test', 'warm-up');
});
afterEach(() => t.cleanup());

const turn = () => new Promise((resolve) => setImmediate(resolve));

/** A write committed by another connection to the same file (another process). */
function commitFromOutside(messageId: string): void {
  const outside = new Database(sqliteFilePath(t.url));
  try {
    outside.prepare(`INSERT INTO "ProcessedMessage" ("channel", "messageId", "processedAt") VALUES ('test', ?, ?)`).run(messageId, new Date().toISOString());
  } finally {
    outside.close();
  }
}

describe('change stamp for the read caches', () => {
  it('stays the same through reads and the per-message writes', async () => {
    const stamp = sql.changeStamp();
    expect(stamp).not.toBeNull();
    await claimMessage(t.db, 'test', 'a');
    await t.db.processedMessage.count();
    await t.db.processedMessage.findMany({ where: { channel: 'test' } });
    expect(sql.changeStamp()).toBe(stamp);
  });

  it('moves when Prisma writes on this connection, and when another connection commits', async () => {
    let stamp = sql.changeStamp();
    await t.db.processedMessage.create({ data: { channel: 'test', messageId: 'by-prisma' } });
    expect(sql.changeStamp()).not.toBe(stamp);
    stamp = sql.changeStamp();
    commitFromOutside('outside');
    // Another connection's commit is seen from the next turn of the event loop (as if it came
    // after this turn's messages), or at once when asked to look now.
    expect(sql.changeStamp()).toBe(stamp);
    await turn();
    expect(sql.changeStamp()).not.toBe(stamp);
    expect(sql.changeStamp()).toBe(sql.changeStamp());
  });

  it('an insert reports the stamp as of its write, with an earlier commit of another connection in it', async () => {
    const stamp = sql.changeStamp();
    commitFromOutside('outside-2');
    expect(sql.changeStamp()).toBe(stamp);
    const inserted = await sql.insert`INSERT INTO "ProcessedMessage" ("channel", "messageId", "processedAt") VALUES ('test', 'inserted', ${new Date()})`;
    expect(inserted?.id).toBeGreaterThan(0);
    expect(inserted?.stamp).not.toBe(stamp);
    expect(sql.changeStamp()).toBe(inserted?.stamp);
  });

  it('moves the rewrite stamps on a rolled-back Prisma transaction, not on a committed one of inserts', async () => {
    const rewrites = sql.rewriteStamp('ProcessedMessage');
    await t.db.$transaction(async (tx) => {
      await tx.processedMessage.create({ data: { channel: 'test', messageId: 'kept' } });
    });
    expect(sql.rewriteStamp('ProcessedMessage')).toBe(rewrites);
    const stamp = sql.changeStamp();
    await expect(
      t.db.$transaction(async (tx) => {
        await tx.processedMessage.count();
        throw new Error('abandoned');
      }),
    ).rejects.toThrow('abandoned');
    expect(sql.rewriteStamp('ProcessedMessage')).not.toBe(rewrites);
    expect(sql.rewriteStamp('Answer')).not.toBe(rewrites);
    expect(sql.changeStamp()).not.toBe(stamp);
  });

  it('moves the rewrite stamp of the table Prisma updates or deletes in, every time', async () => {
    const before = { processed: sql.rewriteStamp('ProcessedMessage'), answer: sql.rewriteStamp('Answer') };
    await t.db.processedMessage.updateMany({ where: { channel: 'test' }, data: { processedAt: new Date() } });
    const once = sql.rewriteStamp('ProcessedMessage');
    expect(once).not.toBe(before.processed);
    expect(sql.rewriteStamp('Answer')).toBe(before.answer);
    // The same statement again (were Prisma ever to reuse prepared statements, this would catch it).
    await t.db.processedMessage.updateMany({ where: { channel: 'test' }, data: { processedAt: new Date() } });
    expect(sql.rewriteStamp('ProcessedMessage')).not.toBe(once);
    const stamp = sql.changeStamp();
    await t.db.processedMessage.create({ data: { channel: 'test', messageId: 'again-1' } });
    const afterOne = sql.changeStamp();
    await t.db.processedMessage.create({ data: { channel: 'test', messageId: 'again-2' } });
    expect(afterOne).not.toBe(stamp);
    expect(sql.changeStamp()).not.toBe(afterOne);
    await t.db.processedMessage.deleteMany({ where: { messageId: 'again-1' } });
    expect(sql.rewriteStamp('ProcessedMessage')).not.toBe(once);
  });

  it('never repeats a stamp after the client reconnects', async () => {
    const seen = new Set<number | null>([sql.changeStamp()]);
    await t.db.processedMessage.create({ data: { channel: 'test', messageId: 'x' } });
    seen.add(sql.changeStamp());
    await t.db.$disconnect();
    expect(sql.changeStamp()).toBeNull();
    await t.db.$connect();
    expect(seen.has(sql.changeStamp())).toBe(false);
  });
});

describe('what a writing statement may have rewritten', () => {
  it.each([
    ['INSERT INTO `main`.`Cohort` (`id`, `name`) VALUES (?,?) RETURNING `id` AS `id`', null],
    ['INSERT INTO "Answer" ("runId") VALUES (?)', null],
    ['INSERT INTO `main`.`Cohort` (`id`) VALUES (?) ON CONFLICT  (`name`) DO UPDATE SET `name` = ?', 'Cohort'],
    ['INSERT OR REPLACE INTO "Team" ("id") VALUES (?)', 'Team'],
    ['UPDATE `main`.`Answer` SET `authorId` = ? WHERE `main`.`Answer`.`authorId` = ?', 'Answer'],
    ['update "Identity" set "lastSeenAt" = ?', 'Identity'],
    ['DELETE FROM `main`.`QuestionnaireRun` WHERE 1=1', 'QuestionnaireRun'],
  ])('%s', (source, table) => {
    expect(rewriteOf(source)).toEqual(table === null ? null : { table });
  });

  it('counts a write it cannot read as rewriting any table', () => {
    expect(rewriteOf('WITH x AS (SELECT 1) UPDATE "Answer" SET "value" = NULL')).toEqual({ table: null });
  });
});
