import { statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startCheckpointer } from '../../src/persistence/checkpointer.ts';
import { createDb, sqliteFilePath, type Db } from '../../src/persistence/prisma.ts';
import { createTestDb, type TestDb } from '../helpers/db.ts';

let t: TestDb;
let db: Db;
beforeEach(async () => {
  t = await createTestDb();
  // As the app does: the connection itself leaves the WAL alone far longer than SQLite's 1,000 pages.
  db = createDb({ url: t.url, busyTimeoutMs: 5000, walAutocheckpointPages: 100_000 });
});
afterEach(async () => {
  await db.$disconnect();
  await t.cleanup();
});

const fileSize = () => statSync(sqliteFilePath(t.url)).size;

async function writeRows(count: number) {
  for (let i = 0; i < count; i += 500) {
    await db.processedMessage.createMany({ data: Array.from({ length: 500 }, (_, k) => ({ channel: 'console', messageId: `m${i + k}-${'x'.repeat(200)}` })) });
  }
}

async function waitFor(condition: () => boolean, ms: number): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (condition()) return true;
    await new Promise((r) => setTimeout(r, 20));
  }
  return condition();
}

describe('background WAL checkpoints', () => {
  it('leaves commits in the WAL without it, and copies them into the database file with it', async () => {
    const before = fileSize();
    await writeRows(10_000);
    // Nothing copies the WAL back while only the connection's raised threshold applies.
    expect(await waitFor(() => fileSize() > before, 300)).toBe(false);
    const errors: unknown[] = [];
    const checkpointer = startCheckpointer({ path: sqliteFilePath(t.url), everyMs: 50, onError: (e) => errors.push(e) });
    expect(await waitFor(() => fileSize() > before + 2_000_000, 5000)).toBe(true);
    await checkpointer.stop();
    expect(errors).toEqual([]);
    expect(await db.processedMessage.count()).toBe(10_000);
  });

  it('reports a database it cannot open, and still stops', async () => {
    const errors: unknown[] = [];
    const checkpointer = startCheckpointer({ path: join(t.dir, 'missing', 'nowhere.db'), everyMs: 50, onError: (e) => errors.push(e) });
    expect(await waitFor(() => errors.length > 0, 5000)).toBe(true);
    expect(String(errors[0])).toMatch(/directory does not exist|unable to open/i);
    await checkpointer.stop();
  });
});
