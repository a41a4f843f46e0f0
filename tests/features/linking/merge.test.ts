import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mergePeople, personReferences } from '../../../src/features/linking/merge.ts';
import { projectRoot } from '../../helpers/console.ts';
import { createTestDb, type TestDb } from '../../helpers/db.ts';

let t: TestDb;
beforeEach(async () => {
  t = await createTestDb();
});
afterEach(async () => {
  await t.cleanup();
});

const at = (day: number) => new Date(Date.UTC(2026, 5, day, 8));

/** Two people with overlapping and distinct records, as after a few weeks on two channels. */
async function seed() {
  const db = t.db;
  const survivor = await db.person.create({
    data: { displayName: 'Salma', createdAt: at(1), identities: { create: { channel: 'telegram', externalId: '1' } } },
  });
  const absorbed = await db.person.create({
    data: {
      displayName: 'Salma WA',
      locale: 'ar',
      createdAt: at(2),
      identities: { create: { channel: 'whatsapp', externalId: '216@c.us' } },
    },
  });
  const [S, A] = [survivor.id, absorbed.id];
  const cohort = await db.cohort.create({ data: { name: 'C' } });
  const team1 = await db.team.create({ data: { slug: 'sfax', name: 'Sfax', commune: 'Sfax', cohortId: cohort.id } });
  const team2 = await db.team.create({
    data: { slug: 'nabeul', name: 'Nabeul', commune: 'Nabeul', cohortId: cohort.id },
  });
  await db.personRole.createMany({
    data: [
      { personId: S, role: 'participant' },
      { personId: A, role: 'participant' },
      { personId: A, role: 'coordinator' },
    ],
  });
  await db.teamMember.createMany({
    data: [
      { teamId: team1.id, personId: S },
      { teamId: team1.id, personId: A },
      { teamId: team2.id, personId: A },
    ],
  });
  const deadline = (n: number) =>
    db.deadline.create({ data: { titleFr: `D${n}`, titleAr: `أجل ${n}`, dueAt: at(20), offsets: [1440] } });
  const [d1, d2, d3] = [await deadline(1), await deadline(2), await deadline(3)];
  await db.deadlineStatus.createMany({
    data: [
      { deadlineId: d1.id, personId: A, doneAt: at(5) },
      { deadlineId: d2.id, personId: S, snoozedUntil: at(9) },
      { deadlineId: d2.id, personId: A, doneAt: at(6) },
      { deadlineId: d3.id, personId: S, doneAt: at(8) },
      { deadlineId: d3.id, personId: A, doneAt: at(7) },
    ],
  });
  const outbox = (key: string, personId: string, status = 'pending') =>
    db.outboxMessage.create({ data: { key, kind: 'reminder', personId, payload: {}, status, notBefore: at(19) } });
  await outbox(`reminder:${d1.id}:${A}:1440`, A);
  await outbox(`reminder:${d2.id}:${A}:0`, A, 'sent');
  await outbox('broadcast:b1:' + S, S, 'sent');
  await outbox('broadcast:b1:' + A, A);
  const run = await db.questionnaireRun.create({
    data: { teamId: team1.id, questionnaireId: 'q1', questionnaireVersion: 1, submittedById: A },
  });
  await db.answer.create({ data: { runId: run.id, questionId: 'q_name', value: '"État civil"', authorId: A } });
  await db.auditEntry.create({ data: { actorId: A, action: 'invite.create' } });
  await db.questionLog.create({
    data: {
      personId: A,
      locale: 'ar',
      question: 'ما هو كايزن؟',
      mode: 'extractive',
      confidence: 0.8,
      sources: 'kaizen',
    },
  });
  await db.inviteCode.create({
    data: { code: 'ABCD2345', teamId: team2.id, createdById: A, expiresAt: at(30), maxUses: 5 },
  });
  await db.linkCode.create({ data: { code: 'XY34ZW', personId: A, expiresAt: at(2) } });
  return { S, A, d1, d2, d3, team1, team2, run };
}

describe('mergePeople', () => {
  it('moves identities, unites roles, teams and deadline statuses, and keeps authorship true', async () => {
    const { S, A, d1, d2, d3, team1, team2, run } = await seed();
    await t.db.$transaction((tx) => mergePeople(tx, S, A));
    const db = t.db;

    expect(await db.person.findUnique({ where: { id: A } })).toBeNull();
    const survivor = await db.person.findUniqueOrThrow({
      where: { id: S },
      include: { identities: true, roles: true, teams: true },
    });
    expect(survivor).toMatchObject({ displayName: 'Salma', locale: 'ar' });
    expect(survivor.identities.map((i) => i.channel).sort()).toEqual(['telegram', 'whatsapp']);
    expect(survivor.roles.map((r) => r.role).sort()).toEqual(['coordinator', 'participant']);
    expect(survivor.teams.map((m) => m.teamId).sort()).toEqual([team1.id, team2.id].sort());

    const statuses = new Map((await db.deadlineStatus.findMany()).map((s) => [s.deadlineId, s]));
    expect([...statuses.values()].every((s) => s.personId === S)).toBe(true);
    expect(statuses.get(d1.id)?.doneAt).toEqual(at(5));
    expect(statuses.get(d2.id)).toMatchObject({ doneAt: at(6), snoozedUntil: at(9) });
    expect(statuses.get(d3.id)?.doneAt).toEqual(at(7));

    const outbox = await db.outboxMessage.findMany({ orderBy: { key: 'asc' } });
    expect(outbox.every((o) => o.personId === S)).toBe(true);
    expect(outbox.map((o) => [o.key, o.status])).toEqual(
      expect.arrayContaining([
        [`reminder:${d1.id}:${S}:1440`, 'pending'],
        [`reminder:${d2.id}:${S}:0`, 'sent'],
        [`broadcast:b1:${S}`, 'sent'],
        // The same broadcast was due to both: the absorbed copy is not sent again.
        [`broadcast:b1:${A}`, 'skipped'],
      ]),
    );

    expect((await db.answer.findFirstOrThrow()).authorId).toBe(S);
    expect((await db.questionnaireRun.findUniqueOrThrow({ where: { id: run.id } })).submittedById).toBe(S);
    expect((await db.auditEntry.findFirstOrThrow()).actorId).toBe(S);
    expect((await db.questionLog.findFirstOrThrow()).personId).toBe(S);
    expect((await db.inviteCode.findFirstOrThrow()).createdById).toBe(S);
    expect((await db.linkCode.findFirstOrThrow()).personId).toBe(S);
  });

  it('keeps the language the survivor chose', async () => {
    const { S, A } = await seed();
    await t.db.person.update({ where: { id: S }, data: { locale: 'fr' } });
    await t.db.$transaction((tx) => mergePeople(tx, S, A));
    expect((await t.db.person.findUniqueOrThrow({ where: { id: S } })).locale).toBe('fr');
  });

  it('is all or nothing: a failure later in the transaction leaves both people as they were', async () => {
    const { S, A } = await seed();
    const before = await t.db.identity.findMany({ orderBy: { channel: 'asc' } });
    await expect(
      t.db.$transaction(async (tx) => {
        await mergePeople(tx, S, A);
        throw new Error('audit failed');
      }),
    ).rejects.toThrow('audit failed');
    expect(await t.db.identity.findMany({ orderBy: { channel: 'asc' } })).toEqual(before);
    expect(await t.db.personRole.count({ where: { personId: A } })).toBe(2);
  });

  it('knows every column of the schema that holds a person id', () => {
    const schema = readFileSync(join(projectRoot, 'prisma/schema.prisma'), 'utf8');
    const found: string[] = [];
    let model = '';
    for (const line of schema.split('\n')) {
      model = /^model (\w+)/.exec(line)?.[1] ?? model;
      const field = /^\s+(\w*(?:personId|ById|authorId|actorId))\s/.exec(line)?.[1];
      if (field) found.push(`${model}.${field}`);
    }
    expect(found.length).toBeGreaterThan(10);
    expect([...personReferences].sort()).toEqual(found.sort());
  });
});
