import type { Prisma } from '../../generated/prisma/client.ts';
import type { Db } from '../../persistence/prisma.ts';
import { chunks } from './chunks.ts';

export type OutboxStatus = 'pending' | 'sending' | 'sent' | 'failed' | 'skipped';
export const finalStatuses: readonly OutboxStatus[] = ['sent', 'failed', 'skipped'];

export type ReminderPayload = { deadlineId: string; offset?: number; snooze?: boolean };
export type BroadcastPayload = { broadcastId: string };

export interface OutboxInput {
  /** Unique: the same key is never materialised twice, whoever tries and however often. */
  key: string;
  kind: 'reminder' | 'broadcast';
  personId: string;
  payload: ReminderPayload | BroadcastPayload;
  notBefore: Date;
  status?: 'pending' | 'skipped';
  lastError?: string;
}

/** The due time (in minutes) is part of an offset's key: a postponed deadline gets its reminders again. */
export const offsetPart = (offset: number, dueAt: Date) => `${offset}@${Math.floor(dueAt.getTime() / 60_000)}`;
export const reminderKey = (deadlineId: string, personId: string, part: string) => `reminder:${deadlineId}:${personId}:${part}`;
export const broadcastKey = (broadcastId: string, personId: string) => `broadcast:${broadcastId}:${personId}`;

function toData(row: OutboxInput): Prisma.OutboxMessageCreateManyInput {
  return {
    key: row.key,
    kind: row.kind,
    personId: row.personId,
    payload: row.payload,
    notBefore: row.notBefore,
    status: row.status ?? 'pending',
    lastError: row.lastError ?? null,
  };
}

/**
 * Inserts the rows whose key is not there yet; returns how many were inserted. SQLite has no
 * createMany-skipDuplicates, so known keys are filtered first and a lost race (another process
 * inserting the same key meanwhile) falls back to row-by-row inserts that ignore duplicates.
 */
export async function enqueue(db: Db, rows: OutboxInput[]): Promise<number> {
  let inserted = 0;
  for (const slice of chunks(rows)) {
    const existing = await db.outboxMessage.findMany({ where: { key: { in: slice.map((r) => r.key) } }, select: { key: true } });
    const known = new Set(existing.map((r) => r.key));
    const fresh = slice.filter((r) => !known.has(r.key));
    if (fresh.length === 0) continue;
    try {
      inserted += (await db.outboxMessage.createMany({ data: fresh.map(toData) })).count;
    } catch (error) {
      if ((error as { code?: string }).code !== 'P2002') throw error;
      for (const row of fresh) {
        try {
          await db.outboxMessage.create({ data: toData(row) });
          inserted++;
        } catch (inner) {
          if ((inner as { code?: string }).code !== 'P2002') throw inner;
        }
      }
    }
  }
  return inserted;
}
