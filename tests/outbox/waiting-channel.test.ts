// Instances on one PostgreSQL database, none of them running WhatsApp (the suite's PostgreSQL
// pass): a broadcast's WhatsApp messages stay pending, /broadcasts says they wait for a channel that
// is not connected, the sending instance warns once, and they leave when an instance with WhatsApp starts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createI18n } from '../../src/core/i18n.ts';
import { ensureCoordinators } from '../../src/features/admin/bootstrap.ts';
import { createBroadcastsFeature } from '../../src/features/broadcasts/index.ts';
import { confirmBroadcast, createDraft } from '../../src/features/broadcasts/repository.ts';
import { createContentLoader } from '../../src/features/reminders/outbox-content.ts';
import type { Logger } from '../../src/logger.ts';
import { createOutbox, type Outbox } from '../../src/outbox/index.ts';
import { createLocks, type Locks } from '../../src/persistence/locks.ts';
import { createDb, type Db } from '../../src/persistence/prisma.ts';
import { addPerson, fakeClock, minute, recordingAdapter, type Sent } from '../features/reminders/harness.ts';
import { buildConversation } from '../helpers/conversation.ts';
import { createTestDb, testProvider, type TestDb } from '../helpers/db.ts';
import { captureLogger } from '../helpers/logger.ts';
import { plain, sender, text } from '../helpers/messages.ts';

const postgres = testProvider() === 'postgresql';
const marks = /[\u200e\u200f\u2066-\u2069]/g;

describe.runIf(postgres)('messages for a channel no running instance sends', () => {
  let t: TestDb;
  const clock = fakeClock('2025-06-20T09:00:00Z');
  const opened: { db: Db; locks: Locks; outbox: Outbox }[] = [];
  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(async () => {
    for (const { db, locks, outbox } of opened) {
      await outbox.stop();
      await locks.close();
      await db.$disconnect();
    }
    await t.cleanup();
  });

  /** One instance: its own client and locks on the shared database, the real content, no cron. */
  function instance(logger: Logger) {
    const db = createDb({ url: t.url, busyTimeoutMs: 0 });
    const locks = createLocks(t.url, logger);
    const outbox = createOutbox({
      db,
      logger,
      content: () => createContentLoader(db, createI18n()),
      defaultLocale: 'fr',
      cron: '* * * * *',
      materialise: async () => undefined,
      now: clock.now,
      locks,
      dispatcher: { horizonMs: 200, waitWarnMs: 10 * minute },
    });
    opened.push({ db, locks, outbox });
    return { db, outbox };
  }

  it('stay pending, are shown as waiting for WhatsApp, warned once, and leave when WhatsApp comes', async () => {
    const sent: Sent[] = [];
    await addPerson(t.db, { externalId: '5101', name: 'Tarek' });
    const wafa = await addPerson(t.db, { externalId: '21655000001@c.us', name: 'Wafa', channel: 'whatsapp' });
    // Hela writes from both; her WhatsApp is the more recent, but Telegram is the channel that runs.
    const hela = await addPerson(t.db, { externalId: '5102', name: 'Hela' });
    await t.db.identity.create({
      data: { personId: hela, channel: 'whatsapp', externalId: '21655000002@c.us', lastSeenAt: clock.now() },
    });
    await ensureCoordinators(t.db, 'console:boss');
    const boss = await t.db.identity.findFirstOrThrow({ where: { externalId: 'boss' } });

    // Instance A runs Telegram only.
    const a = captureLogger();
    const first = instance(a.logger);
    first.outbox.start([recordingAdapter('telegram', undefined, sent)], { cron: false });
    const { draft } = await createDraft(
      t.db,
      {
        textFr: 'Réunion jeudi à 10 h',
        textAr: 'اجتماع يوم الخميس على الساعة 10',
        audience: { kind: 'role', role: 'participant' },
        createdById: boss.personId,
      },
      clock.now(),
    );
    expect(await confirmBroadcast(t.db, draft.id, clock.now(), clock.now())).toBe(3);
    await first.outbox.tick();
    expect(sent.map((s) => `${s.to.channel}:${s.to.externalId}`).sort()).toEqual(['telegram:5101', 'telegram:5102']);
    const wafaRow = { broadcastId: draft.id, personId: wafa };
    expect(await t.db.outboxMessage.findFirstOrThrow({ where: wafaRow })).toMatchObject({
      status: 'pending',
      attempts: 0,
    });

    // The coordinator, on instance A.
    const feature = createBroadcastsFeature({
      db: first.db,
      now: clock.now,
      timeZone: 'Africa/Tunis',
      quietHours: null,
      kick: () => first.outbox.kick(),
      connected: () => first.outbox.connected(),
    });
    const handle = buildConversation(first.db, [feature]);
    const say = async (body: string) =>
      plain(await handle(text(sender({ externalId: 'boss' }), body)))
        .replace(marks, '')
        .split('\n')
        .slice(1);
    expect(await say('/broadcasts')).toEqual([
      '• 20/06/2025 10:00 — rôle participant : « Réunion jeudi à 10 h » — 2 envoyés, 1 en attente : canal WhatsApp non connecté',
      "Canal non connecté : le bot n'envoie pas sur ce canal en ce moment ; ces messages restent en attente et partiront dès qu'il sera reconnecté.",
    ]);
    await say('/lang ar');
    expect(await say('/broadcasts')).toEqual([
      '• 20/06/2025 10:00 — دور مشارك: « اجتماع يوم الخميس على الساعة 10 » — أُرسلت رسالتان، رسالة واحدة في الانتظار: قناة واتساب غير متصلة',
      'قناة غير متصلة: لا يرسل البوت عبر هذه القناة حاليًا؛ تبقى هذه الرسائل في الانتظار وتُرسل فور إعادة ربط القناة.',
    ]);

    // Fresh, the row is not worth a warning; past the threshold, one warning, however many runs see it.
    const warnings = () => a.lines.filter((l) => l.channel === 'whatsapp' && l.level === 40);
    expect(warnings()).toEqual([]);
    clock.advance(11 * minute);
    await first.outbox.tick();
    await first.outbox.tick();
    expect(warnings()).toEqual([
      expect.objectContaining({ channel: 'whatsapp', rows: 1, dueSince: '2025-06-20T09:00:00.000Z' }),
    ]);
    expect(await t.db.outboxMessage.findFirstOrThrow({ where: wafaRow })).toMatchObject({ status: 'pending' });

    // Instance B holds the WhatsApp session: A now sees the channel connected, and B sends the message.
    const second = instance(captureLogger().logger);
    second.outbox.start([recordingAdapter('whatsapp', undefined, sent)], { cron: false });
    await second.outbox.tick();
    expect(await first.outbox.connected()).toEqual(new Set(['telegram', 'whatsapp']));
    expect(sent.map((s) => `${s.to.channel}:${s.to.externalId}`)).toContain('whatsapp:21655000001@c.us');
    expect(await say('/broadcasts')).toEqual([
      '• 20/06/2025 10:00 — دور مشارك: « اجتماع يوم الخميس على الساعة 10 » — أُرسلت 3 رسائل',
    ]);
    await say('/lang fr');
    expect(await say('/broadcasts')).toEqual([
      '• 20/06/2025 10:00 — rôle participant : « Réunion jeudi à 10 h » — 3 envoyés',
    ]);
  });
});
