import type { Context } from '../../core/context.ts';
import type { Db } from '../../persistence/prisma.ts';
import type { Audience } from '../admin/roster.ts';
import { deadlineTitle } from '../reminders/render.ts';

/** Who a broadcast was for, as /broadcasts shows it: a team by its slug, a cohort by its name. */
export async function audienceLabel(ctx: Context, db: Db, audience: Audience): Promise<string> {
  if (audience.kind === 'team') {
    const team = await db.team.findUnique({ where: { id: audience.teamId } });
    return ctx.t('audience-team', { team: team?.slug ?? '?' });
  }
  if (audience.kind === 'cohort') {
    const cohort = await db.cohort.findUnique({ where: { id: audience.cohortId } });
    return ctx.t('broadcast-audience-of-cohort', { name: cohort?.name ?? '?' });
  }
  if (audience.kind === 'role') return ctx.t('audience-role', { role: ctx.t(`roles-${audience.role}`) });
  if (audience.kind === 'late') {
    const deadline = await db.deadline.findUnique({ where: { id: audience.deadlineId } });
    return ctx.t('broadcast-audience-of-late', { title: deadline ? deadlineTitle(deadline, ctx.locale) : '?' });
  }
  return ctx.t('audience-everyone');
}
