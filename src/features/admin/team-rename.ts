// `/team nom <code> <nom français> | <nom arabe>`: a team named other than after its commune
// (« Équipe pilote du Nord | فريق الشمال »), its names taken as /team add takes a commune's: the
// French one first (the other way round is understood), the Arabic one optional but never alone.
// `/team nom <code> -` names the team after its commune again.
import { communeName } from '../../core/commune.ts';
import type { Context } from '../../core/context.ts';
import type { Db } from '../../persistence/prisma.ts';
import { recordAudit } from './audit.ts';
import {
  arabicNameAlone,
  arabicNameProblem,
  frenchFirst,
  isClearMark,
  longestName,
  splitCommuneNames,
} from './commune-names.ts';
import { findTeamBySlug } from './roster.ts';

export const renamePattern = /^(?:name|nom|rename|renommer|اسم)(?:\s+(\S+))?(?:\s+(.*))?$/iu;

export async function renameTeam(db: Db, ctx: Context, slug: string | undefined, typed: string): Promise<void> {
  if (!slug || !typed.trim()) return ctx.say('team-name-usage');
  const team = await findTeamBySlug(db, slug);
  if (!team) return ctx.say('invite-unknown-team', { slug });
  const typedNames = frenchFirst(splitCommuneNames(typed));
  const [name, nameAr] = isClearMark(typed) ? [team.commune, undefined] : [typedNames.commune, typedNames.communeAr];
  // Only an Arabic name (alone, or after an empty French one: « | فريق الشمال »): the French one is
  // asked for, as /team add asks for a commune's.
  const arabicAlone = arabicNameAlone(name, nameAr);
  if (arabicAlone) return ctx.say('team-name-french-missing', { slug: team.slug, name: arabicAlone });
  if (!name) return ctx.say('team-name-usage');
  if (name.length > longestName) return ctx.say('team-name-too-long', { max: longestName });
  const problem = nameAr === undefined ? null : arabicNameProblem(nameAr);
  if (problem) return ctx.say(`team-name-arabic-${problem}`, { name: nameAr ?? '', slug: team.slug });
  await db.team.update({ where: { id: team.id }, data: { name, nameAr: nameAr ?? null } });
  await recordAudit(db, {
    actorId: ctx.person.id,
    action: 'team.name',
    target: team.id,
    details: { slug: team.slug, name, nameAr: nameAr ?? null, before: { name: team.name, nameAr: team.nameAr } },
  });
  if (nameAr) return ctx.say('team-name-set-both', { slug: team.slug, name, nameAr });
  if (name === team.commune)
    return ctx.say('team-name-commune', { slug: team.slug, commune: communeName(team, ctx.locale) });
  ctx.say('team-name-set', { slug: team.slug, name });
}
