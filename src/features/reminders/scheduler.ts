import type { Logger } from '../../logger.ts';
import type { Db } from '../../persistence/prisma.ts';
import { pendingIds } from './audience.ts';
import { storedOffsets } from './offsets.ts';
import { enqueue, type OutboxInput } from '../../outbox/enqueue.ts';
import { offsetPart, reminderKey } from './outbox.ts';
import { afterQuietHours, type QuietHours } from '../../core/time.ts';

const minuteMs = 60_000;
const dayMs = 24 * 60 * minuteMs;
/** Snooze lasts a day (deadlines.ts). */
const snoozeMs = dayMs;
/**
 * An offset coming within this time after a person's snooze reminder is not sent to them: they
 * were just reminded (offsets a few hours apart, or both due at once after a downtime).
 */
const afterSnoozeMs = 12 * 60 * minuteMs;

export interface SchedulerDeps {
  db: Db;
  now: () => Date;
  quietHours: QuietHours | null;
  logger: Logger;
  /** A reminder caught up later than this after its time is stale (skipped). Default 24 h. */
  maxLatenessMs?: number;
  /** Reminder times older than this are not looked at any more. Default 7 days. */
  lookBackMs?: number;
}

export interface TickResult {
  pending: number;
  skipped: number;
}

/**
 * When a reminder may go out: after quiet hours, unless waiting would let the due time pass
 * (then it is urgent and goes now).
 */
export function reminderNotBefore(now: Date, dueAt: Date, quiet: QuietHours | null): Date {
  const later = afterQuietHours(now, quiet);
  return now < dueAt && later > dueAt ? now : later;
}

/**
 * Turns reminder times that have come into OutboxMessage rows, one per (deadline, person, offset)
 * thanks to the unique key, so ticks, restarts and a second process never make a second one.
 * Rules: an offset already past when the deadline was created (or last edited) is never sent;
 * of the offsets that came during a downtime only the latest is sent, if it is not stale; the
 * others are recorded as skipped. People who marked the deadline done get nothing; a person who
 * snoozed gets no offset during the snooze nor in the half-day after their snooze reminder.
 */
export function createScheduler(deps: SchedulerDeps) {
  const { db, logger } = deps;
  const maxLateness = deps.maxLatenessMs ?? dayMs;
  const lookBack = deps.lookBackMs ?? 7 * dayMs;

  async function tick(): Promise<TickResult> {
    const now = deps.now();
    const result: TickResult = { pending: 0, skipped: 0 };
    const deadlines = await db.deadline.findMany({
      where: { cancelledAt: null, dueAt: { gte: new Date(now.getTime() - lookBack - 60 * dayMs) } },
    });
    for (const deadline of deadlines) {
      const due = deadline.dueAt.getTime();
      // Editing a deadline re-arms it from the edit: what was already past then is not sent.
      const armedAt = deadline.updatedAt.getTime();
      const fired = storedOffsets(deadline.offsets)
        .map((offset) => ({ offset, at: due - offset * minuteMs }))
        .filter((f) => f.at <= now.getTime() && f.at >= armedAt && f.at >= now.getTime() - lookBack)
        .sort((a, b) => b.at - a.at);
      const latest = fired[0];
      if (!latest) continue;
      const [people, existing, snoozes] = await Promise.all([
        pendingIds(db, deadline),
        db.outboxMessage.findMany({
          where: { key: { startsWith: `reminder:${deadline.id}:` } },
          select: { key: true },
        }),
        db.deadlineStatus.findMany({
          where: { deadlineId: deadline.id, snoozedUntil: { not: null } },
          select: { personId: true, snoozedUntil: true },
        }),
      ]);
      const known = new Set(existing.map((r) => r.key));
      const snoozedUntil = new Map(snoozes.map((s) => [s.personId, s.snoozedUntil?.getTime() ?? 0]));
      // Snoozed now, or the offset falls in the snooze or just after its own reminder.
      const snoozed = (personId: string, at: number) => {
        const until = snoozedUntil.get(personId);
        return until !== undefined && (until > now.getTime() || (at >= until - snoozeMs && at < until + afterSnoozeMs));
      };
      const rows: OutboxInput[] = [];
      for (const f of fired) {
        const stale = f !== latest ? 'superseded' : now.getTime() - f.at > maxLateness ? 'stale' : null;
        for (const personId of people) {
          const key = reminderKey(deadline.id, personId, offsetPart(f.offset, deadline.dueAt));
          if (known.has(key)) continue;
          const reason = stale ?? (snoozed(personId, f.at) ? 'snoozed' : null);
          rows.push({
            key,
            kind: 'reminder',
            personId,
            payload: { deadlineId: deadline.id, offset: f.offset },
            notBefore: reason ? now : reminderNotBefore(now, deadline.dueAt, deps.quietHours),
            status: reason ? 'skipped' : 'pending',
            ...(reason ? { lastError: reason } : {}),
          });
        }
      }
      if (rows.length === 0) continue;
      await enqueue(db, rows);
      // An older reminder still waiting (the dispatcher was down too) is superseded by this one.
      for (const older of fired.slice(1)) {
        await db.outboxMessage.updateMany({
          where: {
            AND: [
              { key: { startsWith: `reminder:${deadline.id}:` } },
              { key: { endsWith: `:${offsetPart(older.offset, deadline.dueAt)}` } },
            ],
            status: 'pending',
          },
          data: { status: 'skipped', lastError: 'superseded' },
        });
      }
      for (const row of rows) result[row.status === 'skipped' ? 'skipped' : 'pending']++;
    }
    if (result.pending + result.skipped > 0) logger.info({ ...result }, 'reminders materialised');
    return result;
  }

  return { tick };
}

export type Scheduler = ReturnType<typeof createScheduler>;
