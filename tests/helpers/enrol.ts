import type { App } from '../../src/app.ts';
import type { Locale } from '../../src/core/i18n.ts';
import type { Role } from '../../src/core/identity.ts';
import type { Sender } from '../../src/core/messages.ts';
import { text } from './messages.ts';

/** `who` writes /start, then /lang `lang` if given; gives the id of the person /start made. */
export async function startPerson(app: App, who: Sender, lang?: Locale): Promise<string> {
  await app.handle(text(who, '/start'));
  if (lang) await app.handle(text(who, `/lang ${lang}`));
  const { personId } = await app.db.identity.findUniqueOrThrow({
    where: { channel_externalId: { channel: who.channel, externalId: who.externalId } },
  });
  return personId;
}

export interface Enrolment {
  /** The new team's slug; the sender's id (`sg-<slug>`) and name (`SG <slug>`) default from it. */
  slug: string;
  /** The team's name (default `Équipe <slug>`), commune (default the slug), Arabic commune, cohort (default « Pilote »). */
  team?: { name?: string; commune?: string; communeAr?: string; cohort?: string };
  /** Who writes /start: a Telegram user by default. */
  sender?: Partial<Sender>;
  /** Written right after /start, before the enrolment; none by default. */
  lang?: Locale;
  /** The role given once in the team, `participant` by default; null for none. */
  role?: Role | null;
}

/**
 * Someone writes /start (and /lang, if asked), then is made a member of a new team of the cohort
 * with a role, as a coordinator's invitation would: who they are, their person, the team.
 */
export async function enrolInNewTeam(
  app: App,
  enrolment: Enrolment,
): Promise<{ who: Sender; personId: string; teamId: string }> {
  const { slug, team = {}, role = 'participant' } = enrolment;
  const who: Sender = { channel: 'telegram', externalId: `sg-${slug}`, displayName: `SG ${slug}`, ...enrolment.sender };
  const personId = await startPerson(app, who, enrolment.lang);
  const name = team.cohort ?? 'Pilote';
  const cohort = await app.db.cohort.upsert({ where: { name }, update: {}, create: { name } });
  const { id: teamId } = await app.db.team.create({
    data: {
      slug,
      name: team.name ?? `Équipe ${slug}`,
      commune: team.commune ?? slug,
      communeAr: team.communeAr,
      cohortId: cohort.id,
    },
  });
  await app.db.teamMember.create({ data: { teamId, personId } });
  if (role) await app.db.personRole.create({ data: { personId, role } });
  return { who, personId, teamId };
}
