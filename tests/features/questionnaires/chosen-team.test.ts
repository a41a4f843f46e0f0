// A person in two teams (a coordinator who joined their commune's team beside the demo team) picks
// « سوسة » in /diagnostic. /plan and /export answers used to take the first team (the demo one): the
// plan the submit had just filled showed as empty, and the workbook held the demo team's answers.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OutboundMessage } from '../../../src/core/messages.ts';
import { loadQuestionnaires } from '../../../src/features/questionnaires/definitions.ts';
import { createQuestionnaireFeature } from '../../../src/features/questionnaires/index.ts';
import { createReportsFeature } from '../../../src/features/reports/index.ts';
import { buildConversation, type ReplyHandler } from '../../helpers/conversation.ts';
import { projectRoot } from '../../helpers/console.ts';
import { createTestDb, type TestDb } from '../../helpers/db.ts';
import { captureLogger } from '../../helpers/logger.ts';
import { choice, plain, sender, text } from '../../helpers/messages.ts';

const questionnaires = loadQuestionnaires(join(projectRoot, 'knowledge', 'questionnaires'));

describe('the team chosen in /diagnostic is the one /plan and /export answers work on', () => {
  let t: TestDb;
  let handle: ReplyHandler;
  let sousse = '';
  const leila = sender({ externalId: 'leila', displayName: 'Leila' });

  beforeAll(async () => {
    t = await createTestDb();
    const now = () => new Date('2026-12-06T10:00:00Z');
    const common = { db: t.db, questionnaires, timeZone: 'Africa/Tunis' };
    handle = buildConversation(t.db, [
      createQuestionnaireFeature({ ...common, logger: captureLogger().logger, now }),
      createReportsFeature({ ...common, now }),
    ]);
    const cohort = await t.db.cohort.create({ data: { name: 'C1' } });
    const demo = await t.db.team.create({
      data: { cohortId: cohort.id, slug: 'demo', name: 'Commune pilote', commune: 'Commune pilote' },
    });
    sousse = (
      await t.db.team.create({
        data: { cohortId: cohort.id, slug: 'sou', name: 'Sousse', commune: 'Sousse', communeAr: 'سوسة' },
      })
    ).id;
    await handle(text(leila, '/lang ar'));
    const identity = await t.db.identity.findUniqueOrThrow({
      where: { channel_externalId: { channel: leila.channel, externalId: leila.externalId } },
    });
    for (const teamId of [demo.id, sousse])
      await t.db.teamMember.create({ data: { teamId, personId: identity.personId } });
  });
  afterAll(() => t.cleanup());

  it('names each team once in the choice, then keeps the plan and the workbook to « سوسة »', async () => {
    const asked = (await handle(text(leila, '/diagnostic'))).find((r) => r.kind === 'choices');
    if (asked?.kind !== 'choices') throw new Error('no team choice');
    // A team named after its commune: « سوسة », not « سوسة (سوسة) ».
    expect(asked.choices.map((c) => c.label.replace(/[\u200e\u200f]/g, ''))).toEqual(['Commune pilote', 'سوسة']);
    await handle(choice(leila, asked.promptId ?? '', [sousse]));

    expect(plain(await handle(text(leila, '/plan add تعليق الآجال بالشباك')))).toContain('1');
    const items = await t.db.actionItem.findMany();
    expect(items.map((i) => i.teamId)).toEqual([sousse]);
    const plan = plain(await handle(text(leila, '/plan')));
    expect(plan).toContain('سوسة');
    expect(plan).toContain('تعليق الآجال بالشباك');

    const replies: OutboundMessage[] = await handle(text(leila, '/export answers'));
    const doc = replies.find((r) => r.kind === 'document');
    expect(doc?.kind === 'document' && doc.fileName).toMatch(/^jawda-إجابات-سوسة-/);
  });
});
