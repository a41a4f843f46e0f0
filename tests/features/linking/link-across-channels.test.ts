import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sender } from '../../../src/core/messages.ts';
import { plain, text } from '../../helpers/messages.ts';
import { createAppHarness, type AppHarness } from '../../channels/whatsapp/app-harness.ts';
import { teamDeadlineDueSoon } from '../../helpers/deadlines.ts';

// A Telegram identity is simulated by handing the core a Telegram message; the WhatsApp side goes
// through the real adapter over the stand-in client. Both reach the same application and database.
let h: AppHarness;
const telegram: Sender = { channel: 'telegram', externalId: '7001', displayName: 'Salma Ben Ali' };
const whatsapp = '21655123456@c.us';
const fromTelegram = async (body: string) => plain((await h.app.handle(text(telegram, body))).replies);

beforeAll(async () => {
  h = await createAppHarness();
});
afterAll(async () => {
  await h.cleanup();
});

describe('/link across Telegram and WhatsApp (real app)', () => {
  it('joins the enrolled Telegram SG and her new WhatsApp number: team, language, questionnaires and reminders follow', async () => {
    // On Telegram: enrolled in the Sfax team, Arabic chosen.
    await fromTelegram('/start');
    const identity = await h.app.db.identity.findUniqueOrThrow({
      where: { channel_externalId: { channel: 'telegram', externalId: '7001' } },
    });
    const cohort = await h.app.db.cohort.create({ data: { name: 'Cohorte 2026' } });
    const team = await h.app.db.team.create({
      data: { slug: 'sfax', name: 'Équipe Sfax', commune: 'Sfax', cohortId: cohort.id },
    });
    await h.app.db.teamMember.create({ data: { teamId: team.id, personId: identity.personId } });
    await h.app.db.personRole.create({ data: { personId: identity.personId, role: 'participant' } });
    expect(await fromTelegram('/lang ar')).toContain('بالعربية');

    // On WhatsApp: a stranger to the bot, in French, not in any team.
    expect((await h.say(whatsapp, '/start')).join('\n')).toContain("Vous n'êtes encore membre d'aucune équipe");
    expect((await h.say(whatsapp, '/diagnostic')).join('\n')).toContain('réservée aux membres');

    const replies = await h.say(whatsapp, '/link');
    const command = replies.at(-1) ?? '';
    expect(command).toMatch(/^\/link [A-Z0-9]{6}$/);

    const done = await fromTelegram(command);
    expect(done).toContain('تيليغرام + واتساب');

    const start = (await h.say(whatsapp, '/start')).join('\n');
    expect(start).toContain('أنت عضو في Équipe Sfax');
    expect((await h.say(whatsapp, '/diagnostic')).join('\n')).toContain('Équipe Sfax');
    const person = await h.app.db.person.findUniqueOrThrow({
      where: { id: identity.personId },
      include: { identities: true },
    });
    expect(person.identities.map((i) => `${i.channel}:${i.externalId}`).sort()).toEqual([
      `telegram:7001`,
      `whatsapp:${whatsapp}`,
    ]);
    expect(await h.app.db.auditEntry.count({ where: { action: 'person.link', actorId: person.id } })).toBe(1);

    // A team deadline's reminder, materialised and dispatched by the real scheduler, reaches the
    // WhatsApp chat of the joined person, in the language chosen on Telegram.
    await teamDeadlineDueSoon(h.app.db, team.id, 'Note de cadrage', 'مذكرة الإطار');
    h.app.outbox.start([h.adapter], { cron: false });
    await h.app.outbox.tick();
    await h.app.outbox.stop();
    const reminder = h.standIn.textsTo(whatsapp).at(-1) ?? '';
    expect(reminder).toContain('مذكرة الإطار');
    expect(await h.app.db.outboxMessage.findFirstOrThrow({ where: { personId: person.id } })).toMatchObject({
      status: 'sent',
    });
    // Its "✅" choice, answered by its word on WhatsApp, marks the deadline done for the one person.
    expect(reminder).toContain('« أنجزت »');
    await h.say(whatsapp, 'أنجزت');
    expect((await h.app.db.deadlineStatus.findFirstOrThrow({ where: { personId: person.id } })).doneAt).toBeInstanceOf(
      Date,
    );
  });
});
