// A document (a PDF, or an image sent « as a file ») sent at a question: today's « this choice is
// about an earlier question » was wrong. It now says a document is not saved as an answer, what to
// send instead (at a photo question: the image as a photo), and the question comes again. A photo
// with a caption at a written question says its caption was not saved either. French and Arabic,
// real core and database.
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InboundMessage, Sender } from '../../../src/core/messages.ts';
import { loadQuestionnaires } from '../../../src/features/questionnaires/definitions.ts';
import type { ReplyHandler } from '../../helpers/conversation.ts';
import { createTestDb, type TestDb } from '../../helpers/db.ts';
import { plain, sender, text } from '../../helpers/messages.ts';
import { joinNewTeam, questionnaireConversation } from '../../helpers/questionnaire-team.ts';

const questionnaires = loadQuestionnaires(resolve(import.meta.dirname, '../../fixtures/questionnaires'));

let sent = 0;
const document = (from: Sender, fileName: string): InboundMessage => ({
  id: `doc-${++sent}`,
  from,
  receivedAt: new Date(),
  kind: 'document',
  fileRef: `/tmp/${fileName}`,
  fileName,
});

const photo = (from: Sender, caption: string): InboundMessage => ({
  id: `photo-${++sent}`,
  from,
  receivedAt: new Date(),
  kind: 'photo',
  fileRef: '/tmp/accueil.jpg',
  caption,
});

const words = {
  fr: {
    question: 'Nom du service',
    photoQuestion: "Photo de l'accueil",
    notSaved: "⚠️ Un document n'est pas enregistré comme réponse : rien n'a été enregistré. Écrivez la réponse",
    asPhoto: "⚠️ Cette question attend une photo, envoyée comme photo et non comme fichier : rien n'a été enregistré.",
    stale: 'question précédente',
    caption: "⚠️ Cette question n'attend pas de photo : ni la photo ni sa légende « Voirie » n'ont été enregistrées.",
  },
  ar: {
    question: 'اسم المرفق',
    photoQuestion: 'صورة الاستقبال',
    notSaved: '⚠️ لا تُسجَّل الوثيقة كإجابة: لم يُسجَّل شيء. اكتب الإجابة',
    asPhoto: '⚠️ هذا السؤال ينتظر صورة تُرسَل كصورة لا كملف: لم يُسجَّل شيء.',
    stale: 'سؤالًا سابقًا',
    caption: '⚠️ هذا السؤال لا ينتظر صورة: لم تُسجَّل الصورة ولا تعليقها « Voirie ».',
  },
} as const;

describe.each(['fr', 'ar'] as const)('a document sent as an answer, in %s', (locale) => {
  const w = words[locale];
  let t: TestDb;
  let handle: ReplyHandler;
  const amel = sender({ externalId: `amel-doc-${locale}`, displayName: 'Amel' });
  const say = async (message: InboundMessage) => plain(await handle(message));

  beforeAll(async () => {
    t = await createTestDb();
    handle = questionnaireConversation(t.db, questionnaires);
    const cohort = await t.db.cohort.create({ data: { name: 'C1' } });
    await joinNewTeam(t.db, handle, amel, { cohortId: cohort.id, slug: `doc-${locale}` });
    await say(text(amel, `/lang ${locale}`));
    await say(text(amel, '/diagnostic 1'));
  });
  afterAll(() => t.cleanup());

  it('at a written question: says it is not saved, and asks the question again', async () => {
    const reply = await say(document(amel, 'rapport.pdf'));
    expect(reply).toContain(w.notSaved);
    expect(reply).not.toContain(w.stale);
    expect(reply).toContain(w.question);
    expect(await t.db.answer.count()).toBe(0);
  });

  it('a photo with a caption at a written question: says the caption was not saved either', async () => {
    const reply = await say(photo(amel, 'Voirie'));
    expect(reply).toContain(w.caption);
    expect(reply).toContain(w.question);
    expect(await t.db.answer.count()).toBe(0);
  });

  it('at a photo question: asks for the image as a photo', async () => {
    for (const line of ['Voirie', '2', '3', '1']) await say(text(amel, line));
    for (let i = 0; i < 12; i++) if ((await say(text(amel, '/skip'))).includes(w.photoQuestion)) break;
    const before = await t.db.answer.count();
    const reply = await say(document(amel, 'accueil.jpg'));
    expect(reply).toContain(w.asPhoto);
    expect(reply).toContain(w.photoQuestion);
    expect(await t.db.answer.count()).toBe(before);
  });
});
