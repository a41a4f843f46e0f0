import { createHash } from 'node:crypto';
import type { Db } from '../../persistence/prisma.ts';
import { recordAudit } from './audit.ts';

/** Codes people type to get in: invitations (/join, /start CODE) and account links (/link CODE). */
export type CodeKind = 'join' | 'link';

export const attemptWindowMs = 10 * 60_000;
/** Wrong codes one person may type within the window. */
export const maxFailuresPerPerson = 5;
/** Wrong codes everyone together may type within the window (many accounts guessing at once). */
export const maxFailuresOverall = 50;

/** What the audit trail keeps of a code: enough to match two entries, never the code itself. */
export function codeHash(code: string): string {
  return createHash('sha256').update(code.trim().toUpperCase()).digest('hex').slice(0, 12);
}

export type Gate = 'open' | 'person' | 'overall';

/**
 * Whether this person may try a code now. Wrong codes are audited (`join.failed`,
 * `link.failed`), so the limit holds across restarts and processes; the first refusal of a
 * window is audited too (`join.throttled`), once.
 */
export async function codeGate(db: Db, kind: CodeKind, personId: string, now: Date): Promise<Gate> {
  const since = new Date(now.getTime() - attemptWindowMs);
  const failed = `${kind}.failed`;
  const mine = await db.auditEntry.count({ where: { action: failed, actorId: personId, createdAt: { gt: since } } });
  const all =
    mine >= maxFailuresPerPerson
      ? 0
      : await db.auditEntry.count({ where: { action: failed, createdAt: { gt: since } } });
  const gate: Gate = mine >= maxFailuresPerPerson ? 'person' : all >= maxFailuresOverall ? 'overall' : 'open';
  if (gate === 'open') return gate;
  const throttled = `${kind}.throttled`;
  const noted = await db.auditEntry.count({
    where: { action: throttled, actorId: personId, createdAt: { gt: since } },
  });
  if (noted === 0)
    await recordAudit(db, { actorId: personId, action: throttled, details: { limit: gate, failures: mine }, at: now });
  return gate;
}

/** A wrong code, audited by its hash. */
export async function recordFailedCode(
  db: Db,
  kind: CodeKind,
  personId: string,
  code: string,
  now: Date,
): Promise<void> {
  await recordAudit(db, {
    actorId: personId,
    action: `${kind}.failed`,
    details: { codeHash: codeHash(code) },
    at: now,
  });
}
