// Something typed as an answer while the submission's summary asks to confirm (« 14 agents »): the
// run is not submitted and the review comes, as before, and the reply now says first that what was
// typed was saved as no question's answer (« les réponses restent enregistrées » alone read as if
// it had been). French and Arabic, real core and database.
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
    notTaken: "⚠️ « 14 agents » n'a été enregistré comme réponse à aucune question.",
    back: "Rien n'a été soumis",
  },
  ar: {
    review: 'مراجعة — الصفحة 1/',
    summary: '📨 تقديم « تشخيص مصغر »',
    notTaken: '⚠️ لم يُسجَّل « 14 agents » كإجابة عن أي سؤال.',
    back: 'لم يُقدَّم شيء',
  },
} as const;

describe.each(['fr', 'ar'] as const)('an answer typed at the submission’s summary, in %s', (locale) => {
  const w = words[locale];
  let t: TestDb;
  let handle: ReplyHandler;
  const amel = sender({ externalId: `amel-confirm-${locale}`, displayName: 'Amel' });
  const say = async (line: string) => plain(await handle(text(amel, line)));

  beforeAll(async () => {
    t = await createTestDb();
    handle = questionnaireConversation(t.db, questionnaires);
    const cohort = await t.db.cohort.create({ data: { name: 'C1' } });
    await joinNewTeam(t.db, handle, amel, { cohortId: cohort.id, slug: `confirm-${locale}` });
    await say(`/lang ${locale}`);
  });
  afterAll(() => t.cleanup());

  it('says it was saved as no answer, and submits nothing', async () => {
    await say('/diagnostic 1');
    for (const line of ['Voirie', '2', '3', '1']) await say(line);
    for (let i = 0; i < 12; i++) if ((await say('/skip')).includes(w.review)) break;
    expect(await say('/submit')).toContain(w.summary);
    const before = await t.db.answer.count();
    const reply = await say('14 agents');
    expect(reply).toContain(w.notTaken);
    expect(reply).toContain(w.back);
    expect(reply).toContain(w.review);
    expect(await t.db.answer.count()).toBe(before);
    expect((await t.db.questionnaireRun.findFirstOrThrow()).status).toBe('open');
  });
});
