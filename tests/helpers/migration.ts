import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyMigrations, prismaDirFor } from '../../src/persistence/migrate.ts';
import { freshDatabase, testProvider } from './db.ts';

/**
 * A fresh database of the suite's provider, migrated by the committed migrations but `migration`
 * (`earlier` lists those applied); `apply()` then applies that one and returns what it applied:
 * how a migration is tried on rows written before it.
 */
export async function beforeMigration(migration: string) {
  const prismaDir = mkdtempSync(join(tmpdir(), 'jawda-migration-'));
  const all = prismaDirFor(testProvider());
  cpSync(all, prismaDir, { recursive: true, filter: (src) => !src.includes(migration) });
  const fresh = await freshDatabase();
  const options = { url: fresh.url, busyTimeoutMs: 5000, prismaDir };
  const earlier = await applyMigrations(options);
  return {
    url: fresh.url,
    options,
    earlier,
    apply() {
      cpSync(join(all, 'migrations', migration), join(prismaDir, 'migrations', migration), { recursive: true });
      return applyMigrations(options);
    },
    async drop() {
      await fresh.drop();
      rmSync(prismaDir, { recursive: true, force: true });
    },
  };
}
