import { describe, expect, it } from 'vitest';
import { useConsoleHarness, type ConsoleHarness } from './app-harness.ts';

// /lang typed while a question with choices is open shows its numbered list of languages. A number
// typed right after it picks the language (it used to answer the open question, shown again under
// the list); the question comes back once the language is picked, and a number then answers it.
const openConsole = useConsoleHarness();

/** The service domain stored last, if any. */
async function domainOf(c: ConsoleHarness): Promise<unknown> {
  const row = await c.app.db.answer.findFirst({
    where: { questionId: 'q_service_domain', run: { teamId: c.teamId } },
    orderBy: { seq: 'desc' },
  });
  return row && JSON.parse(String(row.value));
}

const localeOf = async (c: ConsoleHarness) =>
  (await c.app.db.person.findUniqueOrThrow({ where: { id: c.personId } })).locale;

describe('/lang in the middle of a question, in the console', () => {
  it('French: « 2 » after the list picks Arabic, then « 1 » answers the question shown again', async () => {
    const c = await openConsole();
    await c.say('/diagnostic 1');
    expect(await c.say('Service état civil')).toContain('À quel domaine appartient ce service ?\n1. État civil');
    const list = await c.say('/lang');
    expect(list).toContain(
      "Choisissez votre langue :\n1. Français\n2. العربية\n\nℹ️ Choisissez d'abord dans cette liste ; vous reprendrez ensuite là où vous en étiez.",
    );
    expect(list).not.toContain('À quel domaine');
    const picked = await c.say('2');
    expect(picked).toContain('تم: سأجيبك من الآن فصاعدًا بالعربية.');
    expect(picked).toMatch(/\n1\. الحالة المدنية/);
    expect(await localeOf(c)).toBe('ar');
    expect(await domainOf(c)).toBeNull();
    expect(await c.say('1')).toContain('كم عدد المتساكنين');
    expect(await domainOf(c)).toBe('civil_registry');
  });

  it('Arabic: « ١ » after the list picks French, even after a restart; then « 2 » answers the question', async () => {
    const c = await openConsole();
    await c.say('/lang ar');
    await c.say('/diagnostic 1');
    expect(await c.say('مصلحة الحالة المدنية')).toMatch(/\n1\. الحالة المدنية/);
    const list = await c.say('/لغة');
    expect(list).toContain('ℹ️ اختر أوّلًا من هذه القائمة، ثمّ تعود إلى حيث توقّفت.');
    expect(list).not.toContain('الحالة المدنية');
    // The list is the last one shown: after a restart, a number still picks from it.
    await c.restart();
    const picked = await c.say('١');
    expect(picked).toContain("C'est noté");
    expect(picked).toContain('À quel domaine appartient ce service ?\n1. État civil');
    expect(await localeOf(c)).toBe('fr');
    expect(await domainOf(c)).toBeNull();
    expect(await c.say('2')).toContain("Combien d'habitants");
    expect(await domainOf(c)).toBe('waste_cleaning');
  });
});
