import type { Prisma } from '../../generated/prisma/client.ts';
import type { Db } from '../../persistence/prisma.ts';

export interface AuditInput {
  actorId: string | null;
  /** Dotted verb, e.g. "team.add", "invite.create", "deadline.cancel". */
  action: string;
  target?: string | undefined;
  details?: Prisma.InputJsonObject | undefined;
  /** When it happened (now by default; a test or a limiter may name its own clock). */
  at?: Date;
}

/** Coordinators answer to a funder: every sensitive action leaves a line in the audit trail. */
export async function recordAudit(db: Pick<Db, 'auditEntry'>, entry: AuditInput): Promise<void> {
  await db.auditEntry.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      target: entry.target ?? null,
      ...(entry.details ? { details: entry.details } : {}),
      ...(entry.at ? { createdAt: entry.at } : {}),
    },
  });
}
