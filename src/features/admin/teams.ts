import type { Command } from '../../core/router.ts';
import type { Db } from '../../persistence/prisma.ts';
import { recordAudit } from './audit.ts';

/** Teams created from the chat join this cohort (the demo team keeps its own). */
export const defaultCohortName = 'Module qualité';
const slugPattern = /^[a-z0-9][a-z0-9-]{1,30}$/;

export function createTeamCommands(db: Db): Command[] {
  const team: Command = {
    name: 'team',
    aliases: ['equipe', 'فريق'],
    access: 'coordinator',
    help: 'cmd-team',
    run: async (ctx, args) => {
      const match = /^(?:add|ajouter|أضف)\s+(\S+)\s+(.+)$/iu.exec(args);
      if (!match) return ctx.say('team-usage');
      const slug = (match[1] ?? '').toLowerCase();
      const commune = (match[2] ?? '').trim();
      if (!slugPattern.test(slug)) return ctx.say('team-slug-invalid', { slug });
      if (await db.team.findUnique({ where: { slug } })) return ctx.say('team-exists', { slug });
      const cohort = await db.cohort.upsert({
        where: { name: defaultCohortName },
        update: {},
        create: { name: defaultCohortName },
      });
      const created = await db.team.create({ data: { slug, name: commune, commune, cohortId: cohort.id } });
      await recordAudit(db, {
        actorId: ctx.person.id,
        action: 'team.add',
        target: created.id,
        details: { slug, commune },
      });
      ctx.say('team-added', { slug, commune });
    },
  };

  const teams: Command = {
    name: 'teams',
    aliases: ['equipes', 'فرق'],
    access: 'coordinator',
    help: 'cmd-teams',
    run: async (ctx) => {
      const rows = await db.team.findMany({
        orderBy: { slug: 'asc' },
        include: { _count: { select: { members: true } } },
      });
      if (rows.length === 0) return ctx.say('teams-empty');
      const lines = [ctx.t('teams-title')];
      for (const row of rows)
        lines.push(ctx.t('teams-line', { slug: row.slug, commune: row.commune, members: row._count.members }));
      ctx.reply({ kind: 'text', text: lines.join('\n') });
    },
  };

  return [team, teams];
}
