import type { Db } from '../../src/persistence/prisma.ts';

/**
 * A team deadline due in half an hour with a reminder an hour before, written two hours ago: the
 * next outbox tick materialises and sends that reminder at once.
 */
export function teamDeadlineDueSoon(db: Db, teamId: string, titleFr: string, titleAr: string) {
  const now = Date.now();
  return db.deadline.create({
    data: {
      titleFr,
      titleAr,
      dueAt: new Date(now + 30 * 60_000),
      offsets: [60],
      audience: 'team',
      audienceTeamId: teamId,
      updatedAt: new Date(now - 2 * 3_600_000),
    },
  });
}
