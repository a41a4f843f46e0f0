import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sender } from '../../../src/core/messages.ts';
import { unnamedOperator } from '../../../src/core/person-name.ts';
import { loadQuestionnaires } from '../../../src/features/questionnaires/definitions.ts';
import type { ReplyHandler } from '../../helpers/conversation.ts';
import { createTestDb, type TestDb } from '../../helpers/db.ts';
import { choice, plain, sender, text } from '../../helpers/messages.ts';
import { questionnaireConversation } from '../../helpers/questionnaire-team.ts';

const questionnaires = loadQuestionnaires(resolve(import.meta.dirname, '../../fixtures/questionnaires'));

const words = {
  fr: {
    summary: '📨 Soumettre « Mini diagnostic »',
    review: 'Revue — page 1/',
    submitted: "Questionnaire soumis au nom de l'équipe Sfax.",
    self: "Vous avez déjà soumis ce questionnaire : il n'est pas soumis une seconde fois.",
    teammate: 'un autre membre',
    operator: "Ce questionnaire vient d'être soumis par Opérateur local, membre de l'équipe.",
    yes: 'oui',
  },
  ar: {
    summary: '📨 تقديم « تشخيص مصغر »',
    review: 'مراجعة — الصفحة 1/',
    submitted: 'قُدِّم الاستبيان باسم فريق Sfax.',
    self: 'سبق تقديم هذا الاستبيان من حسابك: لن يُقدَّم مرة ثانية.',
    teammate: 'عضو آخر',
    operator: 'قُدِّم هذا الاستبيان للتوّ من قِبَل المشغّل المحلي، عضو الفريق.',
    yes: 'نعم',
  },
} as const;

describe.each(['fr', 'ar'] as const)(
  'one person in two chats (Telegram and WhatsApp) asked to confirm in both (%s, real core, real SQLite)',
  (locale) => {
    const w = words[locale];
    let t: TestDb;
    let handle: ReplyHandler;
    let teams = 0;
    const say = async (who: Sender, line: string) => plain(await handle(text(who, line)));

    beforeAll(async () => {
      t = await createTestDb();
      handle = questionnaireConversation(t.db, questionnaires);
    });
    afterAll(() => t.cleanup());

    /** Amel of a new team of Sfax, enrolled on Telegram, her WhatsApp number linked to the same person. */
    async function amel(): Promise<{ telegram: Sender; whatsapp: Sender; personId: string; teamId: string }> {
      const slug = `sfax${++teams}`;
      const telegram = sender({ channel: 'telegram', externalId: `${slug}-tg`, displayName: 'Amel' });
      const whatsapp = sender({ channel: 'whatsapp', externalId: `2162${teams}000000`, displayName: 'Amel' });
      const cohort = await t.db.cohort.create({ data: { name: slug } });
      const team = await t.db.team.create({ data: { cohortId: cohort.id, slug, name: 'Sfax', commune: 'Sfax' } });
      await say(telegram, '/start');
      if (locale === 'ar') await say(telegram, '/lang ar');
      const { personId } = await t.db.identity.findUniqueOrThrow({
        where: { channel_externalId: { channel: 'telegram', externalId: telegram.externalId } },
      });
      await t.db.teamMember.create({ data: { teamId: team.id, personId } });
      await t.db.identity.create({ data: { channel: 'whatsapp', externalId: whatsapp.externalId, personId } });
      return { telegram, whatsapp, personId, teamId: team.id };
    }

    async function walk(who: Sender) {
      await say(who, '/diagnostic 1');
      for (const line of ['Voirie', '2', '3', '1']) expect(await say(who, line)).not.toContain('⚠️');
      for (let i = 0; i < 12; i++) if ((await say(who, '/skip')).includes(w.review)) break;
    }

    it('confirmed on WhatsApp, then « Confirmer » tapped on Telegram: told she submitted it herself', async () => {
      const { telegram, whatsapp, personId, teamId } = await amel();
      await walk(telegram);
      const run = () => t.db.questionnaireRun.findFirstOrThrow({ where: { teamId } });
      expect(await say(telegram, '/submit')).toContain(w.summary);
      expect(await say(whatsapp, '/submit')).toContain(w.summary);
      expect(await say(whatsapp, w.yes)).toContain(w.submitted);
      const submitted = await run();
      expect(submitted.submittedById).toBe(personId);

      const reply = plain(await handle(choice(telegram, `q:${submitted.id}:confirm`, ['confirm'])));
      expect(reply).toContain(w.self);
      expect(reply).not.toContain(w.teammate);
      const after = await run();
      expect([after.status, after.submittedAt]).toEqual(['submitted', submitted.submittedAt]);
    });

    it('confirmed on Telegram, then « oui » typed on WhatsApp: the same', async () => {
      const { telegram, whatsapp, teamId } = await amel();
      await walk(whatsapp);
      expect(await say(whatsapp, '/submit')).toContain(w.summary);
      expect(await say(telegram, '/submit')).toContain(w.summary);
      expect(await say(telegram, w.yes)).toContain(w.submitted);
      const submitted = await t.db.questionnaireRun.findFirstOrThrow({ where: { teamId } });
      const reply = await say(whatsapp, w.yes);
      expect(reply).toContain(w.self);
      expect(reply).not.toContain(w.teammate);
      expect(reply).not.toContain(w.submitted);
      const after = await t.db.questionnaireRun.findFirstOrThrow({ where: { teamId } });
      expect(after.submittedAt).toEqual(submitted.submittedAt);
    });

    it('submitted meanwhile by the console operator with no name of their own: named as the reader reads them', async () => {
      const { telegram, teamId } = await amel();
      const operator = sender({ channel: 'console', externalId: 'operator', displayName: unnamedOperator });
      await say(operator, '/start');
      if (locale === 'ar') await say(operator, '/lang ar');
      const { personId } = await t.db.identity.findUniqueOrThrow({
        where: { channel_externalId: { channel: 'console', externalId: 'operator' } },
      });
      await t.db.teamMember.create({ data: { teamId, personId } });
      await walk(telegram);
      expect(await say(telegram, '/submit')).toContain(w.summary);
      expect(await say(operator, '/submit')).toContain(w.summary);
      expect(await say(operator, w.yes)).toContain(w.submitted);
      const reply = await say(telegram, w.yes);
      expect(reply).toContain(w.operator);
      expect(reply).not.toContain(unnamedOperator);
    });
  },
);
