import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unnamedOperator } from '../../../src/core/person-name.ts';
import { createAppHarness, enrol, type AppHarness } from './app-harness.ts';

// Two SGs of one team answer the diagnostic from their phones at the same time. Both are shown the
// same question; the later answer, different, is not saved over the other's, which its author had
// not seen (it came after the question was shown): the bot says so and shows it; sent again, it
// replaces it, and the bot says whose answer it replaced, in the reader's language.
const salma = '21655123456@c.us';
const karim = '21698765432@c.us';

let h: AppHarness;
beforeAll(async () => {
  h = await createAppHarness();
  const teams = await enrol(h.app, [
    { externalId: salma, displayName: 'Salma Ben Ali', locale: 'ar', slug: 'monastir', commune: 'Monastir' },
  ]);
  await h.app.db.person.create({
    data: {
      displayName: 'Karim Trabelsi',
      locale: 'fr',
      identities: { create: { channel: 'whatsapp', externalId: karim, lastSeenAt: new Date() } },
      roles: { create: { role: 'participant' } },
      teams: { create: { teamId: teams.get(salma) ?? '' } },
    },
  });
});
afterAll(async () => {
  await h.cleanup();
});

/** The question's current answer: the last one in the team's answer log. */
async function stored(questionId: string): Promise<unknown> {
  const rows = await h.app.db.answer.findMany({ where: { questionId }, orderBy: { seq: 'asc' } });
  const raw = rows.at(-1)?.value;
  return typeof raw === 'string' ? JSON.parse(raw) : raw;
}

describe('two teammates answer the same question at once, on WhatsApp', () => {
  it('the later answer says whose answer it replaced, in Arabic and in French; the same answer says nothing', async () => {
    for (const who of [salma, karim]) {
      await h.say(who, '/diagnostic');
      await h.say(who, '1');
    }
    // Both see question 1 (the service's name). Karim answers first, then Salma.
    await h.say(karim, 'Propreté et collecte des déchets');
    const salmaFirst = await h.say(salma, 'النظافة ورفع الفضلات');
    expect(salmaFirst[0]).toMatch(/^⚠️ وصلت إجابة Karim Trabelsi عن هذا السؤال بينما كنت عليه/);
    expect(await stored('q_service_name')).toBe('Propreté et collecte des déchets');
    const salmaAgain = await h.say(salma, 'النظافة ورفع الفضلات');
    expect(salmaAgain[0]).toBe('✏️ عوّضت هذه الإجابة إجابة Karim Trabelsi: « Propreté et collecte des déchets ».');
    expect(await stored('q_service_name')).toBe('النظافة ورفع الفضلات');

    // Both at question 2 (the domain): Salma first, then Karim; her choice is named in his language.
    await h.say(salma, '3');
    expect((await h.say(karim, '2')).find((m) => m.startsWith('⚠️'))).toMatch(/^⚠️ Salma Ben Ali a répondu/);
    const karimSecond = await h.say(karim, '2');
    expect(karimSecond[0]).toBe('✏️ Cette réponse remplace celle de Salma Ben Ali : « Permis de bâtir et urbanisme ».');
    expect(await stored('q_service_domain')).toBe('waste_cleaning');

    // Both at question 3 (residents served): the same answer replaces nothing.
    await h.say(karim, '12000');
    const same = (await h.say(salma, '12000')).join('\n');
    expect(same).not.toContain('⚠️');
    expect(same).not.toContain('عوّضت');
    expect(await stored('q_residents_served')).toBe(12000);
  });

  it('a teammate with no name of their own (the console operator) is named as the reader reads them', async () => {
    await h.app.db.person.updateMany({
      where: { displayName: 'Karim Trabelsi' },
      data: { displayName: unnamedOperator },
    });
    // Both at question 4 (the service's agents): Karim first, then Salma.
    await h.say(karim, '12');
    expect((await h.say(salma, '13')).find((m) => m.startsWith('⚠️'))).toMatch(/المشغّل المحلي/);
    const salmaFourth = await h.say(salma, '13');
    expect(salmaFourth.find((m) => m.startsWith('✏️'))).toMatch(
      /^✏️ عوّضت هذه الإجابة إجابة المشغّل المحلي: « 12 عونًا »/,
    );
    expect(salmaFourth.join('\n')).not.toContain(unnamedOperator);
  });
});
