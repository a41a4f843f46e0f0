import type { Context } from '../../core/context.ts';
import type { OutboundMessage } from '../../core/messages.ts';
import type { Db } from '../../persistence/prisma.ts';

/** Prompt of a page of cohorts: `bc:coh:<page>`. */
export const cohortPrompt = 'bc:coh:';
/** Cohorts on one page: they fit a phone screen; the others are a tap away. */
export const cohortsPerPage = 6;
const pageValue = /^page:(\d+)$/;

export async function hasCohort(db: Db): Promise<boolean> {
  return (await db.cohort.findFirst({ select: { id: true } })) !== null;
}

/** The page a tapped choice turns to, or null when it is a cohort. */
export function pageOf(value: string): number | null {
  const match = pageValue.exec(value);
  return match ? Number(match[1]) : null;
}

export type ChoicesReply = Extract<OutboundMessage, { kind: 'choices' }>;

/** Which cohort, newest first, a page at a time, each with its number of teams; null when there is none. */
export async function cohortPage(ctx: Context, db: Db, page: number): Promise<ChoicesReply | null> {
  const total = await db.cohort.count();
  if (total === 0) return null;
  const pages = Math.ceil(total / cohortsPerPage);
  const current = Math.min(Math.max(page, 0), pages - 1);
  const cohorts = await db.cohort.findMany({
    orderBy: [{ createdAt: 'desc' }, { name: 'asc' }],
    skip: current * cohortsPerPage,
    take: cohortsPerPage,
    include: { _count: { select: { teams: true } } },
  });
  const choices = cohorts.map((c) => ({
    value: c.id,
    label: ctx.t('broadcast-cohort-choice', { name: c.name, teams: c._count.teams }),
  }));
  if (current > 0) choices.push({ value: `page:${current - 1}`, label: ctx.t('broadcast-cohorts-previous') });
  if (current < pages - 1) choices.push({ value: `page:${current + 1}`, label: ctx.t('broadcast-cohorts-next') });
  return {
    kind: 'choices',
    text: pages > 1 ? ctx.t('broadcast-ask-cohort-page', { page: current + 1, pages }) : ctx.t('broadcast-ask-cohort'),
    promptId: `${cohortPrompt}${current}`,
    choices,
  };
}
