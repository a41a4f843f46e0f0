// A guided /plan edit in the middle of a questionnaire: the value typed is the action's, not the
// open question's answer, and the question comes back after it. Real core, real database.
import { resolve } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadQuestionnaires } from '../../../src/features/questionnaires/definitions.ts';
import type { ReplyHandler } from '../../helpers/conversation.ts';
import { createTestDb, type TestDb } from '../../helpers/db.ts';
import { choice, lastChoices, plain, sender, text } from '../../helpers/messages.ts';
import { joinNewTeam, questionnaireConversation } from '../../helpers/questionnaire-team.ts';

const questionnaires = loadQuestionnaires(resolve(import.meta.dirname, '../../fixtures/questionnaires'));

let t: TestDb;
let handle: ReplyHandler;
let teamId: string;
const amel = sender({ externalId: 'amel-go', displayName: 'Amel' });

beforeAll(async () => {
  t = await createTestDb();
  handle = questionnaireConversation(t.db, questionnaires);
  const cohort = await t.db.cohort.create({ data: { name: 'C1' } });
  teamId = await joinNewTeam(t.db, handle, amel, { cohortId: cohort.id, slug: 'beja-go', name: 'Béja' });
  await handle(text(amel, '/plan add Afficher les horaires'));
});
afterAll(() => t.cleanup());

it('the value is the action’s, and the open question comes back after it', async () => {
  const question = plain(await handle(text(amel, '/diagnostic 1')));
  const fields = lastChoices(await handle(text(amel, '/plan edit 1')));
  await handle(choice(amel, fields.promptId, ['owner']));
  const saved = plain(await handle(text(amel, 'Karim')));
  expect(saved).toContain('👤 Pilote : Karim.');
  const asked = question.split('\n').find((line) => line.startsWith('Question 1/')) ?? 'no question';
  expect(saved.slice(saved.indexOf('Priorité'))).toContain(asked);
  expect((await t.db.actionItem.findFirstOrThrow({ where: { teamId } })).owner).toBe('Karim');
  expect(await t.db.answer.count({ where: { run: { teamId } } })).toBe(0);
});
