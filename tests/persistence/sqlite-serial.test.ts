import { statSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, testProvider, type TestDb } from '../helpers/db.ts';

// The SQLite driver's own behaviour: this file runs in the SQLite pass of the suite.
const sqlite = testProvider() === 'sqlite';

describe.runIf(sqlite)('one SQLite connection, one statement or transaction at a time', () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(() => t.cleanup());

  it('a write made while another chat’s transaction is open waits for it, and survives its rollback', async () => {
    let opened!: () => void;
    const open = new Promise<void>((resolve) => (opened = resolve));
    let finish!: () => void;
    const held = new Promise<void>((resolve) => (finish = resolve));
    const failing = t.db
      .$transaction(async (tx) => {
        await tx.cohort.create({ data: { name: 'inside' } });
        opened();
        await held;
        throw new Error('rolled back');
      })
      .catch((error: unknown) => String(error));
    await open;
    const outside = t.db.cohort.create({ data: { name: 'outside' } });
    // Time for the write to run if nothing held it (then it would land inside the transaction).
    await Promise.race([outside, new Promise((resolve) => setTimeout(resolve, 200))]);
    finish();
    expect(await failing).toContain('rolled back');
    await outside;
    expect((await t.db.cohort.findMany()).map((c) => c.name)).toEqual(['outside']);
  });

  it('a batch transaction commits all or nothing, other writes going on around it', async () => {
    const writes = Promise.all(['a', 'b', 'c'].map((name) => t.db.cohort.create({ data: { name } })));
    const batch = t.db
      .$transaction([t.db.cohort.create({ data: { name: 'd' } }), t.db.cohort.create({ data: { name: 'd' } })])
      .then(
        () => 'committed',
        () => 'rolled back',
      );
    expect(await batch).toBe('rolled back');
    await writes;
    expect(
      (await t.db.cohort.findMany({ where: { name: { in: ['a', 'b', 'c', 'd'] } } })).map((c) => c.name).sort(),
    ).toEqual(['a', 'b', 'c']);
  });
});

describe.runIf(sqlite)('the write-ahead log stays bounded', () => {
  it('is copied back into the database as it grows (SQLite’s own checkpoints), not only at a clean stop', async () => {
    const t = await createTestDb();
    try {
      const payload = 'x'.repeat(2000);
      for (let i = 0; i < 3000; i++) {
        await t.db.inboxMessage.create({
          data: { channel: 'test', messageId: String(i), chatId: String(i % 50), payload },
        });
      }
      // 3,000 rows of 2 kB are about 6 MB of pages; the log is reset past 1,000 pages (4 MB).
      expect(statSync(`${t.url.replace(/^file:/, '')}-wal`).size).toBeLessThan(5 * 1024 * 1024);
    } finally {
      await t.cleanup();
    }
  });
});
