import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyMigrations, prismaDirFor } from '../../src/persistence/migrate.ts';
import { freshDatabase, testProvider } from './db.ts';

/**
 * A fresh database of the suite's provider, migrated by the committed migrations but `migration`
 * (`earlier` lists those applied); `apply()` then applies that one and returns what it applied:
 * how a migration is tried on rows written before it. `{ later: false }` leaves out the migrations
 * after it too, for when one of them needs what it brings (a column); `applyLater()` applies them.
 */
export async function beforeMigration(migration: string, choice: { later?: boolean } = {}) {
  const prismaDir = mkdtempSync(join(tmpdir(), 'jawda-migration-'));
  const all = prismaDirFor(testProvider());
  // Folder names start with their timestamp: the name orders them.
  const after = (src: string) => (/[/\\]migrations[/\\](\d+_[^/\\]+)/.exec(src)?.[1] ?? '') > migration;
  const left = (src: string) => src.includes(migration) || (choice.later === false && after(src));
  cpSync(all, prismaDir, { recursive: true, filter: (src) => !left(src) });
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
    /** Then the migrations after it left out by `{ later: false }`: today's code reads their columns. */
    applyLater() {
      cpSync(join(all, 'migrations'), join(prismaDir, 'migrations'), { recursive: true });
      return applyMigrations(options);
    },
    async drop() {
      await fresh.drop();
      rmSync(prismaDir, { recursive: true, force: true });
    },
  };
}
