// The migration that gives a team its own Arabic name, applied to a database holding teams made
// before it (on the suite's database: SQLite, or PostgreSQL with JAWDA_TEST_DB=postgres): the teams
// keep their names and have no Arabic one of their own; an Arabic reader reads the French name, or
// the commune's Arabic one for a team named after its commune, until a coordinator gives it.
import { describe, expect, it } from 'vitest';
import { ensureCoordinators } from '../../src/features/admin/bootstrap.ts';
import { createAdminFeature } from '../../src/features/admin/index.ts';
import { createDb } from '../../src/persistence/prisma.ts';
import { buildConversation } from '../helpers/conversation.ts';
import { placeholder, queryRows } from '../helpers/db.ts';
import { beforeMigration } from '../helpers/migration.ts';
import { plain, sender, text } from '../helpers/messages.ts';

const migration = '20261207024554_team_name_ar';

describe(`migration ${migration}`, () => {
  it('keeps the teams made before it, read in French until a coordinator gives their Arabic name', async () => {
    const m = await beforeMigration(migration);
    try {
      expect(m.earlier).not.toContain(migration);
      const db = createDb(m.options);
      try {
        const cohort = await db.cohort.create({ data: { name: 'Module qualité' } });
        // Raw rows: the client knows the new column, the database does not have it yet.
        for (const [id, slug, name, commune, communeAr] of [
          ['t-nord', 'nord', 'Équipe pilote du Nord', 'Béja', 'باجة'],
          ['t-sfax', 'sfax', 'Sfax', 'Sfax', 'صفاقس'],
        ])
          await db.$executeRawUnsafe(
            `INSERT INTO "Team" ("id", "cohortId", "slug", "name", "commune", "communeAr")
             VALUES (${[1, 2, 3, 4, 5, 6].map(placeholder).join(', ')})`,
            id,
            cohort.id,
            slug,
            name,
            commune,
            communeAr,
          );
        for (const [who, locale] of [
          ['amal', 'ar'],
          ['paul', 'fr'],
        ] as const) {
          const person = await db.person.create({ data: { displayName: who, locale } });
          await db.identity.create({ data: { personId: person.id, channel: 'console', externalId: who } });
          await db.teamMember.create({ data: { teamId: 't-nord', personId: person.id } });
        }
        await db.teamMember.create({
          data: {
            teamId: 't-sfax',
            personId: (await db.person.findFirstOrThrow({ where: { displayName: 'amal' } })).id,
          },
        });
      } finally {
        await db.$disconnect();
      }
      expect(await m.apply()).toEqual([migration]);
      expect(
        await queryRows<{ slug: string; name: string; nameAr: string | null }>(
          m.url,
          'SELECT "slug", "name", "nameAr" FROM "Team" ORDER BY "slug"',
        ),
      ).toEqual([
        { slug: 'nord', name: 'Équipe pilote du Nord', nameAr: null },
        { slug: 'sfax', name: 'Sfax', nameAr: null },
      ]);

      const after = createDb(m.options);
      try {
        await ensureCoordinators(after, 'console:boss');
        const handle = buildConversation(after, [
          createAdminFeature({ db: after, now: () => new Date('2026-06-20T11:00:00Z'), timeZone: 'Africa/Tunis' }),
        ]);
        const say = async (who: string, body: string) => plain(await handle(text(sender({ externalId: who }), body)));
        const start = await say('amal', '/start');
        expect(start).toContain('أنت عضو في فريق صفاقس.');
        expect(start).toContain('Équipe pilote du Nord');
        await say('boss', '/team nom nord Équipe pilote du Nord | فريق الشمال');
        const named = await say('amal', '/start');
        expect(named).toContain('فريق الشمال');
        expect(named).not.toContain('Équipe');
        const french = await say('paul', '/start');
        expect(french).toContain("Vous êtes membre de l'Équipe pilote du Nord");
        expect(french).not.toContain('فريق الشمال');
      } finally {
        await after.$disconnect();
      }
    } finally {
      await m.drop();
    }
  });
});
