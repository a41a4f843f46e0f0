// A day number alone at a date question (« 3 », « le 20 », « ٣ »), as people answer « when did the
// diagnostic start? » on a phone: it was « Date non reconnue ». The day it most likely is (this
// month's, or last month's when that day is still to come) is now offered, and nothing is saved
// until the person sends it with its month. Real core, real database, the clock on 6 December 2026.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locale } from '../../../src/core/i18n.ts';
import { defaultQuestionnairesDir, loadQuestionnaires } from '../../../src/features/questionnaires/index.ts';
import type { ReplyHandler } from '../../helpers/conversation.ts';
import { createTestDb, type TestDb } from '../../helpers/db.ts';
import { plain, sender, text } from '../../helpers/messages.ts';
import { joinNewTeam, questionnaireConversation } from '../../helpers/questionnaire-team.ts';
import { planWalk } from '../../helpers/walk.ts';

const questionnaires = loadQuestionnaires(defaultQuestionnairesDir);
const service = questionnaires.find((q) => q.id === 'diagnostic-service');
if (!service) throw new Error('questionnaire missing');

let t: TestDb;
let handle: ReplyHandler;
let cohortId: string;
beforeAll(async () => {
  t = await createTestDb();
  handle = questionnaireConversation(t.db, questionnaires);
  cohortId = (await t.db.cohort.create({ data: { name: 'C1' } })).id;
});
afterAll(() => t.cleanup());

/** A member of a new team, at the question « when did the diagnostic start? ». */
async function atStartDate(slug: string, locale: Locale) {
  const who = sender({ externalId: slug, displayName: slug });
  const teamId = await joinNewTeam(t.db, handle, who, { cohortId, slug });
  const say = async (line: string) => plain(await handle(text(who, line)));
  await say(`/lang ${locale}`);
  await say('/diagnostic 1');
  const steps = planWalk(service as NonNullable<typeof service>, locale, '2026-12-06');
  const at = steps.findIndex((s) => s.questionId === 'q_diagnostic_date');
  for (const s of steps.slice(0, at)) await say(s.line);
  const answered = () => t.db.answer.count({ where: { questionId: 'q_diagnostic_date', run: { teamId } } });
  return { say, answered };
}

describe('a day number alone at a date question', () => {
  it('in French, offers this month’s day, or last month’s for a day still to come', async () => {
    const { say, answered } = await atStartDate('day-fr', 'fr');
    const three = await say('3');
    expect(three).toContain(
      "« 3 » : il manque le mois. Si c'est le 03/12/2026, envoyez-le ainsi ; sinon, le jour avec son mois et son année.",
    );
    expect(three).not.toContain('Date non reconnue');
    expect(await say('le 20')).toContain("« le 20 » : il manque le mois. Si c'est le 20/11/2026");
    expect(await say('45')).toContain('Date non reconnue');
    expect(await answered()).toBe(0);
    expect(await say('03/12/2026')).not.toContain('il manque le mois');
    expect(await answered()).toBe(1);
  });

  it('in Arabic, with Arabic-Indic digits too', async () => {
    const { say, answered } = await atStartDate('day-ar', 'ar');
    expect(await say('٣')).toContain(
      '« ٣ »: ينقص الشهر. إن كان المقصود 03/12/2026 فأرسله هكذا، وإلا فاذكر اليوم مع الشهر والسنة.',
    );
    expect(await say('يوم 20')).toContain('إن كان المقصود 20/11/2026');
    expect(await answered()).toBe(0);
  });
});
