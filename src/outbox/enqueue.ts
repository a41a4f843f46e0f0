import type { Prisma } from '../generated/prisma/client.ts';
import { chunks } from '../persistence/chunks.ts';
import type { Db } from '../persistence/prisma.ts';

export type OutboxStatus = 'pending' | 'sending' | 'sent' | 'failed' | 'skipped' | 'unknown';
export const finalStatuses: readonly OutboxStatus[] = ['sent', 'failed', 'skipped', 'unknown'];

export interface OutboxInput {
  /** Unique: the same key is never materialised twice, whoever tries and however often. */
  key: string;
  /** What renders it when sent ("reminder", "broadcast"). */
  kind: string;
  personId: string;
  payload: Prisma.InputJsonValue;
  /** The broadcast it belongs to, if any (the column /broadcasts counts by). */
  broadcastId?: string;
  notBefore: Date;
  status?: 'pending' | 'skipped';
  lastError?: string;
}

function toData(row: OutboxInput): Prisma.OutboxMessageCreateManyInput {
  return {
    key: row.key,
    kind: row.kind,
    personId: row.personId,
    payload: row.payload,
    broadcastId: row.broadcastId ?? null,
    notBefore: row.notBefore,
    status: row.status ?? 'pending',
    lastError: row.lastError ?? null,
  };
}

const isDuplicate = (error: unknown) => (error as { code?: string } | null)?.code === 'P2002';

/**
 * Inserts the rows whose key is not there yet; returns how many were inserted. SQLite has no
 * createMany-skipDuplicates, so known keys are filtered first and a lost race (another process
 * inserting the same key meanwhile) falls back to row-by-row inserts that ignore duplicates.
 */
export async function enqueue(db: Db, rows: OutboxInput[]): Promise<number> {
  let inserted = 0;
  for (const slice of chunks(rows)) {
    const existing = await db.outboxMessage.findMany({
      where: { key: { in: slice.map((r) => r.key) } },
      select: { key: true },
    });
    const known = new Set(existing.map((r) => r.key));
    const fresh = slice.filter((r) => !known.has(r.key));
    if (fresh.length === 0) continue;
    try {
      inserted += (await db.outboxMessage.createMany({ data: fresh.map(toData) })).count;
    } catch (error) {
      if (!isDuplicate(error)) throw error;
      for (const row of fresh) {
        try {
          await db.outboxMessage.create({ data: toData(row) });
          inserted++;
        } catch (inner) {
          if (!isDuplicate(inner)) throw inner;
        }
      }
    }
  }
  return inserted;
}
