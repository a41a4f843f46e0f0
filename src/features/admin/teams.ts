import type { Context } from '../../core/context.ts';
import type { Command } from '../../core/router.ts';
import type { Db } from '../../persistence/prisma.ts';
import { recordAudit } from './audit.ts';
import { arabicNameAlone, arabicNameProblem, frenchFirst, isClearMark, splitCommuneNames } from './commune-names.ts';
import { findTeamBySlug } from './roster.ts';
import { renamePattern, renameTeam } from './team-rename.ts';

/** Teams created from the chat join this cohort (the demo team keeps its own). */
export const defaultCohortName = 'Module qualité';
const slugPattern = /^[a-z0-9][a-z0-9-]{1,30}$/;
const addPattern = /^(?:add|ajouter|أضف)\s+(\S+)\s+(.+)$/iu;
/** `/team arabe <slug> <name>`: gives or changes the Arabic name of a team's commune; `-` clears it. */
const arabicPattern = /^(?:arabic|arabe|عربي|بالعربية)(?:\s+(\S+))?(?:\s+(.*))?$/iu;

async function addTeam(db: Db, ctx: Context, rawSlug: string, names: string): Promise<void> {
  const slug = rawSlug.toLowerCase();
  const { commune, communeAr } = frenchFirst(splitCommuneNames(names));
  if (!commune && !communeAr) return ctx.say('team-usage');
  if (!slugPattern.test(slug)) return ctx.say('team-slug-invalid', { slug });
  // Only an Arabic name (alone, or after an empty French one: « | باجة »): the French one is asked
  // for (there is no command to give it later).
  const arabicAlone = arabicNameAlone(commune, communeAr);
  if (arabicAlone) return ctx.say('team-french-missing', { slug, name: arabicAlone });
  if (!commune) return ctx.say('team-usage');
  const problem = communeAr === undefined ? null : arabicNameProblem(communeAr);
  if (problem) return ctx.say(`team-arabic-${problem}`, { name: communeAr ?? '' });
  if (await db.team.findUnique({ where: { slug } })) return ctx.say('team-exists', { slug });
  const cohort = await db.cohort.upsert({
    where: { name: defaultCohortName },
    update: {},
    create: { name: defaultCohortName },
  });
  const created = await db.team.create({
    data: { slug, name: commune, commune, communeAr: communeAr ?? null, cohortId: cohort.id },
  });
  await recordAudit(db, {
    actorId: ctx.person.id,
    action: 'team.add',
    target: created.id,
    details: { slug, commune, ...(communeAr ? { communeAr } : {}) },
  });
  if (communeAr) return ctx.say('team-added-both', { slug, commune, communeAr });
  ctx.say('team-added', { slug, commune });
}

async function setArabicName(db: Db, ctx: Context, slug: string | undefined, name: string): Promise<void> {
  if (!slug) return ctx.say('team-arabic-usage');
  const team = await findTeamBySlug(db, slug);
  if (!team) return ctx.say('invite-unknown-team', { slug });
  const typed = name.trim();
  // A lone dash, not an empty name: a command cut short must not erase a name given before.
  const clearing = isClearMark(typed);
  if (clearing && !team.communeAr) return ctx.say('team-arabic-none', { slug: team.slug, commune: team.commune });
  const problem = clearing ? null : arabicNameProblem(typed);
  if (problem) return ctx.say(`team-arabic-${problem}`, { name: typed });
  const communeAr = clearing ? null : typed;
  await db.team.update({ where: { id: team.id }, data: { communeAr } });
  await recordAudit(db, {
    actorId: ctx.person.id,
    action: 'team.arabic',
    target: team.id,
    details: { slug: team.slug, communeAr, before: team.communeAr },
  });
  if (communeAr === null)
    return ctx.say('team-arabic-cleared', { slug: team.slug, commune: team.commune, before: team.communeAr ?? '' });
  ctx.say('team-arabic-set', { slug: team.slug, commune: team.commune, communeAr });
}

export function createTeamCommands(db: Db): Command[] {
  const team: Command = {
    name: 'team',
    aliases: ['equipe', 'فريق'],
    access: 'coordinator',
    help: 'cmd-team',
    run: async (ctx, args) => {
      const add = addPattern.exec(args.trim());
      if (add) return addTeam(db, ctx, add[1] ?? '', add[2] ?? '');
      const arabic = arabicPattern.exec(args.trim());
      if (arabic) return setArabicName(db, ctx, arabic[1], arabic[2] ?? '');
      const rename = renamePattern.exec(args.trim());
      if (rename) return renameTeam(db, ctx, rename[1], rename[2] ?? '');
      ctx.say('team-usage');
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
      const ownName = (row: (typeof rows)[number]) => row.name !== row.commune;
      for (const row of rows) {
        const commune = row.communeAr
          ? ctx.t('teams-communes', { commune: row.commune, communeAr: row.communeAr })
          : row.commune;
        // A team named other than after its commune: its names first, then its commune's.
        const team = row.nameAr ? ctx.t('teams-names', { name: row.name, nameAr: row.nameAr }) : row.name;
        const named = ownName(row) || row.nameAr ? ctx.t('teams-named', { team, commune }) : commune;
        lines.push(ctx.t('teams-line', { slug: row.slug, commune: named, members: row._count.members }));
      }
      const hints = [
        ...(rows.some((row) => !row.communeAr) ? [ctx.t('teams-arabic-hint')] : []),
        ...(rows.some((row) => ownName(row) && !row.nameAr) ? [ctx.t('teams-name-hint')] : []),
      ];
      if (hints.length > 0) lines.push('', ...hints);
      ctx.reply({ kind: 'text', text: lines.join('\n') });
    },
  };

  return [team, teams];
}
