import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../helpers/db.ts';

describe('one SQLite connection, one statement or transaction at a time', () => {
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
