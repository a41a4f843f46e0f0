// A voice note (or a sticker) while a broadcast is written, at each step: said that it was not read
// and that only written text can be broadcast, the draft kept, and the same step shown again; the
// broadcast then goes on and is sent as usual, nothing saved or sent by the voice note itself.
// French and Arabic, real core and database.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InboundMessage, NonTextKind, OutboundMessage } from '../../../src/core/messages.ts';
import { plain, sender } from '../../helpers/messages.ts';
import { addPerson, createHarness, type Harness } from '../reminders/harness.ts';

type Choices = Extract<OutboundMessage, { kind: 'choices' }>;
const lastChoices = (replies: OutboundMessage[]) => replies.filter((m): m is Choices => m.kind === 'choices').at(-1);

let sent = 0;
const boss = sender({ externalId: 'boss', displayName: 'Boss' });
const nonText = (what: NonTextKind): InboundMessage => ({
  id: `bc-nt-${++sent}`,
  from: boss,
  receivedAt: new Date(),
  kind: 'unsupported',
  what,
});

const words = {
  fr: {
    voice:
      "Je ne peux pas écouter les messages vocaux ni les fichiers audio. Rien n'a été gardé : seul un texte écrit peut être diffusé.",
    sticker: "Je ne peux pas lire les autocollants. Rien n'a été envoyé : seul un texte écrit peut être diffusé.",
    first: 'Écrivez le message en français',
    second: 'version arabe',
    version: 'Réunion demain à 9 h',
    other: 'اجتماع غدًا',
    pending: 'Une diffusion attend encore votre confirmation',
    help: '/help',
  },
  ar: {
    voice: 'لا يمكنني الاستماع إلى الرسائل الصوتية ولا إلى الملفات الصوتية. لم يُحفَظ شيء: لا يُبَثّ إلا نصّ مكتوب.',
    sticker: 'لا يمكنني قراءة الملصقات. لم يُرسَل شيء: لا يُبَثّ إلا نصّ مكتوب.',
    first: 'اكتب الرسالة بالعربية',
    second: 'النسخة الفرنسية',
    version: 'اجتماع غدًا',
    other: 'Réunion demain à 9 h',
    pending: 'رسالة جماعية ما زالت تنتظر تأكيدك',
    help: '/help',
  },
} as const;

describe.each(['fr', 'ar'] as const)('a voice note while a broadcast is written, in %s', (locale) => {
  const w = words[locale];
  let h: Harness;

  beforeEach(async () => {
    h = await createHarness({ start: '2025-06-20T10:00:00Z' });
    await addPerson(h.db, { channel: 'console', externalId: 'alice', name: 'Alice', team: 'sfax' });
    if (locale === 'ar') await h.say('boss', '/lang ar');
  });
  afterEach(() => h.cleanup());

  it('keeps the draft at each step, shows the step again, and the broadcast is sent afterwards', async () => {
    expect(await h.say('boss', '/broadcast')).toContain(w.first);
    const atFirst = plain(await h.handle(nonText('voice')));
    expect(atFirst).toContain(w.voice);
    expect(atFirst).toContain(w.first);
    expect(atFirst).not.toContain(w.help);

    expect(await h.say('boss', w.version)).toContain(w.second);
    const atSecond = plain(await h.handle(nonText('voice')));
    expect(atSecond).toContain(w.voice);
    expect(atSecond).toContain(w.second);

    expect(lastChoices(await h.send('boss', w.other))?.promptId).toBe('bc:aud');
    const atAudience = await h.handle(nonText('voice'));
    expect(plain(atAudience)).toContain(w.voice);
    expect(lastChoices(atAudience)?.promptId).toBe('bc:aud');
    expect(await h.db.broadcast.count()).toBe(0);

    const preview = lastChoices(await h.tap('boss', 'bc:aud', ['everyone']));
    expect(preview?.promptId).toMatch(/^bc:ok:/);
    const atPreview = await h.handle(nonText('sticker'));
    expect(plain(atPreview)).toContain(w.sticker);
    expect(plain(atPreview)).toContain(w.pending);
    expect(lastChoices(atPreview)?.promptId).toBe(preview?.promptId);
    expect(await h.db.broadcast.findMany({ select: { status: true } })).toEqual([{ status: 'draft' }]);
    expect(await h.db.outboxMessage.count()).toBe(0);

    await h.tap('boss', preview?.promptId ?? '', ['send']);
    const [broadcast] = await h.db.broadcast.findMany();
    expect(broadcast).toMatchObject({ status: 'confirmed' });
    expect([broadcast?.textFr, broadcast?.textAr].sort()).toEqual([w.version, w.other].sort());
    expect(await h.db.outboxMessage.count()).toBeGreaterThan(0);
  });

  it('with no broadcast being written, a voice note still gets the pointer to /help', async () => {
    expect(plain(await h.handle(nonText('voice')))).toContain(w.help);
  });
});
