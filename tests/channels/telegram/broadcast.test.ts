import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SentMessage, SimulatedUser } from '../../helpers/bot-api/index.ts';
import { formatLocalDateTime } from '../../../src/core/time.ts';
import { buttonsOf as buttons, labelsOf as labels, plainText, startHarness, type Harness } from './harness.ts';

// Coordinators (chat ids) of this file, one or two a test so that chats do not mix.
const coordinators = [9201, 9202, 9211, 9212, 9221, 9222, 9231, 9232, 9241, 9242, 9251, 9252, 9261, 9262, 9271, 9272];

const words = {
  fr: {
    message: 'Réunion jeudi à 10 h à la mairie',
    audiences: ['Tout le monde', 'Une équipe', 'Une cohorte', 'Les participants', 'Les coordinateurs'],
    late: "Retardataires d'une échéance",
    team: 'Une équipe',
    cohort: 'Une cohorte',
    older: '🔽 Cohortes plus anciennes',
    newer: '🔼 Cohortes plus récentes',
    // The preview names the team, as /broadcasts does.
    count: 'Équipe Sfax (sfax) : une personne le recevra (joignable maintenant : 1).',
    send: '✅ Envoyer',
    cancel: '✖️ Annuler',
    sent: '✅ Envoi confirmé',
    queued: 'Diffusion confirmée pour un destinataire',
    list: '— équipe Sfax (sfax) : « Réunion jeudi à 10 h à la mairie » — 1 en attente',
    cancelledLine: '✖️ Diffusion annulée',
    cancelled: "Diffusion abandonnée ; rien n'a été envoyé.",
    noLate:
      "Aucune échéance n'est encore passée : personne n'est en retard. Votre texte est gardé : choisissez un autre public.",
    stale: "Cette diffusion a été annulée : rien n'a été envoyé. Tapez /broadcast pour en écrire une autre.",
    again: 'Réunion reportée à vendredi 9 h',
    replacedLine: '↪️ Brouillon remplacé',
    replaces:
      'Ce brouillon remplace le précédent, qui attendait encore votre confirmation : celui-là ne sera pas envoyé.',
    replaced:
      "Ce brouillon a été remplacé : rien n'a été envoyé. Le brouillon en cours, « Réunion reportée à vendredi 9 h », attend votre confirmation : /broadcasts pour le revoir.",
    alreadySent: (when: string) =>
      `Cette diffusion a déjà été envoyée (confirmée le ${when}) : rien n'a été renvoyé. Suivez-la avec /broadcasts.`,
  },
  ar: {
    message: 'اجتماع يوم الخميس على الساعة العاشرة بالبلدية',
    audiences: ['الجميع', 'فريق', 'دفعة', 'المشاركون', 'المنسقون'],
    late: 'المتأخرون عن أجل',
    team: 'فريق',
    cohort: 'دفعة',
    older: '🔽 دفعات أقدم',
    newer: '🔼 دفعات أحدث',
    count: 'فريق Sfax (sfax): سيتلقاها شخص واحد (يمكن مراسلته الآن: 1).',
    send: '✅ إرسال',
    cancel: '✖️ إلغاء',
    sent: '✅ تم تأكيد الإرسال',
    queued: 'تم تأكيد الرسالة لشخص واحد',
    // Cut between two words, not inside « بالبلدية ».
    list: '— فريق Sfax (sfax): « اجتماع يوم الخميس على الساعة العاشرة… » — رسالة واحدة في الانتظار',
    cancelledLine: '✖️ أُلغيت الرسالة الجماعية',
    cancelled: 'تم التراجع عن الرسالة الجماعية؛ لم يُرسل شيء.',
    noLate: 'لم يحن أي أجل بعد: لا أحد متأخر. نصّك محفوظ: اختر جمهورًا آخر.',
    stale: 'أُلغيت هذه الرسالة الجماعية: لم يُرسل شيء. اكتب /broadcast لكتابة رسالة أخرى.',
    again: 'الاجتماع مؤجل إلى يوم الجمعة على الساعة التاسعة',
    replacedLine: '↪️ استُبدلت المسودة',
    replaces: 'هذه المسودة تحلّ محلّ السابقة التي كانت تنتظر تأكيدك: لن تُرسل تلك.',
    replaced:
      'استُبدلت هذه المسودة: لم يُرسل شيء. المسودة الحالية، « الاجتماع مؤجل إلى يوم الجمعة على الساعة… »، تنتظر تأكيدك: /broadcasts لمراجعتها.',
    alreadySent: (when: string) =>
      `سبق إرسال هذه الرسالة الجماعية (أُكِّد إرسالها يوم ${when}): لم يُعَد إرسال شيء. تابعها بـ /broadcasts.`,
  },
} as const;

describe('Telegram: a coordinator broadcasts', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({
      // Quiet hours off: the preview does not depend on the hour the test runs at.
      config: { COORDINATORS: coordinators.map((id) => `telegram:${id}`).join(','), QUIET_HOURS: 'off' },
    });
    // Team sfax, of the oldest of eight cohorts, has one participant who has written to the bot.
    const cohorts = [];
    for (let i = 1; i <= 8; i++)
      cohorts.push(await h.db.cohort.create({ data: { name: `Vague ${i}`, createdAt: new Date(2025, 0, i) } }));
    const team = await h.db.team.create({
      data: { slug: 'sfax', name: 'Sfax', commune: 'Sfax', cohortId: cohorts[0]?.id ?? '' },
    });
    const amel = await h.db.identity.create({
      data: {
        channel: 'telegram',
        externalId: '9299',
        lastSeenAt: new Date('2025-01-01T00:00:00Z'),
        person: { create: { displayName: 'Amel' } },
      },
    });
    await h.db.teamMember.create({ data: { teamId: team.id, personId: amel.personId } });
  });
  afterAll(() => h.stop());

  const now = (user: SimulatedUser, m: SentMessage | undefined) => h.api.message(user.chatId, m?.message_id ?? 0);
  const sent = (user: SimulatedUser) => h.api.sentMessages(user.chatId);
  /** The bot's message to this chat whose text starts with `start`, once it is there (the latest such). */
  const shown = (user: SimulatedUser, start: string) =>
    h.api.waitFor(() => sent(user).findLast((m) => plainText(m.text).startsWith(start)), 10_000, start);

  async function tap(user: SimulatedUser, label: string) {
    await user.tapLabel(label);
    await h.idle();
  }
  async function say(user: SimulatedUser, text: string) {
    await user.send(text);
    await h.idle();
  }

  /** /start, /broadcast, the message in the coordinator's language (asked first), « - » for the other. */
  async function compose(user: SimulatedUser, locale: 'fr' | 'ar') {
    await say(user, '/start');
    await say(user, '/broadcast');
    await say(user, words[locale].message);
    await say(user, '-');
    return shown(user, locale === 'fr' ? "À qui l'envoyer ?" : 'إلى من تُرسل؟');
  }

  it.each(['fr', 'ar'] as const)(
    '%s: writes, picks a team, checks the preview, sends, and finds it in /broadcasts',
    async (locale) => {
      const w = words[locale];
      const user = h.api.user(locale === 'fr' ? 9201 : 9202, { firstName: 'Coord', languageCode: locale });
      const audience = await compose(user, locale);
      // Every audience on its own button, in full: no numbered list above number buttons.
      expect(labels(audience)).toEqual([...w.audiences, w.late]);
      expect(plainText(audience.text)).not.toMatch(/\n1\. /);

      await tap(user, w.team);
      const teams = user.lastKeyboard();
      expect(labels(teams)).toEqual(['Sfax (sfax)']);
      await tap(user, 'sfax');
      const preview = user.lastKeyboard();
      const text = plainText(preview?.text);
      expect(text).toContain(locale === 'fr' ? `🇫🇷 ${w.message}` : `🇹🇳 ${w.message}`);
      expect(text).toContain(w.count);
      expect(labels(preview)).toEqual([w.send, w.cancel]);

      await tap(user, w.send);
      // The preview keeps its text and says what was done, once (not « ✅ ✅ Envoyer »).
      expect(now(user, preview)?.reply_markup).toBeUndefined();
      expect(plainText(now(user, preview)?.text)).toBe(`${text}\n\n${w.sent}`);
      expect(plainText(sent(user).at(-1)?.text)).toContain(w.queued);

      await say(user, '/broadcasts');
      expect(plainText(sent(user).at(-1)?.text)).toContain(w.list);
    },
  );

  it.each(['fr', 'ar'] as const)(
    '%s: the cohorts turn a page in the same message, and a cohort on the next page is picked there',
    async (locale) => {
      const w = words[locale];
      const user = h.api.user(locale === 'fr' ? 9211 : 9212, { firstName: 'Coord', languageCode: locale });
      await compose(user, locale);
      await tap(user, w.cohort);
      const page = user.lastKeyboard();
      expect(
        labels(page)
          .slice(0, 6)
          .map((l) => l.split(' — ')[0]),
      ).toEqual([8, 7, 6, 5, 4, 3].map((n) => `Vague ${n}`));
      expect(labels(page).at(-1)).toBe(w.older);
      const count = sent(user).length;

      await tap(user, w.older);
      // The same message shows the second page: nothing new in the chat.
      expect(sent(user)).toHaveLength(count);
      expect(plainText(now(user, page)?.text)).toContain(locale === 'fr' ? '(page 2 sur 2)' : '(الصفحة 2 من 2)');
      expect(labels(now(user, page)).map((l) => l.split(' — ')[0])).toEqual(['Vague 2', 'Vague 1', w.newer]);
      await tap(user, w.newer);
      expect(sent(user)).toHaveLength(count);
      expect(labels(now(user, page)).at(-1)).toBe(w.older);
      await tap(user, w.older);

      await tap(user, 'Vague 1');
      expect(plainText(now(user, page)?.text)).toMatch(/\n\n✅ Vague 1 — /);
      expect(now(user, page)?.reply_markup).toBeUndefined();
      expect(labels(user.lastKeyboard())).toEqual([w.send, w.cancel]);
      await tap(user, w.cancel);
    },
  );

  it.each(['fr', 'ar'] as const)(
    '%s: /cancel takes the buttons off the list on screen and the preview, and an old button says it was cancelled',
    async (locale) => {
      const w = words[locale];
      const user = h.api.user(locale === 'fr' ? 9221 : 9222, { firstName: 'Coord', languageCode: locale });
      const toast = async (m: SentMessage | undefined, data: string) =>
        plainText(
          ((await user.callbackAnswer(await user.tap(m?.message_id ?? 0, data))).params as { text?: string }).text,
        );

      // /broadcast again at the audience step: the list of the one dropped loses its buttons too.
      const dropped = await compose(user, locale);
      await say(user, '/broadcast');
      expect(now(user, dropped)?.reply_markup).toBeUndefined();
      expect(plainText(now(user, dropped)?.text).endsWith(`\n\n${w.cancelledLine}`)).toBe(true);

      // At the audience step, on the second page of cohorts.
      await say(user, w.message);
      await say(user, '-');
      await tap(user, w.cohort);
      await tap(user, w.older);
      const cohorts = user.lastKeyboard();
      const racing = buttons(cohorts)[0]?.callback_data ?? '';
      await say(user, '/cancel');
      expect(now(user, cohorts)?.reply_markup).toBeUndefined();
      expect(plainText(now(user, cohorts)?.text).endsWith(`\n\n${w.cancelledLine}`)).toBe(true);
      expect(plainText(sent(user).at(-1)?.text)).toBe(w.cancelled);
      // A tap racing the keyboard's removal is told why nothing happens.
      expect(await toast(cohorts, racing)).toBe(w.stale);

      // Under the preview: the draft is cancelled, its « send » is refused.
      await say(user, '/broadcast');
      await say(user, w.message);
      await say(user, '-');
      await tap(user, w.team);
      await tap(user, 'sfax');
      const preview = user.lastKeyboard();
      const send = buttons(preview)[0]?.callback_data ?? '';
      await say(user, '/cancel');
      expect(now(user, preview)?.reply_markup).toBeUndefined();
      expect(plainText(now(user, preview)?.text).endsWith(`\n\n${w.cancelledLine}`)).toBe(true);
      expect(await toast(preview, send)).toBe(w.stale);
      const me = await h.db.identity.findFirstOrThrow({ where: { externalId: String(user.chatId) } });
      const drafts = await h.db.broadcast.findMany({ where: { createdById: me.personId } });
      expect(drafts.map((d) => d.status)).toEqual(['cancelled']);
      // Nothing is left open: /cancel again is an unknown command, not a second cancellation.
      await say(user, '/cancel');
      expect(plainText(sent(user).at(-1)?.text)).toContain('/cancel');
      expect(plainText(sent(user).at(-1)?.text)).not.toBe(w.cancelled);
    },
  );

  it.each(['fr', 'ar'] as const)(
    '%s: after a restart, a button of a broadcast cancelled says so and its keyboard goes',
    async (locale) => {
      const w = words[locale];
      const user = h.api.user(locale === 'fr' ? 9231 : 9232, { firstName: 'Coord', languageCode: locale });
      const audience = await compose(user, locale);
      // The new bot does not know which message holds the list: /cancel cannot take its buttons off.
      await h.restart();
      await say(user, '/cancel');
      expect(buttons(now(user, audience)).length).toBeGreaterThan(0);
      const tapped = await user.tap(audience.message_id, buttons(audience)[0]?.callback_data ?? '');
      expect(plainText(((await user.callbackAnswer(tapped)).params as { text?: string }).text)).toBe(w.stale);
      await h.idle();
      expect(now(user, audience)?.reply_markup).toBeUndefined();
      expect(plainText(sent(user).at(-1)?.text)).toBe(w.cancelled);
    },
  );

  it.each(['fr', 'ar'] as const)(
    '%s: after a restart, « Envoyer » tapped again on a broadcast sent says when it was sent, and sends nothing more',
    async (locale) => {
      const w = words[locale];
      const user = h.api.user(locale === 'fr' ? 9241 : 9242, { firstName: 'Coord', languageCode: locale });
      await compose(user, locale);
      await tap(user, w.team);
      await tap(user, 'sfax');
      const preview = user.lastKeyboard();
      const send = buttons(preview)[0]?.callback_data ?? '';
      await tap(user, w.send);
      const me = await h.db.identity.findFirstOrThrow({ where: { externalId: String(user.chatId) } });
      const sentOne = await h.db.broadcast.findFirstOrThrow({ where: { createdById: me.personId } });
      const queued = await h.db.outboxMessage.count();

      // The new bot no longer knows the preview was answered: the tap reaches the core.
      await h.restart();
      const tapped = await user.tap(preview?.message_id ?? 0, send);
      const toast = plainText(((await user.callbackAnswer(tapped)).params as { text?: string }).text);
      await h.idle();
      const when = formatLocalDateTime(sentOne.confirmedAt ?? new Date(0), 'Africa/Tunis');
      expect(toast).toBe(w.alreadySent(when));
      expect(now(user, preview)?.reply_markup).toBeUndefined();
      expect(await h.db.outboxMessage.count()).toBe(queued);
    },
  );

  it.each(['fr', 'ar'] as const)(
    '%s: « Envoyer » tapped twice in a row: one send, and the second tap says when it was sent',
    async (locale) => {
      const w = words[locale];
      const user = h.api.user(locale === 'fr' ? 9251 : 9252, { firstName: 'Coord', languageCode: locale });
      await compose(user, locale);
      await tap(user, w.team);
      await tap(user, 'sfax');
      const preview = user.lastKeyboard();
      const text = plainText(preview?.text);
      const send = buttons(preview)[0]?.callback_data ?? '';
      const queued = await h.db.outboxMessage.count();

      // Both taps are on their way before the bot has handled the first one.
      const first = await user.tap(preview?.message_id ?? 0, send);
      const second = await user.tap(preview?.message_id ?? 0, send);
      await h.idle();
      const toast = async (update: typeof first) =>
        plainText(((await user.callbackAnswer(update)).params as { text?: string }).text);
      expect(await toast(first)).toBe('');
      const me = await h.db.identity.findFirstOrThrow({ where: { externalId: String(user.chatId) } });
      const sentOne = await h.db.broadcast.findFirstOrThrow({ where: { createdById: me.personId } });
      const when = formatLocalDateTime(sentOne.confirmedAt ?? new Date(0), 'Africa/Tunis');
      expect(await toast(second)).toBe(w.alreadySent(when));
      // The preview still says it was sent; one broadcast, queued once.
      expect(plainText(now(user, preview)?.text)).toBe(`${text}\n\n${w.sent}`);
      expect(now(user, preview)?.reply_markup).toBeUndefined();
      expect(sent(user).filter((m) => plainText(m.text).includes(w.queued))).toHaveLength(1);
      expect(await h.db.outboxMessage.count()).toBe(queued + 1);
    },
  );

  it.each(['fr', 'ar'] as const)(
    '%s: « latecomers » with no deadline past keeps the text; the audience list comes again, with live buttons',
    async (locale) => {
      const w = words[locale];
      const user = h.api.user(locale === 'fr' ? 9261 : 9262, { firstName: 'Coord', languageCode: locale });
      const first = await compose(user, locale);
      await tap(user, w.late);
      // The list tapped shows the choice and loses its buttons; the new one has them all.
      expect(now(user, first)?.reply_markup).toBeUndefined();
      expect(plainText(now(user, first)?.text)).toContain(`✅ ${w.late}`);
      expect(sent(user).some((m) => plainText(m.text) === w.noLate)).toBe(true);
      const again = user.lastKeyboard();
      expect(again?.message_id).not.toBe(first.message_id);
      expect(labels(again)).toEqual([...w.audiences, w.late]);
      await tap(user, w.audiences[0]);
      const preview = user.lastKeyboard();
      expect(plainText(preview?.text)).toContain(w.message);
      expect(labels(preview)).toEqual([w.send, w.cancel]);
      await tap(user, w.cancel);
    },
  );

  it.each(['fr', 'ar'] as const)(
    '%s: /broadcast written again replaces the draft waiting: its preview loses its buttons, and its « Envoyer » sends nothing',
    async (locale) => {
      const w = words[locale];
      const user = h.api.user(locale === 'fr' ? 9271 : 9272, { firstName: 'Coord', languageCode: locale });
      await compose(user, locale);
      await tap(user, w.team);
      await tap(user, 'sfax');
      const old = user.lastKeyboard();
      const send = buttons(old)[0]?.callback_data ?? '';
      const queued = await h.db.outboxMessage.count();

      await say(user, '/broadcast');
      await say(user, w.again);
      await say(user, '-');
      await tap(user, w.team);
      await tap(user, 'sfax');
      const current = user.lastKeyboard();
      expect(current?.message_id).not.toBe(old?.message_id);
      expect(plainText(current?.text)).toContain(w.again);
      expect(sent(user).some((m) => plainText(m.text) === w.replaces)).toBe(true);
      expect(now(user, old)?.reply_markup).toBeUndefined();
      expect(plainText(now(user, old)?.text).endsWith(`\n\n${w.replacedLine}`)).toBe(true);
      // A tap racing the keyboard's removal: nothing sent, and the draft waiting is named, whole in the toast.
      const tapped = await user.tap(old?.message_id ?? 0, send);
      expect(plainText(((await user.callbackAnswer(tapped)).params as { text?: string }).text)).toBe(w.replaced);
      await h.idle();
      expect(await h.db.outboxMessage.count()).toBe(queued);

      await tap(user, w.send);
      expect(plainText(sent(user).at(-1)?.text)).toContain(w.queued);
      expect(await h.db.outboxMessage.count()).toBe(queued + 1);
    },
  );
});
