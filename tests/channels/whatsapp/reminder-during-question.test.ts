import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppHarness, enrol, type AppHarness } from './app-harness.ts';
import { teamDeadlineDueSoon } from '../../helpers/deadlines.ts';

// On WhatsApp a choice is answered by its number. A reminder that comes in the middle of a
// questionnaire has its own choices: they are answered by words (« fait »), so « 2 » still answers
// the question, whichever came first, and the reminder says so when a question is open.
const salma = '21655123456@c.us';
const karim = '21655987654@c.us';
const teams = new Map<string, string>();

let h: AppHarness;
beforeAll(async () => {
  h = await createAppHarness();
  for (const [externalId, teamId] of await enrol(h.app, [
    { externalId: salma, displayName: 'Salma Ben Ali', locale: 'fr', slug: 'sfax' },
    { externalId: karim, displayName: 'Karim Trabelsi', locale: 'ar', slug: 'gabes' },
  ]))
    teams.set(externalId, teamId);
  h.app.outbox.start([h.adapter], { cron: false });
});
afterAll(async () => {
  await h.cleanup();
});

const visible = (text: string) => text.replace(/[\u200b\u200e\u200f\u2066-\u2069]/g, '');

/** A team deadline due in half an hour: the real scheduler and outbox send its reminder now. */
async function remind(chat: string, titleFr: string, titleAr: string): Promise<{ id: string; text: string }> {
  const deadline = await teamDeadlineDueSoon(h.app.db, teams.get(chat) ?? '', titleFr, titleAr);
  const before = h.standIn.textsTo(chat).length;
  await h.app.outbox.tick();
  await h.idle();
  const sent = h.standIn.textsTo(chat).slice(before);
  expect(sent).toHaveLength(1);
  return { id: deadline.id, text: visible(sent[0] ?? '') };
}

/** The service domain stored last (a changed answer is a new row). */
async function domainOf(chat: string): Promise<unknown> {
  const row = await h.app.db.answer.findFirstOrThrow({
    where: { questionId: 'q_service_domain', run: { teamId: teams.get(chat) ?? '' } },
    orderBy: { seq: 'desc' },
  });
  const raw = row.value;
  return typeof raw === 'string' ? JSON.parse(raw) : raw;
}

async function statusOf(chat: string, deadlineId: string) {
  const identity = await h.app.db.identity.findUniqueOrThrow({
    where: { channel_externalId: { channel: 'whatsapp', externalId: chat } },
  });
  return h.app.db.deadlineStatus.findUnique({
    where: { deadlineId_personId: { deadlineId, personId: identity.personId } },
  });
}

describe('a reminder with choices during a questionnaire, on WhatsApp', () => {
  it('French: « 2 » answers the question whichever came first; « fait » and « plus tard » answer the reminder', async () => {
    // The reminder comes first, while a text question is open: nothing to say about numbers.
    await h.say(salma, '/diagnostic 1');
    const first = await remind(salma, 'Note de cadrage', 'مذكرة الإطار');
    expect(first.text).toContain('« fait » ✅ Fait\n« plus tard » ⏰ Rappeler demain');
    expect(first.text).not.toContain('ℹ️');
    const question = (await h.say(salma, 'Service état civil')).join('\n');
    expect(question).toContain('À quel domaine appartient ce service ?\n1. État civil');

    // Then the question's list is shown: the reminder's word still answers the reminder, and the
    // question comes back, its numbers unchanged.
    const done = await h.say(salma, 'fait');
    expect(done[0]).toBe(
      "✅ C'est noté : « Note de cadrage » est fait. Plus de rappel pour celle-ci.\nCoché par erreur ? /deadlines undo",
    );
    expect(done.at(-1)).toContain('À quel domaine appartient ce service ?\n1. État civil');
    expect((await statusOf(salma, first.id))?.doneAt).toBeInstanceOf(Date);
    expect((await h.say(salma, '2')).join('\n')).toContain("Combien d'habitants");
    expect(await domainOf(salma)).toBe('waste_cleaning');

    // The question is open when the reminder comes: it says which one a number answers.
    await h.say(salma, '/back');
    const second = await remind(salma, 'Rapport trimestriel', 'التقرير الفصلي');
    expect(second.text).toContain(
      '« plus tard » ⏰ Rappeler demain\n\nℹ️ Pour ce rappel, tapez un des mots entre « » ci-dessus. ' +
        'Un numéro (1, 2…) répond toujours à la question ouverte plus haut.',
    );
    expect((await h.say(salma, '3')).join('\n')).toContain("Combien d'habitants");
    expect(await domainOf(salma)).toBe('building_permits');
    expect(await statusOf(salma, second.id)).toBeNull();
    const later = await h.say(salma, 'plus tard');
    expect(later[0]).toMatch(/^⏰ D'accord, je vous le rappelle /);
    expect(later.at(-1)).toContain("Combien d'habitants");
    expect((await statusOf(salma, second.id))?.snoozedUntil).toBeInstanceOf(Date);
  });

  it('Arabic: « ٢ » answers the question whichever came first; « أنجزت » and « لاحقا » answer the reminder', async () => {
    await h.say(karim, '/diagnostic 1');
    const first = await remind(karim, 'Note de cadrage', 'مذكرة الإطار');
    expect(first.text).toContain('« أنجزت » ✅ تم\n« لاحقا » ⏰ ذكّرني غدًا');
    expect(first.text).not.toContain('ℹ️');
    await h.say(karim, 'مصلحة الحالة المدنية');
    expect((await h.say(karim, 'قابس')).join('\n')).toContain('1. الحالة المدنية');

    const done = await h.say(karim, 'أنجزت');
    expect(done[0]).toBe(
      '✅ سُجّل: « مذكرة الإطار » تم إنجازه. لا مزيد من التذكيرات بشأنه.\nأُشِّر عليه خطأً؟ /deadlines undo',
    );
    expect(done.at(-1)).toContain('1. الحالة المدنية');
    expect((await statusOf(karim, first.id))?.doneAt).toBeInstanceOf(Date);
    await h.say(karim, '٢');
    expect(await domainOf(karim)).toBe('waste_cleaning');

    await h.say(karim, '/back');
    const second = await remind(karim, 'Rapport trimestriel', 'التقرير الفصلي');
    expect(second.text).toContain(
      '« لاحقا » ⏰ ذكّرني غدًا\n\nℹ️ للرد على هذا التذكير، اكتب إحدى الكلمات الموضوعة بين « » أعلاه. ' +
        'أمّا الرقم (1، 2…) فيبقى جوابًا عن السؤال المفتوح قبله.',
    );
    await h.say(karim, '3');
    expect(await domainOf(karim)).toBe('building_permits');
    expect(await statusOf(karim, second.id)).toBeNull();
    const later = await h.say(karim, 'لاحقا');
    expect(later[0]).toMatch(/^⏰ حسنًا، سأذكّرك يوم /);
    expect((await statusOf(karim, second.id))?.snoozedUntil).toBeInstanceOf(Date);
  });
});
