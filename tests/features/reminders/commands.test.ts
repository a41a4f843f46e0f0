import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OutboundMessage } from '../../../src/core/messages.ts';
import { addPerson, createHarness, day, recordingAdapter, type Harness } from './harness.ts';

const choicesOf = (messages: OutboundMessage[]) =>
  messages.filter((m): m is Extract<OutboundMessage, { kind: 'choices' }> => m.kind === 'choices');
const strip = (text?: string) => (text ?? '').replace(/[\u200e\u200f\u2068\u2069]/g, '');
const refOf = (reply: string) => /\[(\w{6})\]/.exec(reply)?.[1] ?? '';

describe('deadline commands and reminder buttons', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await createHarness({ start: '2025-06-20T08:00:00Z' });
    await addPerson(h.db, { channel: 'console', externalId: 'alice', name: 'Alice', team: 'sfax' });
    await addPerson(h.db, { channel: 'console', externalId: 'rania', name: 'Rania', team: 'sfax', locale: 'ar' });
    await addPerson(h.db, { channel: 'console', externalId: 'tarek', name: 'Tarek', team: 'tunis' });
  });
  afterEach(() => h.cleanup());

  it('says each reminder time in words, with plurals, in French and Arabic', async () => {
    const fr = await h.say('boss', '/deadline 01/07/2025 17h Atelier | ورشة offsets=14d,1d,3h,90m,0,-2d');
    expect(fr).toContain(
      "rappels : 14 jours avant, 1 jour avant, 3 heures avant, 90 min avant, à l'échéance, 2 jours après.",
    );
    await h.say('boss', '/lang ar');
    const ar = strip(await h.say('boss', '/deadline 02/07/2025 17h Visite | زيارة offsets=11d,2d,1d,3h,1m,0,-1d'));
    expect(ar).toContain(
      'التذكيرات: قبل 11 يومًا، قبل يومين، قبل يوم، قبل 3 ساعات، قبل دقيقة، عند حلول الأجل، بعد يوم.',
    );
  });

  it('says when a deadline has a title in one language only, and how to add the other, in French and Arabic', async () => {
    const fr = await h.say('boss', '/deadline 01/07/2025 17h Visite de terrain');
    const ref = refOf(fr);
    expect(fr).toContain(
      `Titre en français seulement : il sera lu ainsi en arabe aussi. Pour ajouter le titre arabe : /deadline edit ${ref} title <titre arabe>`,
    );
    await h.say('boss', `/deadline edit ${ref} title زيارة ميدانية`);
    expect(await h.db.deadline.findFirstOrThrow({ where: { titleFr: 'Visite de terrain' } })).toMatchObject({
      titleAr: 'زيارة ميدانية',
    });
    expect(await h.say('boss', '/deadline 02/07/2025 17h Atelier | ورشة')).not.toContain('seulement');
    await h.say('boss', '/lang ar');
    const ar = strip(await h.say('boss', '/deadline 03/07/2025 17h ورشة التقييم'));
    expect(ar).toContain(
      `العنوان بالعربية فقط: سيُقرأ هكذا بالفرنسية أيضًا. لإضافة العنوان بالفرنسية: /deadline edit ${refOf(ar)} title <العنوان بالفرنسية>`,
    );
  });

  it('creates, lists, edits and cancels deadlines, and audits each change', async () => {
    const created = await h.say(
      'boss',
      '/deadline 01/07/2025 17h Note de cadrage | مذكرة التأطير team=sfax offsets=3d,0',
    );
    expect(created).toContain(
      "« Note de cadrage » — 01/07/2025 17:00 — Équipe sfax (sfax) — rappels : 3 jours avant, à l'échéance",
    );
    const ref = refOf(created);
    expect(await h.say('boss', '/deadline list')).toContain(
      `[${ref}] 01/07/2025 17:00 · Note de cadrage · Équipe sfax (sfax) · 0/2`,
    );
    expect(await h.say('boss', `/deadline edit ${ref} 2025-07-02 12:00`)).toContain('02/07/2025 12:00');
    expect(await h.say('boss', `/deadline edit ${ref} demain 9h`)).toContain('21/06/2025 09:00');
    expect(await h.say('boss', `/deadline edit ${ref} 02/07/2025 12:00`)).toContain('02/07/2025 12:00');
    expect(await h.say('boss', `/deadline edit ${ref} title Note finale | المذكرة النهائية`)).toContain(
      '« Note finale »',
    );
    expect(await h.say('boss', `/deadline edit ${ref} role=participants`)).toContain('rôle participant');
    expect(await h.say('boss', `/deadline cancel ${ref}`)).toContain('Échéance annulée');
    expect(await h.say('boss', '/deadline list')).toContain('Aucune échéance en cours');
    const actions = (await h.db.auditEntry.findMany({ orderBy: { createdAt: 'asc' } })).map((a) => a.action);
    expect(actions.filter((a) => a.startsWith('deadline.'))).toEqual([
      'deadline.create',
      'deadline.edit',
      'deadline.edit',
      'deadline.edit',
      'deadline.edit',
      'deadline.edit',
      'deadline.cancel',
    ]);
  });

  it('explains what is wrong with a /deadline', async () => {
    expect(await h.say('boss', '/deadline')).toContain('Usage');
    expect(await h.say('boss', '/deadline 2025-02-30 10:00 Rapport')).toContain('Date illisible');
    expect(await h.say('boss', '/deadline 2025-07-01 10:00')).toContain('Il manque le titre');
    expect(await h.say('boss', '/deadline 2025-07-01 10:00 Rapport team=nowhere')).toContain(
      "Je ne connais pas l'équipe « nowhere »",
    );
    expect(await h.say('boss', '/deadline 2025-07-01 10:00 Rapport offsets=soon')).toContain('Rappels illisibles');
    expect(await h.say('boss', '/deadline cancel zzzzzz')).toContain('Aucune échéance en cours avec la référence');
    expect(await h.say('alice', '/deadline 2025-07-01 10:00 Rapport')).toContain('réservée aux coordinateurs');
    // Absurd values are refused, each with its limit, in the coordinator's language.
    expect(await h.say('boss', '/deadline 31/12/2035 10:00 Rapport')).toContain('plus de 5 ans');
    // The example given is a valid date: four weeks ahead of today.
    expect(await h.say('boss', '/deadline Rapport')).toContain('par exemple 18/07/2025 17:00');
    expect(await h.say('boss', '/deadline 2020-01-01 10:00 Rapport')).toContain('déjà passée');
    expect(await h.say('boss', `/deadline 2025-07-01 10:00 ${'a'.repeat(201)}`)).toContain('200 caractères au plus');
    await h.say('boss', '/lang ar');
    expect(
      await h.say('boss', '/deadline 2025-07-01 10:00 Rapport offsets=1d,2d,3d,4d,5d,6d,7d,8d,9d,10d,11d'),
    ).toContain('10 تذكيرات على الأكثر');
    expect(await h.db.deadline.count()).toBe(0);
  });

  it('shows people their own deadlines only, and the reminder buttons mark done or snooze', async () => {
    await h.say('boss', '/deadline 2025-07-01 17:00 Note de cadrage | مذكرة التأطير team=sfax');
    await h.say('boss', '/deadline 2025-07-03 17:00 Rapport Tunis team=tunis');
    await h.say('boss', '/deadline 2025-07-05 17:00 Guide pratique | الدليل العملي');
    const mine = await h.say('alice', '/deadlines');
    expect(mine).toContain('Note de cadrage');
    expect(mine).toContain('Guide pratique');
    expect(mine).not.toContain('Rapport Tunis');

    const consoleChannel = recordingAdapter('console');
    h.outbox.start([consoleChannel], { cron: false });
    h.clock.set('2025-06-24T16:00:00Z'); // 7 days before the first deadline
    await h.outbox.tick();
    const toAlice = consoleChannel.sent.filter((s) => s.to.externalId === 'alice');
    expect(toAlice).toHaveLength(1);
    const [reminder] = choicesOf(toAlice[0]?.messages ?? []);
    expect(strip(reminder?.text)).toContain(
      '« Note de cadrage » est attendu dans 7 jours (mardi 1 juillet 2025 à 17:00)',
    );
    expect(reminder?.choices.map((c) => c.label)).toEqual(['✅ Fait', '⏰ Rappeler demain']);
    const promptId = reminder?.promptId ?? '';
    expect(promptId).toMatch(/^[\x21-\x7e]{1,40}$/);
    expect(promptId).not.toContain('|');
    const [arabic] = choicesOf(consoleChannel.sent.find((s) => s.to.externalId === 'rania')?.messages ?? []);
    expect(arabic?.text.startsWith('\u200F')).toBe(true);
    expect(strip(arabic?.text)).toContain('مذكرة التأطير');
    expect(arabic?.choices[0]?.label).toContain('✅ تم');

    expect(JSON.stringify(await h.tap('alice', promptId, ['done']))).toContain('est fait');
    expect(await h.say('alice', '/deadlines')).toMatch(/✅ 01\/07\/2025 17:00 — Note de cadrage/);
    expect(JSON.stringify(await h.tap('rania', promptId, ['snooze']))).toContain('سأذكّرك');
    // Tarek is not concerned: his tap changes nothing.
    expect(JSON.stringify(await h.tap('tarek', promptId, ['done']))).toContain("plus d'actualité");

    // Three days before: only Rania would be due, but she snoozed until tomorrow — her snooze reminder comes instead.
    h.clock.set('2025-06-25T16:00:01Z');
    await h.outbox.tick();
    const later = consoleChannel.sent.slice(2).map((s) => s.to.externalId);
    expect(later).toEqual(['rania']);
    expect(await h.db.outboxMessage.count({ where: { status: 'sent' } })).toBe(3);
    h.clock.set('2025-06-28T16:00:00Z');
    await h.outbox.tick();
    const cadrage = consoleChannel.sent
      .slice(3)
      .filter((s) => JSON.stringify(s.messages).includes('التأطير') || JSON.stringify(s.messages).includes('cadrage'));
    expect(cadrage.map((s) => s.to.externalId)).toEqual(['rania']);
    // The guide is everyone's: the coordinator and both teams get its 7-day reminder.
    expect(
      consoleChannel.sent
        .slice(3)
        .map((s) => s.to.externalId)
        .sort(),
    ).toEqual(['alice', 'boss', 'rania', 'rania', 'tarek']);
  });

  it('picks a deadline to mark done from /deadlines', async () => {
    await h.say('boss', '/deadline 2025-07-05 17:00 Guide pratique');
    const replies = await h.send('alice', '/deadlines');
    const [pick] = choicesOf(replies);
    expect(pick?.promptId).toBe('rem:pick');
    const deadline = await h.db.deadline.findFirstOrThrow();
    await h.tap('alice', 'rem:pick', [deadline.id]);
    expect(await h.db.deadlineStatus.count({ where: { doneAt: { not: null } } })).toBe(1);
    h.clock.advance(20 * day);
    expect(await h.say('alice', '/deadlines')).toContain('✅');
  });

  it("lists a plan action's long title by its start, so each line of /deadlines fits a phone", async () => {
    const ar =
      'تعليق بطاقة مؤرّخة لكل خدمة عند المدخل ونشرها على الإنترنت: الوثائق المطلوبة، المعلوم، الأجل، التوقيت والشباك المختص';
    const fr = "Afficher à l'entrée et publier en ligne, pour chaque prestation, une fiche datée : pièces, coût, délai";
    await h.say('boss', `/deadline 2025-07-05 17:00 ${fr} | ${ar} team=sfax`);
    for (const [who, title] of [
      ['rania', ar],
      ['alice', fr],
    ] as const) {
      const [pick] = choicesOf(await h.send(who, '/deadlines'));
      const label = strip(pick?.choices[0]?.label);
      expect(label).toContain(title.slice(0, 40));
      expect(label).not.toContain(title);
      expect(label.endsWith('…')).toBe(true);
      expect(label.length).toBeLessThan(100);
    }
    // The deadline keeps its whole title: the reminders say it.
    expect((await h.db.deadline.findFirstOrThrow()).titleAr).toBe(ar);
  });

  it("lists a plan action's long title by its start in /deadline list too, in French and Arabic", async () => {
    const ar =
      'تعليق بطاقة مؤرّخة لكل خدمة عند المدخل ونشرها على الإنترنت: الوثائق المطلوبة، المعلوم، الأجل، التوقيت والشباك المختص';
    const fr = "Afficher à l'entrée et publier en ligne, pour chaque prestation, une fiche datée : pièces, coût, délai";
    const ref = refOf(await h.say('boss', `/deadline 2025-07-05 17:00 ${fr} | ${ar} team=sfax`));
    const listFr = strip(await h.say('boss', '/deadline list'));
    expect(listFr).toContain(`[${ref}] 05/07/2025 17:00 · ${fr.slice(0, 40)}`);
    expect(listFr).not.toContain(fr);
    expect(listFr).toMatch(/… · Équipe sfax \(sfax\) · 0\/2/);
    await h.say('boss', '/lang ar');
    const listAr = strip(await h.say('boss', '/deadline list'));
    expect(listAr).toContain(ar.slice(0, 40));
    expect(listAr).not.toContain(ar);
    expect(listAr).toMatch(/… · Équipe sfax \(sfax\) · /);
  });

  it("names a deadline's team as the reader reads it, with the code team=… takes, in French and Arabic", async () => {
    await h.say('boss', '/team add gabes Gabès | قابس');
    await h.say('boss', '/team add b123 Béja');
    const created = strip(await h.say('boss', '/deadline 01/07/2025 17:00 Note de cadrage | مذكرة التأطير team=gabes'));
    expect(created).toContain('« Note de cadrage » — 01/07/2025 17:00 — équipe Gabès (gabes) — rappels');
    const ref = refOf(created);
    const other = refOf(await h.say('boss', '/deadline 02/07/2025 17:00 Visite | زيارة team=b123'));
    const listFr = strip(await h.say('boss', '/deadline list'));
    expect(listFr).toContain(`[${ref}] 01/07/2025 17:00 · Note de cadrage · équipe Gabès (gabes) · 0/0`);
    expect(listFr).toContain(`[${other}] 02/07/2025 17:00 · Visite · équipe Béja (b123) · 0/0`);
    await h.say('boss', '/lang ar');
    const listAr = strip(await h.say('boss', '/deadline list'));
    expect(listAr).toContain(`[${ref}] 01/07/2025 17:00 · مذكرة التأطير · فريق قابس (gabes) · 0/0`);
    // No Arabic name given: the French one, with its code.
    expect(listAr).toContain(`[${other}] 02/07/2025 17:00 · زيارة · فريق Béja (b123) · 0/0`);
    expect(strip(await h.say('boss', `/deadline edit ${other} team=gabes`))).toContain('فريق قابس (gabes)');
  });

  it('keeps each language its own title, whichever is typed first and whichever is edited', async () => {
    await h.say('boss', '/lang ar');
    // A coordinator writing in Arabic puts the Arabic title first.
    const created = strip(await h.say('boss', '/deadline 01/07/2025 17:00 مذكرة التأطير | Note de cadrage team=sfax'));
    expect(created).toContain('« مذكرة التأطير »');
    const ref = refOf(created);
    expect(await h.say('rania', '/deadlines')).toContain('مذكرة التأطير');
    expect(await h.say('alice', '/deadlines')).toContain('Note de cadrage');
    // Editing one language's title leaves the other one as it was.
    await h.say('boss', `/deadline edit ${ref} title Note de cadrage (version 2)`);
    expect(await h.say('alice', '/deadlines')).toContain('Note de cadrage (version 2)');
    expect(await h.say('rania', '/deadlines')).toContain('مذكرة التأطير');
    await h.say('boss', `/deadline edit ${ref} title مذكرة التأطير النهائية`);
    expect(await h.say('rania', '/deadlines')).toContain('مذكرة التأطير النهائية');
    expect(await h.say('alice', '/deadlines')).toContain('Note de cadrage (version 2)');
    // One title typed serves both languages, and an edit in its language replaces it for both.
    const single = refOf(await h.say('boss', '/deadline 02/07/2025 17:00 Compte rendu team=sfax'));
    await h.say('boss', `/deadline edit ${single} title Compte rendu synthétique`);
    expect(await h.db.deadline.findFirstOrThrow({ where: { id: { endsWith: single } } })).toMatchObject({
      titleFr: 'Compte rendu synthétique',
      titleAr: 'Compte rendu synthétique',
    });
    await h.say('boss', `/deadline edit ${single} title التقرير الموجز`);
    expect(await h.db.deadline.findFirstOrThrow({ where: { id: { endsWith: single } } })).toMatchObject({
      titleFr: 'Compte rendu synthétique',
      titleAr: 'التقرير الموجز',
    });
  });

  it('creates the same deadline typed twice once, so its reminders go once', async () => {
    const first = await h.say('boss', '/deadline 1 juillet 17h Note de cadrage | مذكرة التأطير team=sfax offsets=1d');
    const ref = refOf(first);
    // A retry written another way is the same deadline: refused, naming the one that exists.
    const again = await h.say('boss', '/deadline 01/07 17:00 Note de cadrage team=sfax offsets=3d,1d');
    expect(again).toContain(
      `Cette échéance existe déjà [${ref}] : « Note de cadrage » — 01/07/2025 17:00 — Équipe sfax (sfax)`,
    );
    expect(again).toContain(`/deadline edit ${ref}`);
    await h.say('boss', '/lang ar');
    expect(await h.say('boss', '/deadline 01/07/2025 17:00 مذكرة التأطير team=sfax')).toContain(
      `هذا الأجل موجود من قبل [${ref}]`,
    );
    // Another team, another time or another title is another deadline.
    await h.say('boss', '/deadline 01/07/2025 17:00 Note de cadrage team=tunis offsets=1d');
    await h.say('boss', '/deadline 01/07/2025 18:00 Note de cadrage team=sfax offsets=1d');
    expect(await h.db.deadline.count()).toBe(3);
    const channel = recordingAdapter('console');
    h.outbox.start([channel], { cron: false });
    h.clock.set('2025-06-30T17:05:00Z'); // the 1-day reminders of both sfax deadlines are due
    await h.outbox.tick();
    expect(channel.sent.filter((s) => s.to.externalId === 'alice')).toHaveLength(2);
    expect(channel.sent.filter((s) => s.to.externalId === 'tarek')).toHaveLength(1);
    // A cancel or edit without its reference says how to write it.
    expect(await h.say('boss', '/deadline cancel')).toContain('/deadline cancel <مرجع>');
    await h.say('boss', '/lang fr');
    expect(await h.say('boss', '/deadline cancel')).toContain('Usage : /deadline cancel <réf>');
    expect(await h.say('boss', '/deadline edit')).toContain('Usage : /deadline edit <réf>');
  });
});
