import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultQuestionnairesDir, loadQuestionnaires } from '../../../src/features/questionnaires/index.ts';
import type { SentMessage, SimulatedUser } from '../../helpers/bot-api/index.ts';
import { enrol, plainText, startHarness, typeLines, type Harness } from './harness.ts';

// A voice note, a location, a sticker, a GIF, a contact or a video sent in the middle of a
// questionnaire on Telegram: said what it was and that nothing was saved, then the question comes
// again under it, with its buttons, so that the person on a phone need not scroll up to it.
const [q] = loadQuestionnaires(defaultQuestionnairesDir);
if (!q) throw new Error('no questionnaire');
const [nameQuestion, domainQuestion] = q.questions;
if (!nameQuestion || !domainQuestion) throw new Error('questions missing');

const file = (id: string) => ({ file_id: id, file_unique_id: `u-${id}` });
const kinds = {
  voice: { voice: { ...file('voice'), duration: 4 } },
  location: { location: { latitude: 36.8, longitude: 10.18 } },
  sticker: {
    sticker: { ...file('st'), type: 'regular', width: 512, height: 512, is_animated: false, is_video: false },
  },
  // Telegram sends a GIF with a `document` too, for older clients: it is no document for all that.
  gif: {
    animation: { ...file('gif'), width: 320, height: 240, duration: 2 },
    document: { ...file('gif'), file_name: 'giphy.mp4', mime_type: 'video/mp4' },
  },
  contact: { contact: { phone_number: '+21655000000', first_name: 'Karim' } },
  video: { video: { ...file('vid'), width: 640, height: 360, duration: 9 } },
};

const words = {
  fr: {
    voice:
      "⚠️ Je ne peux pas écouter les messages vocaux ni les fichiers audio. Rien n'a été enregistré : écrivez votre réponse dans un message.",
    location: 'cette question attend une réponse écrite, écrivez le lieu en toutes lettres.',
    sticker: 'Je ne peux pas lire les autocollants. Rien',
    choose: 'choisissez votre réponse dans la question ci-dessous.',
    gif: 'Je ne peux pas lire les GIF ni les animations.',
    contact: 'Je ne peux pas lire une fiche de contact.',
    video: 'Je ne peux pas regarder les vidéos.',
    help: 'Je lis les messages écrits, les photos et les documents : tapez /help pour voir ce que je sais faire.',
    answer: 'Service état civil',
    photo: "Cette question n'attend pas de photo",
    document: "Un document n'est pas enregistré comme réponse",
    status: 'Avancement de « ',
  },
  ar: {
    voice: '⚠️ لا يمكنني الاستماع إلى الرسائل الصوتية ولا إلى الملفات الصوتية. لم يُسجَّل شيء: اكتب إجابتك في رسالة.',
    location: 'هذا السؤال ينتظر إجابة مكتوبة، اكتب المكان بالحروف.',
    sticker: 'لا يمكنني قراءة الملصقات. لم',
    choose: 'اختر إجابتك من السؤال أدناه.',
    gif: 'لا يمكنني قراءة صور GIF ولا الرسوم المتحركة.',
    contact: 'لا يمكنني قراءة بطاقة جهة اتصال.',
    video: 'لا يمكنني مشاهدة مقاطع الفيديو.',
    help: 'أقرأ الرسائل المكتوبة والصور والوثائق: اكتب /help لترى ما يمكنني القيام به.',
    answer: 'مصلحة الحالة المدنية',
    photo: 'هذا السؤال لا ينتظر صورة',
    document: 'لا تُسجَّل الوثيقة كإجابة',
    status: 'تقدّم « ',
  },
} as const;

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.stop());

const keyboard = (m: SentMessage | undefined) => m?.reply_markup?.inline_keyboard?.flat() ?? [];

/** Sends a message of that kind; gives the bot's `count` replies (and checks there are no more), as plain text and as sent. */
async function sendKind(h: Harness, user: SimulatedUser, kind: keyof typeof kinds, count = 2) {
  const before = h.api.sentMessages(user.chatId).length;
  await user.sendOther(kinds[kind]);
  await h.idle();
  const sent = h.api.sentMessages(user.chatId).slice(before);
  expect(sent).toHaveLength(count);
  return { texts: sent.map((m) => plainText(m.text)), sent };
}

describe.each([
  ['fr', 8401],
  ['ar', 8402],
] as const)('a message that is not text on Telegram, in %s', (locale, chatId) => {
  const w = words[locale];
  let user: SimulatedUser;
  const answers = () => h.db.answer.count({ where: { run: { team: { slug: `t${chatId}` } } } });

  beforeAll(async () => {
    user = h.api.user(chatId, { firstName: 'Nadia', languageCode: locale });
    await enrol(h, user);
    await typeLines(h, user, '/diagnostic 1');
  });

  it('a voice note at a written question: said, then the question again; nothing saved', async () => {
    const { texts } = await sendKind(h, user, 'voice');
    expect(texts[0]).toBe(w.voice);
    expect(texts[1]).toContain(nameQuestion.label[locale]);
    expect(await answers()).toBe(0);
  });

  it('a location at a written question: the place is asked for in words', async () => {
    const { texts } = await sendKind(h, user, 'location');
    expect(texts[0]).toContain(w.location);
    expect(texts[1]).toContain(nameQuestion.label[locale]);
    expect(await answers()).toBe(0);
  });

  it('a photo, then a document, at a written question: each said not saved, the question again', async () => {
    for (const [send, said] of [
      [() => user.sendPhoto(), w.photo],
      [() => user.sendDocument('rapport.pdf'), w.document],
    ] as const) {
      const before = h.api.sentMessages(chatId).length;
      await send();
      await h.idle();
      const texts = h.api
        .sentMessages(chatId)
        .slice(before)
        .map((m) => plainText(m.text));
      expect(texts).toHaveLength(2);
      expect(texts[0]).toContain(said);
      expect(texts[1]).toContain(nameQuestion.label[locale]);
    }
    expect(await answers()).toBe(0);
  });

  it('a sticker at a question with buttons: the question again with its buttons, the old copy without', async () => {
    await typeLines(h, user, w.answer);
    const first = user.lastKeyboard();
    expect(plainText(first?.text)).toContain(domainQuestion.label[locale]);
    const { texts, sent } = await sendKind(h, user, 'sticker');
    expect(texts[0]).toContain(w.sticker);
    expect(texts[0]).toContain(w.choose);
    expect(texts[1]).toContain(domainQuestion.label[locale]);
    expect(keyboard(sent[1]).length).toBeGreaterThan(1);
    expect(keyboard(h.api.message(chatId, first?.message_id ?? 0))).toEqual([]);
    expect(await answers()).toBe(1);
  });

  it.each(['gif', 'contact', 'video'] as const)('a %s is named, and the question comes again', async (kind) => {
    const { texts, sent } = await sendKind(h, user, kind);
    expect(texts[0]).toContain(w[kind]);
    expect(texts[1]).toContain(domainQuestion.label[locale]);
    expect(keyboard(sent[1]).length).toBeGreaterThan(1);
    expect(await answers()).toBe(1);
  });

  it('a pinned question or a new auto-delete timer is no message to answer: silence, then the walk goes on', async () => {
    const shown = user.lastKeyboard();
    const before = h.api.sentMessages(chatId).length;
    await user.sendOther({ pinned_message: { message_id: shown?.message_id ?? 0, date: 1, chat: { id: chatId } } });
    await user.sendOther({ message_auto_delete_timer_changed: { message_auto_delete_time: 86400 } });
    await h.idle();
    // What comes next is the answer to the next written message: nothing was said in between.
    await typeLines(h, user, '/status');
    const texts = h.api
      .sentMessages(chatId)
      .slice(before)
      .map((m) => plainText(m.text));
    expect(texts[0]).toContain(w.status);
    expect(texts.join('\n')).not.toContain(w.help.slice(0, 20));
    expect(texts.join('\n')).not.toContain(w.choose);
    expect(await answers()).toBe(1);
  });

  it('a button of the question shown again still answers it', async () => {
    const shown = user.lastKeyboard();
    const button = keyboard(shown)[0];
    await user.tap(shown?.message_id ?? 0, button?.callback_data ?? '');
    await h.idle();
    expect(await answers()).toBe(2);
  });

  it('outside a questionnaire: what it was, and /help; no question', async () => {
    await typeLines(h, user, '/pause');
    const { texts } = await sendKind(h, user, 'voice', 1);
    expect(texts[0]).toContain(w.help);
  });
});

describe('from someone who never wrote, in a language the bot does not speak', () => {
  it('is answered in French and Arabic, and nobody is recorded', async () => {
    const people = await h.db.person.count();
    const user = h.api.user(8403, { firstName: 'John', languageCode: 'en' });
    const { texts } = await sendKind(h, user, 'sticker', 1);
    expect(texts[0]).toContain(words.fr.help);
    expect(texts[0]).toContain(words.ar.help);
    expect(await h.db.person.count()).toBe(people);
  });
});
