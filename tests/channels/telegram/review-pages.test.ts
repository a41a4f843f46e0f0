import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enrol, labelsOf as labels, plainText, startHarness, type Harness } from './harness.ts';

const words = {
  fr: { page: (n: number) => `Revue — page ${n}/`, next: 'Page suivante ▶', previous: '◀ Page précédente' },
  ar: { page: (n: number) => `مراجعة — الصفحة ${n}/`, next: 'الصفحة التالية ◀', previous: '▶ الصفحة السابقة' },
} as const;

describe('Telegram: the review turns its pages in the same message', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.stop());

  it.each(['fr', 'ar'] as const)(
    '%s: « page suivante » and « page précédente » edit the review in place; a typed « + » sends the next page',
    async (locale) => {
      const w = words[locale];
      const user = h.api.user(locale === 'fr' ? 8101 : 8102, { firstName: 'Revue', languageCode: locale });
      await enrol(h, user);
      await user.send('/diagnostic');
      await h.idle();
      const list = user.lastKeyboard();
      await user.tap(list?.message_id ?? 0, list?.reply_markup?.inline_keyboard?.[0]?.[0]?.callback_data ?? '');
      await h.idle();
      await user.send('/review');
      await h.idle();
      const sent = () => h.api.sentMessages(user.chatId);
      const review = sent().at(-1);
      const now = () => h.api.message(user.chatId, review?.message_id ?? 0);
      expect(plainText(review?.text).startsWith(w.page(1))).toBe(true);
      expect(labels(review)).toEqual([w.next]);
      const count = sent().length;

      await user.tapLabel(w.next);
      await h.idle();
      // Nothing new in the chat: the same message shows page 2, with its buttons in reading order.
      expect(sent()).toHaveLength(count);
      expect(plainText(now()?.text).startsWith(w.page(2))).toBe(true);
      expect(labels(now())).toEqual(locale === 'fr' ? [w.previous, w.next] : [w.next, w.previous]);

      await user.tapLabel(w.previous);
      await h.idle();
      expect(sent()).toHaveLength(count);
      expect(plainText(now()?.text).startsWith(w.page(1))).toBe(true);
      expect(labels(now())).toEqual([w.next]);

      // Typed, « + » answers the page on screen (its keyboard goes) and the next page comes under it.
      await user.send('+');
      await h.idle();
      expect(sent()).toHaveLength(count + 1);
      expect(plainText(sent().at(-1)?.text).startsWith(w.page(2))).toBe(true);
      expect(now()?.reply_markup).toBeUndefined();
    },
  );
});
