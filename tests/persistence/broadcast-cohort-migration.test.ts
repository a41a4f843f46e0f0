// The migration that stores the cohort a broadcast is for, applied to a database holding broadcasts
// written before it (on the suite's database: SQLite, or PostgreSQL with JAWDA_TEST_DB=postgres).
import { describe, expect, it } from 'vitest';
import { createDb } from '../../src/persistence/prisma.ts';
import { queryRows } from '../helpers/db.ts';
import { beforeMigration } from '../helpers/migration.ts';

const migration = '20261206002001_broadcast_cohort';

describe(`migration ${migration}`, () => {
  it('keeps the broadcasts written before it, and a broadcast to a cohort then stores its cohort', async () => {
    // The committed migrations but this one, then this one.
    const m = await beforeMigration(migration);
    try {
      expect(m.earlier).not.toContain(migration);
      const db = createDb(m.options);
      try {
        // A raw row: the client knows the new column, the database does not have it yet.
        await db.$executeRaw`INSERT INTO "Broadcast" ("id", "textFr", "audience", "audienceTeamId", "createdById", "status")
          VALUES ('old', 'Réunion', 'team', 'team-1', 'boss', 'confirmed')`;
      } finally {
        await db.$disconnect();
      }
      expect(await m.apply()).toEqual([migration]);
      const after = createDb(m.options);
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
        }>(m.url, 'SELECT "id", "audience", "audienceTeamId", "audienceCohortId" FROM "Broadcast" ORDER BY "id"');
        expect(rows).toEqual([
          { id: 'new', audience: 'cohort', audienceTeamId: null, audienceCohortId: cohort.id },
          { id: 'old', audience: 'team', audienceTeamId: 'team-1', audienceCohortId: null },
        ]);
      } finally {
        await after.$disconnect();
      }
    } finally {
      await m.drop();
    }
  });
});
