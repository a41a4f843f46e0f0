// A due date as a team says it on a phone: a count in words (« dans deux semaines », « dans quinze
// jours », « بعد ثلاثة أسابيع », « بعد عشرة أيام »), within a span (« خلال أسبوعين », « sous 15 jours »),
// in Tunisian weeks (« بعد جمعتين »), and this month's or this year's end (« fin du mois », « آخر
// الشهر », « آخر الشهر الجاي », « fin d'année »), and a day alone (« le 20 », « يوم 20 »). These were
// refused as « Date non reconnue ». Each is the day said back, the saved date kept when a text names
// no day. Clock: Sunday 6 December 2026.
// Real core, real database, in French and Arabic.
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sender } from '../../../src/core/messages.ts';
import { loadQuestionnaires } from '../../../src/features/questionnaires/definitions.ts';
import type { ReplyHandler } from '../../helpers/conversation.ts';
import { createTestDb, type TestDb } from '../../helpers/db.ts';
import { plain, sender, text } from '../../helpers/messages.ts';
import { joinNewTeam, questionnaireConversation } from '../../helpers/questionnaire-team.ts';

const questionnaires = loadQuestionnaires(resolve(import.meta.dirname, '../../fixtures/questionnaires'));

let t: TestDb;
let handle: ReplyHandler;
const amel = sender({ externalId: 'amel', displayName: 'Amel' });
const sami = sender({ externalId: 'sami', displayName: 'Sami' });
const say = async (who: Sender, line: string) => plain(await handle(text(who, line)));
const teams = new Map<Sender, string>();
const dueOf = async (who: Sender) =>
  (await t.db.actionItem.findFirstOrThrow({ where: { teamId: teams.get(who) ?? '' } })).dueDate;

beforeAll(async () => {
  t = await createTestDb();
  handle = questionnaireConversation(t.db, questionnaires);
  const cohort = await t.db.cohort.create({ data: { name: 'C1' } });
  teams.set(amel, await joinNewTeam(t.db, handle, amel, { cohortId: cohort.id, slug: 'beja', name: 'Béja' }));
  teams.set(sami, await joinNewTeam(t.db, handle, sami, { cohortId: cohort.id, slug: 'sfax', name: 'Sfax' }));
  await say(sami, '/lang ar');
  for (const who of [amel, sami]) await say(who, '/plan add Afficher les horaires');
});
afterAll(() => t.cleanup());

describe('in French', () => {
  it.each([
    // A day alone: this month's while ahead (today included), else next month's.
    ['le 20', '20/12/2026'],
    ['6', '06/12/2026'],
    ['le 3', '03/01/2027'],
    ['fin juin', '30/06/2027'],
    ['dans deux semaines', '20/12/2026'],
    ['dans quinze jours', '21/12/2026'],
    ['d’ici trois semaines', '27/12/2026'],
    ['sous 15 jours', '21/12/2026'],
    ['dans trois mois', '06/03/2027'],
    ['fin du mois', '31/12/2026'],
    ['fin de mois', '31/12/2026'],
    ['début du mois prochain', '01/01/2027'],
    ['fin du mois prochain', '31/01/2027'],
    ["fin d'année", '31/12/2026'],
    ["fin de l'année prochaine", '31/12/2027'],
  ])('« echeance %s » is the %s', async (typed, date) => {
    const reply = await say(amel, `/plan edit 1 echeance ${typed}`);
    expect(reply).toContain(`📅 Échéance : ${date}.`);
    const [d, m, y] = date.split('/');
    expect(await dueOf(amel)).toEqual(new Date(`${y}-${m}-${d}T00:00:00Z`));
  });

  it('« fin du mois » is said back as the month’s last day', async () => {
    expect(await say(amel, '/plan edit 1 echeance fin du mois')).toContain(
      '« fin du mois » : le dernier jour du mois.',
    );
  });

  it('a count that names no day is still refused, the saved date kept', async () => {
    expect(await say(amel, '/plan edit 1 echeance dans plusieurs semaines')).toContain('Date non reconnue');
    expect(await dueOf(amel)).toEqual(new Date('2026-12-31T00:00:00Z'));
  });
});

describe('in Arabic', () => {
  it.each([
    ['يوم 20', '20/12/2026'],
    ['يوم 3', '03/01/2027'],
    ['نهاية جوان', '30/06/2027'],
    ['بعد ثلاثة أسابيع', '27/12/2026'],
    ['بعد عشرة أيام', '16/12/2026'],
    ['خلال أسبوعين', '20/12/2026'],
    ['بعد جمعتين', '20/12/2026'],
    ['في ظرف شهر', '06/01/2027'],
    ['آخر الشهر', '31/12/2026'],
    ['نهاية الشهر', '31/12/2026'],
    ['آخر الشهر الجاي', '31/01/2027'],
    ['بداية الشهر القادم', '01/01/2027'],
    ['آخر العام', '31/12/2026'],
    ['نهاية السنة', '31/12/2026'],
  ])('« أجل %s » is the %s', async (typed, date) => {
    const reply = await say(sami, `/plan edit 1 أجل ${typed}`);
    expect(reply).toContain(`📅 الأجل: ${date}.`);
    const [d, m, y] = date.split('/');
    expect(await dueOf(sami)).toEqual(new Date(`${y}-${m}-${d}T00:00:00Z`));
  });

  it('« آخر الشهر » is said back as the month’s last day', async () => {
    expect(await say(sami, '/plan edit 1 أجل آخر الشهر')).toContain('« آخر الشهر »: آخر يوم في الشهر.');
  });

  it('a count that names no day is still refused, the saved date kept', async () => {
    expect(await say(sami, '/plan edit 1 أجل بعد عدة أسابيع')).toContain('تاريخ غير مفهوم');
    expect(await dueOf(sami)).toEqual(new Date('2026-12-31T00:00:00Z'));
  });
});
