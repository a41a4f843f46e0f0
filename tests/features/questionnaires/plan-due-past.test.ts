// A due date already gone, typed in the one-line form (« /plan edit 1 echeance 01/12/2026 »): the
// guided form refused it, the one-line form saved it with a warning. Both refuse now: the reply names
// the date read and how to give one to come, and the action keeps its due date (or none). French
// and Arabic, real core and database, the clock on Sunday 6 December 2026.
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadQuestionnaires } from '../../../src/features/questionnaires/definitions.ts';
import type { ReplyHandler } from '../../helpers/conversation.ts';
import { createTestDb, type TestDb } from '../../helpers/db.ts';
import { plain, sender, text } from '../../helpers/messages.ts';
import { joinNewTeam, questionnaireConversation } from '../../helpers/questionnaire-team.ts';

const questionnaires = loadQuestionnaires(resolve(import.meta.dirname, '../../fixtures/questionnaires'));

const cases: Record<'fr' | 'ar', { set: string; typed: [string, string, string][] }> = {
  fr: {
    set: '/plan edit 1 echeance 31/01/2027',
    typed: [
      [
        '/plan edit 1 echeance 01/12/2026',
        "Le 01/12/2026 est déjà passé : l'échéance de l'action 1 n'a pas changé.",
        'Donnez une date à venir, par exemple /plan edit 1 echeance 31/12/2026.',
      ],
      [
        '/plan edit 2 échéance hier',
        "Le 05/12/2026 est déjà passé : l'échéance de l'action 2 n'a pas changé.",
        'Donnez une date à venir, par exemple /plan edit 2 echeance 31/12/2026.',
      ],
    ],
  },
  ar: {
    set: '/plan edit 1 الأجل 31/01/2027',
    typed: [
      [
        '/plan edit 1 الأجل ١٥/٠١/٢٠٢٦',
        '15/01/2026 مضى: لم يتغيّر أجل الإجراء 1.',
        'اكتب تاريخًا قادمًا، مثلًا /plan edit 1 الأجل 31/12/2026.',
      ],
      [
        '/plan edit 2 أجل أمس',
        '05/12/2026 مضى: لم يتغيّر أجل الإجراء 2.',
        'اكتب تاريخًا قادمًا، مثلًا /plan edit 2 الأجل 31/12/2026.',
      ],
    ],
  },
};

describe.each(['fr', 'ar'] as const)('a past due date typed in one line, in %s', (locale) => {
  const c = cases[locale];
  let t: TestDb;
  let handle: ReplyHandler;
  const amel = sender({ externalId: `amel-past-${locale}`, displayName: 'Amel' });
  const say = async (line: string) => plain(await handle(text(amel, line)));
  const items = async () =>
    (await t.db.actionItem.findMany({ orderBy: { position: 'asc' } })).map((i) => ({
      due: i.dueDate?.toISOString().slice(0, 10) ?? null,
      byHand: i.dueSetByHand,
    }));

  beforeAll(async () => {
    t = await createTestDb();
    handle = questionnaireConversation(t.db, questionnaires);
    const cohort = await t.db.cohort.create({ data: { name: 'C1' } });
    await joinNewTeam(t.db, handle, amel, { cohortId: cohort.id, slug: `past-${locale}` });
    await say(`/lang ${locale}`);
    await say('/plan add Afficher les horaires');
    await say('/plan add Former les agents');
    await say(c.set);
  });
  afterAll(() => t.cleanup());

  it.each(c.typed)('« %s » is refused and changes nothing', async (line, refused, how) => {
    const before = await items();
    expect(before.map((i) => i.due)).toEqual(['2027-01-31', null]);
    const reply = await say(line);
    expect(reply.split('\n')).toEqual([refused, how]);
    expect(await items()).toEqual(before);
  });
});
