// At the review, people type the word rather than the command: « envoyer », « soumettre »,
// « إرسال », « ارسال », « أرسل », « ارسل ». Each asks to confirm as /submit does there; at a
// question the same word is an answer, as before.
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sender } from '../../../src/core/messages.ts';
import { loadQuestionnaires } from '../../../src/features/questionnaires/definitions.ts';
import type { ReplyHandler } from '../../helpers/conversation.ts';
import { createTestDb, type TestDb } from '../../helpers/db.ts';
import { plain, sender, text } from '../../helpers/messages.ts';
import { joinNewTeam, questionnaireConversation } from '../../helpers/questionnaire-team.ts';

const questionnaires = loadQuestionnaires(resolve(import.meta.dirname, '../../fixtures/questionnaires'));

const cases = {
  fr: {
    words: ['envoyer', 'Soumettre', 'Envoyer !'],
    summary: "📨 Soumettre « Mini diagnostic » au nom de l'équipe sfax-fr ?",
    review: 'Revue — page 1/',
    back: "Rien n'a été soumis",
    yes: 'oui',
    submitted: "Questionnaire soumis au nom de l'équipe sfax-fr.",
  },
  ar: {
    words: ['إرسال', 'ارسال', 'أرسل', 'ارسل'],
    summary: '📨 تقديم « تشخيص مصغر » باسم فريق sfax-ar؟',
    review: 'مراجعة — الصفحة 1/',
    back: 'لم يُقدَّم شيء',
    yes: 'نعم',
    submitted: 'قُدِّم الاستبيان باسم فريق sfax-ar.',
  },
} as const;

describe.each(['fr', 'ar'] as const)('a submit word typed at the review (%s)', (locale) => {
  const c = cases[locale];
  let t: TestDb;
  let handle: ReplyHandler;
  const who: Sender = sender({ externalId: `words-${locale}`, displayName: 'Amel' });
  const say = async (line: string) => plain(await handle(text(who, line)));

  beforeAll(async () => {
    t = await createTestDb();
    handle = questionnaireConversation(t.db, questionnaires);
    const cohort = await t.db.cohort.create({ data: { name: 'pilote' } });
    await joinNewTeam(t.db, handle, who, { cohortId: cohort.id, slug: `sfax-${locale}` });
    if (locale === 'ar') await say('/lang ar');
  });
  afterAll(() => t.cleanup());

  const runStatus = async () => (await t.db.questionnaireRun.findFirstOrThrow()).status;

  it('at a question it is an answer; at the review it asks to confirm, as /submit; confirmed, it is submitted', async () => {
    await say('/diagnostic 1');
    // The first question takes a free text: the word is its answer, as before.
    expect(await say(c.words[0])).not.toContain(c.summary);
    const first = await t.db.answer.findFirstOrThrow({ where: { questionId: 'q_name' } });
    expect(JSON.parse(String(first.value))).toBe(c.words[0]);
    await say('/back');
    for (const line of ['Voirie', '2', '3', '1']) expect(await say(line)).not.toContain('⚠️');
    for (let i = 0; i < 12 && !(await say('/skip')).includes(c.review); i++);
    for (const word of c.words) {
      expect(await say(word)).toContain(c.summary);
      expect(await runStatus()).toBe('open');
      // Anything but a confirmation goes back to the review, where the next word is tried.
      expect(await say('/back')).toContain(c.back);
    }
    expect(await say(c.words.at(-1) as string)).toContain(c.summary);
    expect(await say(c.yes)).toContain(c.submitted);
    expect(await runStatus()).toBe('submitted');
  });

  it('typed again at the confirmation, the same word confirms instead of going back to the review', async () => {
    const other: Sender = sender({ externalId: `again-${locale}`, displayName: 'Sami' });
    const sayOther = async (line: string) => plain(await handle(text(other, line)));
    const cohort = await t.db.cohort.findFirstOrThrow();
    await joinNewTeam(t.db, handle, other, { cohortId: cohort.id, slug: `gabes-${locale}` });
    if (locale === 'ar') await sayOther('/lang ar');
    await sayOther('/diagnostic 1');
    for (const line of ['Voirie', '2', '3', '1']) expect(await sayOther(line)).not.toContain('⚠️');
    for (let i = 0; i < 12 && !(await sayOther('/skip')).includes(c.review); i++);
    expect(await sayOther(c.words[0])).toContain(c.summary.replace(`sfax-${locale}`, `gabes-${locale}`));
    expect(await sayOther(c.words[0])).toContain(c.submitted.replace(`sfax-${locale}`, `gabes-${locale}`));
    const team = await t.db.team.findUniqueOrThrow({ where: { slug: `gabes-${locale}` } });
    expect((await t.db.questionnaireRun.findFirstOrThrow({ where: { teamId: team.id } })).status).toBe('submitted');
  });
});
