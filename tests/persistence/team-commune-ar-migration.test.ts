// The migration that gives a team its commune's Arabic name, applied to a database holding teams
// made before it (on the suite's database: SQLite, or PostgreSQL with JAWDA_TEST_DB=postgres): the
// teams keep their French name, have no Arabic one yet, and a coordinator can give it.
import { describe, expect, it } from 'vitest';
import { ensureCoordinators } from '../../src/features/admin/bootstrap.ts';
import { createAdminFeature } from '../../src/features/admin/index.ts';
import { createDb } from '../../src/persistence/prisma.ts';
import { buildConversation } from '../helpers/conversation.ts';
import { placeholder, queryRows } from '../helpers/db.ts';
import { beforeMigration } from '../helpers/migration.ts';
import { plain, sender, text } from '../helpers/messages.ts';

const migration = '20261206085335_team_commune_ar';

describe(`migration ${migration}`, () => {
  it('keeps the teams made before it, with no Arabic name until a coordinator gives one', async () => {
    // The committed migrations before this one (a later one fills the column), then this one.
    const m = await beforeMigration(migration, { later: false });
    try {
      expect(m.earlier).not.toContain(migration);
      const db = createDb(m.options);
      try {
        const cohort = await db.cohort.create({ data: { name: 'Module qualité' } });
        // Raw rows: the client knows the new column, the database does not have it yet.
        for (const [id, slug, commune] of [
          ['t-beja', 'beja', 'Béja'],
          ['t-kef', 'kef', 'Le Kef'],
        ])
          await db.$executeRawUnsafe(
            `INSERT INTO "Team" ("id", "cohortId", "slug", "name", "commune")
             VALUES (${placeholder(1)}, ${placeholder(2)}, ${placeholder(3)}, ${placeholder(4)}, ${placeholder(5)})`,
            id,
            cohort.id,
            slug,
            commune,
            commune,
          );
      } finally {
        await db.$disconnect();
      }
      expect(await m.apply()).toEqual([migration]);
      expect(
        await queryRows<{ slug: string; commune: string; communeAr: string | null }>(
          m.url,
          'SELECT "slug", "commune", "communeAr" FROM "Team" ORDER BY "slug"',
        ),
      ).toEqual([
        { slug: 'beja', commune: 'Béja', communeAr: null },
        { slug: 'kef', commune: 'Le Kef', communeAr: null },
      ]);

      // The later migrations too (a later column), before today's code reads the teams.
      await m.applyLater();
      const after = createDb(m.options);
      try {
        await ensureCoordinators(after, 'console:boss');
        const handle = buildConversation(after, [
          createAdminFeature({ db: after, now: () => new Date('2025-06-20T11:00:00Z'), timeZone: 'Africa/Tunis' }),
        ]);
        const say = async (body: string) => plain(await handle(text(sender({ externalId: 'boss' }), body)));
        expect(await say('/team arabe beja باجة')).toContain('باجة (en français : Béja)');
        await say('/lang ar');
        expect((await say('/teams')).split('\n').slice(1, 3)).toEqual([
          '• beja — باجة / Béja (عدد الأعضاء: 0)',
          '• kef — Le Kef (عدد الأعضاء: 0)',
        ]);
      } finally {
        await after.$disconnect();
      }
    } finally {
      await m.drop();
    }
  });
});
