import { describe, expect, it } from 'vitest';
import { useAppHarness } from './app-harness.ts';

// Several numbers typed where one choice is asked are not « a choice not recognised »: the person
// is told that one choice only is taken here, and nothing is stored.
const salma = '21655123456@c.us';
const karim = '21655987654@c.us';

const h = useAppHarness([
  { externalId: salma, displayName: 'Salma Ben Ali', locale: 'fr', slug: 'sfax' },
  { externalId: karim, displayName: 'Karim Trabelsi', locale: 'ar', slug: 'gabes' },
]);

const domains = (slug: string) =>
  h.app.db.answer.count({ where: { questionId: 'q_service_domain', run: { team: { slug } } } });

describe('several choices typed at a single-choice question, on WhatsApp', () => {
  it.each([
    [
      'French',
      salma,
      'sfax',
      ['Service état civil'],
      ['1,3', '1 et 3'],
      'Une seule réponse est possible ici : envoyez un seul numéro, de 1 à 9.',
    ],
    [
      'Arabic',
      karim,
      'gabes',
      ['مصلحة الحالة المدنية'],
      ['١، ٣', '1 و 3'],
      'إجابة واحدة فقط ممكنة هنا: أرسل رقمًا واحدًا، من 1 إلى 9.',
    ],
  ])(
    '%s: one choice only, said so; the question stays open, nothing stored',
    async (_language, who, slug, before, typed, said) => {
      await h.say(who, '/diagnostic 1');
      for (const line of before) await h.say(who, line);
      for (const text of typed) {
        const replies = await h.say(who, text);
        expect(replies[0]).toBe(`⚠️ ${said}`);
        expect(replies.at(-1)).toMatch(/\n1\. .+\n2\. /);
      }
      expect(await domains(slug)).toBe(0);
      await h.say(who, '3');
      expect(await domains(slug)).toBe(1);
    },
  );
});
