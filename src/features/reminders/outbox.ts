/** Outbox keys and payloads of reminders and broadcasts (the delivery itself is src/outbox). */
import type { OutboxInput } from '../../outbox/enqueue.ts';

export type ReminderPayload = { deadlineId: string; offset?: number; snooze?: boolean };
export type BroadcastPayload = { broadcastId: string };

/** The due time (in minutes) is part of an offset's key: a postponed deadline gets its reminders again. */
export const offsetPart = (offset: number, dueAt: Date) => `${offset}@${Math.floor(dueAt.getTime() / 60_000)}`;
export const reminderKey = (deadlineId: string, personId: string, part: string) =>
  `reminder:${deadlineId}:${personId}:${part}`;
export const broadcastKey = (broadcastId: string, personId: string) => `broadcast:${broadcastId}:${personId}`;

/** One recipient's message of a broadcast, as queued: its id in the payload (rendering) and in its own column (figures). */
export const broadcastMessage = (broadcastId: string, personId: string, notBefore: Date) =>
  ({
    key: broadcastKey(broadcastId, personId),
    kind: 'broadcast',
    personId,
    payload: { broadcastId } satisfies BroadcastPayload,
    broadcastId,
    notBefore,
  }) satisfies OutboxInput;
