import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { longLabel } from '../../../src/channels/telegram/keyboard.ts';
import { SendError, type OutboundMessage } from '../../../src/core/messages.ts';
import { markDone } from '../../../src/features/reminders/deadlines.ts';
import { plain } from '../../helpers/messages.ts';
import { addPerson, createHarness, ensureTeam, recordingAdapter, type Harness } from '../reminders/harness.ts';

type Choices = Extract<OutboundMessage, { kind: 'choices' }>;
const lastChoices = (replies: OutboundMessage[]) => replies.filter((m): m is Choices => m.kind === 'choices').at(-1);
const textTo = (log: { to: { externalId: string }; messages: OutboundMessage[] }[], who: string) =>
  plain(log.filter((s) => s.to.externalId === who).flatMap((s) => s.messages));

describe('broadcasts', () => {
  let h: Harness;
  let channel: ReturnType<typeof recordingAdapter>;
  let sfax: string;
  let alice: string;
  /** Chats whose "platform" answers that the bot is blocked. */
  const blocked = new Set<string>();

  beforeEach(async () => {
    h = await createHarness({ start: '2025-06-20T10:00:00Z', quietHours: '21:00-08:00' });
    alice = await addPerson(h.db, { channel: 'console', externalId: 'alice', name: 'Alice', team: 'sfax' });
    await addPerson(h.db, { channel: 'console', externalId: 'rania', name: 'Rania', team: 'sfax', locale: 'ar' });
    await addPerson(h.db, { channel: 'console', externalId: 'tarek', name: 'Tarek', team: 'tunis' });
    sfax = await ensureTeam(h.db, 'sfax');
    blocked.clear();
    channel = recordingAdapter('console', (to) => {
      if (blocked.has(to.externalId)) throw new SendError('Forbidden: bot was blocked by the user', true);
    });
    h.outbox.start([channel], { cron: false });
  });
  afterEach(() => h.cleanup());

  /** Walks the guided flow up to the preview; returns the preview prompt. */
  async function compose(fr: string, ar: string, audience: string, pick?: string): Promise<Choices> {
    expect(await h.say('boss', '/broadcast')).toContain('Écrivez le message en français');
    expect(await h.say('boss', fr)).toContain('version arabe');
    const asked = lastChoices(await h.send('boss', ar));
    expect(asked?.promptId).toBe('bc:aud');
    let replies = await h.tap('boss', 'bc:aud', [audience]);
    if (pick !== undefined) replies = await h.tap('boss', lastChoices(replies)?.promptId ?? '', [pick]);
    const preview = lastChoices(replies);
    expect(preview?.promptId).toMatch(/^bc:ok:\w+$/);
    expect((preview?.promptId ?? '').length).toBeLessThanOrEqual(40);
    return preview as Choices;
  }

  it('previews, confirms once, and delivers once to each recipient in their language', async () => {
    const preview = await compose('Réunion demain à 9 h', 'اجتماع غدًا على الساعة 9', 'team', sfax);
    expect(plain([preview])).toContain('Équipe sfax (sfax) : 2 personnes le recevront (dont 2 joignables maintenant).');
    expect(preview.choices.map((c) => c.value)).toEqual(['send', 'cancel']);
    expect(plain(await h.tap('boss', preview.promptId, ['send']))).toContain(
      'Diffusion confirmée pour 2 destinataires',
    );
    // A second tap (or a second coordinator) cannot send it again.
    expect(plain(await h.tap('boss', preview.promptId, ['send']))).toContain(
      'Cette diffusion a déjà été envoyée (confirmée le 20/06/2025 11:00)',
    );
    await h.outbox.tick();
    expect(textTo(channel.sent, 'alice')).toContain('Réunion demain à 9 h');
    expect(textTo(channel.sent, 'rania')).toContain('اجتماع غدًا');
    expect(textTo(channel.sent, 'rania')).toContain('رسالة من التنسيق');
    expect(channel.sent.map((s) => s.to.externalId).sort()).toEqual(['alice', 'rania']);
    expect(await h.say('boss', '/broadcasts')).toContain('« Réunion demain à 9 h » — 2 envoyés');
    expect(await h.say('boss', '/broadcasts')).not.toContain('sort inconnu');
    // A send cut short by a crash is shown as such, not as sent or failed.
    await h.db.outboxMessage.updateMany({ where: { personId: alice }, data: { status: 'unknown' } });
    expect(await h.say('boss', '/broadcasts')).toContain('« Réunion demain à 9 h » — 1 envoyé, 1 au sort inconnu');
    expect(await h.say('boss', '/broadcasts')).toContain('Sort inconnu : ');
    expect(await h.db.auditEntry.count({ where: { action: 'broadcast.confirm' } })).toBe(1);
  });

  it('sends the only version written to everyone, and reaches people late on a deadline', async () => {
    await h.say('boss', '/deadline 20/06/2025 12:00 Note de cadrage team=sfax offsets=7d');
    const deadline = await h.db.deadline.findFirstOrThrow();
    h.clock.set('2025-06-20T12:00:00Z'); // 13:00 in Tunis: the deadline is an hour past
    await markDone(h.db, deadline, alice, h.clock.now());
    const preview = await compose('-', 'الرجاء إرسال المذكرة', 'late', deadline.id);
    expect(plain([preview])).toContain('Destinataires (retardataires de « Note de cadrage ») : 1');
    await h.tap('boss', preview.promptId, ['send']);
    await h.outbox.tick();
    expect(channel.sent.map((s) => s.to.externalId)).toEqual(['rania']);
    expect(textTo(channel.sent, 'rania')).toContain('الرجاء إرسال المذكرة');
  });

  it('waits for the end of quiet hours unless the coordinator says it is urgent', async () => {
    h.clock.set('2025-06-20T21:00:00Z'); // 22:00 in Tunis
    const everyone = await compose('Rappel', 'تذكير', 'everyone');
    expect(plain([everyone])).toContain("l'envoi partira le 21/06/2025 08:00");
    expect(everyone.choices.map((c) => c.value)).toEqual(['send', 'urgent', 'cancel']);
    // Each fits a Telegram button: no numbered list with number buttons under a preview.
    for (const c of everyone.choices) expect(c.label.length).toBeLessThanOrEqual(longLabel);
    await h.tap('boss', everyone.promptId, ['send']);
    await h.outbox.tick();
    expect(channel.sent).toHaveLength(0);
    const urgent = await compose('Urgent', 'عاجل', 'team', sfax);
    await h.tap('boss', urgent.promptId, ['urgent']);
    await h.outbox.tick();
    expect(channel.sent.map((s) => s.to.externalId).sort()).toEqual(['alice', 'rania']);
    h.clock.set('2025-06-21T07:00:00Z');
    await h.outbox.tick();
    // « Tout le monde » but its sender, who saw it in the preview.
    expect(channel.sent.map((s) => s.to.externalId).sort()).toEqual(['alice', 'alice', 'rania', 'rania', 'tarek']);
  });

  it('/broadcasts shows what was sent, what failed and what is still pending', async () => {
    blocked.add('tarek');
    const first = await compose('Réunion demain', '-', 'everyone');
    expect(plain([first])).toContain('Tout le monde : 3 personnes — 3 participants et aucun autre coordinateur');
    await h.tap('boss', first.promptId, ['send']);
    await h.outbox.tick();
    expect(await h.say('boss', '/broadcasts')).toContain('« Réunion demain » — 2 envoyés, 1 échec');
    // A permanent failure is recorded once, not retried.
    expect((await h.db.outboxMessage.findFirstOrThrow({ where: { status: 'failed' } })).attempts).toBe(1);
    h.clock.set('2025-06-20T21:00:00Z'); // 22:00 in Tunis: quiet hours
    const second = await compose('Rappel du soir', '-', 'team', sfax);
    await h.tap('boss', second.promptId, ['send']);
    await h.outbox.tick();
    const list = await h.say('boss', '/broadcasts');
    expect(list).toContain('« Rappel du soir » — 2 en attente');
    // Each line names who it was for.
    expect(list).toContain('— Équipe sfax (sfax) : « Rappel du soir »');
    expect(list).toContain('— tout le monde : « Réunion demain »');
    expect(list.indexOf('Rappel du soir')).toBeLessThan(list.indexOf('Réunion demain'));
  });

  it('can be abandoned, and is for coordinators only', async () => {
    await h.say('boss', '/broadcast');
    expect(await h.say('boss', '/cancel')).toContain('Diffusion abandonnée');
    expect(await h.say('boss', 'bonjour')).toContain('Tapez /help pour voir ce que je sais faire');
    const preview = await compose('Texte', '-', 'everyone');
    expect(await h.say('alice', '/broadcast')).toContain('réservée aux coordinateurs');
    expect(plain(await h.tap('alice', preview.promptId, ['send']))).toContain('réservée aux coordinateurs');
    expect(plain(await h.tap('boss', preview.promptId, ['cancel']))).toContain('Diffusion abandonnée');
    // Its buttons tapped again: the broadcast was cancelled, and nothing goes.
    expect(plain(await h.tap('boss', preview.promptId, ['send']))).toContain('Cette diffusion a été annulée');
    expect(await h.db.outboxMessage.count()).toBe(0);
    expect(await h.say('boss', '/broadcasts')).toContain('Aucune diffusion');
  });

  it("after a command typed mid-way, asks again for the step being written, in the coordinator's language", async () => {
    await h.say('boss', '/broadcast');
    // A side trip is answered, then the open step comes back: the next text is knowingly the message.
    const side = await h.say('boss', '/deadline list');
    expect(side).toContain('Aucune échéance en cours');
    expect(side).toContain('Écrivez le message en français');
    expect(await h.say('boss', 'Réunion jeudi')).toContain('version arabe');
    expect(await h.say('boss', '/broadcasts')).toMatch(/Aucune diffusion[\s\S]*version arabe/);
    await h.say('boss', '/lang ar');
    const audience = lastChoices(await h.send('boss', '-'));
    expect(audience?.promptId).toBe('bc:aud');
    // At the audience step a question goes to its own answer, and the audience is asked again.
    const replies = await h.send('boss', '/deadlines');
    expect(plain(replies)).toContain('ليس لديك أي أجل جارٍ');
    expect(lastChoices(replies)?.promptId).toBe('bc:aud');
    expect(lastChoices(replies)?.text).toContain('إلى من تُرسل؟');
    const preview = lastChoices(await h.tap('boss', 'bc:aud', ['team']));
    const sent = await h.tap(
      'boss',
      lastChoices(await h.tap('boss', preview?.promptId ?? '', [sfax]))?.promptId ?? '',
      ['send'],
    );
    expect(plain(sent)).toContain('تم تأكيد الرسالة');
    // Once sent, nothing is open any more: a question is a question again.
    expect(await h.say('boss', '/deadlines')).not.toContain('إلى من تُرسل؟');
  });

  it('keeps the text when the audience reaches nobody, asks for another, and counts recipients in Arabic with its plural forms', async () => {
    await h.say('boss', '/team add gabes Commune de Gabès');
    const gabes = await ensureTeam(h.db, 'gabes');
    await h.say('boss', '/broadcast');
    await h.say('boss', 'Réunion jeudi');
    await h.say('boss', '-');
    const team = lastChoices(await h.tap('boss', 'bc:aud', ['team']));
    // An empty team: no draft to nobody, and the message is not to be typed again.
    const empty = await h.tap('boss', team?.promptId ?? '', [gabes]);
    expect(plain(empty)).toContain('Personne ne recevrait ce message : ce public est vide. Votre texte est gardé');
    expect(lastChoices(empty)?.promptId).toBe('bc:aud');
    expect(await h.db.broadcast.count()).toBe(0);
    const again = lastChoices(await h.tap('boss', 'bc:aud', ['team']));
    const kept = lastChoices(await h.tap('boss', again?.promptId ?? '', [sfax]));
    expect(plain([kept as Choices])).toContain('🇫🇷 Réunion jeudi');
    expect(plain([kept as Choices])).toContain('Équipe sfax (sfax) : 2 personnes le recevront');
    await h.tap('boss', kept?.promptId ?? '', ['cancel']);
    await h.say('boss', '/lang ar');
    await h.say('boss', '/broadcast');
    await h.say('boss', 'اجتماع الخميس');
    await h.say('boss', '-');
    const audience = await h.tap('boss', 'bc:aud', ['team']);
    const preview = lastChoices(await h.tap('boss', lastChoices(audience)?.promptId ?? '', [sfax]));
    expect(plain(await h.tap('boss', preview?.promptId ?? '', ['send']))).toContain('تم تأكيد الرسالة لشخصين');
    expect(await h.db.outboxMessage.count()).toBe(2);
  });

  it('with no deadline past, « latecomers » keeps the text and asks for another audience, in French and Arabic', async () => {
    await h.say('boss', '/broadcast');
    await h.say('boss', 'Rappel : envoyez vos notes');
    await h.say('boss', '-');
    const none = await h.tap('boss', 'bc:aud', ['late']);
    expect(plain(none)).toContain("personne n'est en retard. Votre texte est gardé : choisissez un autre public.");
    expect(lastChoices(none)?.promptId).toBe('bc:aud');
    await h.say('boss', '/cancel');
    await h.say('boss', '/lang ar');
    await h.say('boss', '/broadcast');
    await h.say('boss', 'أرسلوا مذكراتكم');
    await h.say('boss', '-');
    const ar = await h.tap('boss', 'bc:aud', ['late']);
    expect(plain(ar)).toContain('لم يحن أي أجل بعد: لا أحد متأخر. نصّك محفوظ: اختر جمهورًا آخر.');
    expect(lastChoices(ar)?.promptId).toBe('bc:aud');
    const preview = lastChoices(await h.tap('boss', 'bc:aud', ['everyone']));
    expect(plain([preview as Choices])).toContain('🇹🇳 أرسلوا مذكراتكم');
    expect(preview?.promptId).toMatch(/^bc:ok:/);
  });

  it('refuses a version without a word (« 1 », « 👍 »), and asks for the same version again, in both languages', async () => {
    await h.say('boss', '/broadcast');
    // « 1 » typed as if choosing the audience was taken as the whole message, ready to go to everyone.
    const one = await h.say('boss', '1');
    expect(one).toContain("« 1 » ne contient aucun mot : ce n'est pas un message à diffuser");
    expect(one).toContain('Écrivez le message en français');
    expect(await h.say('boss', 'Réunion jeudi à 10 h')).toContain('Écrivez maintenant la version arabe');
    const three = await h.say('boss', '٣');
    expect(three).toContain('« ٣ » ne contient aucun mot');
    expect(three).toContain('Écrivez maintenant la version arabe');
    expect(lastChoices(await h.send('boss', 'اجتماع الخميس على الساعة 10'))?.promptId).toBe('bc:aud');
    await h.say('boss', '/cancel');

    await h.say('boss', '/lang ar');
    await h.say('boss', '/broadcast');
    const thumb = await h.say('boss', '👍');
    expect(thumb).toContain('« 👍 » لا يحتوي على أي كلمة: ليس رسالة تُبَثّ');
    expect(thumb).toContain('اكتب الرسالة بالعربية');
    expect(await h.say('boss', 'اجتماع الخميس على الساعة 10')).toContain('اكتب الآن النسخة الفرنسية');
    expect(await h.say('boss', '2')).toContain('اكتب الآن النسخة الفرنسية');
    expect(lastChoices(await h.send('boss', 'Réunion jeudi à 10 h'))?.promptId).toBe('bc:aud');
    await h.say('boss', '/cancel');
    expect(await h.db.broadcast.count()).toBe(0);
  });

  it('/broadcasts shows a draft still waiting for its « Envoyer » again, with its choices, in French and Arabic', async () => {
    // After a restart, a number typed under the old preview answers nothing: /broadcasts gives it back.
    const preview = await compose('Réunion demain à 9 h', 'اجتماع غدًا على الساعة 9', 'team', sfax);
    const again = await h.send('boss', '/broadcasts');
    expect(plain(again)).toContain('Une diffusion attend encore votre confirmation :');
    expect(plain(again)).toContain('🇫🇷 Réunion demain à 9 h');
    expect(lastChoices(again)?.promptId).toBe(preview.promptId);
    await h.say('boss', '/lang ar');
    const againAr = await h.send('boss', '/broadcasts');
    expect(plain(againAr)).toContain('رسالة جماعية ما زالت تنتظر تأكيدك:');
    expect(lastChoices(againAr)?.promptId).toBe(preview.promptId);
    expect(plain(await h.tap('boss', preview.promptId, ['send']))).toContain('تم تأكيد الرسالة');
    // Sent, it is no longer shown as waiting.
    expect(plain(await h.send('boss', '/broadcasts'))).not.toContain('تنتظر تأكيدك');
  });

  it('asks a coordinator who reads Arabic for the Arabic version first, then the French one', async () => {
    await h.say('boss', '/lang ar');
    expect(await h.say('boss', '/broadcast')).toContain('اكتب الرسالة بالعربية (أو « - » للكتابة بالفرنسية فقط)');
    // Both versions left out: asked again, Arabic first.
    expect(await h.say('boss', '-')).toContain('اكتب الآن النسخة الفرنسية');
    expect(await h.say('boss', '-')).toContain('الرسالة فارغة. اكتب الرسالة بالعربية');
    expect(await h.say('boss', 'اجتماع الخميس على الساعة 10')).toContain('اكتب الآن النسخة الفرنسية');
    // A side command, then the step being written is asked again: the French version.
    expect(await h.say('boss', '/deadlines')).toContain('اكتب الآن النسخة الفرنسية');
    const audience = await h.send('boss', 'Réunion jeudi à 10 h');
    expect(lastChoices(audience)?.promptId).toBe('bc:aud');
    const preview = lastChoices(
      await h.tap('boss', lastChoices(await h.tap('boss', 'bc:aud', ['team']))?.promptId ?? '', [sfax]),
    );
    // The preview shows the Arabic version first too.
    expect(plain([preview as Choices])).toMatch(/🇹🇳 اجتماع الخميس على الساعة 10\s+🇫🇷 Réunion jeudi à 10 h/);
    expect(plain(await h.tap('boss', preview?.promptId ?? '', ['send']))).toContain('تم تأكيد الرسالة');
    const broadcast = await h.db.broadcast.findFirstOrThrow();
    expect([broadcast.textAr, broadcast.textFr]).toEqual(['اجتماع الخميس على الساعة 10', 'Réunion jeudi à 10 h']);
    await h.outbox.tick();
    expect(textTo(channel.sent, 'alice')).toContain('Réunion jeudi à 10 h');
    expect(textTo(channel.sent, 'rania')).toContain('اجتماع الخميس على الساعة 10');
  });
  it('asks once when the Arabic version has no Arabic letter, or the French one is in Arabic, keeping what was typed', async () => {
    const french = 'Réunion demain à 9h à la mairie';
    await h.say('boss', '/broadcast');
    await h.say('boss', french);
    // French typed where the Arabic version is asked: not taken silently.
    const doubt = await h.send('boss', french);
    expect(lastChoices(doubt)?.promptId).toBe('bc:lang');
    expect(plain(doubt)).toContain(`n'a aucune lettre arabe : « ${french} ». Le garder tel quel comme version arabe ?`);
    expect(lastChoices(doubt)?.choices.map((c) => c.label)).toEqual(['Le garder tel quel', 'Le taper à nouveau']);
    // A side command, then the same question again, what was typed still there.
    expect(await h.say('boss', '/deadlines')).toContain(`« ${french} »`);
    // Kept: on to the audience, and the Arabic version is the text typed.
    expect(lastChoices(await h.tap('boss', 'bc:lang', ['keep']))?.promptId).toBe('bc:aud');
    const preview = lastChoices(await h.tap('boss', 'bc:aud', ['everyone']));
    await h.tap('boss', preview?.promptId ?? '', ['send']);
    expect(await h.db.broadcast.findFirstOrThrow()).toMatchObject({ textFr: french, textAr: french });

    // Typed again: asked for the Arabic version again, and asked once only.
    await h.say('boss', '/broadcast');
    await h.say('boss', french);
    await h.say('boss', 'Meeting tomorrow');
    expect(await h.say('boss', '/cancel')).toContain('Diffusion abandonnée');
    await h.say('boss', '/broadcast');
    await h.say('boss', french);
    await h.say('boss', 'Meeting tomorrow');
    expect(plain(await h.tap('boss', 'bc:lang', ['retype']))).toContain('Écrivez maintenant la version arabe');
    expect(lastChoices(await h.send('boss', 'Meeting at 9'))?.promptId).toBe('bc:aud');
    await h.say('boss', '/cancel');

    // In Arabic: the French version typed in Arabic letters; typing another text instead of choosing takes it.
    await h.say('boss', '/lang ar');
    await h.say('boss', '/broadcast');
    await h.say('boss', 'اجتماع غدًا على الساعة 9 بالبلدية');
    const doubtAr = await h.send('boss', 'اجتماع غدًا بالبلدية');
    expect(lastChoices(doubtAr)?.promptId).toBe('bc:lang');
    expect(plain(doubtAr)).toContain(
      'هذا النص المقدَّم كنسخة فرنسية مكتوب في معظمه بحروف عربية: « اجتماع غدًا بالبلدية »',
    );
    expect(
      plain([lastChoices(doubtAr) as Choices])
        .split('\n')
        .slice(-2),
    ).toEqual(['الاحتفاظ به كما هو', 'كتابته من جديد']);
    const retyped = await h.send('boss', 'Réunion demain à 9h');
    expect(lastChoices(retyped)?.promptId).toBe('bc:aud');
    const previewAr = lastChoices(await h.tap('boss', 'bc:aud', ['everyone']));
    expect(plain([previewAr as Choices])).toContain('🇫🇷 Réunion demain à 9h');
    await h.say('boss', '/cancel');
  });
});
