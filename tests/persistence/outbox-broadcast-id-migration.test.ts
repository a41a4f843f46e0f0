// The migration that gives each outbox message its broadcast's id in a column, applied to a
// database holding broadcasts queued before it (on the suite's database: SQLite, or PostgreSQL
// with JAWDA_TEST_DB=postgres): /broadcasts still shows their figures.
import { describe, expect, it } from 'vitest';
import { ensureCoordinators } from '../../src/features/admin/bootstrap.ts';
import { createBroadcastsFeature } from '../../src/features/broadcasts/index.ts';
import { createDb } from '../../src/persistence/prisma.ts';
import { buildConversation } from '../helpers/conversation.ts';
import { placeholder, queryRows } from '../helpers/db.ts';
import { beforeMigration } from '../helpers/migration.ts';
import { plain, sender, text } from '../helpers/messages.ts';

const migration = '20261206060605_outbox_broadcast_id';

describe(`migration ${migration}`, () => {
  it('fills the column from the payload of the messages queued before it, and /broadcasts counts them', async () => {
    // The committed migrations but this one, then this one.
    const m = await beforeMigration(migration);
    try {
      expect(m.earlier).not.toContain(migration);
      const db = createDb(m.options);
      try {
        for (const [id, textFr, minute] of [
          ['b-old', 'Réunion jeudi', 50],
          ['b-older', 'Envoyez la note', 40],
        ] as const)
          await db.broadcast.create({
            data: {
              id,
              textFr,
              textAr: `ع ${textFr}`,
              audience: 'everyone',
              createdById: 'boss',
              status: 'confirmed',
              confirmedAt: new Date(Date.UTC(2025, 5, 20, 9, minute)),
            },
          });
        // Raw rows: the client knows the new column, the database does not have it yet.
        const rows: [string, string, string, string][] = [
          ['broadcast', 'p1', '{"broadcastId":"b-old"}', 'sent'],
          ['broadcast', 'p2', '{"broadcastId":"b-old"}', 'sent'],
          ['broadcast', 'p3', '{"broadcastId":"b-old"}', 'failed'],
          ['broadcast', 'p4', '{"broadcastId":"b-old"}', 'pending'],
          ['broadcast', 'p1', '{"broadcastId":"b-older"}', 'sent'],
          ['reminder', 'p1', '{"deadlineId":"d-1","offset":0}', 'sent'],
        ];
        for (const [i, [kind, personId, payload, status]] of rows.entries())
          await db.$executeRawUnsafe(
            `INSERT INTO "OutboxMessage" ("id", "key", "kind", "personId", "payload", "status", "notBefore")
             VALUES (${placeholder(1)}, ${placeholder(2)}, ${placeholder(3)}, ${placeholder(4)}, '${payload}', ${placeholder(5)}, ${placeholder(6)})`,
            `m${i}`,
            `${kind}:${i}`,
            kind,
            personId,
            status,
            new Date('2025-06-20T10:00:00Z'),
          );
      } finally {
        await db.$disconnect();
      }
      expect(await m.apply()).toEqual([migration]);
      expect(
        await queryRows<{ id: string; broadcastId: string | null }>(
          m.url,
          'SELECT "id", "broadcastId" FROM "OutboxMessage" ORDER BY "id"',
        ),
      ).toEqual([
        { id: 'm0', broadcastId: 'b-old' },
        { id: 'm1', broadcastId: 'b-old' },
        { id: 'm2', broadcastId: 'b-old' },
        { id: 'm3', broadcastId: 'b-old' },
        { id: 'm4', broadcastId: 'b-older' },
        { id: 'm5', broadcastId: null },
      ]);

      const after = createDb(m.options);
      try {
        await ensureCoordinators(after, 'console:boss');
        const feature = createBroadcastsFeature({
          db: after,
          now: () => new Date('2025-06-20T11:00:00Z'),
          timeZone: 'Africa/Tunis',
          quietHours: null,
          kick: () => undefined,
        });
        const handle = buildConversation(after, [feature]);
        const say = async (body: string) => plain(await handle(text(sender({ externalId: 'boss' }), body)));
        // The list's lines (the note under it, on what a failure means, is not of this migration).
        expect((await say('/broadcasts')).split('\n').slice(1, 3)).toEqual([
          '• 20/06/2025 10:50 — tout le monde : « Réunion jeudi » — 2 envoyés, 1 en attente, 1 échec',
          '• 20/06/2025 10:40 — tout le monde : « Envoyez la note » — 1 envoyé',
        ]);
        await say('/lang ar');
        expect(
          (await say('/broadcasts'))
            .replace(/[\u200e\u200f\u2066-\u2069]/g, '')
            .split('\n')
            .slice(1, 3),
        ).toEqual([
          '• 20/06/2025 10:50 — الجميع: « ع Réunion jeudi » — أُرسلت رسالتان، رسالة واحدة في الانتظار، فشلت رسالة واحدة',
          '• 20/06/2025 10:40 — الجميع: « ع Envoyez la note » — أُرسلت رسالة واحدة',
        ]);
      } finally {
        await after.$disconnect();
      }
    } finally {
      await m.drop();
    }
  });
});
