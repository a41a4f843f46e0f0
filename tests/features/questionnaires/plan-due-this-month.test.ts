// A due date typed as a part of the month we are in, once that part is gone: « début décembre » on
// 6 December. It was read as next year's 1 December, a year away, said back as if meant. The team
// speaks of now: nothing is recorded, the day is asked with an example (and the form for next
// year), in the words of every due date gone. A part still to come this month (« mi-décembre », « fin décembre ») is this month's.
// Real core, real database, the clock on Sunday 6 December 2026.
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadQuestionnaires } from '../../../src/features/questionnaires/definitions.ts';
import type { ReplyHandler } from '../../helpers/conversation.ts';
import { createTestDb, type TestDb } from '../../helpers/db.ts';
import { plain, sender, text } from '../../helpers/messages.ts';
import { joinNewTeam, questionnaireConversation } from '../../helpers/questionnaire-team.ts';

const questionnaires = loadQuestionnaires(resolve(import.meta.dirname, '../../fixtures/questionnaires'));

let t: TestDb;
let handle: ReplyHandler;
const sami = sender({ externalId: 'sami', displayName: 'Sami' });
const say = async (line: string) => plain(await handle(text(sami, line)));
const due = async () => (await t.db.actionItem.findFirstOrThrow()).dueDate;
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

beforeAll(async () => {
  t = await createTestDb();
  handle = questionnaireConversation(t.db, questionnaires);
  const cohort = await t.db.cohort.create({ data: { name: 'C1' } });
  await joinNewTeam(t.db, handle, sami, { cohortId: cohort.id, slug: 'kef', name: 'Le Kef' });
  await say('/plan add Afficher les horaires au guichet');
  await say('/plan edit 1 echeance fin décembre');
});
afterAll(() => t.cleanup());

describe('in French', () => {
  it('« début décembre » on 6 December records nothing and asks for the day', async () => {
    const reply = await say('/plan edit 1 echeance début décembre');
    expect(reply).toContain(
      "⚠️ « début décembre », c'est le 01/12/2026 : une date déjà passée. Rien n'a changé dans l'action 1.",
    );
    expect(reply).toContain(
      "Donnez une échéance à venir, par exemple /plan edit 1 echeance 31/12/2026, ou « début décembre 2027 » pour l'an prochain.",
    );
    expect(reply).not.toContain('2027.');
    expect(await due()).toEqual(day('2026-12-31'));
  });

  it('the year typed, or a part still to come this month, is recorded', async () => {
    expect(await say('/plan edit 1 echeance début décembre 2027')).toContain('📅 Échéance : 01/12/2027.');
    expect(await due()).toEqual(day('2027-12-01'));
    expect(await say('/plan edit 1 echeance mi-décembre')).toContain('📅 Échéance : 15/12/2026.');
    expect(await due()).toEqual(day('2026-12-15'));
  });
});

describe('in Arabic', () => {
  beforeAll(async () => {
    await say('/lang ar');
  });

  it('« بداية ديسمبر » on 6 December records nothing and asks for the day', async () => {
    const reply = await say('/plan edit 1 الأجل بداية ديسمبر');
    expect(reply).toContain('⚠️ « بداية ديسمبر » يوافق يوم 01/12/2026، وهو يوم قد مضى. لم يتغيّر شيء في الإجراء 1.');
    expect(reply).toContain(
      'اكتب أجلًا قادمًا، مثلًا /plan edit 1 الأجل 31/12/2026، أو « بداية ديسمبر 2027 » للسنة القادمة.',
    );
    expect(await due()).toEqual(day('2026-12-15'));
  });

  it('« أوائل ديسمبر 2027 » and « آخر ديسمبر » are recorded', async () => {
    expect(await say('/plan edit 1 الأجل أوائل ديسمبر 2027')).toContain('📅 الأجل: 01/12/2027.');
    expect(await say('/plan edit 1 الأجل آخر ديسمبر')).toContain('📅 الأجل: 31/12/2026.');
    expect(await due()).toEqual(day('2026-12-31'));
  });
});
