// /plan remove <n> asks before it removes: « Non, la garder » keeps the action as it was, « Oui » removes
// it for the whole team; a confirmation answered after a teammate removed it removes nothing else.
// Real core, real database, in French and Arabic.
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OutboundMessage } from '../../../src/core/messages.ts';
import { loadQuestionnaires } from '../../../src/features/questionnaires/definitions.ts';
import type { ReplyHandler } from '../../helpers/conversation.ts';
import { createTestDb, type TestDb } from '../../helpers/db.ts';
import { bidiProblems } from '../../helpers/bidi.ts';
import { choice, plain, sender, text } from '../../helpers/messages.ts';
import { joinNewTeam, questionnaireConversation } from '../../helpers/questionnaire-team.ts';

const questionnaires = loadQuestionnaires(resolve(import.meta.dirname, '../../fixtures/questionnaires'));

let t: TestDb;
let handle: ReplyHandler;
const amel = sender({ externalId: 'amel-rm', displayName: 'Amel' });
const sami = sender({ externalId: 'sami-rm', displayName: 'Sami' });
const mate = sender({ externalId: 'mate-rm', displayName: 'Mounir' });
let teams: { amel: string; sami: string };

const asked = (replies: OutboundMessage[]) => {
  const list = replies.find((r) => r.kind === 'choices');
  if (list?.kind !== 'choices') throw new Error('no confirmation asked');
  return list;
};
/** The text of a message or label without direction and isolation marks. */
const bare = (value: string) => value.replace(/[\u200e\u200f\u2066-\u2069]/g, '');
const titles = async (teamId: string) =>
  (await t.db.actionItem.findMany({ where: { teamId }, orderBy: [{ createdAt: 'asc' }, { position: 'asc' }] })).map(
    (i) => i.title,
  );

beforeAll(async () => {
  t = await createTestDb();
  handle = questionnaireConversation(t.db, questionnaires);
  const cohort = await t.db.cohort.create({ data: { name: 'C1' } });
  teams = {
    amel: await joinNewTeam(t.db, handle, amel, { cohortId: cohort.id, slug: 'beja-rm', name: 'Béja' }),
    sami: await joinNewTeam(t.db, handle, sami, { cohortId: cohort.id, slug: 'sfax-rm', name: 'Sfax' }),
  };
  await handle(text(mate, '/start'));
  const mateId = (await t.db.identity.findFirstOrThrow({ where: { externalId: 'mate-rm' } })).personId;
  await t.db.teamMember.create({ data: { teamId: teams.sami, personId: mateId } });
  await handle(text(sami, '/lang ar'));
  for (const title of ['Afficher les horaires', 'Former les agents']) {
    await handle(text(amel, `/plan add ${title}`));
    await handle(text(sami, `/plan add ${title}`));
  }
});
afterAll(() => t.cleanup());

describe('/plan remove', () => {
  it('French: asks first; « Non » keeps it, « Oui » removes it', async () => {
    const replies = await handle(text(amel, '/plan remove 2'));
    const list = asked(replies);
    expect(bare(list.text)).toContain("Retirer l'action 2 du plan : « Former les agents » ?");
    expect(list.choices.map((c) => bare(c.label))).toEqual(['Oui, la retirer', 'Non, la garder']);
    expect(await titles(teams.amel)).toEqual(['Afficher les horaires', 'Former les agents']);

    const kept = plain(await handle(choice(amel, list.promptId, ['no'])));
    expect(kept).toBe("Rien n'a été retiré : l'action 2 reste dans le plan (« Former les agents »).");
    expect(await titles(teams.amel)).toEqual(['Afficher les horaires', 'Former les agents']);

    const again = asked(await handle(text(amel, '/plan remove 2')));
    expect(plain(await handle(choice(amel, again.promptId, ['yes'])))).toBe(
      'Action 2 retirée du plan : « Former les agents ».',
    );
    expect(await titles(teams.amel)).toEqual(['Afficher les horaires']);
  });

  it('Arabic: the question reads right to left; a teammate removed it meanwhile: nothing else goes', async () => {
    const list = asked(await handle(text(sami, '/plan حذف 1')));
    expect(bare(list.text)).toContain('هل تحذف الإجراء 1 من الخطة');
    expect(bidiProblems(list.text)).toEqual([]);
    expect(list.choices.map((c) => bare(c.label))).toEqual(['نعم، احذفه', 'لا، أبقِه']);
    // Mounir removes the same action first; Sami's « yes » comes after.
    const his = asked(await handle(text(mate, '/plan remove 1')));
    expect(plain(await handle(choice(mate, his.promptId, ['yes'])))).toContain('retirée');
    const late = plain(await handle(choice(sami, list.promptId, ['yes'])));
    expect(late).toContain('هذا الإجراء لم يعد في الخطة');
    expect(await titles(teams.sami)).toEqual(['Former les agents']);
  });
});
