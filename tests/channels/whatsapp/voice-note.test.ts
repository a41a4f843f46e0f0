import { describe, expect, it } from 'vitest';
import { MessageTypeValues as T, type Incoming } from '../../helpers/whatsapp-stand-in/index.ts';
import { useAppHarness } from './app-harness.ts';

// WhatsApp voice notes, stickers, locations, contacts, videos and GIFs are not read: the person is
// told what it was and that nothing was saved, in their language, then shown the question still
// open, as « ? » shows it, so they know what to send. As on Telegram.
const salma = '21655123456@c.us';
const amine = '21655654321@c.us';
const stranger = '21699111222@c.us';

const h = useAppHarness([
  { externalId: salma, displayName: 'Salma Ben Ali', slug: 'sfax', teamName: 'Équipe Sfax', commune: 'Sfax' },
  { externalId: amine, displayName: 'Amine', locale: 'ar', slug: 'gabes', teamName: 'فريق قابس', commune: 'قابس' },
]);

type Sent = Omit<Incoming, 'from'>;
const kinds = {
  voice: { type: T.VOICE },
  audio: { type: T.AUDIO },
  sticker: { type: T.STICKER },
  // A location's body is its map thumbnail, a contact's its vCard: neither is read as words.
  location: { type: T.LOCATION, body: '/9j/4AAQSkZJRgABAQ' },
  contact: { type: T.CONTACT_CARD, body: 'BEGIN:VCARD\nVERSION:3.0\nFN:كريم\nEND:VCARD' },
  gif: { type: T.VIDEO, isGif: true },
  video: { type: T.VIDEO },
  // What a call the bot's number missed leaves in the chat.
  call: { type: T.CALL_LOG },
} satisfies Record<string, Sent>;

const words = {
  fr: {
    voice:
      "⚠️ Je ne peux pas écouter les messages vocaux ni les fichiers audio. Rien n'a été enregistré : écrivez votre réponse dans un message.",
    location: 'cette question attend une réponse écrite, écrivez le lieu en toutes lettres.',
    sticker: 'Je ne peux pas lire les autocollants.',
    choose: 'choisissez votre réponse dans la question ci-dessous.',
    contact: 'Je ne peux pas lire une fiche de contact.',
    gif: 'Je ne peux pas lire les GIF ni les animations.',
    video: 'Je ne peux pas regarder les vidéos.',
    call: 'Je ne peux pas répondre aux appels.',
    question: 'Quel est le nom du service diagnostiqué ?',
    choices: 'À quel domaine appartient ce service ?\n1. État civil',
    answer: 'Service état civil',
  },
  ar: {
    voice: '⚠️ لا يمكنني الاستماع إلى الرسائل الصوتية ولا إلى الملفات الصوتية. لم يُسجَّل شيء: اكتب إجابتك في رسالة.',
    location: 'هذا السؤال ينتظر إجابة مكتوبة، اكتب المكان بالحروف.',
    sticker: 'لا يمكنني قراءة الملصقات.',
    choose: 'اختر إجابتك من السؤال أدناه.',
    contact: 'لا يمكنني قراءة بطاقة جهة اتصال.',
    gif: 'لا يمكنني قراءة صور GIF ولا الرسوم المتحركة.',
    video: 'لا يمكنني مشاهدة مقاطع الفيديو.',
    call: 'لا يمكنني الرد على المكالمات.',
    question: 'ما هو اسم المرفق موضوع التشخيص؟',
    choices: 'إلى أي مجال ينتمي هذا المرفق؟\n1. الحالة المدنية',
    answer: 'مصلحة الحالة المدنية',
  },
} as const;

/** Sends a message of that kind and returns the texts sent back. */
async function send(from: string, kind: keyof typeof kinds): Promise<string[]> {
  const before = h.standIn.textsTo(from).length;
  h.standIn.live().deliver({ from, ...kinds[kind] });
  await h.idle();
  return h.standIn
    .textsTo(from)
    .slice(before)
    .map((text) => text.replace(/[\u200b\u200e\u200f\u2066-\u2069]/g, ''));
}

describe.each([
  ['fr', salma, 'sfax'],
  ['ar', amine, 'gabes'],
] as const)('a message that is not text on WhatsApp, in %s', (locale, from, slug) => {
  const w = words[locale];
  const answers = () => h.app.db.answer.count({ where: { run: { team: { slug } } } });

  it('a voice note at a written question: said, then the open question again; nothing saved', async () => {
    await h.say(from, '/diagnostic 1');
    const text = await send(from, 'voice');
    expect(text).toHaveLength(2);
    expect(text[0]).toBe(w.voice);
    expect(text[1]).toMatch(/^\*.+\*\n/);
    expect(text[1]).toContain(w.question);
    expect(await answers()).toBe(0);
  });

  it('a location at a written question: the place is asked for in words', async () => {
    const text = await send(from, 'location');
    expect(text[0]).toContain(w.location);
    expect(text[1]).toContain(w.question);
    expect(await answers()).toBe(0);
  });

  it('a sticker at a numbered question: its list again, still answered by its number', async () => {
    await h.say(from, w.answer);
    const text = await send(from, 'sticker');
    expect(text).toHaveLength(2);
    expect(text[0]).toContain(w.sticker);
    expect(text[0]).toContain(w.choose);
    expect(text[1]).toContain(w.choices);
    expect(await answers()).toBe(1);
  });

  it.each(['audio', 'contact', 'gif', 'video', 'call'] as const)(
    'a %s is named, and the list comes again',
    async (kind) => {
      const text = await send(from, kind);
      expect(text).toHaveLength(2);
      expect(text[0]).toContain(w[kind === 'audio' ? 'voice' : kind].replace(/ Rien.*| لم يُسجَّل.*/, ''));
      expect(text[1]).toContain(w.choices);
      expect(await answers()).toBe(1);
    },
  );

  it('the number typed after them answers the question shown again', async () => {
    await h.say(from, '2');
    const answer = await h.app.db.answer.findFirstOrThrow({
      where: { questionId: 'q_service_domain', run: { team: { slug } } },
    });
    expect(JSON.parse(String(answer.value))).toBe('waste_cleaning');
  });

  it('outside a questionnaire: what it was, and /help', async () => {
    await h.say(from, '/pause');
    const text = await send(from, 'sticker');
    expect(text).toHaveLength(1);
    expect(text[0]).toContain(w.sticker);
    expect(text[0]).toContain('/help');
  });
});

describe('from someone who never wrote', () => {
  it('a voice note: said in French and Arabic, nobody recorded', async () => {
    const people = await h.app.db.person.count();
    const text = await send(stranger, 'voice');
    expect(text).toHaveLength(1);
    expect(text[0]).toContain('Je ne peux pas écouter les messages vocaux');
    expect(text[0]).toContain('لا يمكنني الاستماع إلى الرسائل الصوتية');
    expect(text[0]).toContain('/help');
    expect(await h.app.db.person.count()).toBe(people);
  });
});
