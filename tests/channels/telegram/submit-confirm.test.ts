import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SimulatedUser } from '../../helpers/bot-api/index.ts';
import { enrol, labelsOf as labels, plainText, startHarness, typeLines, type Harness } from './harness.ts';

const words = {
  fr: {
    summary: '📨 Soumettre « Mini diagnostic »',
    confirm: '✅ Confirmer la soumission',
    back: '↩️ Revenir à la revue',
    notSubmitted: '↩️ Non soumis',
    review: 'Revue — page 1/',
    submitted: 'Questionnaire soumis',
    firstQuestion: 'Question 1/',
  },
  ar: {
    summary: '📨 تقديم « تشخيص مصغر »',
    confirm: '✅ تأكيد التقديم',
    back: '↩️ الرجوع إلى المراجعة',
    notSubmitted: '↩️ لم يُقدَّم',
    review: 'مراجعة — الصفحة 1/',
    submitted: 'قُدِّم الاستبيان',
    firstQuestion: 'السؤال 1/',
  },
} as const;

describe('the confirmation before /submit on Telegram (Bot API stand-in, real app)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ config: { QUESTIONNAIRES_DIR: 'tests/fixtures/questionnaires' } });
  });
  afterAll(() => h.stop());

  const type = (user: SimulatedUser, ...lines: string[]) => typeLines(h, user, ...lines);

  const lastText = (user: SimulatedUser) => plainText(h.api.sentMessages(user.chatId).at(-1)?.text);

  it.each(['fr', 'ar'] as const)(
    '%s: « Revenir à la revue » takes the buttons off under « Non soumis »; « Confirmer » submits',
    async (locale) => {
      const w = words[locale];
      const user = h.api.user(locale === 'fr' ? 8501 : 8502, { firstName: 'Amel', languageCode: locale });
      await enrol(h, user);
      await type(user, '/diagnostic 1', 'Voirie', '2', '3', '1');
      for (let i = 0; i < 12 && !lastText(user).includes(w.review); i++) await type(user, '/skip');
      expect(lastText(user)).toContain(w.review);
      const run = async () => h.db.questionnaireRun.findFirstOrThrow({ where: { team: { slug: `t${user.chatId}` } } });

      await type(user, '/submit');
      const first = h.api.sentMessages(user.chatId).at(-1);
      expect(plainText(first?.text)).toContain(w.summary);
      expect(labels(first)).toEqual([w.confirm, w.back]);
      await user.tapLabel(w.back);
      await h.idle();
      const left = h.api.message(user.chatId, first?.message_id ?? 0);
      expect(left?.reply_markup?.inline_keyboard ?? []).toEqual([]);
      expect(plainText(left?.text)).toContain(w.notSubmitted);
      expect(lastText(user)).toContain(w.review);
      expect((await run()).status).toBe('open');

      await type(user, '/submit');
      const second = h.api.sentMessages(user.chatId).findLast((m) => plainText(m.text).includes(w.summary));
      expect(second?.message_id).not.toBe(first?.message_id);
      await user.tapLabel(w.confirm);
      await h.api.waitFor(
        () => h.api.sentMessages(user.chatId).some((m) => plainText(m.text).includes(w.submitted)),
        15_000,
        'submission',
      );
      // The tapped summary keeps its text and shows the choice made instead of its buttons.
      const answered = h.api.message(user.chatId, second?.message_id ?? 0);
      expect(answered?.reply_markup?.inline_keyboard ?? []).toEqual([]);
      expect(plainText(answered?.text)).toContain(w.confirm);
      expect((await run()).status).toBe('submitted');
    },
  );

  it.each([
    ['fr', '1'],
    ['ar', '١'],
  ] as const)(
    '%s: « %s » typed under the summary opens answer 1, as the review said; nothing submitted',
    async (locale, typed) => {
      const w = words[locale];
      const user = h.api.user(locale === 'fr' ? 8503 : 8504, { firstName: 'Amel', languageCode: locale });
      await enrol(h, user);
      await type(user, '/diagnostic 1', 'Voirie', '2', '3', '1');
      for (let i = 0; i < 12 && !lastText(user).includes(w.review); i++) await type(user, '/skip');
      await type(user, '/submit');
      const summary = h.api.sentMessages(user.chatId).at(-1);
      expect(plainText(summary?.text)).toContain(w.summary);
      await type(user, typed);
      const left = h.api.message(user.chatId, summary?.message_id ?? 0);
      expect(left?.reply_markup?.inline_keyboard ?? []).toEqual([]);
      expect(plainText(left?.text)).toContain(w.notSubmitted);
      expect(lastText(user)).toContain(w.firstQuestion);
      const run = await h.db.questionnaireRun.findFirstOrThrow({ where: { team: { slug: `t${user.chatId}` } } });
      expect(run.status).toBe('open');
    },
  );
});
