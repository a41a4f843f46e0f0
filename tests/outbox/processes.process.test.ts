// Two real processes on one database (SQLite file or PostgreSQL): each reminder is materialised and sent once.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deadlineData } from '../../src/features/reminders/deadlines.ts';
import { defaultOffsets } from '../../src/features/reminders/offsets.ts';
import type { Db } from '../../src/persistence/prisma.ts';
import { runWithInput } from '../helpers/console.ts';
import { createTestDb, type TestDb } from '../helpers/db.ts';
import { addPerson } from '../features/reminders/harness.ts';

async function people(db: Db, count: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 1; i <= count; i++) ids.push(await addPerson(db, { externalId: String(1000 + i) }));
  return ids;
}

const statuses = async (db: Db) =>
  Object.fromEntries(
    (await db.outboxMessage.groupBy({ by: ['status'], _count: { _all: true } })).map((g) => [g.status, g._count._all]),
  );

describe('outbox across processes', () => {
  let t: TestDb;
  beforeEach(async () => {
    t = await createTestDb();
  });
  afterEach(() => t.cleanup());

  it('two processes on one database, ticking and draining at once, materialise and send each reminder once', async () => {
    await people(t.db, 120);
    const created = new Date('2025-06-01T08:00:00Z');
    const dueAt = new Date('2025-07-01T16:00:00Z');
    await t.db.deadline.create({
      data: deadlineData(
        {
          titleFr: 'Rapport',
          titleAr: 'تقرير',
          dueAt,
          timezone: 'Africa/Tunis',
          audience: { kind: 'everyone' },
          offsets: [...defaultOffsets],
          source: 'manual',
        },
        created,
      ),
    });
    const now = new Date(dueAt.getTime() - 7 * 86_400_000).toISOString();
    const log = join(t.dir, 'sent.log');
    writeFileSync(log, '');
    const worker = (mode: string) =>
      runWithInput(
        process.execPath,
        ['--import', 'tsx', 'tests/features/reminders/worker-process.ts', mode, t.url, now, log],
        '',
        {},
      );
    const ticks = await Promise.all([worker('tick'), worker('tick')]);
    expect(ticks.map((r) => r.code)).toEqual([0, 0]);
    expect(await t.db.outboxMessage.count()).toBe(120);
    const drains = await Promise.all([worker('drain'), worker('drain')]);
    expect(drains.map((r) => r.stderr)).toEqual(['', '']);
    const sent = readFileSync(log, 'utf8').split('\n').filter(Boolean);
    expect(sent).toHaveLength(120);
    expect(new Set(sent).size).toBe(120);
    expect(await statuses(t.db)).toEqual({ sent: 120 });
  });
});
