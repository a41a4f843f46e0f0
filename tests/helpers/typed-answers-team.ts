// Two team members answering the typed-answers fixture questionnaire on the real core and database:
// Amel in French (team beja), Hédi in Arabic (team kef), each in a team of their own.
import { resolve } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { Sender } from '../../src/core/messages.ts';
import { loadQuestionnaires } from '../../src/features/questionnaires/definitions.ts';
import { createQuestionnaireRepository } from '../../src/features/questionnaires/repository.ts';
import type { ReplyHandler } from './conversation.ts';
import { createTestDb, type TestDb } from './db.ts';
import { plain, sender, text } from './messages.ts';
import { joinNewTeam, questionnaireConversation } from './questionnaire-team.ts';

export function useTypedAnswersTeam() {
  const questionnaires = loadQuestionnaires(resolve(import.meta.dirname, '../fixtures/typed-answers'));
  let t: TestDb;
  let handle: ReplyHandler;
  const amel = sender({ externalId: 'amel', displayName: 'Amel' });
  const hedi = sender({ externalId: 'hedi', displayName: 'Hédi' });
  const teams = new Map<Sender, string>();

  const say = async (who: Sender, line: string) => plain(await handle(text(who, line)));

  /** The team's saved answers, by question. */
  async function saved(who: Sender): Promise<Record<string, unknown>> {
    const run = await t.db.questionnaireRun.findFirstOrThrow({ where: { teamId: teams.get(who) ?? '' } });
    const answers = await createQuestionnaireRepository(t.db).answers(run.id);
    return Object.fromEntries([...answers].map(([id, a]) => [id, a.value]));
  }

  beforeAll(async () => {
    t = await createTestDb();
    handle = questionnaireConversation(t.db, questionnaires);
    const cohort = await t.db.cohort.create({ data: { name: 'C1' } });
    for (const [who, slug] of [
      [amel, 'beja'],
      [hedi, 'kef'],
    ] as const)
      teams.set(who, await joinNewTeam(t.db, handle, who, { cohortId: cohort.id, slug }));
    await say(hedi, '/lang ar');
  });
  afterAll(() => t.cleanup());

  return { amel, hedi, say, saved };
}
