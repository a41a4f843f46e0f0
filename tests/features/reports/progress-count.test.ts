import { describe, expect, it } from 'vitest';
import { teamProgress } from '../../../src/features/reports/progress.ts';
import { createTestDb } from '../../helpers/db.ts';

describe('team progress counts answered questions, not answer rows', () => {
  it('a replaced answer and a skip do not inflate the count', async () => {
    const t = await createTestDb();
    try {
      const cohort = await t.db.cohort.create({ data: { name: 'C' } });
      const team = await t.db.team.create({ data: { cohortId: cohort.id, slug: 'kef', name: 'Équipe Kef', commune: 'Le Kef' } });
      const run = await t.db.questionnaireRun.create({ data: { teamId: team.id, questionnaireId: 'diagnostic-service', questionnaireVersion: 1 } });
      const rows = [
        ['q_a', '"x"'],
        ['q_a', '"y"'],
        ['q_b', '3'],
        ['q_c', null],
      ] as const;
      for (const [questionId, value] of rows) await t.db.answer.create({ data: { runId: run.id, questionId, value, authorId: 'p' } });
      const [progress] = await teamProgress(t.db, new Date());
      expect(progress?.runs).toEqual([{ questionnaireId: 'diagnostic-service', status: 'open', answers: 2 }]);
    } finally {
      await t.cleanup();
    }
  });
});
