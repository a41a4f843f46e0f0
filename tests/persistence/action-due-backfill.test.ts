// The migration that stores whether a due date was set by hand, applied to a plan written before
// it (on the suite's database: SQLite, or PostgreSQL with JAWDA_TEST_DB=postgres).
import { describe, expect, it } from 'vitest';
import { createDb } from '../../src/persistence/prisma.ts';
import { queryRows } from '../helpers/db.ts';
import { beforeMigration } from '../helpers/migration.ts';

const migration = '20261205214703_action_due_set_by_hand';

describe(`migration ${migration}`, () => {
  it('marks the dates of actions added by hand as set by hand; drafted actions keep the default', async () => {
    // The committed migrations but this one, then this one.
    const m = await beforeMigration(migration);
    try {
      expect(m.earlier).not.toContain(migration);
      const db = createDb(m.options);
      try {
        const cohort = await db.cohort.create({ data: { name: 'C' } });
        const team = await db.team.create({ data: { cohortId: cohort.id, slug: 't', name: 'T', commune: 'Sfax' } });
        const run = await db.questionnaireRun.create({
          data: { teamId: team.id, questionnaireId: 'diagnostic-service', questionnaireVersion: 1 },
        });
        const due = new Date('2027-03-31T00:00:00Z');
        // Raw rows: the client knows the new column, the database does not have it yet.
        for (const [id, leverId, dueDate] of [
          ['typed', null, due],
          ['undated', null, null],
          ['drafted', 'team:diagnostic-service:1', due],
        ] as const)
          await db.$executeRaw`INSERT INTO "ActionItem" ("id", "runId", "teamId", "position", "title", "leverId", "dueDate", "updatedAt")
            VALUES (${id}, ${run.id}, ${team.id}, 1, ${id}, ${leverId}, ${dueDate}, ${due})`;
      } finally {
        await db.$disconnect();
      }
      expect(await m.apply()).toEqual([migration]);
      const rows = await queryRows<{ id: string; dueSetByHand: boolean | number }>(
        m.url,
        'SELECT "id", "dueSetByHand" FROM "ActionItem" ORDER BY "id"',
      );
      expect(rows.map((r) => [r.id, Boolean(r.dueSetByHand)])).toEqual([
        ['drafted', false],
        ['typed', true],
        ['undated', false],
      ]);
    } finally {
      await m.drop();
    }
  });
});
