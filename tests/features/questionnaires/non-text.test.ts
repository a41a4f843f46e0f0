// A voice note, a sticker, a location, a contact, a video or a GIF sent during a questionnaire: said
// what it was and why it is no answer (at a written question, a location is said to be no written
// place), then the question comes again, nothing saved. Outside a questionnaire: a pointer to
// /help. French and Arabic, real core and database.
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InboundMessage, NonTextKind, OutboundMessage, Sender } from '../../../src/core/messages.ts';
import { loadQuestionnaires } from '../../../src/features/questionnaires/definitions.ts';
import type { ReplyHandler } from '../../helpers/conversation.ts';
import { createTestDb, type TestDb } from '../../helpers/db.ts';
import { plain, sender, text } from '../../helpers/messages.ts';
import { joinNewTeam, questionnaireConversation } from '../../helpers/questionnaire-team.ts';

const questionnaires = loadQuestionnaires(resolve(import.meta.dirname, '../../fixtures/questionnaires'));

let sent = 0;
const nonText = (from: Sender, what: NonTextKind): InboundMessage => ({
  id: `nt-${++sent}`,
  from,
  receivedAt: new Date(),
  kind: 'unsupported',
  what,
});

const words = {
  fr: {
    question: 'Nom du service',
    choiceQuestion: 'Mode de gestion',
    voice:
      "⚠️ Je ne peux pas écouter les messages vocaux ni les fichiers audio. Rien n'a été enregistré : écrivez votre réponse dans un message.",
    location:
      "⚠️ Je ne peux pas lire une position partagée. Rien n'a été enregistré : cette question attend une réponse écrite, écrivez le lieu en toutes lettres.",
    sticker:
      "⚠️ Je ne peux pas lire les autocollants. Rien n'a été enregistré : choisissez votre réponse dans la question ci-dessous.",
    gif: 'Je ne peux pas lire les GIF ni les animations.',
    contact: 'Je ne peux pas lire une fiche de contact.',
    video: 'Je ne peux pas regarder les vidéos.',
    review: "Rien n'a été enregistré : voici où vous en êtes.",
    help: 'Je lis les messages écrits, les photos et les documents : tapez /help pour voir ce que je sais faire.',
  },
  ar: {
    question: 'اسم المرفق',
    choiceQuestion: 'نمط التصرف',
    voice: '⚠️ لا يمكنني الاستماع إلى الرسائل الصوتية ولا إلى الملفات الصوتية. لم يُسجَّل شيء: اكتب إجابتك في رسالة.',
    location: '⚠️ لا يمكنني قراءة موقع مُشارَك. لم يُسجَّل شيء: هذا السؤال ينتظر إجابة مكتوبة، اكتب المكان بالحروف.',
    sticker: '⚠️ لا يمكنني قراءة الملصقات. لم يُسجَّل شيء: اختر إجابتك من السؤال أدناه.',
    gif: 'لا يمكنني قراءة صور GIF ولا الرسوم المتحركة.',
    contact: 'لا يمكنني قراءة بطاقة جهة اتصال.',
    video: 'لا يمكنني مشاهدة مقاطع الفيديو.',
    review: 'لم يُسجَّل شيء: هذا ما وصلت إليه.',
    help: 'أقرأ الرسائل المكتوبة والصور والوثائق: اكتب /help لترى ما يمكنني القيام به.',
  },
} as const;

describe.each(['fr', 'ar'] as const)('a message that is not text, in %s', (locale) => {
  const w = words[locale];
  let t: TestDb;
  let handle: ReplyHandler;
  const amel = sender({ externalId: `amel-nt-${locale}`, displayName: 'Amel' });
  const say = async (message: InboundMessage) => plain(await handle(message));

  beforeAll(async () => {
    t = await createTestDb();
    handle = questionnaireConversation(t.db, questionnaires);
    const cohort = await t.db.cohort.create({ data: { name: 'C1' } });
    await joinNewTeam(t.db, handle, amel, { cohortId: cohort.id, slug: `nt-${locale}` });
    await say(text(amel, `/lang ${locale}`));
    await say(text(amel, '/diagnostic 1'));
  });
  afterAll(() => t.cleanup());

  it('a voice note at a written question: says it cannot listen, and asks the question again', async () => {
    const replies = await handle(nonText(amel, 'voice'));
    expect(replies).toHaveLength(2);
    expect(plain([replies[0] as OutboundMessage])).toBe(w.voice);
    expect(plain([replies[1] as OutboundMessage])).toContain(w.question);
    expect(await t.db.answer.count()).toBe(0);
  });

  it('a location at a written question: says the question asks for the place in words', async () => {
    const reply = await say(nonText(amel, 'location'));
    expect(reply).toContain(w.location);
    expect(reply).toContain(w.question);
    expect(await t.db.answer.count()).toBe(0);
  });

  it.each(['video', 'animation', 'contact'] as const)('a %s is named, and the question comes again', async (what) => {
    const reply = await say(nonText(amel, what));
    expect(reply).toContain(w[what === 'animation' ? 'gif' : what]);
    expect(reply).toContain(w.question);
    expect(await t.db.answer.count()).toBe(0);
  });

  it('a sticker at a choice question: the choices come again, and a choice still answers it', async () => {
    await say(text(amel, 'Voirie'));
    const replies = await handle(nonText(amel, 'sticker'));
    expect(plain([replies[0] as OutboundMessage])).toBe(w.sticker);
    expect(replies[1]).toMatchObject({ kind: 'choices' });
    expect(plain([replies[1] as OutboundMessage])).toContain(w.choiceQuestion);
    expect(await t.db.answer.count()).toBe(1);
    await say(text(amel, '2'));
    expect(await t.db.answer.count()).toBe(2);
  });

  it('at the review: said, then the review again', async () => {
    const review = plain(await handle(text(amel, '/review')));
    const replies = await handle(nonText(amel, 'contact'));
    expect(replies).toHaveLength(2);
    expect(plain([replies[0] as OutboundMessage])).toContain(w.review);
    expect(plain([replies[1] as OutboundMessage])).toBe(review);
    expect(await t.db.answer.count()).toBe(2);
  });

  it('outside a questionnaire: what it was, and /help; no question', async () => {
    await say(text(amel, '/pause'));
    const replies = await handle(nonText(amel, 'voice'));
    expect(replies).toHaveLength(1);
    expect(plain(replies)).toContain(w.help);
    expect(plain(replies)).not.toContain(w.question);
  });

  it('from someone who never wrote: said in their language, nobody recorded', async () => {
    const people = await t.db.person.count();
    const stranger = sender({ externalId: `stranger-${locale}`, displayName: 'X', languageCode: locale });
    expect(plain(await handle(nonText(stranger, 'sticker')))).toContain(w.help);
    expect(await t.db.person.count()).toBe(people);
  });
});

describe('a message that is not text from someone who never wrote, language unknown', () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(() => t.cleanup());

  it('is answered in both languages, nobody recorded', async () => {
    const handle = questionnaireConversation(t.db, questionnaires);
    const reply = plain(await handle(nonText(sender({ externalId: 'nobody' }), 'voice')));
    expect(reply).toContain(words.fr.help);
    expect(reply).toContain(words.ar.help);
    expect(await t.db.person.count()).toBe(0);
  });
});
