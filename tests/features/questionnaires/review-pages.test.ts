// After changing an answer from the review, the bot returns to the page that shows it, even when
// long authors' names change where pages break (the real application and questionnaire).
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../../src/app.ts';
import { createConfig } from '../../../src/config.ts';
import { localDay } from '../../../src/core/time.ts';
import type { Questionnaire } from '../../../src/features/questionnaires/definitions.ts';
import { completion } from '../../../src/features/questionnaires/completion.ts';
import { createQuestionnaireRepository } from '../../../src/features/questionnaires/repository.ts';
import { freshDatabase, type FreshDatabase } from '../../helpers/db.ts';
import { enrolInNewTeam } from '../../helpers/enrol.ts';
import { plain, text } from '../../helpers/messages.ts';
import { planWalk } from '../../helpers/walk.ts';

let app: App;
let fresh: FreshDatabase;
const at = new Date();
const today = localDay(at, 'Africa/Tunis');

beforeAll(async () => {
  fresh = await freshDatabase();
  app = await createApp(createConfig({ DATABASE_URL: fresh.url, LOG_LEVEL: 'silent' }), pino({ level: 'silent' }), {
    now: () => at,
  });
});
afterAll(async () => {
  await app.close();
  await fresh.drop();
});

/** Question numbers on a review page, and the page shown ("page 3/7"). */
const numbersOf = (page: string) => [...page.matchAll(/^(\d+)\. /gm)].map((m) => Number(m[1]));
const pageOf = (page: string) => /page (\d+)\/(\d+)/.exec(page)?.slice(1).map(Number) ?? [];

/** A new team with one member; what that member says, and the bot's replies as text. */
async function enrol(slug: string, displayName: string) {
  const { who, teamId } = await enrolInNewTeam(app, { slug, sender: { displayName }, team: { commune: 'Sfax' } });
  const say = async (line: string) => plain((await app.handle(text(who, line))).replies);
  return Object.assign(say, { teamId });
}

describe('the review after an edit', () => {
  it('returns to the page that shows the edited question, with a long author name', async () => {
    const q = app.questionnaires[0] as Questionnaire;
    const say = await enrol('long', 'Mohamed Ali Ben Abdelkader El Mansouri Trabelsi Bouazizi');
    await say('/diagnostic 1');
    const walk = planWalk(q, 'fr', today);
    for (const s of walk) await say(s.line);
    const lineFor = new Map(walk.map((s) => [s.questionId, s.line]));
    const run = await app.db.questionnaireRun.findFirstOrThrow({ where: { teamId: say.teamId } });
    const repo = createQuestionnaireRepository(app.db);

    const [, pages = 0] = pageOf(await say('/review'));
    expect(pages).toBeGreaterThan(2);
    for (let n = 1; n <= pages; n++) {
      let shown = await say('/review');
      for (let k = 1; k < n; k++) shown = await say('+');
      expect(pageOf(shown)[0]).toBe(n);
      // The last question of the page: the one a wrong page break moves to the next page.
      const last = numbersOf(shown).at(-1) as number;
      const { answers } = (await repo.load(run.id)) ?? { answers: new Map() };
      const question = completion(q, answers, today).listed[last - 1];
      if (!question) throw new Error(`no question ${last}`);
      await say(String(last));
      const back = await say(lineFor.get(question.id) ?? '/skip');
      expect(pageOf(back)[0], `question ${last} edited from page ${n}`).toBe(n);
      expect(numbersOf(back)).toContain(last);
    }
  });

  it('from the review mid-way, answering an open question carries on, and /diagnostic resumes at the first open one', async () => {
    const q = app.questionnaires[0] as Questionnaire;
    const say = await enrol('midway', 'Amel');
    const repo = createQuestionnaireRepository(app.db);
    await say('/diagnostic 1');
    const full = planWalk(q, 'fr', today);
    const lineFor = new Map(full.map((s) => [s.questionId, s.line]));
    for (const s of full.slice(0, 30)) await say(s.line);
    const run = await app.db.questionnaireRun.findFirstOrThrow({ where: { teamId: say.teamId } });
    const openQuestions = async () => {
      const { answers } = (await repo.load(run.id)) ?? { answers: new Map() };
      const { order } = completion(q, answers, today);
      return order.flatMap((x, i) => (answers.has(x.id) ? [] : [{ question: x, number: i + 1 }]));
    };

    // Resuming from the review goes to the first open question, not back to the review.
    expect(await say('/review')).toContain('Revue — page');
    const [first] = await openQuestions();
    if (!first) throw new Error('open questions expected');
    const resumed = await say('/diagnostic 1');
    expect(resumed).not.toContain('Revue — page');
    expect(resumed).toContain(first.question.label.fr);

    // Picking an open question from the review: once answered, on to the next open one.
    await say('/review');
    const [, pick, next] = await openQuestions();
    if (!pick || !next) throw new Error('open questions expected');
    expect(await say(String(pick.number))).toContain(pick.question.label.fr);
    const after = await say(lineFor.get(pick.question.id) ?? '/skip');
    expect(after).not.toContain('Revue — page');
    expect(after).toContain(next.question.label.fr);
  });
});
