import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAnswerLogCache } from '../../../src/features/questionnaires/answer-log.ts';
import { loadQuestionnaires } from '../../../src/features/questionnaires/definitions.ts';
import { createQuestionnaireRepository, type Run } from '../../../src/features/questionnaires/repository.ts';
import { createDb, type Db } from '../../../src/persistence/prisma.ts';
import { createTestDb, type TestDb } from '../../helpers/db.ts';

const [mini] = loadQuestionnaires(resolve(import.meta.dirname, '../../fixtures/questionnaires'));
const row = (seq: number, questionId: string, value: unknown) => ({ seq, questionId, value: JSON.stringify(value), authorId: 'p1', answeredAt: new Date(seq * 1000) });

describe('answer log cache', () => {
  it('applies rows once: a read that finishes late cannot put back an older answer', () => {
    const cache = createAnswerLogCache();
    cache.update('r', [row(1, 'a', 'first'), row(2, 'a', 'second'), row(3, 'b', 'x')]);
    const answers = cache.update('r', [row(1, 'a', 'first')]);
    expect(answers.get('a')?.value).toBe('second');
    expect(cache.lastSeq('r')).toBe(3);
  });

  it('hands out maps that never change afterwards, with answers that cannot be changed in place', () => {
    const cache = createAnswerLogCache();
    const first = cache.update('r', [row(1, 'a', 'v')]);
    const second = cache.update('r', [row(2, 'b', 'w')]);
    expect([...first.keys()]).toEqual(['a']);
    expect([...second.keys()]).toEqual(['a', 'b']);
    // Nothing new: the same map as before.
    expect(cache.update('r', [])).toBe(second);
    expect(cache.update('r', [row(2, 'b', 'w')])).toBe(second);
    const answer = second.get('a');
    expect(() => Object.assign(answer ?? {}, { authorName: 'x' })).toThrow(TypeError);
  });

  it('forgets the least recently used run beyond its limit', () => {
    const cache = createAnswerLogCache(2);
    cache.update('r1', [row(1, 'a', 1)]);
    cache.update('r2', [row(2, 'a', 2)]);
    cache.update('r1', []);
    cache.update('r3', [row(3, 'a', 3)]);
    expect([cache.lastSeq('r1'), cache.lastSeq('r2'), cache.lastSeq('r3')]).toEqual([1, 0, 3]);
  });
});

describe('answers read through repositories on one database', () => {
  let t: TestDb;
  let other: Db;
  let run: Run;
  beforeAll(async () => {
    if (!mini) throw new Error('fixture missing');
    t = await createTestDb();
    // A second client on the same file: another process, as far as SQLite is concerned.
    other = createDb({ url: t.url, busyTimeoutMs: 5000 });
    const cohort = await t.db.cohort.create({ data: { name: 'C' } });
    const team = await t.db.team.create({ data: { cohortId: cohort.id, slug: 'ksar', name: 'Ksar', commune: 'Ksar Hellal' } });
    run = await createQuestionnaireRepository(t.db).openRun(team.id, mini, 'p1');
  });
  afterAll(async () => {
    await other.$disconnect();
    await t.cleanup();
  });

  it("sees another process's later answers, and the latest answer of a question stands", async () => {
    const here = createQuestionnaireRepository(t.db);
    const there = createQuestionnaireRepository(other);
    await here.saveAnswer(run.id, 'q_name', 'Voirie', 'p1');
    expect((await here.answers(run.id)).get('q_name')?.value).toBe('Voirie');
    await there.saveAnswer(run.id, 'q_name', 'Propreté', 'p2');
    await there.saveAnswer(run.id, 'q_mode', null, 'p2');
    const seen = await here.answers(run.id);
    expect(seen.get('q_name')).toMatchObject({ value: 'Propreté', authorId: 'p2' });
    expect(seen.has('q_mode')).toBe(true);
    expect(seen.get('q_mode')?.value).toBeNull();
    expect([...(await there.answers(run.id))]).toEqual([...seen]);
    // Its own next answer comes after the other's, also for the other process.
    await here.saveAnswer(run.id, 'q_mode', 'direct', 'p1');
    expect((await there.answers(run.id)).get('q_mode')?.value).toBe('direct');
    expect((await here.answers(run.id)).get('q_mode')?.value).toBe('direct');
  });

  it('two repositories on one client see each other’s answers', async () => {
    const here = createQuestionnaireRepository(t.db);
    const there = createQuestionnaireRepository(t.db);
    expect((await here.answers(run.id)).get('q_name')?.value).toBe('Propreté');
    await there.saveAnswer(run.id, 'q_name', 'État civil', 'p2');
    expect((await here.answers(run.id)).get('q_name')).toMatchObject({ value: 'État civil', authorId: 'p2' });
  });

  it('sees an answer written through Prisma, and forgets one whose transaction was rolled back', async () => {
    const here = createQuestionnaireRepository(t.db);
    await here.answers(run.id);
    await t.db.answer.create({ data: { runId: run.id, questionId: 'q_name', value: JSON.stringify('Urbanisme'), authorId: 'p3', answeredAt: new Date() } });
    expect((await here.answers(run.id)).get('q_name')?.value).toBe('Urbanisme');
    const failed = t.db.$transaction(async (tx) => {
      await tx.answer.create({ data: { runId: run.id, questionId: 'q_name', value: JSON.stringify('Jamais'), authorId: 'p3', answeredAt: new Date() } });
      // Read on the same connection while the transaction is open: the row is seen.
      expect((await here.answers(run.id)).get('q_name')?.value).toBe('Jamais');
      throw new Error('rolled back');
    });
    await expect(failed).rejects.toThrow('rolled back');
    expect((await here.answers(run.id)).get('q_name')?.value).toBe('Urbanisme');
    await here.saveAnswer(run.id, 'q_name', 'Voirie', 'p1');
    expect((await here.answers(run.id)).get('q_name')?.value).toBe('Voirie');
  });

  it('sees answers changed in place through Prisma (a merge moves their authorship)', async () => {
    const here = createQuestionnaireRepository(t.db);
    await here.saveAnswer(run.id, 'q_mode', 'direct', 'p7');
    expect((await here.answers(run.id)).get('q_mode')?.authorId).toBe('p7');
    await t.db.answer.updateMany({ where: { authorId: 'p7' }, data: { authorId: 'p8' } });
    expect((await here.answers(run.id)).get('q_mode')?.authorId).toBe('p8');
    // Another process doing the same is seen by the next message.
    await other.answer.updateMany({ where: { authorId: 'p8' }, data: { authorId: 'p9' } });
    await new Promise((resolve) => setImmediate(resolve));
    expect((await here.answers(run.id)).get('q_mode')?.authorId).toBe('p9');
  });

  it('reads the run row anew after a change: a submission made elsewhere is seen by the next message', async () => {
    const here = createQuestionnaireRepository(t.db);
    expect((await here.load(run.id))?.run.status).toBe('open');
    await other.questionnaireRun.update({ where: { id: run.id }, data: { status: 'submitted', submittedAt: new Date() } });
    // Seen from the next turn of the event loop: the next message to arrive.
    await new Promise((resolve) => setImmediate(resolve));
    expect((await here.load(run.id))?.run.status).toBe('submitted');
    await t.db.questionnaireRun.update({ where: { id: run.id }, data: { status: 'open', submittedAt: null } });
    expect((await here.load(run.id))?.run.status).toBe('open');
    await t.db.questionnaireRun.delete({ where: { id: run.id } });
    expect(await here.load(run.id)).toBeNull();
  });
});
