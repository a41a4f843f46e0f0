import { beforeAll, describe, expect, it } from 'vitest';
import { useAppHarness, type AppHarness } from './app-harness.ts';

// « /deadlines 2 » typed during a questionnaire means the deadline shown under 2 in the list the chat
// last saw. Once the first is ticked, the list shown again would put the third under 2: typing the
// number seen earlier still ticks the second, a number already ticked ticks nothing else, and with
// no list seen nothing is ticked — the list is shown with its numbers. A lone number typed under the
// question shown again (one without choices) answers the question, as the list's footer says.
const salma = '21655123456@c.us';
const karim = '21698765432@c.us';
const nadia = '21622333444@c.us';
const sami = '21655666777@c.us';
const h: AppHarness = useAppHarness([
  { externalId: salma, displayName: 'Salma Ben Ali', locale: 'fr', slug: 'sfax' },
  { externalId: karim, displayName: 'Karim Trabelsi', locale: 'ar', slug: 'gabes' },
  { externalId: nadia, displayName: 'Nadia Gharbi', locale: 'fr', slug: 'nabeul' },
  { externalId: sami, displayName: 'Sami Jaziri', locale: 'ar', slug: 'kairouan' },
]);

const titles: [string, string][] = [
  ['Note de cadrage', 'مذكرة الإطار'],
  ['Budget participatif', 'الميزانية التشاركية'],
  ['Rapport annuel', 'التقرير السنوي'],
];
const ids = new Map<string, string[]>();

async function personOf(chat: string) {
  const { personId } = await h.app.db.identity.findFirstOrThrow({ where: { externalId: chat } });
  return personId;
}

beforeAll(async () => {
  for (const chat of [salma, karim, nadia, sami]) {
    const { teamId } = await h.app.db.teamMember.findFirstOrThrow({ where: { personId: await personOf(chat) } });
    const created = [];
    // Due in 2, 3 and 4 days, without reminders: listed in that order.
    for (const [i, [titleFr, titleAr]] of titles.entries())
      created.push(
        await h.app.db.deadline.create({
          data: {
            titleFr,
            titleAr,
            dueAt: new Date(Date.now() + (i + 2) * 86_400_000),
            offsets: [],
            audience: 'team',
            audienceTeamId: teamId,
          },
        }),
      );
    ids.set(
      chat,
      created.map((d) => d.id),
    );
  }
});

/** Which of the three deadlines are done for the person, in the list's order. */
async function done(chat: string): Promise<boolean[]> {
  const personId = await personOf(chat);
  const statuses = await h.app.db.deadlineStatus.findMany({ where: { personId, doneAt: { not: null } } });
  return (ids.get(chat) ?? []).map((id) => statuses.some((s) => s.deadlineId === id));
}

describe('/deadlines <n> refers to the list last shown, on WhatsApp', () => {
  it('French: the second seen is ticked after the first, never the third', async () => {
    await h.say(salma, '/diagnostic 1');
    expect((await h.say(salma, '/deadlines 2'))[0]).toBe(
      "Rien n'a été coché : voici votre liste et ses numéros. Tapez /deadlines suivi du numéro de l'échéance faite.",
    );
    expect(await done(salma)).toEqual([false, false, false]);
    const list = await h.say(salma, '/deadlines');
    expect(list[0]).toMatch(/1\. ⏳ .* — Note de cadrage\n2\. ⏳ .* — Budget participatif\n3\. ⏳ .* — Rapport annuel/);
    expect(list[0]).toContain("les numéros restent ceux de cette liste, même une fois l'une d'elles cochée.");

    expect((await h.say(salma, '/deadlines 1'))[0]).toContain('« Note de cadrage » est fait');
    expect((await h.say(salma, '/deadlines 2'))[0]).toContain('« Budget participatif » est fait');
    expect(await done(salma)).toEqual([true, true, false]);
    const again = await h.say(salma, '/deadlines 1');
    expect(again[0]).toBe(
      "« Note de cadrage », n° 1 de votre dernière liste, est déjà fait : rien d'autre n'a été coché.",
    );
    expect(again.at(-1)).toContain('Quel est le nom du service diagnostiqué ?');
    expect(await done(salma)).toEqual([true, true, false]);

    // The list shown again numbers what is left: its 1 is now the third.
    expect((await h.say(salma, '/deadlines'))[0]).toMatch(/1\. ⏳ .* — Rapport annuel/);
    expect((await h.say(salma, '/deadlines 2'))[0]).toBe(
      "Il n'y a pas d'échéance n° 2 : la liste n'en compte qu'une, /deadlines 1.",
    );
    expect((await h.say(salma, '/deadlines 1'))[0]).toContain('« Rapport annuel » est fait');
    expect(await done(salma)).toEqual([true, true, true]);
  });

  it('Arabic: the same, with Arabic digits typed', async () => {
    await h.say(karim, '/diagnostic 1');
    expect((await h.say(karim, '/آجال ٢'))[0]).toBe(
      'لم يُسجَّل أي شيء: هذه قائمتك بأرقامها. اكتب /deadlines متبوعًا برقم الأجل المنجَز.',
    );
    const list = await h.say(karim, '/deadlines');
    expect(list[0]).toContain('تبقى الأرقام أرقامَ هذه القائمة حتى بعد تسجيل أحدها منجَزًا.');
    await h.say(karim, '/deadlines ١');
    await h.say(karim, '/آجال ٢');
    expect(await done(karim)).toEqual([true, true, false]);
    expect((await h.say(karim, '/deadlines ٢'))[0]).toBe(
      '« الميزانية التشاركية »، رقم 2 في قائمتك الأخيرة، منجَز من قبل: لم يُسجَّل أي أجل آخر.',
    );
    expect(await done(karim)).toEqual([true, true, false]);
  });

  it.each([
    [nadia, 'Quel est le nom du service diagnostiqué ?', '⚠️ « 1 » ne contient aucun mot : cette question attend'],
    [sami, 'ما هو اسم المرفق موضوع التشخيص؟', '⚠️ « 1 » لا يتضمّن أيّ كلمة: ينتظر هذا السؤال'],
  ])(
    'a lone number under the question shown again answers the question, never the list (%s)',
    async (chat, first, second) => {
      await h.say(chat, '/diagnostic 1');
      const list = await h.say(chat, '/deadlines');
      expect(list.at(-1)).toContain(first);
      const answered = await h.say(chat, '1');
      expect(answered[0]).toContain(second); // the question's own reply to « 1 »
      expect(await done(chat)).toEqual([false, false, false]);
    },
  );
});
