import type { Prisma } from '../../generated/prisma/client.ts';
import type { Db } from '../../persistence/prisma.ts';
import type { Audience } from '../admin/roster.ts';
import { audienceColumns, audienceIds } from '../reminders/audience.ts';
import { chunks } from '../../persistence/chunks.ts';
import { enqueue } from '../../outbox/enqueue.ts';
import { waitingChannels } from '../../outbox/waiting.ts';
import type { ChannelName } from '../../core/messages.ts';
import { broadcastMessage } from '../reminders/outbox.ts';

export interface Draft {
  textFr: string | null;
  textAr: string | null;
  audience: Audience;
  createdById: string;
}

export function broadcastAudience(row: {
  audience: string;
  audienceTeamId: string | null;
  audienceCohortId: string | null;
  audienceRole: string | null;
  audienceDeadlineId: string | null;
}): Audience {
  if (row.audience === 'team') return { kind: 'team', teamId: row.audienceTeamId ?? '' };
  if (row.audience === 'cohort') return { kind: 'cohort', cohortId: row.audienceCohortId ?? '' };
  if (row.audience === 'role')
    return { kind: 'role', role: row.audienceRole === 'coordinator' ? 'coordinator' : 'participant' };
  if (row.audience === 'late') return { kind: 'late', deadlineId: row.audienceDeadlineId ?? '' };
  return { kind: 'everyone' };
}

/**
 * Creates a coordinator's draft, and marks the drafts of theirs still waiting for their « Envoyer »
 * as replaced: a preview left on screen must not send a message its author wrote again. One
 * transaction; the UPDATE is conditional on `draft` (as confirming and cancelling are), so a draft
 * confirmed meanwhile, from another chat or instance, stays confirmed and one being confirmed finds
 * itself replaced: never both. It runs before the INSERT, so it never takes the new draft.
 * Returns the draft and how many were replaced.
 */
export async function createDraft(db: Db, draft: Draft, now: Date) {
  const { audience } = draft;
  const [replaced, created] = await db.$transaction([
    db.broadcast.updateMany({
      where: { createdById: draft.createdById, status: 'draft' },
      data: { status: 'replaced' },
    }),
    db.broadcast.create({
      data: {
        textFr: draft.textFr,
        textAr: draft.textAr,
        ...audienceColumns(audience),
        audienceCohortId: audience.kind === 'cohort' ? audience.cohortId : null,
        audienceDeadlineId: audience.kind === 'late' ? audience.deadlineId : null,
        createdById: draft.createdById,
        createdAt: now,
      },
    }),
  ]);
  return { draft: created, replaced: replaced.count };
}

/** The draft of this coordinator still waiting for its « Envoyer », the newest; null when none waits. */
export async function currentDraft(db: Db, createdById: string) {
  return db.broadcast.findFirst({ where: { createdById, status: 'draft' }, orderBy: { createdAt: 'desc' } });
}

/** An identity the bot can write to: not refused, and one that wrote first (the console's is always there). */
const reachableIdentity = {
  unreachableAt: null,
  OR: [{ lastSeenAt: { not: null } }, { channel: 'console' }],
} satisfies Prisma.IdentityWhereInput;

/**
 * Who a broadcast goes to: its audience but its sender, who wrote it and sees it in the preview (a
 * coordinator is in « Tout le monde » and « Les coordinateurs »: the others get it, not them).
 */
export async function recipientIds(db: Db, audience: Audience, now: Date, senderId: string): Promise<string[]> {
  return (await audienceIds(db, audience, now)).filter((id) => id !== senderId);
}

/**
 * Recipients, how many of them have an identity the bot can write to, the names of those who have
 * none, how many are coordinators, and whether the sender was left out of the audience.
 */
export async function countRecipients(
  db: Db,
  audience: Audience,
  now: Date,
  senderId: string,
): Promise<{ total: number; reachable: number; unreachable: string[]; coordinators: number; notSender: boolean }> {
  const all = await audienceIds(db, audience, now);
  const ids = all.filter((id) => id !== senderId);
  const unreachable: string[] = [];
  let coordinators = 0;
  for (const slice of chunks(ids)) {
    const rows = await db.person.findMany({
      where: { id: { in: slice }, identities: { none: reachableIdentity } },
      select: { displayName: true },
      orderBy: { displayName: 'asc' },
    });
    unreachable.push(...rows.map((r) => r.displayName));
    coordinators += await db.personRole.count({ where: { personId: { in: slice }, role: 'coordinator' } });
  }
  return {
    total: ids.length,
    reachable: ids.length - unreachable.length,
    unreachable,
    coordinators,
    notSender: ids.length < all.length,
  };
}

/**
 * Confirms a draft once: the draft → confirmed UPDATE is conditional, so a double tap (or two
 * coordinators) cannot send it twice. Materialises one outbox row per recipient; null when the
 * draft was already confirmed or cancelled.
 */
export async function confirmBroadcast(db: Db, id: string, now: Date, notBefore: Date): Promise<number | null> {
  const confirmed = await db.broadcast.updateMany({
    where: { id, status: 'draft' },
    data: { status: 'confirmed', confirmedAt: now },
  });
  if (confirmed.count === 0) return null;
  const row = await db.broadcast.findUniqueOrThrow({ where: { id } });
  const ids = await recipientIds(db, broadcastAudience(row), now, row.createdById);
  await enqueue(
    db,
    ids.map((personId) => broadcastMessage(id, personId, notBefore)),
  );
  return ids.length;
}

export async function cancelDraft(db: Db, id: string): Promise<boolean> {
  return (await db.broadcast.updateMany({ where: { id, status: 'draft' }, data: { status: 'cancelled' } })).count > 0;
}

export interface BroadcastStats {
  sent: number;
  failed: number;
  pending: number;
  /** Pending, for a channel that no running instance sends on (shared database): never failed, they wait for it. */
  waiting: Partial<Record<ChannelName, number>>;
  skipped: number;
  /** Its send was under way when the process died: maybe received, never resent. */
  unknown: number;
}

type Counted = Exclude<keyof BroadcastStats, 'waiting'>;
const counted: readonly string[] = ['sent', 'failed', 'pending', 'skipped', 'unknown'] satisfies Counted[];

export const noStats = (): BroadcastStats => ({ sent: 0, failed: 0, pending: 0, waiting: {}, skipped: 0, unknown: 0 });

/**
 * The delivery figures of several broadcasts, by broadcast id, in one grouped query on the
 * messages' `broadcastId` column (indexed with their status). A broadcast with no message has all
 * its figures at zero. Given the channels some instance sends on now, pending messages whose
 * recipient is reachable only on another channel are counted apart, as waiting for it.
 */
export async function broadcastsStats(
  db: Db,
  ids: string[],
  connected?: ReadonlySet<ChannelName> | null,
): Promise<Map<string, BroadcastStats>> {
  const stats = new Map(ids.map((id) => [id, noStats()]));
  for (const slice of chunks(ids)) {
    const groups = await db.outboxMessage.groupBy({
      by: ['broadcastId', 'status'],
      where: { broadcastId: { in: slice } },
      _count: { _all: true },
    });
    for (const g of groups) {
      const figures = stats.get(g.broadcastId ?? '');
      const key = (g.status === 'sending' ? 'pending' : g.status) as Counted;
      if (figures && counted.includes(key)) figures[key] += g._count._all;
    }
  }
  if (connected) await countWaiting(db, stats, connected);
  return stats;
}

/** Moves the pending messages whose only reachable channel is not connected to `waiting`. */
async function countWaiting(db: Db, stats: Map<string, BroadcastStats>, connected: ReadonlySet<ChannelName>) {
  const withPending = [...stats].filter(([, s]) => s.pending > 0).map(([id]) => id);
  if (withPending.length === 0) return;
  const rows = [];
  for (const slice of chunks(withPending))
    rows.push(
      ...(await db.outboxMessage.findMany({
        where: { broadcastId: { in: slice }, status: 'pending' },
        select: { broadcastId: true, personId: true },
      })),
    );
  const waiting = await waitingChannels(
    db,
    rows.map((r) => r.personId),
    connected,
  );
  for (const row of rows) {
    const channel = waiting.get(row.personId);
    const figures = stats.get(row.broadcastId ?? '');
    if (!channel || !figures) continue;
    figures.pending--;
    figures.waiting[channel] = (figures.waiting[channel] ?? 0) + 1;
  }
}
