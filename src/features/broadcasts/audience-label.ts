import { teamWithSlug, type TeamNames } from '../../core/commune.ts';
import type { Context } from '../../core/context.ts';
import type { Db } from '../../persistence/prisma.ts';
import type { Audience } from '../admin/roster.ts';
import { deadlineTitle } from '../reminders/render.ts';

/** What the labels of a list of broadcasts name: teams, cohort names, deadline titles, by id. */
export interface AudienceNames {
  teams: Map<string, TeamNames & { slug: string }>;
  cohorts: Map<string, string>;
  deadlines: Map<string, { titleFr: string; titleAr: string }>;
}

/** Reads the names a list's labels need at once: one query per kind named, whatever the length of the list. */
export async function audienceNames(db: Db, audiences: readonly Audience[]): Promise<AudienceNames> {
  const unique = (ids: string[]) => [...new Set(ids)];
  const teamIds = unique(audiences.flatMap((a) => (a.kind === 'team' ? [a.teamId] : [])));
  const cohortIds = unique(audiences.flatMap((a) => (a.kind === 'cohort' ? [a.cohortId] : [])));
  const deadlineIds = unique(audiences.flatMap((a) => (a.kind === 'late' ? [a.deadlineId] : [])));
  const [teams, cohorts, deadlines] = await Promise.all([
    teamIds.length
      ? db.team.findMany({
          where: { id: { in: teamIds } },
          select: { id: true, slug: true, name: true, nameAr: true, commune: true, communeAr: true },
        })
      : [],
    cohortIds.length ? db.cohort.findMany({ where: { id: { in: cohortIds } }, select: { id: true, name: true } }) : [],
    deadlineIds.length
      ? db.deadline.findMany({
          where: { id: { in: deadlineIds } },
          select: { id: true, titleFr: true, titleAr: true },
        })
      : [],
  ]);
  return {
    teams: new Map(teams.map((t) => [t.id, t])),
    cohorts: new Map(cohorts.map((c) => [c.id, c.name])),
    deadlines: new Map(deadlines.map((d) => [d.id, d])),
  };
}

/**
 * Who a broadcast was for, as /broadcasts shows it: a team as /deadline list names it (« Sfax (sfax) »),
 * a cohort by its name ("?" once deleted).
 */
export function audienceLabel(ctx: Context, names: AudienceNames, audience: Audience): string {
  if (audience.kind === 'team') {
    const team = names.teams.get(audience.teamId);
    return ctx.t('audience-team', { team: team ? teamWithSlug(team, ctx.locale) : '?' });
  }
  if (audience.kind === 'cohort')
    return ctx.t('broadcast-audience-of-cohort', { name: names.cohorts.get(audience.cohortId) ?? '?' });
  if (audience.kind === 'role') return ctx.t('audience-role', { role: ctx.t(`roles-${audience.role}`) });
  if (audience.kind === 'late') {
    const deadline = names.deadlines.get(audience.deadlineId);
    return ctx.t('broadcast-audience-of-late', { title: deadline ? deadlineTitle(deadline, ctx.locale) : '?' });
  }
  return ctx.t('audience-everyone');
}
