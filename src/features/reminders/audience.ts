import type { Role } from '../../core/identity.ts';
import type { Deadline } from '../../generated/prisma/client.ts';
import type { Db } from '../../persistence/prisma.ts';
import { rosterIds, type Audience, type RosterAudience } from '../admin/roster.ts';

type DeadlineAudienceFields = Pick<Deadline, 'audience' | 'audienceTeamId' | 'audienceRole'>;

/** The roster a deadline is for; a team or role that is missing or unknown reaches nobody, never everyone. */
export function deadlineAudience(d: DeadlineAudienceFields): RosterAudience {
  if (d.audience === 'team') return { kind: 'team', teamId: d.audienceTeamId ?? '' };
  if (d.audience === 'role') return { kind: 'role', role: (d.audienceRole ?? '') as Role };
  return { kind: 'everyone' };
}

/** Audience → the Deadline/Broadcast columns that store it. */
export function audienceColumns(audience: Audience) {
  return {
    audience: audience.kind,
    audienceTeamId: audience.kind === 'team' ? audience.teamId : null,
    audienceRole: audience.kind === 'role' ? audience.role : null,
  };
}

/** Ids of people who marked the deadline done. */
export async function doneIds(db: Db, deadlineId: string): Promise<Set<string>> {
  const rows = await db.deadlineStatus.findMany({
    where: { deadlineId, doneAt: { not: null } },
    select: { personId: true },
  });
  return new Set(rows.map((r) => r.personId));
}

/** People in the deadline's audience who have not marked it done. */
export async function pendingIds(db: Db, d: DeadlineAudienceFields & { id: string }): Promise<string[]> {
  const [members, done] = await Promise.all([rosterIds(db, deadlineAudience(d)), doneIds(db, d.id)]);
  return members.filter((id) => !done.has(id));
}

/** Any audience, "late on a deadline" included (nobody is late before the due time). */
export async function audienceIds(db: Db, audience: Audience, now: Date): Promise<string[]> {
  if (audience.kind !== 'late') return rosterIds(db, audience);
  const deadline = await db.deadline.findUnique({ where: { id: audience.deadlineId } });
  if (!deadline || deadline.cancelledAt || deadline.dueAt > now) return [];
  return pendingIds(db, deadline);
}

/** Deadlines that concern a person: everyone's, their teams', their roles'; not cancelled. */
export async function deadlinesFor(
  db: Db,
  person: { id: string; roles: string[]; teams: { id: string }[] },
  since: Date,
) {
  return db.deadline.findMany({
    where: {
      cancelledAt: null,
      dueAt: { gte: since },
      OR: [
        { audience: 'everyone' },
        { audience: 'team', audienceTeamId: { in: person.teams.map((t) => t.id) } },
        { audience: 'role', audienceRole: { in: person.roles } },
      ],
    },
    orderBy: { dueAt: 'asc' },
    include: { statuses: { where: { personId: person.id } } },
  });
}

/** Whether a deadline concerns this person (checked before acting on a tapped reminder). */
export function concerns(d: DeadlineAudienceFields, person: { roles: string[]; teams: { id: string }[] }): boolean {
  const audience = deadlineAudience(d);
  if (audience.kind === 'team') return person.teams.some((t) => t.id === audience.teamId);
  if (audience.kind === 'role') return person.roles.includes(audience.role);
  return person.roles.length > 0 || person.teams.length > 0;
}
