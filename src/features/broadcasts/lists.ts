import type { Context } from '../../core/context.ts';
import type { Db } from '../../persistence/prisma.ts';
import { deadlineTitle } from '../reminders/render.ts';
import { hasCohort, type ChoicesReply } from './cohorts.ts';

export const audiencePrompt = 'bc:aud';
export const latePrompt = 'bc:late';

/** Who to send it to; « Une cohorte » only once a cohort exists. */
export async function audienceList(ctx: Context, db: Db): Promise<ChoicesReply> {
  const cohort = (await hasCohort(db)) ? ['cohort'] : [];
  const values = ['everyone', 'team', ...cohort, 'role:participant', 'role:coordinator', 'late'];
  return {
    kind: 'choices',
    text: ctx.t('broadcast-ask-audience'),
    promptId: audiencePrompt,
    choices: values.map((v) => ({ value: v, label: ctx.t(`broadcast-audience-${v.replace(':', '-')}`) })),
  };
}

/** The deadlines already past, latest first, whose latecomers it can go to; null when none is past. */
export async function lateList(ctx: Context, db: Db, now: Date): Promise<ChoicesReply | null> {
  const deadlines = await db.deadline.findMany({
    where: { cancelledAt: null, dueAt: { lte: now } },
    orderBy: { dueAt: 'desc' },
    take: 10,
  });
  if (deadlines.length === 0) return null;
  return {
    kind: 'choices',
    text: ctx.t('broadcast-ask-deadline'),
    promptId: latePrompt,
    choices: deadlines.map((d) => ({ value: d.id, label: deadlineTitle(d, ctx.locale) })),
  };
}
