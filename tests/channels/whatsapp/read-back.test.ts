import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MessageTypeValues as T } from '../../helpers/whatsapp-stand-in/index.ts';
import { createAppHarness, enrol, type AppHarness } from './app-harness.ts';

// A value typed in words (« environ 45 mille », « 1,2 million ») is said back as saved before the
// next question, since WhatsApp cannot show it under its question; a plain number or a choice
// picked by its number is not (it reads as typed), so no message is added to the walk.
const salma = '21655123001@c.us';
const karim = '21655123002@c.us';

let h: AppHarness;
/** The replies, numbers' thin spaces as plain ones. */
const say = async (who: string, line: string) => (await h.say(who, line)).map((r) => r.replace(/\u202f/g, ' '));
beforeAll(async () => {
  h = await createAppHarness();
  await enrol(h.app, [
    { externalId: salma, displayName: 'Salma Ben Ali', locale: 'fr', slug: 'sousse' },
    { externalId: karim, displayName: 'Karim Trabelsi', locale: 'ar', slug: 'kef' },
  ]);
});
afterAll(async () => {
  await h.cleanup();
});

describe('a typed value said back on WhatsApp', () => {
  it.each([
    [
      'French',
      salma,
      ['Service état civil', '1'],
      { words: 'environ 45 mille', read: '✅ 45 000 habitants', plain: '6', money: '1,2 million' },
      '✅ 1 200 000 DT',
    ],
    [
      'Arabic',
      karim,
      ['مصلحة الحالة المدنية', '1'],
      { words: 'حوالي 45 ألف', read: '✅ 45 000 ساكن', plain: '٦', money: '1,2 مليون' },
      '✅ 1 200 000 دينار',
    ],
  ])('%s: words are read back, a plain number is not', async (_language, who, start, typed, money) => {
    await say(who, '/diagnostic 1');
    for (const line of start) {
      const replies = await say(who, line);
      // The name and the commune read as typed; the domain was picked by its number.
      expect(replies.some((r) => r.startsWith('✅'))).toBe(false);
    }
    const population = await say(who, typed.words);
    expect(population[0]).toBe(typed.read);
    expect(population).toHaveLength(2);
    const staff = await say(who, typed.plain);
    expect(staff.some((r) => r.startsWith('✅'))).toBe(false);
    const budget = await say(who, typed.money);
    expect(budget[0]).toBe(money);
    const saved = await h.app.db.answer.findMany({
      where: { questionId: { in: ['q_residents_served', 'q_annual_budget'] } },
      orderBy: { seq: 'asc' },
      select: { questionId: true, value: true, run: { select: { team: { select: { slug: true } } } } },
    });
    const mine = saved.filter((a) => a.run.team.slug === (who === salma ? 'sousse' : 'kef'));
    expect(mine.map((a): [string, unknown] => [a.questionId, JSON.parse(a.value ?? 'null')])).toEqual([
      ['q_residents_served', 45000],
      ['q_annual_budget', 1200000],
    ]);
  });
});

describe('a photo and « I do not know » said back on WhatsApp', () => {
  const photo = { mimetype: 'image/jpeg', data: Buffer.from([0xff, 0xd8, 0xff, 0xd9]) };

  it.each([
    ['French', salma, 'hier', '✅ 📷 photo'],
    ['Arabic', karim, 'أمس', '✅ 📷 صورة'],
  ])('%s: the photo of the service is acknowledged before the next question', async (_language, who, day, said) => {
    // Both have answered up to the budget: the date of the diagnostic, then the photo.
    expect((await say(who, day)).some((r) => r.startsWith('📅'))).toBe(true);
    const before = h.standIn.sent.length;
    h.standIn.live().deliver({ from: who, type: T.IMAGE, media: photo });
    await h.idle();
    const replies = h.standIn.sent
      .slice(before)
      .filter((s) => s.chatId === who && typeof s.content === 'string')
      .map((s) => (s.content as string).replace(/[\u200b\u200e\u200f\u2066-\u2069]/g, ''));
    expect(replies[0]).toBe(said);
    expect(replies.length).toBeGreaterThan(1);
  });
});
