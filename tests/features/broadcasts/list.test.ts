import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBroadcastsFeature } from '../../../src/features/broadcasts/index.ts';
import type { Db } from '../../../src/persistence/prisma.ts';
import { buildConversation } from '../../helpers/conversation.ts';
import { plain, sender, text } from '../../helpers/messages.ts';
import { createHarness, ensureTeam, type Harness } from '../reminders/harness.ts';

/** Who each broadcast was for, newest first, and its message. */
type Row = { audience: string; teamId?: string; cohortId?: string; role?: string; deadlineId?: string; text: string };

describe('/broadcasts names every audience', () => {
  let h: Harness;
  let rows: Row[];

  beforeEach(async () => {
    h = await createHarness({ start: '2025-06-20T10:00:00Z' });
    const sfax = await ensureTeam(h.db, 'sfax');
    const gabes = await ensureTeam(h.db, 'gabes');
    const cohort = await h.db.cohort.create({ data: { name: 'Pilotes 2025' } });
    const deadline = await h.db.deadline.create({
      data: {
        titleFr: 'Note de cadrage',
        titleAr: 'مذكرة الإطار',
        dueAt: new Date('2025-06-15T10:00:00Z'),
        offsets: [],
      },
    });
    rows = [
      { audience: 'team', teamId: sfax, text: 'Réunion à Sfax' },
      { audience: 'team', teamId: gabes, text: 'Réunion à Gabès' },
      { audience: 'cohort', cohortId: cohort.id, text: 'Pilotes : bilan' },
      { audience: 'role', role: 'participant', text: 'Aux participants' },
      { audience: 'role', role: 'coordinator', text: 'Aux coordinateurs' },
      { audience: 'everyone', text: 'À tous' },
      { audience: 'late', deadlineId: deadline.id, text: 'Envoyez la note' },
      { audience: 'team', teamId: sfax, text: 'Rappel :\nenvoyez la note de cadrage avant jeudi midi, merci' },
      { audience: 'team', teamId: 'deleted-team', text: 'Équipe supprimée' },
    ];
    const creator = (await h.db.person.findFirstOrThrow()).id;
    for (const [i, row] of rows.entries())
      await h.db.broadcast.create({
        data: {
          textFr: row.text,
          textAr: `ع ${row.text}`,
          audience: row.audience,
          audienceTeamId: row.teamId ?? null,
          audienceCohortId: row.cohortId ?? null,
          audienceRole: row.role ?? null,
          audienceDeadlineId: row.deadlineId ?? null,
          createdById: creator,
          status: 'confirmed',
          confirmedAt: new Date(Date.UTC(2025, 5, 20, 9, 50 - i)),
        },
      });
  });
  afterEach(() => h.cleanup());

  /** The lines of /broadcasts, without direction marks. */
  const lines = async () => (await h.say('boss', '/broadcasts')).split('\n').slice(1);

  it('in French and in Arabic: teams, cohorts, roles, everyone and latecomers, newest first', async () => {
    expect(await lines()).toEqual([
      '• 20/06/2025 10:50 — équipe sfax : « Réunion à Sfax » — envoyés 0, échecs 0, en attente 0, sans objet 0',
      '• 20/06/2025 10:49 — équipe gabes : « Réunion à Gabès » — envoyés 0, échecs 0, en attente 0, sans objet 0',
      '• 20/06/2025 10:48 — cohorte « Pilotes 2025 » : « Pilotes : bilan » — envoyés 0, échecs 0, en attente 0, sans objet 0',
      '• 20/06/2025 10:47 — rôle participant : « Aux participants » — envoyés 0, échecs 0, en attente 0, sans objet 0',
      '• 20/06/2025 10:46 — rôle coordinateur : « Aux coordinateurs » — envoyés 0, échecs 0, en attente 0, sans objet 0',
      '• 20/06/2025 10:45 — tout le monde : « À tous » — envoyés 0, échecs 0, en attente 0, sans objet 0',
      '• 20/06/2025 10:44 — retardataires de « Note de cadrage » : « Envoyez la note » — envoyés 0, échecs 0, en attente 0, sans objet 0',
      // A message on several lines is one line here, cut between two words.
      '• 20/06/2025 10:43 — équipe sfax : « Rappel : envoyez la note de cadrage… » — envoyés 0, échecs 0, en attente 0, sans objet 0',
      '• 20/06/2025 10:42 — équipe ? : « Équipe supprimée » — envoyés 0, échecs 0, en attente 0, sans objet 0',
    ]);
    await h.say('boss', '/lang ar');
    const arabic = (await lines()).map((l) => l.replace(/ — أُرسلت 0، فشلت 0، تنتظر 0، لا داعي لها 0$/, ''));
    expect(arabic).toEqual([
      '• 20/06/2025 10:50 — فريق sfax: « ع Réunion à Sfax »',
      '• 20/06/2025 10:49 — فريق gabes: « ع Réunion à Gabès »',
      '• 20/06/2025 10:48 — دفعة « Pilotes 2025 »: « ع Pilotes : bilan »',
      '• 20/06/2025 10:47 — دور مشارك: « ع Aux participants »',
      '• 20/06/2025 10:46 — دور منسق: « ع Aux coordinateurs »',
      '• 20/06/2025 10:45 — الجميع: « ع À tous »',
      '• 20/06/2025 10:44 — المتأخرون عن « مذكرة الإطار »: « ع Envoyez la note »',
      '• 20/06/2025 10:43 — فريق sfax: « ع Rappel : envoyez la note de cadrage… »',
      '• 20/06/2025 10:42 — فريق ?: « ع Équipe supprimée »',
    ]);
  });

  it('reads the names of teams, cohorts and deadlines once for the whole list', async () => {
    const reads: string[] = [];
    // Prisma's own query extension, to count what the feature asks of each table.
    const counted = h.db.$extends({
      query: {
        $allModels: {
          $allOperations({ model, operation, args, query }) {
            reads.push(`${model}.${operation}`);
            return query(args);
          },
        },
      },
    }) as unknown as Db;
    const feature = createBroadcastsFeature({
      db: counted,
      now: h.clock.now,
      timeZone: 'Africa/Tunis',
      quietHours: null,
      kick: () => undefined,
    });
    const handle = buildConversation(h.db, [feature]);
    const replies = await handle(text(sender({ externalId: 'boss' }), '/broadcasts'));
    expect(plain(replies)).toContain('— cohorte « Pilotes 2025 » : « Pilotes : bilan »');
    // Nine broadcasts, five of them for a team: one read of the teams, of the cohorts and of the deadlines.
    expect(reads.filter((r) => /^(Team|Cohort|Deadline)\./.test(r)).sort()).toEqual([
      'Cohort.findMany',
      'Deadline.findMany',
      'Team.findMany',
    ]);
  });
});
