// « /plan 1 responsable Sami », as a team types it after reading « /plan 1 » for the detail: the
// number first, then the field and its value, is the edit it says (it used to show action 1 again,
// unchanged, as if saved); « /plan 2 fait » marks it done. Words after the number that name no
// field nor verb change nothing, and the reply says so with the edit's form, in French and Arabic.
// Real core, real database.
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sender } from '../../../src/core/messages.ts';
import { loadQuestionnaires } from '../../../src/features/questionnaires/definitions.ts';
import type { ReplyHandler } from '../../helpers/conversation.ts';
import { createTestDb, type TestDb } from '../../helpers/db.ts';
import { plain, sender, text } from '../../helpers/messages.ts';
import { joinNewTeam, questionnaireConversation } from '../../helpers/questionnaire-team.ts';

const questionnaires = loadQuestionnaires(resolve(import.meta.dirname, '../../fixtures/questionnaires'));

let t: TestDb;
let handle: ReplyHandler;
const amel = sender({ externalId: 'amel', displayName: 'Amel' });
const sami = sender({ externalId: 'sami', displayName: 'Sami' });
const say = async (who: Sender, line: string) => plain(await handle(text(who, line)));
const teams = new Map<Sender, string>();
const items = (who: Sender) =>
  t.db.actionItem.findMany({ where: { teamId: teams.get(who) ?? '' }, orderBy: { position: 'asc' } });

beforeAll(async () => {
  t = await createTestDb();
  handle = questionnaireConversation(t.db, questionnaires);
  const cohort = await t.db.cohort.create({ data: { name: 'C1' } });
  teams.set(amel, await joinNewTeam(t.db, handle, amel, { cohortId: cohort.id, slug: 'beja', name: 'Béja' }));
  teams.set(sami, await joinNewTeam(t.db, handle, sami, { cohortId: cohort.id, slug: 'sfax', name: 'Sfax' }));
  await say(sami, '/lang ar');
  for (const who of [amel, sami])
    for (const title of ['Afficher les horaires', 'Former les agents']) await say(who, `/plan add ${title}`);
});
afterAll(() => t.cleanup());

describe('in French', () => {
  it('« /plan 1 responsable Sami Trabelsi » names the pilot, said back', async () => {
    const reply = await say(amel, '/plan 1 responsable Sami Trabelsi');
    expect(reply).toContain('Action 1 modifiée.');
    expect(reply).toContain('👤 Pilote : Sami Trabelsi.');
    expect((await items(amel))[0]?.owner).toBe('Sami Trabelsi');
  });

  it('« /plan 2 échéance fin mars » dates it; « /plan 2 fait » marks it done', async () => {
    expect(await say(amel, '/plan 2 échéance fin mars')).toContain('📅 Échéance : 31/03/2027.');
    expect(await say(amel, '/plan 2 fait')).toContain("✅ C'est noté : l'action 2");
    expect((await items(amel))[1]?.doneAt).not.toBeNull();
  });

  it('words that name no field change nothing, and the reply says how to edit', async () => {
    const reply = await say(amel, '/plan 1 Mme Amel');
    expect(reply).toContain("« Mme Amel » : rien n'a changé.");
    expect(reply).toContain('/plan edit 1 responsable <nom>');
    expect((await items(amel))[0]?.owner).toBe('Sami Trabelsi');
  });
});

describe('in Arabic', () => {
  it('« /plan 1 مسؤول سامي » names the pilot, said back', async () => {
    const reply = await say(sami, '/plan 1 مسؤول سامي الطرابلسي');
    expect(reply).toContain('عُدِّل الإجراء 1.');
    expect(reply).toContain('👤 من يقوده: سامي الطرابلسي.');
    expect((await items(sami))[0]?.owner).toBe('سامي الطرابلسي');
  });

  it('« /plan ٢ أجل آخر مارس » dates it; « /plan 2 انجز » marks it done', async () => {
    expect(await say(sami, '/plan ٢ أجل آخر مارس')).toContain('📅 الأجل: 31/03/2027.');
    expect(await say(sami, '/plan 2 انجز')).toContain('✅ سُجّل: الإجراء 2');
    expect((await items(sami))[1]?.doneAt).not.toBeNull();
  });

  it('words that name no field change nothing, and the reply says how to edit', async () => {
    const reply = await say(sami, '/plan 1 السيدة آمال');
    expect(reply).toContain('« السيدة آمال »: لم يتغيّر شيء.');
    expect(reply).toContain('/plan edit 1 مسؤول <الاسم>');
    expect((await items(sami))[0]?.owner).toBe('سامي الطرابلسي');
  });
});
