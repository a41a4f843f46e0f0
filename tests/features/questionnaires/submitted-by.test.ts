// Who submitted the team's run: a teammate coming back to it with /diagnostic reads who did and
// when (« « Mini diagnostic » a été soumis par Amel le 07/12/2026 »), not only the date, so the team knows
// whom to ask before asking a coordinator to reopen it; the person who submitted it reads it as
// before. French and Arabic, real core and database.
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
    teammate: '« Mini diagnostic » a été soumis par Amel le ',
    self: '« Mini diagnostic » a été soumis le ',
    yes: 'oui',
  },
  ar: {
    review: 'مراجعة — الصفحة 1/',
    teammate: 'قدّم Amel « تشخيص مصغر » بتاريخ ',
    self: 'قُدِّم « تشخيص مصغر » بتاريخ ',
    yes: 'نعم',
  },
} as const;

describe.each(['fr', 'ar'] as const)('who submitted the team’s run, in %s', (locale) => {
  const w = words[locale];
  let t: TestDb;
  let handle: ReplyHandler;
  const say = async (who: Sender, line: string) => plain(await handle(text(who, line)));

  beforeAll(async () => {
    t = await createTestDb();
    handle = questionnaireConversation(t.db, questionnaires);
  });
  afterAll(() => t.cleanup());

  it('is named to a teammate coming back to it', async () => {
    const amel = sender({ externalId: 'amel', displayName: 'Amel' });
    const sami = sender({ externalId: 'sami', displayName: 'Sami' });
    const cohort = await t.db.cohort.create({ data: { name: 'C1' } });
    const teamId = await joinNewTeam(t.db, handle, amel, { cohortId: cohort.id, slug: 'sfax' });
    await say(sami, '/start');
    const { personId } = await t.db.identity.findUniqueOrThrow({
      where: { channel_externalId: { channel: sami.channel, externalId: sami.externalId } },
    });
    await t.db.teamMember.create({ data: { teamId, personId } });
    for (const who of [amel, sami]) await say(who, `/lang ${locale}`);

    await say(amel, '/diagnostic 1');
    for (const line of ['Voirie', '2', '3', '1']) expect(await say(amel, line)).not.toContain('⚠️');
    for (let i = 0; i < 12; i++) if ((await say(amel, '/skip')).includes(w.review)) break;
    await say(amel, '/submit');
    await say(amel, w.yes);

    const back = await say(sami, '/diagnostic 1');
    expect(back).toContain(w.teammate);
    const own = await say(amel, '/diagnostic 1');
    expect(own).toContain(w.self);
  });
});
