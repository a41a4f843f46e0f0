import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enrol, plainText, startHarness, typeLines, type Harness } from './harness.ts';

// On Telegram, an answer typed at a question with buttons is shown in place (its message edited to
// « ✅ … »). A question without buttons cannot show it: a value typed in words is said back in a
// message of its own before the next question, and a plain number is not.
let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.stop());

describe('a typed value said back on Telegram', () => {
  it.each([
    ['fr', 8301, ['Service état civil', '1'], 'environ 45 mille', '✅ 45 000 habitants', '6'],
    ['ar', 8302, ['مصلحة الحالة المدنية', '1'], 'حوالي 45 ألف', '✅ 45 000 ساكن', '٦'],
  ] as const)(
    '%s: words read back in a message, a choice shown in place',
    async (locale, id, start, words, read, plain) => {
      const user = h.api.user(id, { firstName: 'Read', languageCode: locale });
      await enrol(h, user);
      await user.send('/diagnostic 1');
      await h.idle();
      const texts = () => h.api.sentMessages(user.chatId).map((m) => plainText(m.text).replace(/\u202f/g, ' '));
      await typeLines(h, user, ...start);
      // The domain, typed as « 1 » at its buttons, is shown in its own message: nothing is added.
      expect(texts().filter((t) => t.startsWith('✅'))).toEqual([]);
      const before = texts().length;
      await user.send(words);
      await h.idle();
      const after = texts().slice(before);
      expect(after[0]).toBe(read);
      expect(after).toHaveLength(2);
      await user.send(plain);
      await h.idle();
      expect(
        texts()
          .slice(before + 2)
          .filter((t) => t.startsWith('✅')),
      ).toEqual([]);
    },
  );
});
