import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SentMessage, SimulatedUser } from '../../helpers/bot-api/index.ts';
import { plainText, startHarness, typeLines, type Harness } from './harness.ts';

/** Buttons of the confirmation tapped where they should do nothing, or not what they said. */
const words = {
  fr: {
    summary: '📨 Soumettre « Mini diagnostic »',
    confirm: '✅ Confirmer la soumission',
    review: 'Revue — page 1/',
    submitted: 'Questionnaire soumis',
    bySami: "Ce questionnaire vient d'être soumis par Sami, membre de l'équipe.",
    paused: "Questionnaire en pause : rien n'a été soumis. Tapez /submit pour revoir le résumé et confirmer",
    stale: "Ce choix concerne un message précédent : rien n'a été enregistré ni soumis.",
  },
  ar: {
    summary: '📨 تقديم « تشخيص مصغر »',
    confirm: '✅ تأكيد التقديم',
    review: 'مراجعة — الصفحة 1/',
    submitted: 'قُدِّم الاستبيان',
    bySami: 'قُدِّم هذا الاستبيان للتوّ من قِبَل Sami، عضو الفريق.',
    paused: 'الاستبيان متوقف مؤقتًا: لم يُقدَّم شيء. اكتب /submit لعرض الملخص من جديد وتأكيده',
    stale: 'هذا الاختيار يخص رسالة سابقة: لم يُسجَّل شيء ولم يُقدَّم شيء.',
  },
} as const;

const buttons = (m: SentMessage | undefined) => m?.reply_markup?.inline_keyboard?.flat() ?? [];

describe('Telegram: the confirmation’s edge cases (Bot API stand-in, real app, real SQLite)', () => {
  let h: Harness;
  let teams = 0;
  beforeAll(async () => {
    h = await startHarness({ config: { QUESTIONNAIRES_DIR: 'tests/fixtures/questionnaires' } });
  });
  afterAll(() => h.stop());

  const type = (user: SimulatedUser, ...lines: string[]) => typeLines(h, user, ...lines);
  const sent = (user: SimulatedUser) => h.api.sentMessages(user.chatId);
  const lastText = (user: SimulatedUser) => plainText(sent(user).at(-1)?.text);
  const now = (user: SimulatedUser, m: SentMessage | undefined) => h.api.message(user.chatId, m?.message_id ?? 0);
  const personOf = async (user: SimulatedUser) =>
    (
      await h.db.identity.findUniqueOrThrow({
        where: { channel_externalId: { channel: 'telegram', externalId: String(user.chatId) } },
      })
    ).personId;

  /** One team (commune Béja) with these people, each after their /start. */
  async function team(...users: SimulatedUser[]): Promise<string> {
    const cohort = await h.db.cohort.upsert({ where: { name: 'Edges' }, update: {}, create: { name: 'Edges' } });
    const made = await h.db.team.create({
      data: { slug: `edges${++teams}`, name: 'Béja', commune: 'Béja', cohortId: cohort.id },
    });
    for (const user of users) {
      await type(user, '/start');
      await h.db.teamMember.create({ data: { teamId: made.id, personId: await personOf(user) } });
    }
    return made.id;
  }

  /** The four required answers, the optional questions passed, up to the review. */
  async function walk(user: SimulatedUser, review: string, afterFirst?: () => Promise<void>) {
    await type(user, '/diagnostic 1', 'Voirie');
    await afterFirst?.();
    await type(user, '2', '3', '1');
    for (let i = 0; i < 12 && !lastText(user).includes(review); i++) await type(user, '/skip');
    expect(lastText(user)).toContain(review);
  }

  /** The summary asked by /submit, its buttons there. */
  async function summary(user: SimulatedUser, locale: 'fr' | 'ar') {
    await type(user, '/submit');
    const m = sent(user).at(-1);
    expect(plainText(m?.text)).toContain(words[locale].summary);
    return m as SentMessage;
  }
  const confirmData = (m: SentMessage, locale: 'fr' | 'ar') =>
    buttons(m).find((b) => plainText(b.text) === words[locale].confirm)?.callback_data ?? '';

  it.each(['fr', 'ar'] as const)(
    '%s: « Confirmer » tapped after /pause names the teammate who submitted meanwhile, or says how to confirm',
    async (locale) => {
      const w = words[locale];
      const base = locale === 'fr' ? 8601 : 8611;
      const amel = h.api.user(base, { firstName: 'Amel', languageCode: locale });
      const sami = h.api.user(base + 1, { firstName: 'Sami', languageCode: locale });
      const teamId = await team(amel, sami);
      await walk(amel, w.review);
      const run = () => h.db.questionnaireRun.findFirstOrThrow({ where: { teamId } });

      // Still open: the tap racing /pause submits nothing and says what to do.
      let asked = await summary(amel, locale);
      let racing = confirmData(asked, locale);
      await type(amel, '/pause');
      expect(buttons(now(amel, asked))).toEqual([]);
      await amel.tap(asked.message_id, racing);
      await h.idle();
      expect(lastText(amel)).toContain(w.paused);
      expect((await run()).status).toBe('open');

      // Sami submits while Amel's chat is paused: her tap says who did.
      asked = await summary(amel, locale);
      racing = confirmData(asked, locale);
      await type(amel, '/pause');
      await type(sami, '/diagnostic 1');
      const his = await summary(sami, locale);
      await sami.tap(his.message_id, confirmData(his, locale));
      await h.api.waitFor(() => sent(sami).some((m) => plainText(m.text).includes(w.submitted)), 15_000, 'submitted');
      await h.idle();
      const submitted = await run();
      expect(submitted.submittedById).toBe(await personOf(sami));
      await amel.tap(asked.message_id, racing);
      await h.idle();
      expect(lastText(amel)).toContain(w.bySami);
      const after = await run();
      expect([after.submittedById, after.submittedAt]).toEqual([submitted.submittedById, submitted.submittedAt]);
    },
  );

  it.each(['fr', 'ar'] as const)(
    '%s: a question’s button left live, tapped while asked to confirm: refused, its keyboard goes, the confirmation stays',
    async (locale) => {
      const w = words[locale];
      const amel = h.api.user(locale === 'fr' ? 8621 : 8622, { firstName: 'Amel', languageCode: locale });
      const teamId = await team(amel);
      // The bot restarts while the second question (buttons) is on screen: answered by a typed
      // number, its message is not known any more and keeps its keyboard.
      let old: SentMessage | undefined;
      await walk(amel, w.review, async () => {
        old = sent(amel).at(-1);
        await h.restart();
      });
      expect(buttons(now(amel, old)).length).toBeGreaterThan(0);
      const asked = await summary(amel, locale);

      const tap = await amel.tap(old?.message_id ?? 0, buttons(now(amel, old))[0]?.callback_data ?? '');
      const toast = plainText(((await amel.callbackAnswer(tap)).params as { text?: string }).text);
      await h.idle();
      expect(toast).toContain(w.stale);
      expect(buttons(now(amel, old))).toEqual([]);
      // Still asked: the summary keeps its buttons, and they submit.
      expect(buttons(now(amel, asked)).length).toBe(2);
      const run = () => h.db.questionnaireRun.findFirstOrThrow({ where: { teamId } });
      expect((await run()).status).toBe('open');
      await amel.tap(asked.message_id, confirmData(asked, locale));
      await h.api.waitFor(() => sent(amel).some((m) => plainText(m.text).includes(w.submitted)), 15_000, 'submitted');
      expect((await run()).status).toBe('submitted');
    },
  );
});
