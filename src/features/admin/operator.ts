import type { Address } from '../../core/messages.ts';
import type { Db } from '../../persistence/prisma.ts';
import { unnamedOperator } from '../../core/person-name.ts';
import { arabicNameProblem, splitCommuneNames } from './commune-names.ts';

export const operatorAddress: Address = { channel: 'console', externalId: 'operator' };
export const demoTeamSlug = 'demo';

export interface OperatorOptions {
  /** CONSOLE_OPERATOR_NAME; without it the operator has no name of their own (see personName). */
  name?: string | undefined;
  /** The demo team's commune: its French name, or both as in /team add (« Bizerte | بنزرت »). */
  commune: string;
}

/**
 * The console's local operator: a coordinator who is also a participant in a demo team, so a
 * newcomer can try every feature from the terminal. Idempotent; run at each console start.
 */
export async function ensureLocalOperator(db: Db, options: OperatorOptions): Promise<string> {
  const identity = await db.identity.upsert({
    where: { channel_externalId: operatorAddress },
    update: {},
    create: { ...operatorAddress, person: { create: { displayName: options.name ?? unnamedOperator } } },
  });
  const personId = identity.personId;
  // A name set after a start without one: the operator takes it, as anyone added by address does.
  if (options.name)
    await db.person.updateMany({
      where: { id: personId, displayName: unnamedOperator },
      data: { displayName: options.name },
    });
  for (const role of ['coordinator', 'participant']) {
    await db.personRole.upsert({
      where: { personId_role: { personId, role } },
      update: {},
      create: { personId, role },
    });
  }
  const cohort = await db.cohort.upsert({ where: { name: 'Démo' }, update: {}, create: { name: 'Démo' } });
  const { commune, communeAr } = splitCommuneNames(options.commune);
  // An Arabic name not written in Arabic is left out: a coordinator can give it with /team arabe.
  const arabic = communeAr !== undefined && !arabicNameProblem(communeAr) ? communeAr : null;
  // Named after its commune, as a team made in the chat: each reader reads the commune's name in
  // their language (a French « Équipe démo » was read as such in Arabic messages).
  const team = await db.team.upsert({
    where: { slug: demoTeamSlug },
    update: {},
    create: { slug: demoTeamSlug, name: commune, commune, communeAr: arabic, cohortId: cohort.id },
  });
  await db.teamMember.upsert({
    where: { teamId_personId: { teamId: team.id, personId } },
    update: {},
    create: { teamId: team.id, personId },
  });
  return personId;
}
