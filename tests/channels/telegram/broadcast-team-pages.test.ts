// A broadcast to one team among 25 on Telegram, three pages of teams: the teams are numbered on
// from page to page (11 to 20 on the second), a number typed picks that team whatever the page, a
// number no team has is said and the page comes again, and a voice note on the second page of the
// teams (or of the cohorts) shows that same page again under « seul un texte écrit… », the text kept.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SentMessage, SimulatedUser } from '../../helpers/bot-api/index.ts';
import { labelsOf as labels, plainText, startHarness, type Harness } from './harness.ts';

const coordinators = [9301, 9302, 9311, 9312, 9321, 9322];
const slugOf = (n: number) => `c${String(n).padStart(2, '0')}`;
const voice = { voice: { file_id: 'v', file_unique_id: 'u-v', duration: 3 } };

const words = {
  fr: {
    message: 'Réunion lundi à 9 h',
    ask: "À qui l'envoyer ?",
    team: 'Une équipe',
    cohort: 'Une cohorte',
    next: '🔽 Équipes suivantes',
    older: '🔽 Cohortes plus anciennes',
    page2: 'Quelle équipe ? (page 2 sur 3)',
    cohortPage2: 'Quelle cohorte ? (page 2 sur 2)',
    voice: "Rien n'a été gardé : seul un texte écrit peut être diffusé.",
    gabes: 'Équipe Gabès (c14)',
    tozeur: 'Équipe Tozeur (c25)',
    none: 'Aucune équipe n° 40 : les équipes vont de 1 à 25. Choisissez-en une dans la liste, ou tapez son numéro, son nom ou son code.',
  },
  ar: {
    message: 'اجتماع يوم الاثنين على الساعة التاسعة',
    ask: 'إلى من تُرسل؟',
    team: 'فريق',
    cohort: 'دفعة',
    next: '🔽 الفرق التالية',
    older: '🔽 دفعات أقدم',
    page2: 'أي فريق؟ (الصفحة 2 من 3)',
    cohortPage2: 'أي دفعة؟ (الصفحة 2 من 2)',
    voice: 'لم يُحفَظ شيء: لا يُبَثّ إلا نصّ مكتوب.',
    gabes: 'فريق قابس (c14)',
    tozeur: 'فريق توزر (c25)',
    none: 'لا يوجد فريق رقم 40: أرقام الفرق من 1 إلى 25. اختر واحدًا من القائمة، أو اكتب رقمه أو اسمه أو رمزه.',
  },
} as const;

describe('Telegram: a broadcast to one team among 25', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({
      config: { COORDINATORS: coordinators.map((id) => `telegram:${id}`).join(','), QUIET_HOURS: 'off' },
    });
    const cohorts = [];
    for (let i = 1; i <= 8; i++)
      cohorts.push(await h.db.cohort.create({ data: { name: `Vague ${i}`, createdAt: new Date(2025, 0, i) } }));
    const named: Record<number, [string, string]> = { 14: ['Gabès', 'قابس'], 25: ['Tozeur', 'توزر'] };
    for (let n = 1; n <= 25; n++) {
      const [name, nameAr = null] = named[n] ?? [`Ville ${n}`];
      const team = await h.db.team.create({
        data: { slug: slugOf(n), name, nameAr, commune: name, communeAr: nameAr, cohortId: cohorts[0]?.id ?? '' },
      });
      // A member to reach in every team.
      const member = await h.db.identity.create({
        data: { channel: 'telegram', externalId: String(9400 + n), person: { create: { displayName: `M${n}` } } },
      });
      await h.db.teamMember.create({ data: { teamId: team.id, personId: member.personId } });
    }
  });
  afterAll(() => h.stop());

  const sent = (user: SimulatedUser) => h.api.sentMessages(user.chatId);
  async function act(user: SimulatedUser, run: () => Promise<unknown>) {
    const before = sent(user).length;
    await run();
    await h.idle();
    return sent(user).slice(before);
  }
  const say = (user: SimulatedUser, text: string) => act(user, () => user.send(text));
  const tap = (user: SimulatedUser, label: string) => act(user, () => user.tapLabel(label));
  const message = (user: SimulatedUser, m: SentMessage | undefined) => h.api.message(user.chatId, m?.message_id ?? 0);

  /** The message written, « Une équipe » tapped, then « Équipes suivantes »: the second page of teams. */
  async function secondPage(user: SimulatedUser, locale: 'fr' | 'ar') {
    const w = words[locale];
    for (const line of ['/start', '/broadcast', w.message, '-']) await say(user, line);
    expect(plainText(user.lastKeyboard()?.text)).toBe(w.ask);
    await tap(user, w.team);
    // The list is paged by the core only: its « next » is on the keyboard, with no « ▶️ » of its own.
    expect(labels(user.lastKeyboard())).toContain(w.next);
    expect(labels(user.lastKeyboard())).not.toContain('▶️');
    await tap(user, w.next);
    return message(user, user.lastKeyboard());
  }
  const isPreviewOf = (m: SentMessage | undefined, team: string) => plainText(m?.text).includes(team);

  it.each(['fr', 'ar'] as const)(
    '%s: a voice note on the second page shows it again, and a typed number picks that team overall',
    async (locale) => {
      const w = words[locale];
      const user = h.api.user(locale === 'fr' ? 9301 : 9302, { firstName: 'Coord', languageCode: locale });
      const page = await secondPage(user, locale);
      expect(plainText(page?.text)).toContain(w.page2);
      expect(labels(page)).toContain(locale === 'fr' ? 'Gabès (c14)' : 'قابس (c14)');

      // A voice note: said that only a written text goes out, then the same second page again.
      const buttons = labels(page);
      const after = await act(user, () => user.sendOther(voice));
      expect(after.map((m) => plainText(m.text))).toEqual([expect.stringContaining(w.voice), plainText(page?.text)]);
      expect(labels(after[1])).toEqual(buttons);
      // The copy above loses its buttons: one page to tap on.
      expect(labels(message(user, page))).toEqual([]);
      expect(await h.db.broadcast.count({ where: { status: 'draft' } })).toBe(0);

      // A number no team has: said, and the page again.
      const none = await say(user, '40');
      expect(plainText(none[0]?.text)).toBe(w.none);
      expect(plainText(none.at(-1)?.text)).toContain(w.page2);
      // « ١٤ »: the 14th team, here on the page; its button still works as well.
      const picked = await say(user, '١٤');
      expect(isPreviewOf(picked.at(-1), w.gabes)).toBe(true);
      await tap(user, '✖️');
      // « 25 » typed under the second page: the 25th team, on the third.
      await secondPage(user, locale);
      const far = await say(user, '25');
      expect(isPreviewOf(far.at(-1), w.tozeur)).toBe(true);
      await tap(user, '✖️');
      await secondPage(user, locale);
      const tapped = await tap(user, locale === 'fr' ? 'Gabès (c14)' : 'قابس (c14)');
      expect(isPreviewOf(tapped.at(-1), w.gabes)).toBe(true);
      await tap(user, '✖️');
    },
  );

  it.each(['fr', 'ar'] as const)(
    '%s: a voice note on the second page of the cohorts shows that page again',
    async (locale) => {
      const w = words[locale];
      const user = h.api.user(locale === 'fr' ? 9311 : 9312, { firstName: 'Coord', languageCode: locale });
      for (const line of ['/start', '/broadcast', w.message, '-']) await say(user, line);
      await tap(user, w.cohort);
      await tap(user, w.older);
      const page = message(user, user.lastKeyboard());
      expect(plainText(page?.text)).toContain(w.cohortPage2);
      const buttons = labels(page);
      const after = await act(user, () => user.sendOther(voice));
      expect(after.map((m) => plainText(m.text))).toEqual([expect.stringContaining(w.voice), plainText(page?.text)]);
      expect(labels(after[1])).toEqual(buttons);
      // The copy above loses its buttons: one page to tap on.
      expect(labels(message(user, page))).toEqual([]);
      // The text was kept: Vague 1 tapped there gives its preview with the message.
      const preview = await tap(user, 'Vague 1');
      expect(plainText(preview.at(-1)?.text)).toContain(w.message);
      await tap(user, '✖️');
    },
  );
});
