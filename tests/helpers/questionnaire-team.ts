import type { Sender } from '../../src/core/messages.ts';
import type { Questionnaire } from '../../src/features/questionnaires/definitions.ts';
import { createQuestionnaireFeature } from '../../src/features/questionnaires/index.ts';
import type { Db } from '../../src/persistence/prisma.ts';
import { buildConversation, type ReplyHandler } from './conversation.ts';
import { captureLogger } from './logger.ts';
import { text } from './messages.ts';

/** Sunday 6 December 2026, 11:00 in Tunis: the day the tests of typed dates count from. */
export const sundayInTunis = () => new Date('2026-12-06T10:00:00Z');

/** The questionnaire feature alone behind the real conversation, its clock at `now`. */
export function questionnaireConversation(
  db: Db,
  questionnaires: Questionnaire[],
  now: () => Date = sundayInTunis,
): ReplyHandler {
  const feature = createQuestionnaireFeature({
    db,
    questionnaires,
    timeZone: 'Africa/Tunis',
    now,
    logger: captureLogger().logger,
    onPlanChanged: async () => {},
  });
  return buildConversation(db, [feature]);
}

/**
 * `who` writes /start, then is made a participant member of a new team `slug` of the cohort, as a
 * coordinator's invitation would; gives the team's id.
 */
export async function joinNewTeam(
  db: Db,
  handle: ReplyHandler,
  who: Sender,
  team: { cohortId: string; slug: string; name?: string },
): Promise<string> {
  const { id } = await db.team.create({
    data: { cohortId: team.cohortId, slug: team.slug, name: team.name ?? team.slug, commune: team.name ?? team.slug },
  });
  await handle(text(who, '/start'));
  const { personId } = await db.identity.findUniqueOrThrow({
    where: { channel_externalId: { channel: who.channel, externalId: who.externalId } },
  });
  await db.personRole.create({ data: { personId, role: 'participant' } });
  await db.teamMember.create({ data: { teamId: id, personId } });
  return id;
}
