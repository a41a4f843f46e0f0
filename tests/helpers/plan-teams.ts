import { resolve } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { InboundMessage, OutboundMessage, Sender } from '../../src/core/messages.ts';
import type { ActionItem } from '../../src/generated/prisma/client.ts';
import { loadQuestionnaires } from '../../src/features/questionnaires/definitions.ts';
import type { Db } from '../../src/persistence/prisma.ts';
import type { ReplyHandler } from './conversation.ts';
import { createTestDb, type TestDb } from './db.ts';
import { sender, text } from './messages.ts';
import { joinNewTeam, questionnaireConversation } from './questionnaire-team.ts';

export interface TwoPlanTeams {
  /** Amel, of the Béja team, in French; Sami, of the Sfax team, in Arabic, and his teammate Mounir. */
  amel: Sender;
  sami: Sender;
  mate: Sender;
  /** The teams' ids, once made. */
  teams: { amel: string; sami: string };
  db: Db;
  handle: (message: InboundMessage) => Promise<OutboundMessage[]>;
  /** A team's plan actions, in the plan's order. */
  actions: (teamId: string) => Promise<ActionItem[]>;
  /** Their titles. */
  titles: (teamId: string) => Promise<string[]>;
}

/**
 * Two teams of one cohort, each with two plan actions (« Afficher les horaires », « Former les
 * agents »), on a database of their own made before the file's tests and dropped after them; `tag`
 * keeps the people and teams of one file apart from another's.
 */
export function useTwoPlanTeams(tag: string): TwoPlanTeams {
  const questionnaires = loadQuestionnaires(resolve(import.meta.dirname, '../fixtures/questionnaires'));
  const amel = sender({ externalId: `amel-${tag}`, displayName: 'Amel' });
  const sami = sender({ externalId: `sami-${tag}`, displayName: 'Sami' });
  const mate = sender({ externalId: `mate-${tag}`, displayName: 'Mounir' });
  const teams = { amel: '', sami: '' };
  let t: TestDb | undefined;
  let handler: ReplyHandler | undefined;
  const made = () => {
    if (!t || !handler) throw new Error('the teams are made before the tests');
    return { db: t.db, handle: handler };
  };

  beforeAll(async () => {
    t = await createTestDb();
    const handle = questionnaireConversation(t.db, questionnaires);
    handler = handle;
    const cohort = await t.db.cohort.create({ data: { name: 'C1' } });
    teams.amel = await joinNewTeam(t.db, handle, amel, { cohortId: cohort.id, slug: `beja-${tag}`, name: 'Béja' });
    teams.sami = await joinNewTeam(t.db, handle, sami, { cohortId: cohort.id, slug: `sfax-${tag}`, name: 'Sfax' });
    await handle(text(mate, '/start'));
    const mateId = (await t.db.identity.findFirstOrThrow({ where: { externalId: mate.externalId } })).personId;
    await t.db.teamMember.create({ data: { teamId: teams.sami, personId: mateId } });
    await handle(text(sami, '/lang ar'));
    for (const title of ['Afficher les horaires', 'Former les agents']) {
      await handle(text(amel, `/plan add ${title}`));
      await handle(text(sami, `/plan add ${title}`));
    }
  });
  afterAll(() => t?.cleanup());
  const actions = (teamId: string) =>
    made().db.actionItem.findMany({ where: { teamId }, orderBy: [{ createdAt: 'asc' }, { position: 'asc' }] });

  return {
    amel,
    sami,
    mate,
    teams,
    get db() {
      return made().db;
    },
    handle: (message) => made().handle(message),
    actions,
    titles: async (teamId) => (await actions(teamId)).map((i) => i.title),
  };
}
