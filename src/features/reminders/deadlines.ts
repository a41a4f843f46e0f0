import type { Deadline, Prisma } from '../../generated/prisma/client.ts';
import type { Db } from '../../persistence/prisma.ts';
import { rosterIds, type RosterAudience } from '../admin/roster.ts';
import { audienceColumns, deadlineAudience } from './audience.ts';
import { enqueue } from '../../outbox/enqueue.ts';
import { reminderKey } from './outbox.ts';
import { reminderNotBefore } from './scheduler.ts';
import type { QuietHours } from '../../core/time.ts';
import { actionIdOf, reopenAction } from '../questionnaires/repository.ts';

export interface DeadlineInput {
  titleFr: string;
  titleAr: string;
  dueAt: Date;
  timezone: string;
  audience: RosterAudience;
  offsets: number[];
  source: 'manual' | 'calendar' | 'plan';
  sourceRef?: string | null;
  createdById?: string | null;
}

/** Row data; the times come from the injected clock, as the scheduler reads `updatedAt` on that clock. */
export function deadlineData(input: DeadlineInput, now: Date): Prisma.DeadlineUncheckedCreateInput {
  return {
    createdAt: now,
    updatedAt: now,
    titleFr: input.titleFr,
    titleAr: input.titleAr,
    dueAt: input.dueAt,
    timezone: input.timezone,
    ...audienceColumns(input.audience),
    offsets: input.offsets,
    source: input.source,
    sourceRef: input.sourceRef ?? null,
    createdById: input.createdById ?? null,
  };
}

/** Short reference shown to coordinators: the last 6 characters of the id. */
export const deadlineRef = (id: string) => id.slice(-6);

/** "#a1b2c3" or "a1b2c3" → the one deadline whose id ends so; null when none or several. */
export async function findDeadlineByRef(db: Db, ref: string) {
  const clean = ref.replace(/^#/, '').trim();
  if (clean.length < 4) return null;
  const rows = await db.deadline.findMany({ where: { id: { endsWith: clean } }, take: 2 });
  return rows.length === 1 ? (rows[0] ?? null) : null;
}

/** Drops the person's reminders for this deadline that are still waiting. */
async function skipWaiting(db: Db, deadlineId: string, personId: string, reason: string) {
  await db.outboxMessage.updateMany({
    where: { key: { startsWith: `reminder:${deadlineId}:${personId}:` }, status: 'pending' },
    data: { status: 'skipped', lastError: reason },
  });
}

/**
 * Marks a deadline done for a person. A plan action's deadline is the team's (its /plan reads
 * « faite » once one member ticks it): it is done for every member of the team, so that the
 * others' /deadlines, their reminders and the coordinators' progress say the same.
 */
export async function markDone(
  db: Db,
  deadline: Pick<Deadline, 'id' | 'source' | 'audience' | 'audienceTeamId' | 'audienceRole'>,
  personId: string,
  now: Date,
): Promise<void> {
  const deadlineId = deadline.id;
  await db.deadlineStatus.upsert({
    where: { deadlineId_personId: { deadlineId, personId } },
    update: { doneAt: now, snoozedUntil: null },
    create: { deadlineId, personId, doneAt: now },
  });
  await skipWaiting(db, deadlineId, personId, 'done');
  if (deadline.source !== 'plan') return;
  const others = (await rosterIds(db, deadlineAudience(deadline))).filter((id) => id !== personId);
  // A teammate's own earlier « fait » keeps its time.
  for (const id of others) {
    await db.deadlineStatus.upsert({
      where: { deadlineId_personId: { deadlineId, personId: id } },
      update: {},
      create: { deadlineId, personId: id, doneAt: now },
    });
    await skipWaiting(db, deadlineId, id, 'done by the team');
  }
  await db.deadlineStatus.updateMany({
    where: { deadlineId, personId: { in: others }, doneAt: null },
    data: { doneAt: now, snoozedUntil: null },
  });
}

/**
 * Takes back a tick (/deadlines undo): the deadline is open again for the person. A plan action's
 * deadline is the team's, as in `markDone`: the action is reopened for every member (see
 * `reopenAction`), so that /plan and the others' /deadlines say the same.
 */
export async function markUndone(
  db: Db,
  deadline: Pick<Deadline, 'id' | 'source' | 'sourceRef'>,
  personId: string,
): Promise<void> {
  const actionId = deadline.source === 'plan' ? actionIdOf(deadline.sourceRef) : undefined;
  if (actionId) return reopenAction(db, actionId);
  await db.deadlineStatus.updateMany({ where: { deadlineId: deadline.id, personId }, data: { doneAt: null } });
}

/** "Remind me tomorrow" puts the deadline's reminders off this long for the person. */
const snoozeMs = 86_400_000;

/** "Remind me tomorrow": waiting reminders are dropped and one new reminder is queued a day later. */
export async function snooze(
  db: Db,
  deadline: { id: string; dueAt: Date },
  personId: string,
  now: Date,
  quiet: QuietHours | null,
): Promise<Date> {
  const until = new Date(now.getTime() + snoozeMs);
  await db.deadlineStatus.upsert({
    where: { deadlineId_personId: { deadlineId: deadline.id, personId } },
    update: { snoozedUntil: until },
    create: { deadlineId: deadline.id, personId, snoozedUntil: until },
  });
  await skipWaiting(db, deadline.id, personId, 'snoozed');
  await enqueue(db, [
    {
      key: reminderKey(deadline.id, personId, `snooze-${until.getTime()}`),
      kind: 'reminder',
      personId,
      payload: { deadlineId: deadline.id, snooze: true },
      notBefore: reminderNotBefore(until, deadline.dueAt, quiet),
    },
  ]);
  return until;
}

/** After a change of due time or offsets, reminders of the old schedule still waiting are dropped. */
export async function dropWaitingReminders(db: Db, deadlineId: string, reason: string): Promise<void> {
  await db.outboxMessage.updateMany({
    where: { key: { startsWith: `reminder:${deadlineId}:` }, status: 'pending' },
    data: { status: 'skipped', lastError: reason },
  });
}

/** Cancels a deadline: its waiting reminders are dropped at once. */
export async function cancelDeadline(db: Db, deadlineId: string, now: Date): Promise<void> {
  await db.deadline.update({ where: { id: deadlineId }, data: { cancelledAt: now, updatedAt: now } });
  await dropWaitingReminders(db, deadlineId, 'cancelled');
}
