import type { Db } from '../../persistence/prisma.ts';
import { cancelDeadline, deadlineData, dropWaitingReminders, markDone } from './deadlines.ts';
import { defaultOffsets } from './offsets.ts';
import { localParts, zonedTime } from '../../core/time.ts';
import { actionSourceRef, datedActionItems } from '../questionnaires/repository.ts';

export interface PlanSyncOptions {
  /** Where the team works (TIMEZONE): a due date's day is a day there. */
  timeZone: string;
  /** Local time of day an action item is due on its date; the end of the office day by default. */
  dueTime?: string;
  now?: () => Date;
}

export interface PlanSyncResult {
  created: number;
  updated: number;
  cancelled: number;
}

/** The calendar day an item's dueDate means: stored at UTC midnight, or at local midnight. */
function dayOf(date: Date, timeZone: string) {
  if (date.getUTCHours() === 0 && date.getUTCMinutes() === 0) {
    return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
  }
  const p = localParts(date, timeZone);
  return { year: p.year, month: p.month, day: p.day };
}

/** An action marked done with /plan done: its deadline is done for the team, unless already ticked. */
async function doneAsItsAction(
  db: Db,
  deadline: Parameters<typeof markDone>[1],
  item: { doneAt: Date | null; doneById: string | null },
): Promise<void> {
  if (!item.doneAt || !item.doneById) return;
  const ticked = await db.deadlineStatus.count({ where: { deadlineId: deadline.id, doneAt: { not: null } } });
  if (ticked === 0) await markDone(db, deadline, item.doneById, item.doneAt);
}

/**
 * Keeps a team's deadlines in step with its improvement plan: every action item with a date is a
 * deadline of the team (source "plan", sourceRef `action:<id>`); a deadline whose item was
 * removed or lost its date is cancelled. An action marked done with /plan done has its deadline
 * done for the team, as a tick in /deadlines would. Call it after each plan edit; it is idempotent
 * and leaves unchanged deadlines untouched (so their reminders are not re-armed).
 */
export async function syncPlanDeadlines(db: Db, teamId: string, options: PlanSyncOptions): Promise<PlanSyncResult> {
  const { timeZone } = options;
  const [hour, minute] = (options.dueTime ?? '17:00').split(':').map(Number) as [number, number];
  const now = options.now ?? (() => new Date());
  const result: PlanSyncResult = { created: 0, updated: 0, cancelled: 0 };
  const items = await datedActionItems(db, teamId);
  const kept = new Set<string>();
  for (const item of items) {
    if (!item.dueDate) continue;
    const sourceRef = actionSourceRef(item.id);
    kept.add(sourceRef);
    const dueAt = zonedTime({ ...dayOf(item.dueDate, timeZone), hour, minute }, timeZone);
    // A drafted action has its Arabic text: an Arabic reader's reminder uses it. A typed one is
    // shown as typed in both languages.
    const title = item.title.trim();
    const titleAr = item.titleAr?.trim() || title;
    const existing = await db.deadline.findUnique({ where: { sourceRef } });
    if (!existing) {
      const data = deadlineData(
        {
          titleFr: title,
          titleAr,
          dueAt,
          timezone: timeZone,
          audience: { kind: 'team', teamId },
          offsets: [...defaultOffsets],
          source: 'plan',
          sourceRef,
          createdById: item.createdById,
        },
        now(),
      );
      await doneAsItsAction(db, await db.deadline.create({ data }), item);
      result.created++;
      continue;
    }
    const same =
      existing.titleFr === title &&
      existing.titleAr === titleAr &&
      existing.dueAt.getTime() === dueAt.getTime() &&
      existing.audienceTeamId === teamId &&
      !existing.cancelledAt;
    await doneAsItsAction(db, existing, item);
    if (same) continue;
    await db.deadline.update({
      where: { id: existing.id },
      data: {
        titleFr: title,
        titleAr,
        dueAt,
        audience: 'team',
        audienceTeamId: teamId,
        audienceRole: null,
        cancelledAt: null,
        updatedAt: now(),
      },
    });
    if (existing.dueAt.getTime() !== dueAt.getTime()) await dropWaitingReminders(db, existing.id, 'rescheduled');
    result.updated++;
  }
  const orphans = await db.deadline.findMany({
    where: { source: 'plan', audienceTeamId: teamId, cancelledAt: null },
    select: { id: true, sourceRef: true },
  });
  for (const orphan of orphans) {
    if (orphan.sourceRef && kept.has(orphan.sourceRef)) continue;
    await cancelDeadline(db, orphan.id, now());
    result.cancelled++;
  }
  return result;
}
