import type { Content, ContentLoader, OutboxRow } from '../../outbox/content.ts';
import type { I18n, Locale } from '../../core/i18n.ts';
import type { Broadcast, Deadline } from '../../generated/prisma/client.ts';
import type { Db } from '../../persistence/prisma.ts';
import { pendingIds } from './audience.ts';
import type { BroadcastPayload, ReminderPayload } from './outbox.ts';
import { renderBroadcast, renderReminder } from './render.ts';

/** A reminder that could not leave within a day of its time is stale: the next one will come. */
const maxReminderDelayMs = 24 * 3_600_000;

/**
 * What a row says, decided at the time of sending: a reminder for a cancelled deadline, one the
 * person marked done or snoozed, or one they are no longer concerned by, is skipped.
 * Caches lookups for one batch.
 */
export function createContentLoader(db: Db, i18n: I18n): ContentLoader {
  const deadlines = new Map<string, Promise<Deadline | null>>();
  const audiences = new Map<string, Promise<Set<string>>>();
  const broadcasts = new Map<string, Promise<Broadcast | null>>();

  const cached = <T>(map: Map<string, Promise<T>>, id: string, load: () => Promise<T>) => {
    let value = map.get(id);
    if (!value) map.set(id, (value = load()));
    return value;
  };

  async function reminder(row: OutboxRow, locale: Locale, now: Date): Promise<Content> {
    const payload = row.payload as ReminderPayload;
    if (now.getTime() - row.notBefore.getTime() > maxReminderDelayMs) return { skip: 'stale' };
    const deadline = await cached(deadlines, payload.deadlineId, () =>
      db.deadline.findUnique({ where: { id: payload.deadlineId } }),
    );
    if (!deadline || deadline.cancelledAt) return { skip: 'cancelled' };
    const audience = await cached(audiences, deadline.id, async () => new Set(await pendingIds(db, deadline)));
    if (!audience.has(row.personId)) return { skip: 'done or not concerned' };
    const status = await db.deadlineStatus.findUnique({
      where: { deadlineId_personId: { deadlineId: deadline.id, personId: row.personId } },
    });
    if (status?.doneAt) return { skip: 'done' };
    if (!payload.snooze && status?.snoozedUntil && status.snoozedUntil > now) return { skip: 'snoozed' };
    return { messages: renderReminder(i18n, locale, deadline, now) };
  }

  async function broadcast(row: OutboxRow, locale: Locale): Promise<Content> {
    const { broadcastId } = row.payload as BroadcastPayload;
    const found = await cached(broadcasts, broadcastId, () => db.broadcast.findUnique({ where: { id: broadcastId } }));
    if (!found || found.status === 'cancelled') return { skip: 'cancelled' };
    return { messages: renderBroadcast(i18n, locale, found) };
  }

  return {
    async load(row: OutboxRow, locale: Locale, now: Date): Promise<Content> {
      if (row.kind === 'reminder') return reminder(row, locale, now);
      if (row.kind === 'broadcast') return broadcast(row, locale);
      return { skip: `unknown kind ${row.kind}` };
    },
  };
}
