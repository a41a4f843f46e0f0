// A teammate still typing answers after another member submitted the team's run: the reply says
// plainly that this answer was not saved, who submitted the run, and what to do (ask a coordinator
// to reopen it; a coordinator is given the /reopen line itself). French and Arabic, real core and
// database.
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sender } from '../../../src/core/messages.ts';
import { loadQuestionnaires } from '../../../src/features/questionnaires/definitions.ts';
import type { ReplyHandler } from '../../helpers/conversation.ts';
import { createTestDb, type TestDb } from '../../helpers/db.ts';
import { plain, sender, text } from '../../helpers/messages.ts';
import { joinNewTeam, questionnaireConversation } from '../../helpers/questionnaire-team.ts';

const questionnaires = loadQuestionnaires(resolve(import.meta.dirname, '../../fixtures/questionnaires'));

const words = {
  fr: {
    review: 'Revue — page 1/',
    yes: 'oui',
    notSaved: "⚠️ Votre réponse « Service des eaux » n'a pas été enregistrée.",
    by: 'Ce questionnaire a été soumis par Amel',
    ask: 'demandez à un coordinateur de rouvrir le questionnaire, puis tapez /diagnostic et renvoyez votre réponse',
    reopen: 'rouvrez-le avec /reopen',
  },
  ar: {
    review: 'مراجعة — الصفحة 1/',
    yes: 'نعم',
    notSaved: '⚠️ لم تُسجَّل إجابتك « Service des eaux ».',
    by: 'قدّم Amel هذا الاستبيان',
    ask: 'اطلب من المنسق إعادة فتح الاستبيان، ثم اكتب /diagnostic وأعد إرسال إجابتك',
    reopen: 'أعد فتحه بـ /reopen',
  },
} as const;

describe.each(['fr', 'ar'] as const)('an answer typed after a teammate submitted, in %s', (locale) => {
  const w = words[locale];
  let t: TestDb;
  let handle: ReplyHandler;
  const say = async (who: Sender, line: string) => plain(await handle(text(who, line)));

  beforeAll(async () => {
    t = await createTestDb();
    handle = questionnaireConversation(t.db, questionnaires);
  });
  afterAll(() => t.cleanup());

  /** Amel and `mate` in a new team `slug`, the mate on the run, and Amel submits it. */
  async function submittedUnder(slug: string, mate: Sender, coordinator = false) {
    const amel = sender({ externalId: `amel-${slug}`, displayName: 'Amel' });
    const cohort = await t.db.cohort.create({ data: { name: slug } });
    const teamId = await joinNewTeam(t.db, handle, amel, { cohortId: cohort.id, slug });
    await say(mate, '/start');
    const { personId } = await t.db.identity.findUniqueOrThrow({
      where: { channel_externalId: { channel: mate.channel, externalId: mate.externalId } },
    });
    await t.db.teamMember.create({ data: { teamId, personId } });
    if (coordinator) await t.db.personRole.create({ data: { personId, role: 'coordinator' } });
    for (const who of [amel, mate]) await say(who, `/lang ${locale}`);
    await say(amel, '/diagnostic 1');
    await say(mate, '/diagnostic 1');
    for (const line of ['Voirie', '2', '3', '1']) expect(await say(amel, line)).not.toContain('⚠️');
    for (let i = 0; i < 12; i++) if ((await say(amel, '/skip')).includes(w.review)) break;
    await say(amel, '/submit');
    await say(amel, w.yes);
    return (await t.db.questionnaireRun.findFirstOrThrow({ where: { teamId } })).id;
  }

  it('tells the teammate the answer was not saved, by whom the run was submitted, and to ask a coordinator', async () => {
    const sami = sender({ externalId: `sami-${locale}`, displayName: 'Sami' });
    const runId = await submittedUnder(`sub-${locale}`, sami);
    const before = await t.db.answer.count({ where: { runId } });
    const reply = await say(sami, 'Service des eaux');
    expect(reply).toContain(w.notSaved);
    expect(reply).toContain(w.by);
    expect(reply).toContain(w.ask);
    expect(await t.db.answer.count({ where: { runId } })).toBe(before);
    // Typed on in a row (before the reply was read): each is said not saved, none goes elsewhere.
    for (const line of ['12', 'Service état civil']) {
      const next = await say(sami, line);
      expect(next).toContain(w.notSaved.replace('Service des eaux', line));
      expect(next).toContain(w.by);
    }
    expect(await t.db.answer.count({ where: { runId } })).toBe(before);
    // Once the person moves on (a command), plain text is no answer any more.
    await say(sami, '/help');
    expect(await say(sami, 'Service des eaux')).not.toContain(w.notSaved);
  });

  it('gives a coordinator of the team the line that reopens it', async () => {
    const nour = sender({ externalId: `nour-${locale}`, displayName: 'Nour' });
    await submittedUnder(`subc-${locale}`, nour, true);
    const reply = await say(nour, 'Service des eaux');
    expect(reply).toContain(w.notSaved);
    expect(reply).toContain(`${w.reopen} subc-${locale} 1`);
  });
});
