import type { Role } from '../../core/identity.ts';
import type { Db } from '../../persistence/prisma.ts';

/** Who a deadline or a broadcast is for. "late" is resolved by the reminders feature. */
export type Audience =
  | { kind: 'everyone' }
  | { kind: 'team'; teamId: string }
  | { kind: 'role'; role: Role }
  | { kind: 'late'; deadlineId: string };

export type RosterAudience = Exclude<Audience, { kind: 'late' }>;

/**
 * Person ids in an audience. "Everyone" means the enrolled: people holding a role or a team
 * membership — not whoever once typed /start.
 */
export async function rosterIds(db: Db, audience: RosterAudience): Promise<string[]> {
  if (audience.kind === 'team') {
    const rows = await db.teamMember.findMany({ where: { teamId: audience.teamId }, select: { personId: true } });
    return rows.map((r) => r.personId);
  }
  if (audience.kind === 'role') {
    const rows = await db.personRole.findMany({ where: { role: audience.role }, select: { personId: true } });
    return rows.map((r) => r.personId);
  }
  const rows = await db.person.findMany({
    where: { OR: [{ roles: { some: {} } }, { teams: { some: {} } }] },
    select: { id: true },
  });
  return rows.map((r) => r.id);
}

/** Finds a team by its slug (case-insensitive as typed). */
export async function findTeamBySlug(db: Db, slug: string) {
  return db.team.findUnique({ where: { slug: slug.trim().toLowerCase() } });
}
