import type { Address } from '../../core/messages.ts';
import type { Db } from '../../persistence/prisma.ts';
import { arabicNameProblem, splitCommuneNames } from './commune-names.ts';

export const operatorAddress: Address = { channel: 'console', externalId: 'operator' };
export const demoTeamSlug = 'demo';

export interface OperatorOptions {
  name: string;
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
    create: { ...operatorAddress, person: { create: { displayName: options.name } } },
  });
  const personId = identity.personId;
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
  const team = await db.team.upsert({
    where: { slug: demoTeamSlug },
    update: {},
    create: { slug: demoTeamSlug, name: 'Équipe démo', commune, communeAr: arabic, cohortId: cohort.id },
  });
  await db.teamMember.upsert({
    where: { teamId_personId: { teamId: team.id, personId } },
    update: {},
    create: { teamId: team.id, personId },
  });
  return personId;
}
