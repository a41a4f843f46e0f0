// The migration that stores whether a due date was set by hand, applied to a plan written before
// it (on the suite's database: SQLite, or PostgreSQL with JAWDA_TEST_DB=postgres).
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { applyMigrations, prismaDirFor } from '../../src/persistence/migrate.ts';
import { createDb } from '../../src/persistence/prisma.ts';
import { freshDatabase, queryRows, testProvider } from '../helpers/db.ts';

const migration = '20261205214703_action_due_set_by_hand';
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe(`migration ${migration}`, () => {
  it('marks the dates of actions added by hand as set by hand; drafted actions keep the default', async () => {
    // The committed migrations but this one, then this one.
    const prismaDir = mkdtempSync(join(tmpdir(), 'jawda-backfill-'));
    dirs.push(prismaDir);
    const all = prismaDirFor(testProvider());
    cpSync(all, prismaDir, { recursive: true, filter: (src) => !src.includes(migration) });
    const fresh = await freshDatabase();
    const options = { url: fresh.url, busyTimeoutMs: 5000, prismaDir };
    try {
      expect(await applyMigrations(options)).not.toContain(migration);
      const db = createDb(options);
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
      cpSync(join(all, 'migrations', migration), join(prismaDir, 'migrations', migration), { recursive: true });
      expect(await applyMigrations(options)).toEqual([migration]);
      const rows = await queryRows<{ id: string; dueSetByHand: boolean | number }>(
        fresh.url,
        'SELECT "id", "dueSetByHand" FROM "ActionItem" ORDER BY "id"',
      );
      expect(rows.map((r) => [r.id, Boolean(r.dueSetByHand)])).toEqual([
        ['drafted', false],
        ['typed', true],
        ['undated', false],
      ]);
    } finally {
      await fresh.drop();
    }
  });
});
