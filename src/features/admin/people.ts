import type { Context } from '../../core/context.ts';
import type { Command } from '../../core/router.ts';
import { foldText } from '../../core/text.ts';
import type { Db } from '../../persistence/prisma.ts';
import { recordAudit } from './audit.ts';
import { grantRole, parseAddress, personForAddress } from './bootstrap.ts';
import { findTeamBySlug } from './roster.ts';

/** "telegram:123" (created if needed) or a display name (exactly one match) → person id. */
async function findPerson(db: Db, ctx: Context, query: string): Promise<string | null> {
  const address = parseAddress(query);
  if (address) return personForAddress(db, address);
  const wanted = foldText(query);
  const people = await db.person.findMany({ select: { id: true, displayName: true } });
  const matches = people.filter((p) => foldText(p.displayName) === wanted);
  if (matches.length === 1) return matches[0]?.id ?? null;
  ctx.say(matches.length === 0 ? 'promote-not-found' : 'promote-ambiguous', { name: query });
  return null;
}

export function createPeopleCommands(db: Db): Command[] {
  const promote: Command = {
    name: 'promote',
    aliases: ['promouvoir', 'ترقية'],
    access: 'coordinator',
    help: 'cmd-promote',
    run: async (ctx, args) => {
      if (!args.trim()) return ctx.say('promote-usage');
      const personId = await findPerson(db, ctx, args.trim());
      if (!personId) return;
      const person = await db.person.findUniqueOrThrow({ where: { id: personId } });
      if (!(await grantRole(db, personId, 'coordinator')))
        return ctx.say('promote-already', { name: person.displayName });
      await recordAudit(db, {
        actorId: ctx.person.id,
        action: 'role.promote',
        target: personId,
        details: { role: 'coordinator' },
      });
      ctx.say('promote-done', { name: person.displayName });
    },
  };

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
      if (rows.length === 0) return ctx.say('people-empty');
      const lines = [ctx.t('people-title', { count: rows.length })];
      for (const row of rows) {
        lines.push(
          ctx.t('people-line', {
            name: row.displayName,
            roles: row.roles.map((r) => ctx.t(`roles-${r.role}`)).join(', ') || '—',
            teams: row.teams.map((m) => m.team.slug).join(', ') || '—',
            channels: row.identities.map((i) => i.channel).join(', '),
          }),
        );
      }
      ctx.reply({ kind: 'text', text: lines.join('\n') });
    },
  };

  return [promote, people];
}
