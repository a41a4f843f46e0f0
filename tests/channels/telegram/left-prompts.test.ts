import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Question } from '../../../src/features/questionnaires/definitions.ts';
import { defaultQuestionnairesDir, loadQuestionnaires } from '../../../src/features/questionnaires/index.ts';
import type { SentMessage, SimulatedUser } from '../../helpers/bot-api/index.ts';
import { plainText, startHarness, type Harness, enrol } from './harness.ts';

// The training evaluation: every question has buttons, two of them may be skipped.
const q = loadQuestionnaires(defaultQuestionnairesDir).find((x) => x.id === 'evaluation-session');
if (!q) throw new Error('no evaluation-session questionnaire');
const question = (id: string) => q.byId.get(id) as Question;

const words = {
  fr: {
    back: '↩️ Retour à la question précédente',
    skip: '⏭ Question passée',
    pause: '⏸ Questionnaire en pause',
    review: '📋 Passage à la revue',
    paused: "Questionnaire en pause : rien n'a été enregistré. Tapez /diagnostic pour reprendre.",
    stale: "Ce choix concerne une question précédente : rien n'a été enregistré.",
  },
  ar: {
    back: '↩️ رجوع إلى السؤال السابق',
    skip: '⏭ تم تجاوز السؤال',
    pause: '⏸ الاستبيان متوقف مؤقتًا',
    review: '📋 الانتقال إلى المراجعة',
    paused: 'الاستبيان متوقف مؤقتًا: لم يُسجَّل شيء. اكتب /diagnostic للاستئناف.',
    stale: 'هذا الاختيار يخص سؤالًا سابقًا: لم يُسجَّل شيء.',
  },
} as const;

const review = { fr: /^Revue —/, ar: /^مراجعة —/ };
const buttons = (m: SentMessage | undefined) => m?.reply_markup?.inline_keyboard?.flat() ?? [];

describe('Telegram: a question left by a command loses its buttons', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.stop());

  /** Waits for copy number `copy` (1 = the first) of a question in the chat. */
  function shown(user: SimulatedUser, id: string, locale: 'fr' | 'ar', copy = 1) {
    const label = question(id).label[locale];
    return h.api.waitFor(
      () => h.api.sentMessages(user.chatId).filter((m) => plainText(m.text).includes(label))[copy - 1],
      10_000,
      `${id} (copy ${copy})`,
    );
  }

  const now = (user: SimulatedUser, m: SentMessage) => h.api.message(user.chatId, m.message_id);

  /** A tap on the first button of `m` (or on `data`, a button it had), and the toast it gets. */
  async function toastOf(user: SimulatedUser, m: SentMessage, data = buttons(m)[0]?.callback_data ?? '') {
    const tap = await user.tap(m.message_id, data);
    const answer = await user.callbackAnswer(tap);
    return plainText((answer.params as { text?: string }).text);
  }

  it.each(['fr', 'ar'] as const)(
    '%s: /back, /skip, /review and /pause take the buttons off the question left, with a line saying why',
    async (locale) => {
      const w = words[locale];
      const user = h.api.user(locale === 'fr' ? 8101 : 8102, { firstName: 'Left', languageCode: locale });
      await enrol(h, user);
      await user.send('/diagnostic 3');
      await shown(user, 'q_session', locale);
      await user.send('1');
      await shown(user, 'q_satisfaction', locale);
      await user.send('4');
      const relevance = await shown(user, 'q_relevance', locale);
      expect(buttons(relevance).length).toBeGreaterThan(0);

      // /back: the question left says so, without buttons; the previous one comes with its own.
      await user.send('/back');
      const again = await shown(user, 'q_satisfaction', locale, 2);
      await h.idle();
      expect(now(user, relevance)?.reply_markup).toBeUndefined();
      expect(plainText(now(user, relevance)?.text).endsWith(`\n\n${w.back}`)).toBe(true);
      expect(buttons(now(user, again)).length).toBeGreaterThan(0);

      // /skip over an answered question: it keeps its answer, shown as saved.
      await user.send('/skip');
      await shown(user, 'q_relevance', locale, 2);
      await h.idle();
      expect(now(user, again)?.reply_markup).toBeUndefined();
      expect(plainText(now(user, again)?.text)).toMatch(/\n\n✅ 4\/5 — \S+/);

      await user.send('4');
      await shown(user, 'q_facilitation', locale);
      await user.send('4');
      await shown(user, 'q_theory_practice', locale);
      await user.send('1');
      const peers = await shown(user, 'q_peer_exchange', locale);

      // /skip over an open optional question: « ⏭ » under it.
      await user.send('/skip');
      const skipped = await shown(user, 'q_materials', locale);
      await h.idle();
      expect(now(user, peers)?.reply_markup).toBeUndefined();
      expect(plainText(now(user, peers)?.text).endsWith(`\n\n${w.skip}`)).toBe(true);

      // /review: « 📋 » under the question; a number typed in the review asks it again.
      await user.send('/review');
      await h.api.waitFor(() => h.api.sentMessages(user.chatId).find((m) => review[locale].test(plainText(m.text))));
      await h.idle();
      expect(now(user, skipped)?.reply_markup).toBeUndefined();
      expect(plainText(now(user, skipped)?.text).endsWith(`\n\n${w.review}`)).toBe(true);
      await user.send('7');
      const materials = await shown(user, 'q_materials', locale, 2);

      // /pause: « ⏸ » under the question, and a tap racing the keyboard's removal is told why.
      const racing = buttons(materials)[0]?.callback_data;
      await user.send('/pause');
      await h.idle();
      expect(now(user, materials)?.reply_markup).toBeUndefined();
      expect(plainText(now(user, materials)?.text).endsWith(`\n\n${w.pause}`)).toBe(true);
      expect(await toastOf(user, materials, racing)).toBe(w.paused);
      // Only the keyboard of the question on screen was live: every earlier one is gone too.
      expect(h.api.sentMessages(user.chatId).filter((m) => buttons(m).length > 0)).toHaveLength(0);
    },
  );

  it.each(['fr', 'ar'] as const)(
    '%s: after a restart, a tap on a button left live gets a clear toast and its keyboard goes',
    async (locale) => {
      const w = words[locale];
      const user = h.api.user(locale === 'fr' ? 8111 : 8112, { firstName: 'Restart', languageCode: locale });
      await enrol(h, user);
      await user.send('/diagnostic 3');
      await shown(user, 'q_session', locale);
      await user.send('1');
      const satisfaction = await shown(user, 'q_satisfaction', locale);
      await h.idle();

      // The new bot does not know which message holds which question: /back leaves it live.
      await h.restart();
      await user.send('/back');
      await shown(user, 'q_session', locale, 2);
      await h.idle();
      expect(buttons(now(user, satisfaction)).length).toBeGreaterThan(0);
      expect(await toastOf(user, satisfaction)).toContain(w.stale);
      await h.idle();
      expect(now(user, satisfaction)?.reply_markup).toBeUndefined();

      // Paused across a restart: a tap on the question left live says so, in the person's language.
      const session = await shown(user, 'q_session', locale, 2);
      await h.restart();
      await user.send('/pause');
      await user.replies(1);
      expect(buttons(now(user, session)).length).toBeGreaterThan(0);
      expect(await toastOf(user, session)).toBe(w.paused);
      await h.idle();
      expect(now(user, session)?.reply_markup).toBeUndefined();
      // Nothing was recorded by those taps: the session's one answer is still the only one.
      const run = await h.db.questionnaireRun.findFirstOrThrow({ where: { team: { slug: `t${user.chatId}` } } });
      expect(await h.db.answer.count({ where: { runId: run.id } })).toBe(1);
    },
  );
});
