// A number typed at the submission's summary, as Telegram sends it (text, no numbered list there:
// the summary has buttons). The review just said « Un numéro pour modifier une réponse », and « 1 »
// used to submit the run for good: it now opens that answer, as at the review, and nothing is
// submitted. Words still confirm. French and Arabic, real core and database.
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadQuestionnaires } from '../../../src/features/questionnaires/definitions.ts';
import type { ReplyHandler } from '../../helpers/conversation.ts';
import { createTestDb, type TestDb } from '../../helpers/db.ts';
import { plain, sender, text } from '../../helpers/messages.ts';
import { joinNewTeam, questionnaireConversation } from '../../helpers/questionnaire-team.ts';

const questionnaires = loadQuestionnaires(resolve(import.meta.dirname, '../../fixtures/questionnaires'));

const words = {
  fr: {
    review: 'Revue — page 1/',
    summary: '📨 Soumettre « Mini diagnostic »',
    notSubmitted: "Rien n'a été soumis : un numéro ouvre la réponse à modifier, comme dans la revue.",
    firstQuestion: 'Question 1/',
    noSuch: "Il n'y a pas de question de ce numéro dans la revue (1 à ",
    submitted: 'Questionnaire soumis',
    confirm: 'confirmer',
  },
  ar: {
    review: 'مراجعة — الصفحة 1/',
    summary: '📨 تقديم « تشخيص مصغر »',
    notSubmitted: 'لم يُقدَّم شيء: الرقم يفتح الإجابة لتعديلها، كما في المراجعة.',
    firstQuestion: 'السؤال 1/',
    noSuch: 'لا يوجد سؤال بهذا الرقم في المراجعة (من 1 إلى ',
    submitted: 'قُدِّم الاستبيان',
    confirm: 'أؤكد',
  },
} as const;

describe.each(['fr', 'ar'] as const)('a number typed at the submission’s summary, in %s', (locale) => {
  const w = words[locale];
  let t: TestDb;
  let handle: ReplyHandler;
  const amel = sender({ channel: 'telegram', externalId: `amel-number-${locale}`, displayName: 'Amel' });
  const say = async (line: string) => plain(await handle(text(amel, line)));
  const status = async () => (await t.db.questionnaireRun.findFirstOrThrow()).status;

  beforeAll(async () => {
    t = await createTestDb();
    handle = questionnaireConversation(t.db, questionnaires);
    const cohort = await t.db.cohort.create({ data: { name: 'C1' } });
    await joinNewTeam(t.db, handle, amel, { cohortId: cohort.id, slug: `number-${locale}` });
    await say(`/lang ${locale}`);
    await say('/diagnostic 1');
    for (const line of ['Voirie', '2', '3', '1']) await say(line);
    for (let i = 0; i < 12; i++) if ((await say('/skip')).includes(w.review)) break;
  });
  afterAll(() => t.cleanup());

  it.each(['1', '١'])('« %s » opens answer 1 and submits nothing', async (typed) => {
    expect(await say('/submit')).toContain(w.summary);
    const reply = await say(typed);
    expect(reply).toContain(w.notSubmitted);
    expect(reply).toContain(w.firstQuestion);
    expect(reply).not.toContain(w.submitted);
    expect(await status()).toBe('open');
    // The answer opened is changed as from the review, and the review comes back.
    expect(await say('Propreté')).toContain(w.review);
    expect(await status()).toBe('open');
  });

  it('a number no answer has: said, and the review comes; nothing submitted', async () => {
    expect(await say('/submit')).toContain(w.summary);
    const reply = await say('99');
    expect(reply).toContain(w.notSubmitted);
    expect(reply).toContain(w.noSuch);
    expect(reply).toContain(w.review);
    expect(await status()).toBe('open');
  });

  it('a word still confirms', async () => {
    expect(await say('/submit')).toContain(w.summary);
    expect(await say(w.confirm)).toContain(w.submitted);
    expect(await status()).toBe('submitted');
  });
});
