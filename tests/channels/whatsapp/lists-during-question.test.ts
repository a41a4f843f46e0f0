import { beforeAll, describe, expect, it } from 'vitest';
import { useAppHarness, type AppHarness } from './app-harness.ts';

// In the middle of a diagnostic, /lang shows its numbered languages, and a coordinator's /promote its
// numbered people, then its numbered confirmation. A number typed right after each picks from it (it
// used to answer the open question, shown again under the list); the question comes back once the
// list is answered, and a number typed then answers it.
const salma = '21655123456@c.us';
const karim = '21698765432@c.us';
const nadia = '21622333444@c.us';
const h: AppHarness = useAppHarness([
  { externalId: salma, displayName: 'Salma Ben Ali', locale: 'fr', slug: 'sfax' },
  { externalId: karim, displayName: 'Karim Trabelsi', locale: 'ar', slug: 'gabes' },
  { externalId: nadia, displayName: 'Nadia Gharbi', locale: 'fr', slug: 'mahdia' },
  { externalId: '21611000001@c.us', displayName: 'Amel Ben Salah', slug: 'nabeul' },
  { externalId: '21611000002@c.us', displayName: 'Amel Gharbi', slug: 'bizerte' },
  { externalId: '21611000003@c.us', displayName: 'Sami Jaziri', slug: 'kairouan' },
  { externalId: '21611000004@c.us', displayName: 'Sami Mansour', slug: 'gafsa' },
]);

beforeAll(async () => {
  for (const chat of [salma, karim]) {
    const { personId } = await h.app.db.identity.findFirstOrThrow({ where: { externalId: chat } });
    await h.app.db.personRole.create({ data: { personId, role: 'coordinator' } });
  }
});

const isCoordinator = async (name: string) =>
  (await h.app.db.personRole.count({ where: { role: 'coordinator', person: { displayName: name } } })) === 1;

/** The service domain of the team of `chat`, if answered. */
async function domainOf(chat: string): Promise<unknown> {
  const { personId } = await h.app.db.identity.findFirstOrThrow({ where: { externalId: chat } });
  const { teamId } = await h.app.db.teamMember.findFirstOrThrow({ where: { personId } });
  const row = await h.app.db.answer.findFirst({
    where: { questionId: 'q_service_domain', run: { teamId } },
    orderBy: { seq: 'desc' },
  });
  return row && JSON.parse(String(row.value));
}

describe('/promote in the middle of a question, on WhatsApp', () => {
  it('French: « 2 » picks the second person, « 1 » confirms, then « 2 » answers the question', async () => {
    await h.say(salma, '/diagnostic 1');
    expect((await h.say(salma, 'Service état civil')).at(-1)).toContain('1. État civil');
    const list = await h.say(salma, '/promote Amel');
    expect(list).toHaveLength(1);
    expect(list[0]).toContain('Qui nommer coordinateur ?');
    expect(list[0]).toContain('2. Amel Gharbi — whatsapp:21611000002@c.us · bizerte');
    expect(list[0]).toContain("ℹ️ Choisissez d'abord dans cette liste ; vous reprendrez ensuite là où vous en étiez.");
    const confirm = await h.say(salma, '2');
    expect(confirm).toHaveLength(1);
    expect(confirm[0]).toContain('Nommer coordinateur : Amel Gharbi');
    expect(confirm[0]).toContain('1. Oui, confirmer\n2. Non, annuler');
    expect(await domainOf(salma)).toBeNull();
    const done = await h.say(salma, '1');
    expect(done[0]).toBe('Amel Gharbi est maintenant coordinateur.');
    expect(done.at(-1)).toContain('À quel domaine appartient ce service ?');
    expect([await isCoordinator('Amel Gharbi'), await isCoordinator('Amel Ben Salah')]).toEqual([true, false]);
    expect((await h.say(salma, '2')).join('\n')).toContain("Combien d'habitants");
    expect(await domainOf(salma)).toBe('waste_cleaning');
  });

  it('Arabic: « ١ » picks, « ٢ » refuses the change; then « ١ » answers the question', async () => {
    await h.say(karim, '/diagnostic 1');
    expect((await h.say(karim, 'مصلحة الحالة المدنية')).at(-1)).toContain('1. الحالة المدنية');
    const list = await h.say(karim, '/ترقية Sami');
    expect(list).toHaveLength(1);
    expect(list[0]).toContain('من تريد تعيينه منسقًا؟');
    expect(list[0]).toContain('ℹ️ اختر أوّلًا من هذه القائمة، ثمّ تعود إلى حيث توقّفت.');
    const confirm = await h.say(karim, '١');
    expect(confirm).toHaveLength(1);
    expect(confirm[0]).toContain('تعيين منسق: Sami Jaziri');
    const cancelled = await h.say(karim, '٢');
    expect(cancelled[0]).toBe('أُلغي: لم يتغيّر أي دور.');
    expect(cancelled.at(-1)).toContain('1. الحالة المدنية');
    expect(await isCoordinator('Sami Jaziri')).toBe(false);
    expect(await domainOf(karim)).toBeNull();
    expect((await h.say(karim, '١')).join('\n')).toContain('كم عدد المتساكنين');
    expect(await domainOf(karim)).toBe('civil_registry');
  });
});

describe('/lang in the middle of a question without choices, on WhatsApp', () => {
  it('« 2 » picks Arabic, the question comes back in Arabic, and what is typed then answers it', async () => {
    await h.say(nadia, '/diagnostic 1');
    const list = await h.say(nadia, '/lang');
    expect(list).toEqual([
      "*Choisissez votre langue :*\n1. Français\n2. العربية\n\nℹ️ Choisissez d'abord dans cette liste ; vous reprendrez ensuite là où vous en étiez.",
    ]);
    const picked = await h.say(nadia, '2');
    expect(picked[0]).toBe('تم: سأجيبك من الآن فصاعدًا بالعربية.');
    expect(picked.at(-1)).toContain('ما هو اسم المرفق موضوع التشخيص؟');
    expect((await h.say(nadia, '1'))[0]).toContain('⚠️ « 1 » لا يتضمّن أيّ كلمة'); // the question's own reply
    expect((await h.say(nadia, 'مصلحة الحالة المدنية')).at(-1)).toContain('1. الحالة المدنية');
  });
});
