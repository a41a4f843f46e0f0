import { describe, expect, it } from 'vitest';
import { teamProgress } from '../../../src/features/reports/progress.ts';
import { createTestDb } from '../../helpers/db.ts';

describe('team progress counts current answers, not answer rows', () => {
  it('a replaced answer counts once; a skip, even after an answer, is not an answer', async () => {
    const t = await createTestDb();
    try {
      const cohort = await t.db.cohort.create({ data: { name: 'C' } });
      const team = await t.db.team.create({
        data: { cohortId: cohort.id, slug: 'kef', name: 'Équipe Kef', commune: 'Le Kef' },
      });
      const run = await t.db.questionnaireRun.create({
        data: { teamId: team.id, questionnaireId: 'diagnostic-service', questionnaireVersion: 1 },
      });
      const rows = [
        ['q_a', '"x"'],
        ['q_a', '"y"'],
        ['q_b', '3'],
        ['q_c', null],
        // Answered, then skipped: the latest entry (the skip) stands.
        ['q_d', '"v"'],
        ['q_d', null],
        // Skipped, then answered.
        ['q_e', null],
        ['q_e', '"w"'],
      ] as const;
      for (const [questionId, value] of rows)
        await t.db.answer.create({ data: { runId: run.id, questionId, value, authorId: 'p' } });
      // No definition loaded: the counts alone, without a total.
      const [progress] = await teamProgress(t.db, new Date(), [], 'Africa/Tunis');
      expect(progress?.questionnaires).toEqual([
        {
          kind: 'team',
          questionnaireId: 'diagnostic-service',
          title: null,
          status: 'open',
          answered: 3,
          skipped: 2,
          total: null,
          most: null,
          percent: null,
          extras: [],
        },
      ]);
    } finally {
      await t.cleanup();
    }
  });
});
