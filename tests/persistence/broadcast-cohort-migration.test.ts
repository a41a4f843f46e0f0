// The migration that stores the cohort a broadcast is for, applied to a database holding broadcasts
// written before it (on the suite's database: SQLite, or PostgreSQL with JAWDA_TEST_DB=postgres).
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { applyMigrations, prismaDirFor } from '../../src/persistence/migrate.ts';
import { createDb } from '../../src/persistence/prisma.ts';
import { freshDatabase, queryRows, testProvider } from '../helpers/db.ts';

const migration = '20261206002001_broadcast_cohort';
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe(`migration ${migration}`, () => {
  it('keeps the broadcasts written before it, and a broadcast to a cohort then stores its cohort', async () => {
    // The committed migrations but this one, then this one.
    const prismaDir = mkdtempSync(join(tmpdir(), 'jawda-cohort-'));
    dirs.push(prismaDir);
    const all = prismaDirFor(testProvider());
    cpSync(all, prismaDir, { recursive: true, filter: (src) => !src.includes(migration) });
    const fresh = await freshDatabase();
    const options = { url: fresh.url, busyTimeoutMs: 5000, prismaDir };
    try {
      expect(await applyMigrations(options)).not.toContain(migration);
      const db = createDb(options);
      try {
        // A raw row: the client knows the new column, the database does not have it yet.
        await db.$executeRaw`INSERT INTO "Broadcast" ("id", "textFr", "audience", "audienceTeamId", "createdById", "status")
          VALUES ('old', 'Réunion', 'team', 'team-1', 'boss', 'confirmed')`;
      } finally {
        await db.$disconnect();
      }
      cpSync(join(all, 'migrations', migration), join(prismaDir, 'migrations', migration), { recursive: true });
      expect(await applyMigrations(options)).toEqual([migration]);
      const after = createDb(options);
      try {
        const cohort = await after.cohort.create({ data: { name: 'Pilotes 2025' } });
        await after.broadcast.create({
          data: { id: 'new', textFr: 'Bonjour', audience: 'cohort', audienceCohortId: cohort.id, createdById: 'boss' },
        });
        const rows = await queryRows<{
          id: string;
          audience: string;
          audienceTeamId: string | null;
          audienceCohortId: string | null;
        }>(fresh.url, 'SELECT "id", "audience", "audienceTeamId", "audienceCohortId" FROM "Broadcast" ORDER BY "id"');
        expect(rows).toEqual([
          { id: 'new', audience: 'cohort', audienceTeamId: null, audienceCohortId: cohort.id },
          { id: 'old', audience: 'team', audienceTeamId: 'team-1', audienceCohortId: null },
        ]);
      } finally {
        await after.$disconnect();
      }
    } finally {
      await fresh.drop();
    }
  });
});
