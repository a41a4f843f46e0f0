// The migration that stops storing French defaults no one typed, applied to a database made before
// it (on the suite's database: SQLite, or PostgreSQL with JAWDA_TEST_DB=postgres): the demo team
// « Équipe démo » is named after its commune, whose default gets its Arabic name, and the console
// operator « Opérateur local » is read in each reader's language. Names people typed are kept.
import { describe, expect, it } from 'vitest';
import { unnamedOperator } from '../../src/core/person-name.ts';
import { createAdminFeature } from '../../src/features/admin/index.ts';
import { operatorAddress } from '../../src/features/admin/operator.ts';
import { createDb } from '../../src/persistence/prisma.ts';
import { buildConversation } from '../helpers/conversation.ts';
import { placeholder, queryRows } from '../helpers/db.ts';
import { beforeMigration } from '../helpers/migration.ts';
import { plain, sender, text } from '../helpers/messages.ts';

const migration = '20261206120000_default_names_in_both_languages';

async function insert(db: ReturnType<typeof createDb>, table: string, row: Record<string, string>) {
  const columns = Object.keys(row);
  await db.$executeRawUnsafe(
    `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')})
     VALUES (${columns.map((_, i) => placeholder(i + 1)).join(', ')})`,
    ...Object.values(row),
  );
}

describe(`migration ${migration}`, () => {
  it('names the demo team after its commune and leaves the default operator unnamed; typed names stay', async () => {
    const m = await beforeMigration(migration);
    try {
      const db = createDb(m.options);
      try {
        const now = new Date().toISOString();
        await db.cohort.create({ data: { id: 'c-demo', name: 'Démo' } });
        for (const team of [
          { id: 't-demo', slug: 'demo', name: 'Équipe démo', commune: 'Commune pilote (démo)' },
          { id: 't-sfax', slug: 'sfax', name: 'Équipe Sfax', commune: 'Sfax' },
        ])
          await insert(db, 'Team', { ...team, cohortId: 'c-demo' });
        // The same default name on another channel was typed by someone: it stays.
        for (const { id, address } of [
          { id: 'p-op', address: operatorAddress },
          { id: 'p-other', address: { channel: 'telegram', externalId: '42' } },
        ]) {
          await db.person.create({ data: { id, displayName: 'Opérateur local', updatedAt: now } });
          await db.identity.create({ data: { personId: id, ...address } });
        }
        await db.teamMember.create({ data: { teamId: 't-demo', personId: 'p-op' } });
        await db.personRole.create({ data: { personId: 'p-op', role: 'coordinator' } });
      } finally {
        await db.$disconnect();
      }
      expect(await m.apply()).toEqual([migration]);
      expect(
        await queryRows<{ slug: string; name: string; communeAr: string | null }>(
          m.url,
          'SELECT "slug", "name", "communeAr" FROM "Team" ORDER BY "slug"',
        ),
      ).toEqual([
        { slug: 'demo', name: 'Commune pilote (démo)', communeAr: 'بلدية نموذجية (للتجربة)' },
        { slug: 'sfax', name: 'Équipe Sfax', communeAr: null },
      ]);
      expect(
        await queryRows<{ id: string; displayName: string }>(
          m.url,
          'SELECT "id", "displayName" FROM "Person" ORDER BY "id"',
        ),
      ).toEqual([
        { id: 'p-op', displayName: 'console:operator' },
        { id: 'p-other', displayName: 'Opérateur local' },
      ]);

      const after = createDb(m.options);
      try {
        const handle = buildConversation(after, [
          createAdminFeature({ db: after, now: () => new Date('2026-06-20T11:00:00Z'), timeZone: 'Africa/Tunis' }),
        ]);
        const operator = sender({ ...operatorAddress, displayName: unnamedOperator });
        const say = async (body: string) => plain(await handle(text(operator, body)));
        const start = await say('/start');
        expect(start).toContain('Bonjour Opérateur local !');
        expect(start).toContain("Vous êtes membre de l'équipe Commune pilote (démo).");
        await say('/lang ar');
        const arabic = await say('/start');
        expect(arabic).toContain('مرحبًا المشغّل المحلي!');
        expect(arabic).toContain('أنت عضو في فريق بلدية نموذجية (للتجربة).');
        expect(arabic).not.toMatch(/Équipe|Opérateur|Commune/);
        expect(await say('/invite demo')).toContain('رمز الدعوة لفريق بلدية نموذجية (للتجربة)');
      } finally {
        await after.$disconnect();
      }
    } finally {
      await m.drop();
    }
  });
});
