import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sender } from '../../../src/core/messages.ts';
import { loadQuestionnaires } from '../../../src/features/questionnaires/definitions.ts';
import { createQuestionnaireFeature } from '../../../src/features/questionnaires/index.ts';
import { buildConversation, type ReplyHandler } from '../../helpers/conversation.ts';
import { createTestDb, type TestDb } from '../../helpers/db.ts';
import { captureLogger } from '../../helpers/logger.ts';
import { choice, plain, sender, text } from '../../helpers/messages.ts';

const fixtures = resolve(import.meta.dirname, '../../fixtures');
const questionnaires = [
  ...loadQuestionnaires(resolve(fixtures, 'questionnaires')),
  ...loadQuestionnaires(resolve(fixtures, 'report-questionnaires')),
];

/** What the person reads, in each language. */
const words = {
  fr: {
    teamSummary: "📨 Soumettre « Mini diagnostic » au nom de l'équipe Sfax ?",
    counts: 'Réponses : 4/11 ; 7 questions facultatives restent sans réponse.',
    teamFinal: "les réponses seront en lecture seule pour toute l'équipe ; seul un coordinateur pourra rouvrir",
    buttons: ['✅ Confirmer la soumission', '↩️ Revenir à la revue'],
    yes: 'oui',
    unrelated: 'peut-être plus tard',
    back: "Rien n'a été soumis : les réponses restent enregistrées et modifiables. Voici la revue.",
    review: 'Revue — page 1/',
    firstQuestion: 'Question 1/',
    submitted: "Questionnaire soumis au nom de l'équipe Sfax.",
    race: "Ce questionnaire vient d'être soumis par Sami, membre de l'équipe.",
    changed: "⚠️ Les réponses ont changé depuis ce résumé : rien n'a été soumis.",
    personalSummary: '📨 Envoyer vos réponses à « Mini évaluation » ?',
    personalCounts: 'Réponses : 1/1.',
    personalFinal: 'Une fois envoyées, vos réponses seront en lecture seule ; seul un coordinateur pourra les rouvrir.',
    personalDone: 'Vos réponses sont enregistrées et transmises.',
    reportSummary: "📨 Soumettre le rapport « Mini compte rendu » au nom de l'équipe Sfax ?",
    reportCounts: 'Réponses : 1/2 ; une question facultative reste sans réponse.',
    reportFinal: "ce rapport sera en lecture seule pour toute l'équipe (seul un coordinateur pourra le rouvrir)",
    reportDone: "Questionnaire soumis au nom de l'équipe Sfax. Merci !",
  },
  ar: {
    teamSummary: '📨 تقديم « تشخيص مصغر » باسم فريق Sfax؟',
    counts: 'الإجابات: 4/11؛ وبقيت 7 أسئلة اختيارية دون إجابة.',
    teamFinal: 'تصبح الإجابات للقراءة فقط لكل أعضاء الفريق؛ ولا يستطيع إعادة فتح الاستبيان إلا منسّق.',
    buttons: ['✅ تأكيد التقديم', '↩️ الرجوع إلى المراجعة'],
    yes: 'نعم',
    unrelated: 'ربما لاحقًا',
    back: 'لم يُقدَّم شيء: الإجابات محفوظة ويمكن تعديلها. إليك المراجعة.',
    review: 'مراجعة — الصفحة 1/',
    firstQuestion: 'السؤال 1/',
    submitted: 'قُدِّم الاستبيان باسم فريق Sfax.',
    race: 'قُدِّم هذا الاستبيان للتوّ من قِبَل Sami، عضو الفريق.',
    changed: '⚠️ تغيّرت الإجابات منذ عرض هذا الملخص: لم يُقدَّم شيء.',
    personalSummary: '📨 إرسال إجاباتك عن « تقييم مصغر »؟',
    personalCounts: 'الإجابات: 1/1.',
    personalFinal: 'بعد الإرسال، تصبح إجاباتك للقراءة فقط؛ ولا يستطيع إعادة فتحها إلا منسّق.',
    personalDone: 'سُجّلت إجاباتك وأُرسلت.',
    reportSummary: '📨 تقديم التقرير « محضر مصغر » باسم فريق Sfax؟',
    reportCounts: 'الإجابات: 1/2؛ وبقي سؤال اختياري واحد دون إجابة.',
    reportFinal: 'يصبح هذا التقرير للقراءة فقط لكل أعضاء الفريق (ولا يستطيع إعادة فتحه إلا منسّق)',
    reportDone: 'قُدِّم الاستبيان باسم فريق Sfax. شكرًا!',
  },
} as const;

describe.each(['fr', 'ar'] as const)('/submit asks to confirm first (%s, real core, real SQLite)', (locale) => {
  const w = words[locale];
  let t: TestDb;
  let handle: ReplyHandler;
  let teams = 0;
  const say = async (who: Sender, line: string) => plain(await handle(text(who, line)));
  const status = async (runId: string) =>
    (await t.db.questionnaireRun.findUniqueOrThrow({ where: { id: runId } })).status;

  /** A fresh team of Sfax (its own runs) with these members, each speaking the test's language. */
  async function team(...names: string[]): Promise<Sender[]> {
    const slug = `sfax${++teams}`;
    const cohort = await t.db.cohort.create({ data: { name: slug } });
    const created = await t.db.team.create({ data: { cohortId: cohort.id, slug, name: 'Sfax', commune: 'Sfax' } });
    const members: Sender[] = [];
    for (const name of names) {
      const who = sender({ externalId: `${slug}-${name}`, displayName: name });
      await say(who, '/start');
      if (locale === 'ar') await say(who, '/lang ar');
      const identity = await t.db.identity.findUniqueOrThrow({
        where: { channel_externalId: { channel: who.channel, externalId: who.externalId } },
      });
      await t.db.teamMember.create({ data: { teamId: created.id, personId: identity.personId } });
      members.push(who);
    }
    return members;
  }

  /** The four required answers, then every optional question passed, up to the review. */
  async function walk(who: Sender): Promise<string> {
    await say(who, '/diagnostic 1');
    for (const line of ['Voirie', '2', '3', '1']) expect(await say(who, line)).not.toContain('⚠️');
    for (let i = 0; i < 12; i++) {
      const shown = await say(who, '/skip');
      if (shown.includes(w.review)) break;
    }
    // Each test's team is the latest one made.
    const run = await t.db.questionnaireRun.findFirstOrThrow({
      where: { questionnaireId: 'mini', team: { slug: `sfax${teams}` } },
    });
    return run.id;
  }

  beforeAll(async () => {
    t = await createTestDb();
    handle = buildConversation(t.db, [
      createQuestionnaireFeature({
        db: t.db,
        questionnaires,
        timeZone: 'Africa/Tunis',
        logger: captureLogger().logger,
      }),
    ]);
  });
  afterAll(() => t.cleanup());

  it('shows the summary with its counts and two choices; nothing is submitted before the confirmation', async () => {
    const [amel] = await team('Amel');
    const runId = await walk(amel as Sender);
    const replies = await handle(text(amel as Sender, '/submit'));
    const summary = plain(replies);
    expect(summary).toContain(w.teamSummary);
    expect(summary).toContain(w.counts);
    expect(summary).toContain(w.teamFinal);
    const last = replies.at(-1);
    expect(last?.kind === 'choices' && last.choices.map((c) => plain([{ kind: 'text', text: c.label }]))).toEqual(
      w.buttons,
    );
    expect(await status(runId)).toBe('open');
    expect(await say(amel as Sender, w.yes)).toContain(w.submitted);
    expect(await status(runId)).toBe('submitted');
  });

  it('anything else than a confirmation goes back to the review: nothing submitted, nothing lost, still editable', async () => {
    const [amel] = await team('Amel');
    const who = amel as Sender;
    const runId = await walk(who);
    const answers = await t.db.answer.count({ where: { runId } });
    // A number is the review's, the answer to change: number-at-confirm.test.ts.
    for (const other of [w.unrelated, '/cancel', '/back']) {
      expect(await say(who, '/submit')).toContain(w.teamSummary);
      const back = await say(who, other);
      expect(back).toContain(w.back);
      expect(back).toContain(w.review);
      expect(await status(runId)).toBe('open');
    }
    // The review still takes a number: the answer to change.
    expect(await say(who, '1')).toContain(w.firstQuestion);
    expect(await say(who, 'Voirie')).toContain(w.review);
    expect(await t.db.answer.count({ where: { runId } })).toBe(answers + 1);
    // « Revenir à la revue » tapped does the same.
    await say(who, '/submit');
    expect(plain(await handle(choice(who, `q:${runId}:confirm`, ['review'])))).toContain(w.back);
    expect(await status(runId)).toBe('open');
    // The confirmation's button confirms.
    await say(who, '/submit');
    expect(plain(await handle(choice(who, `q:${runId}:confirm`, ['confirm'])))).toContain(w.submitted);
    expect(await status(runId)).toBe('submitted');
  });

  it('/submit after /pause asks too, and going back opens the run at its review', async () => {
    const [amel] = await team('Amel');
    const who = amel as Sender;
    const runId = await walk(who);
    await say(who, '/pause');
    expect(await say(who, '/submit')).toContain(w.teamSummary);
    expect(await say(who, w.unrelated)).toContain(w.review);
    expect(await say(who, '1')).toContain(w.firstQuestion);
    expect(await status(runId)).toBe('open');
  });

  it('a teammate submitted meanwhile: confirming says so and submits nothing twice', async () => {
    const [amel, sami] = (await team('Amel', 'Sami')) as [Sender, Sender];
    const runId = await walk(amel);
    await say(sami, '/diagnostic 1');
    expect(await say(amel, '/submit')).toContain(w.teamSummary);
    expect(await say(sami, '/submit')).toContain(w.teamSummary);
    expect(await say(sami, w.yes)).toContain(w.submitted);
    const submitted = await t.db.questionnaireRun.findUniqueOrThrow({ where: { id: runId } });
    const reply = await say(amel, w.yes);
    expect(reply).toContain(w.race);
    expect(reply).not.toContain(w.submitted);
    const after = await t.db.questionnaireRun.findUniqueOrThrow({ where: { id: runId } });
    expect([after.submittedById, after.submittedAt]).toEqual([submitted.submittedById, submitted.submittedAt]);
  });

  it('answers changed after the summary: not submitted, the summary comes again, and a second confirmation submits', async () => {
    const [amel, sami] = (await team('Amel', 'Sami')) as [Sender, Sender];
    const runId = await walk(amel);
    await say(sami, '/diagnostic 1');
    expect(await say(amel, '/submit')).toContain(w.teamSummary);
    // Sami changes the service's name from the review.
    await say(sami, '1');
    await say(sami, 'Propreté');
    const again = await say(amel, w.yes);
    expect(again).toContain(w.changed);
    expect(again).toContain(w.teamSummary);
    expect(await status(runId)).toBe('open');
    expect(await say(amel, w.yes)).toContain(w.submitted);
    expect(await status(runId)).toBe('submitted');
  });

  it('a personal questionnaire and a mission report say what their submission means', async () => {
    const [amel] = await team('Amel');
    const who = amel as Sender;
    await say(who, '/diagnostic mini-eval');
    await say(who, '4');
    const personal = await say(who, '/submit');
    expect(personal).toContain(w.personalSummary);
    expect(personal).toContain(w.personalCounts);
    expect(personal).toContain(w.personalFinal);
    expect(await say(who, w.yes)).toContain(w.personalDone);

    await say(who, '/diagnostic mini-report');
    await say(who, 'Béja');
    await say(who, '/skip');
    const report = await say(who, '/submit');
    expect(report).toContain(w.reportSummary);
    expect(report).toContain(w.reportCounts);
    expect(report).toContain(w.reportFinal);
    expect(await t.db.questionnaireRun.count({ where: { questionnaireId: 'mini-report', status: 'submitted' } })).toBe(
      0,
    );
    expect(await say(who, w.yes)).toContain(w.reportDone);
    expect(await t.db.questionnaireRun.count({ where: { questionnaireId: 'mini-report', status: 'submitted' } })).toBe(
      1,
    );
  });
});
