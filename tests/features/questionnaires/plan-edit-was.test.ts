// A change to a team's shared plan says what it replaced: « Avant : Chef du service (nom à donner) »
// under the new pilot, « Avant : 15/03/2027 » under the new date, so a teammate's entry overwritten by
// mistake can be typed back (nothing is said of a field that was empty); a value typed again as it was says that nothing changed rather than
// « Action 1 modifiée. ». Real core, real database, in French and Arabic.
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

beforeAll(async () => {
  t = await createTestDb();
  handle = questionnaireConversation(t.db, questionnaires);
  const cohort = await t.db.cohort.create({ data: { name: 'C1' } });
  await joinNewTeam(t.db, handle, amel, { cohortId: cohort.id, slug: 'beja', name: 'Béja' });
  await joinNewTeam(t.db, handle, sami, { cohortId: cohort.id, slug: 'sfax', name: 'Sfax' });
  await say(sami, '/lang ar');
  for (const who of [amel, sami]) await say(who, '/plan add Afficher les horaires');
});
afterAll(() => t.cleanup());

describe('in French', () => {
  it('a new pilot, then another, each says the one it replaced', async () => {
    // The first fills an empty field: nothing was replaced, nothing is said of before.
    expect(await say(amel, '/plan edit 1 responsable Sami')).not.toContain('Avant :');
    expect(await say(amel, '/plan edit 1 responsable Mme Amel Ben Salah')).toContain(
      '👤 Pilote : Mme Amel Ben Salah.\nAvant : Sami',
    );
  });

  it('a new due date says the one it replaced, under the new one', async () => {
    await say(amel, '/plan edit 1 echeance 15/3');
    expect(await say(amel, '/plan edit 1 echeance fin mars')).toContain(
      '📅 Échéance : 31/03/2027.\nAvant : 15/03/2027',
    );
  });

  it('the same value typed again says nothing changed', async () => {
    const reply = await say(amel, '/plan edit 1 responsable Mme Amel Ben Salah');
    expect(reply).toContain("Action 1 : rien n'a changé, c'était déjà la valeur enregistrée.");
    expect(reply).not.toContain('modifiée');
    expect(reply).not.toContain('Avant :');
  });
});

describe('in Arabic', () => {
  it('a new pilot, then another, each says the one it replaced', async () => {
    expect(await say(sami, '/plan edit 1 مسؤول سامي')).not.toContain('سابقًا:');
    expect(await say(sami, '/plan edit 1 مسؤول آمال')).toContain('👤 من يقوده: آمال.\nسابقًا: سامي');
  });

  it('a new due date says the one it replaced, under the new one', async () => {
    await say(sami, '/plan edit 1 أجل 15/3');
    expect(await say(sami, '/plan edit 1 أجل آخر مارس')).toContain('📅 الأجل: 31/03/2027.\nسابقًا: 15/03/2027');
  });

  it('the same value typed again says nothing changed', async () => {
    const reply = await say(sami, '/plan edit 1 أولوية متوسطة');
    expect(reply).toContain('الإجراء 1: لم يتغيّر شيء، هذه هي القيمة المسجّلة من قبل.');
    expect(reply).not.toContain('عُدِّل');
  });
});
