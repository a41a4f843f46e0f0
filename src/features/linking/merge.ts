import type { Prisma } from '../../generated/prisma/client.ts';

type Tx = Prisma.TransactionClient;

/**
 * Every column that holds a person id, as "Model.field". `mergePeople` moves each of them; a test
 * compares this list with prisma/schema.prisma, so a new reference cannot be forgotten here.
 */
export const personReferences = [
  'Identity.personId',
  'PersonRole.personId',
  'TeamMember.personId',
  'DeadlineStatus.personId',
  'OutboxMessage.personId',
  'LinkCode.personId',
  'AuditEntry.actorId',
  'Answer.authorId',
  'QuestionnaireRun.submittedById',
  'ActionItem.createdById',
  'ActionItem.doneById',
  'InviteCode.createdById',
  'Deadline.createdById',
  'Broadcast.createdById',
  'QuestionLog.personId',
] as const;

const earliest = (a?: Date | null, b?: Date | null) => (a && b ? (a < b ? a : b) : (a ?? b ?? null));
const latest = (a?: Date | null, b?: Date | null) => (a && b ? (a > b ? a : b) : (a ?? b ?? null));

/** Roles and team memberships: the survivor keeps the union of both. */
async function uniteRolesAndTeams(tx: Tx, from: string, to: string) {
  for (const { role, createdAt } of await tx.personRole.findMany({ where: { personId: from } })) {
    await tx.personRole.upsert({
      where: { personId_role: { personId: to, role } },
      update: {},
      create: { personId: to, role, createdAt },
    });
  }
  await tx.personRole.deleteMany({ where: { personId: from } });
  for (const { teamId, joinedAt } of await tx.teamMember.findMany({ where: { personId: from } })) {
    await tx.teamMember.upsert({
      where: { teamId_personId: { teamId, personId: to } },
      update: {},
      create: { teamId, personId: to, joinedAt },
    });
  }
  await tx.teamMember.deleteMany({ where: { personId: from } });
}

/** Deadline progress: a deadline either of them marked done is done; the later snooze stands. */
async function uniteDeadlineStatuses(tx: Tx, from: string, to: string) {
  for (const status of await tx.deadlineStatus.findMany({ where: { personId: from } })) {
    const key = { deadlineId_personId: { deadlineId: status.deadlineId, personId: to } };
    const own = await tx.deadlineStatus.findUnique({ where: key });
    const data = {
      doneAt: earliest(own?.doneAt, status.doneAt),
      snoozedUntil: latest(own?.snoozedUntil, status.snoozedUntil),
    };
    await tx.deadlineStatus.upsert({
      where: key,
      update: data,
      create: { deadlineId: status.deadlineId, personId: to, ...data },
    });
  }
  await tx.deadlineStatus.deleteMany({ where: { personId: from } });
}

/**
 * Reminders and broadcasts: outbox keys carry the person id ("reminder:<deadline>:<person>:<offset>"),
 * so they are rewritten too, or the scheduler would send the survivor the same reminder again.
 * When the survivor already has that very message, the absorbed copy is not sent.
 */
async function moveOutbox(tx: Tx, from: string, to: string) {
  for (const row of await tx.outboxMessage.findMany({ where: { personId: from } })) {
    const key = row.key
      .split(':')
      .map((part) => (part === from ? to : part))
      .join(':');
    const clash = key !== row.key && (await tx.outboxMessage.findUnique({ where: { key }, select: { id: true } }));
    if (!clash) {
      await tx.outboxMessage.update({ where: { id: row.id }, data: { personId: to, key } });
    } else {
      const skip = row.status === 'pending' ? { status: 'skipped', lastError: `merged: duplicate of ${key}` } : {};
      await tx.outboxMessage.update({ where: { id: row.id }, data: { personId: to, ...skip } });
    }
  }
}

/** Authorship stays true under the one person: who answered, submitted, created or asked what. */
async function moveAuthorship(tx: Tx, from: string, to: string) {
  await tx.identity.updateMany({ where: { personId: from }, data: { personId: to } });
  await tx.linkCode.updateMany({ where: { personId: from }, data: { personId: to } });
  await tx.auditEntry.updateMany({ where: { actorId: from }, data: { actorId: to } });
  await tx.answer.updateMany({ where: { authorId: from }, data: { authorId: to } });
  await tx.questionnaireRun.updateMany({ where: { submittedById: from }, data: { submittedById: to } });
  await tx.actionItem.updateMany({ where: { createdById: from }, data: { createdById: to } });
  await tx.actionItem.updateMany({ where: { doneById: from }, data: { doneById: to } });
  await tx.inviteCode.updateMany({ where: { createdById: from }, data: { createdById: to } });
  await tx.deadline.updateMany({ where: { createdById: from }, data: { createdById: to } });
  await tx.broadcast.updateMany({ where: { createdById: from }, data: { createdById: to } });
  await tx.questionLog.updateMany({ where: { personId: from }, data: { personId: to } });
}

/**
 * Joins `absorbedId` into `survivorId` inside the caller's transaction: identities, roles, teams
 * (hence their questionnaires), deadline statuses, reminders and authorship move to the survivor,
 * which keeps its name and takes the other's language if it had chosen none. The absorbed row goes.
 */
export async function mergePeople(tx: Tx, survivorId: string, absorbedId: string): Promise<void> {
  if (survivorId === absorbedId) throw new Error('cannot merge a person with themselves');
  const survivor = await tx.person.findUniqueOrThrow({ where: { id: survivorId } });
  const absorbed = await tx.person.findUniqueOrThrow({ where: { id: absorbedId } });
  await uniteRolesAndTeams(tx, absorbedId, survivorId);
  await uniteDeadlineStatuses(tx, absorbedId, survivorId);
  await moveOutbox(tx, absorbedId, survivorId);
  await moveAuthorship(tx, absorbedId, survivorId);
  if (!survivor.locale && absorbed.locale)
    await tx.person.update({ where: { id: survivorId }, data: { locale: absorbed.locale } });
  await tx.person.delete({ where: { id: absorbedId } });
}
