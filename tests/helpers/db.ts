import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyMigrations } from '../../src/persistence/migrate.ts';
import { createDb, type Db } from '../../src/persistence/prisma.ts';

export interface TestDb {
  db: Db;
  url: string;
  dir: string;
  cleanup(): Promise<void>;
}

/** A fresh SQLite database in a temp folder, migrated through the same path as `npm start`. */
export async function createTestDb(): Promise<TestDb> {
  const dir = mkdtempSync(join(tmpdir(), 'jawda-test-'));
  const url = `file:${join(dir, 'test.db')}`;
  const options = { url, busyTimeoutMs: 5000 };
  await applyMigrations(options);
  const db = createDb(options);
  return {
    db,
    url,
    dir,
    async cleanup() {
      await db.$disconnect();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
