import type { Role } from '../../core/identity.ts';
import type { Db } from '../../persistence/prisma.ts';

/** Who a deadline is for. */
export type RosterAudience = { kind: 'everyone' } | { kind: 'team'; teamId: string } | { kind: 'role'; role: Role };

/** Who a broadcast is for: a deadline's audiences, a cohort, or the late (resolved by the reminders feature). */
export type Audience = RosterAudience | { kind: 'cohort'; cohortId: string } | { kind: 'late'; deadlineId: string };

/**
 * Person ids in an audience. "Everyone" means the enrolled: people holding a role or a team
 * membership — not whoever once typed /start.
 */
export async function rosterIds(db: Db, audience: Exclude<Audience, { kind: 'late' }>): Promise<string[]> {
  if (audience.kind === 'cohort') {
    // Once each, whatever the number of the cohort's teams they are in.
    const rows = await db.person.findMany({
      where: { teams: { some: { team: { cohortId: audience.cohortId } } } },
      select: { id: true },
    });
    return rows.map((r) => r.id);
  }
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
