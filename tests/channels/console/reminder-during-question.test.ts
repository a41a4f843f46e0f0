import { describe, expect, it } from 'vitest';
import { useConsoleHarness, type ConsoleHarness } from './app-harness.ts';
import { teamDeadlineDueSoon } from '../../helpers/deadlines.ts';

// In the console a choice is answered by its number. A reminder that comes in the middle of a
// questionnaire has its own choices: they are answered by words (« fait »), so « 2 » still answers
// the question, whichever came first, and the reminder says so when a question is open (as on WhatsApp).
let h: ConsoleHarness | undefined;
const openConsole = useConsoleHarness();

/** A team deadline due in half an hour: the real scheduler and outbox print its reminder now. */
async function remind(c: ConsoleHarness, titleFr: string, titleAr: string): Promise<{ id: string; text: string }> {
  const deadline = await teamDeadlineDueSoon(c.app.db, c.teamId, titleFr, titleAr);
  const before = c.printed().length;
  await c.app.outbox.tick();
  const text = c.printed().slice(before);
  expect(text).toContain('⏰');
  return { id: deadline.id, text };
}

/** The service domain stored last (a changed answer is a new row). */
async function domainOf(c: ConsoleHarness): Promise<unknown> {
  const row = await c.app.db.answer.findFirstOrThrow({
    where: { questionId: 'q_service_domain', run: { teamId: c.teamId } },
    orderBy: { seq: 'desc' },
  });
  const raw = row.value;
  return typeof raw === 'string' ? JSON.parse(raw) : raw;
}

async function statusOf(c: ConsoleHarness, deadlineId: string) {
  return c.app.db.deadlineStatus.findUnique({
    where: { deadlineId_personId: { deadlineId, personId: c.personId } },
  });
}

async function start(): Promise<ConsoleHarness> {
  h = await openConsole();
  h.app.outbox.start([h.adapter], { cron: false });
  return h;
}

describe('a reminder with choices during a questionnaire, in the console', () => {
  it('French: « 2 » answers the question whichever came first; « fait » and « plus tard » answer the reminder', async () => {
    const c = await start();
    // The reminder comes first, while a text question is open: nothing to say about numbers.
    await c.say('/diagnostic 1');
    const first = await remind(c, 'Note de cadrage', 'مذكرة الإطار');
    expect(first.text).toContain('« fait » ✅ Fait\n« plus tard » ⏰ Rappeler demain');
    expect(first.text).not.toContain('ℹ️');
    expect(await c.say('Service état civil')).toContain('À quel domaine appartient ce service ?\n1. État civil');

    // Then the question's list is shown: the reminder's word still answers the reminder, and the
    // question comes back, its numbers unchanged.
    const done = await c.say('fait');
    expect(done).toContain("✅ C'est noté : « Note de cadrage » est fait. Plus de rappel pour celle-ci.");
    expect(done).toContain('À quel domaine appartient ce service ?\n1. État civil');
    expect((await statusOf(c, first.id))?.doneAt).toBeInstanceOf(Date);
    expect(await c.say('2')).toContain("Combien d'habitants");
    expect(await domainOf(c)).toBe('waste_cleaning');

    // The question is open when the reminder comes: it says which one a number answers.
    await c.say('/back');
    const second = await remind(c, 'Rapport trimestriel', 'التقرير الفصلي');
    expect(second.text).toContain(
      '« plus tard » ⏰ Rappeler demain\n\nℹ️ Pour ce rappel, tapez un des mots entre « » ci-dessus. ' +
        'Un numéro (1, 2…) répond toujours à la question ouverte plus haut.',
    );
    expect(await c.say('3')).toContain("Combien d'habitants");
    expect(await domainOf(c)).toBe('building_permits');
    expect(await statusOf(c, second.id)).toBeNull();
    const later = await c.say('plus tard');
    expect(later).toMatch(/⏰ D'accord, je vous le rappelle /);
    expect(later).toContain("Combien d'habitants");
    expect((await statusOf(c, second.id))?.snoozedUntil).toBeInstanceOf(Date);
  });

  it('Arabic: « ٢ » answers the question whichever came first; « أنجزت » and « لاحقا » answer the reminder', async () => {
    const c = await start();
    await c.say('/lang ar');
    await c.say('/diagnostic 1');
    const first = await remind(c, 'Note de cadrage', 'مذكرة الإطار');
    expect(first.text).toContain('« أنجزت » ✅ تم\n« لاحقا » ⏰ ذكّرني غدًا');
    expect(first.text).not.toContain('ℹ️');
    await c.say('مصلحة الحالة المدنية');
    expect(await c.say('قابس')).toContain('1. الحالة المدنية');

    const done = await c.say('أنجزت');
    expect(done).toContain('✅ سُجّل: « مذكرة الإطار » تم إنجازه. لا مزيد من التذكيرات بشأنه.');
    expect(done).toContain('1. الحالة المدنية');
    expect((await statusOf(c, first.id))?.doneAt).toBeInstanceOf(Date);
    await c.say('٢');
    expect(await domainOf(c)).toBe('waste_cleaning');

    await c.say('/back');
    const second = await remind(c, 'Rapport trimestriel', 'التقرير الفصلي');
    expect(second.text).toContain(
      '« لاحقا » ⏰ ذكّرني غدًا\n\nℹ️ للرد على هذا التذكير، اكتب إحدى الكلمات الموضوعة بين « » أعلاه. ' +
        'أمّا الرقم (1، 2…) فيبقى جوابًا عن السؤال المفتوح قبله.',
    );
    await c.say('3');
    expect(await domainOf(c)).toBe('building_permits');
    expect(await statusOf(c, second.id)).toBeNull();
    const later = await c.say('لاحقا');
    expect(later).toMatch(/⏰ حسنًا، سأذكّرك يوم /);
    expect((await statusOf(c, second.id))?.snoozedUntil).toBeInstanceOf(Date);
  });
});
