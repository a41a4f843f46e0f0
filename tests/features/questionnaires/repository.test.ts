import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadQuestionnaires } from '../../../src/features/questionnaires/definitions.ts';
import { createQuestionnaireRepository } from '../../../src/features/questionnaires/repository.ts';
import { createTestDb, type TestDb } from '../../helpers/db.ts';

const fixtures = loadQuestionnaires(resolve(import.meta.dirname, '../../fixtures/questionnaires'));
const team = fixtures.find((q) => q.scope !== 'person');
const personal = fixtures.find((q) => q.scope === 'person');

describe('opening runs (real SQLite)', () => {
  let t: TestDb;
  let teamId = '';
  beforeAll(async () => {
    t = await createTestDb();
    const cohort = await t.db.cohort.create({ data: { name: 'C' } });
    teamId = (await t.db.team.create({ data: { cohortId: cohort.id, slug: 'beja', name: 'Béja', commune: 'Béja' } }))
      .id;
  });
  afterAll(() => t.cleanup());

  it('two members opening the team run at the same moment get one run, which Prisma reads like any other', async () => {
    if (!team) throw new Error('fixture missing');
    const [a, b] = await Promise.all([
      createQuestionnaireRepository(t.db).openRun(teamId, team, 'p1'),
      createQuestionnaireRepository(t.db).openRun(teamId, team, 'p2'),
    ]);
    expect(a).toEqual(b);
    expect(a).toMatchObject({ teamId, questionnaireId: team.id, ownerKey: 'team', status: 'open', submittedAt: null });
    expect(a.id).toMatch(/^c[0-9a-z]{24}$/);
    const row = await t.db.questionnaireRun.findUniqueOrThrow({ where: { id: a.id } });
    expect(row).toMatchObject({ questionnaireVersion: team.version, status: 'open' });
    expect(Math.abs(row.createdAt.getTime() - Date.now())).toBeLessThan(60_000);
    expect(row.updatedAt.getTime()).toBe(row.createdAt.getTime());
    expect(await t.db.questionnaireRun.count({ where: { teamId } })).toBe(1);
  });

  it('a personal questionnaire opens one run per person; a submitted run is returned as submitted', async () => {
    if (!personal) throw new Error('fixture missing');
    const repo = createQuestionnaireRepository(t.db);
    const mine = await repo.openRun(teamId, personal, 'p1');
    const yours = await repo.openRun(teamId, personal, 'p2');
    expect(mine.id).not.toBe(yours.id);
    expect([mine.ownerKey, yours.ownerKey]).toEqual(['p1', 'p2']);
    const at = new Date('2026-11-20T10:00:00.000Z');
    await t.db.questionnaireRun.update({ where: { id: mine.id }, data: { status: 'submitted', submittedAt: at } });
    expect(await repo.openRun(teamId, personal, 'p1')).toMatchObject({
      id: mine.id,
      status: 'submitted',
      submittedAt: at,
    });
  });
});
