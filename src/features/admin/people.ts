import { listSeparator } from '../../core/i18n.ts';
import type { Command } from '../../core/router.ts';
import type { Db } from '../../persistence/prisma.ts';
import { findTeamBySlug } from './roster.ts';
import { personNameBesideAddress } from '../../core/person-name.ts';

export function createPeopleCommands(db: Db): Command[] {
  const people: Command = {
    name: 'people',
    aliases: ['personnes', 'أشخاص'],
    access: 'coordinator',
    help: 'cmd-people',
    run: async (ctx, args) => {
      const team = args.trim() ? await findTeamBySlug(db, args) : null;
      if (args.trim() && !team) return ctx.say('invite-unknown-team', { slug: args.trim() });
      const rows = await db.person.findMany({
        where: team
          ? { teams: { some: { teamId: team.id } } }
          : { OR: [{ roles: { some: {} } }, { teams: { some: {} } }] },
        include: { roles: true, teams: { include: { team: true } }, identities: true },
        orderBy: { displayName: 'asc' },
      });
      // A team without members yet is not « nobody enrolled »: its invitation is the next step.
      if (rows.length === 0 && team) return ctx.say('people-team-empty', { slug: team.slug });
      if (rows.length === 0) return ctx.say('people-empty');
      const lines = [ctx.t('people-title', { count: rows.length })];
      for (const row of rows) {
        lines.push(
          ctx.t('people-line', {
            name: personNameBesideAddress(row.displayName, ctx),
            roles: row.roles.map((r) => ctx.t(`roles-${r.role}`)).join(listSeparator(ctx.locale)) || '—',
            teams: row.teams.map((m) => m.team.slug).join(', ') || '—',
            channels: row.identities.map((i) => `${i.channel}:${i.externalId}`).join(', '),
          }),
        );
      }
      ctx.reply({ kind: 'text', text: lines.join('\n') });
    },
  };

  return [people];
}
