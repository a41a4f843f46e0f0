import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBroadcastsFeature } from '../../../src/features/broadcasts/index.ts';
import type { Db } from '../../../src/persistence/prisma.ts';
import { broadcastKey } from '../../../src/features/reminders/outbox.ts';
import { paragraphDirection } from '../../helpers/bidi.ts';
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
    // Sfax named after its commune, Gabès with a name of its own: each read as the reader reads it.
    await h.db.team.update({ where: { id: sfax }, data: { name: 'Sfax', commune: 'Sfax', communeAr: 'صفاقس' } });
    await h.db.team.update({ where: { id: gabes }, data: { name: 'Équipe de Gabès', nameAr: 'فريق قابس' } });
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
    const ids: string[] = [];
    for (const [i, row] of rows.entries()) {
      const { id } = await h.db.broadcast.create({
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
      ids.push(id);
    }
    // Delivery so far: the first to Sfax, 3 sent and 2 under way; the one to Gabès, one failed, one
    // cut by a stop and one sent; the one to the cohort, 12 sent. The others have no message.
    const outcomes: [number, string, number][] = [
      [0, 'sent', 3],
      [0, 'pending', 1],
      [0, 'sending', 1],
      [1, 'failed', 1],
      [1, 'unknown', 1],
      [1, 'sent', 1],
      [2, 'sent', 12],
      [2, 'skipped', 2],
    ];
    let person = 0;
    for (const [index, status, count] of outcomes)
      for (let n = 0; n < count; n++) {
        const broadcastId = ids[index] ?? '';
        await h.db.outboxMessage.create({
          data: {
            key: broadcastKey(broadcastId, `p${person++}`),
            kind: 'broadcast',
            personId: `p${person}`,
            payload: { broadcastId },
            broadcastId,
            status,
            notBefore: new Date('2025-06-20T10:00:00Z'),
          },
        });
      }
  });
  afterEach(() => h.cleanup());

  /** The lines of /broadcasts, without direction marks. */
  const lines = async () => (await h.say('boss', '/broadcasts')).split('\n').slice(1);

  it('in French and in Arabic: teams, cohorts, roles, everyone and latecomers, newest first', async () => {
    expect(await lines()).toEqual([
      '• 20/06/2025 10:50 — équipe Sfax (sfax) : « Réunion à Sfax » — 3 envoyés, 2 en attente',
      '• 20/06/2025 10:49 — Équipe de Gabès (gabes) : « Réunion à Gabès » — 1 envoyé, 1 échec, 1 au sort inconnu',
      '• 20/06/2025 10:48 — cohorte « Pilotes 2025 » : « Pilotes : bilan » — 12 envoyés, 2 sans objet',
      '• 20/06/2025 10:47 — rôle participant : « Aux participants » — aucun destinataire',
      '• 20/06/2025 10:46 — rôle coordinateur : « Aux coordinateurs » — aucun destinataire',
      '• 20/06/2025 10:45 — tout le monde : « À tous » — aucun destinataire',
      '• 20/06/2025 10:44 — retardataires de « Note de cadrage » : « Envoyez la note » — aucun destinataire',
      // A message on several lines is one line here, cut between two words.
      '• 20/06/2025 10:43 — équipe Sfax (sfax) : « Rappel : envoyez la note de cadrage… » — aucun destinataire',
      '• 20/06/2025 10:42 — équipe ? : « Équipe supprimée » — aucun destinataire',
      // Said once, under the list.
      "Échec : le bot n'a pas pu leur écrire (le plus souvent, ils ne lui ont jamais écrit ou l'ont bloqué) ; le message ne leur sera pas renvoyé : joignez-les autrement.",
      "Sort inconnu : l'envoi a été interrompu par un arrêt ; le message est peut-être arrivé et ne sera jamais renvoyé.",
    ]);
    await h.say('boss', '/lang ar');
    const arabic = await lines();
    expect(arabic).toEqual([
      '• 20/06/2025 10:50 — فريق صفاقس (sfax): « ع Réunion à Sfax » — أُرسلت 3 رسائل، رسالتان في الانتظار',
      '• 20/06/2025 10:49 — فريق قابس (gabes): « ع Réunion à Gabès » — أُرسلت رسالة واحدة، فشلت رسالة واحدة، رسالة واحدة مصيرها مجهول',
      '• 20/06/2025 10:48 — دفعة « Pilotes 2025 »: « ع Pilotes : bilan » — أُرسلت 12 رسالة، رسالتان لا داعي لهما',
      '• 20/06/2025 10:47 — دور مشارك: « ع Aux participants » — بلا مستلمين',
      '• 20/06/2025 10:46 — دور منسق: « ع Aux coordinateurs » — بلا مستلمين',
      '• 20/06/2025 10:45 — الجميع: « ع À tous » — بلا مستلمين',
      '• 20/06/2025 10:44 — المتأخرون عن « مذكرة الإطار »: « ع Envoyez la note » — بلا مستلمين',
      '• 20/06/2025 10:43 — فريق صفاقس (sfax): « ع Rappel : envoyez la note de cadrage… » — بلا مستلمين',
      '• 20/06/2025 10:42 — فريق ?: « ع Équipe supprimée » — بلا مستلمين',
      'فشل: لم يستطع البوت مراسلتهم (في الغالب لم يراسلوه قطّ أو حظروه)؛ لن يُعاد إرسال الرسالة إليهم: تواصل معهم بطريقة أخرى.',
      'مصير مجهول: انقطع الإرسال بسبب توقّف؛ ربما وصلت الرسالة، ولن يُعاد إرسالها.',
    ]);
    // Every line reads right to left, a team's code in Latin letters included.
    const shown = (await h.send('boss', '/broadcasts')).flatMap((r) => (r.kind === 'text' ? r.text.split('\n') : []));
    expect(shown.map(paragraphDirection)).toEqual(shown.map(() => 'rtl'));
    // The Arabic word for the list gives the same list, as /آجال gives /deadlines.
    expect((await h.say('boss', '/رسائل')).split('\n').slice(1)).toEqual(arabic);
  });

  it('reads the names of teams, cohorts and deadlines, and the delivery figures, once for the whole list', async () => {
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
    expect(plain(replies)).toContain('— cohorte « Pilotes 2025 » : « Pilotes : bilan » — 12 envoyés, 2 sans objet');
    // Nine broadcasts, five of them for a team: one read of the teams, of the cohorts and of the deadlines.
    expect(reads.filter((r) => /^(Team|Cohort|Deadline)\./.test(r)).sort()).toEqual([
      'Cohort.findMany',
      'Deadline.findMany',
      'Team.findMany',
    ]);
    // And one grouped read of the outbox for the figures of all nine, not one per broadcast, and one
    // of the failed messages of them all, to name whose message failed.
    expect(reads.filter((r) => r.startsWith('OutboxMessage.'))).toEqual([
      'OutboxMessage.groupBy',
      'OutboxMessage.findMany',
    ]);
  });
});
