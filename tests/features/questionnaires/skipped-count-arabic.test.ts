// The questions a team passed with /skip are counted the same way everywhere an Arabic reader sees
// them: the questionnaire list, /status, the progress bar and the review say « واحد متجاوَز » for
// one and the dual « اثنان متجاوَزان » for two (a question, سؤال, is masculine). The list said
// « اثنتان متجاوَزتان » and the review « 2 متجاوَزة » for the same two questions. Real application,
// questionnaire and SQLite database.
import { describe, expect, it } from 'vitest';
import type { App } from '../../../src/app.ts';
import { localDay } from '../../../src/core/time.ts';
import type { Questionnaire } from '../../../src/features/questionnaires/definitions.ts';
import { appForTests } from '../../helpers/app.ts';
import { enrolInNewTeam } from '../../helpers/enrol.ts';
import { plain, text } from '../../helpers/messages.ts';
import { planWalk } from '../../helpers/walk.ts';

let app: App;
let service: Questionnaire;
appForTests((ready, diagnostic) => {
  app = ready;
  service = diagnostic;
});

/** A new Arabic-speaking team walks the whole diagnostic to its review, passing `skips` with /skip. */
async function walkedTeam(slug: string, skips: Record<string, string>) {
  const { who } = await enrolInNewTeam(app, { slug, sender: { externalId: `skip-${slug}` }, lang: 'ar' });
  const say = async (line: string) => plain((await app.handle(text(who, line))).replies);
  await say('/diagnostic 1');
  const today = localDay(new Date(), 'Africa/Tunis');
  let last = '';
  for (const step of planWalk(service, 'ar', today, Infinity, skips)) last = await say(step.line);
  return { say, review: last };
}

describe('skipped questions, counted in Arabic', () => {
  it('two passed read « اثنان متجاوَزان » in the list, /status and the review', async () => {
    // The photo question is passed by the walk itself; the budget is passed too.
    const { say, review } = await walkedTeam('two', { q_annual_budget: '/skip' });
    expect(review).toContain('· اثنان متجاوَزان');
    expect(review).not.toContain('2 متجاوَزة');
    expect(await say('/status')).toContain('، اثنان متجاوَزان');
    await say('/pause');
    const list = await say('/diagnostic');
    expect(list).toContain('، اثنان متجاوَزان');
    expect(list).not.toContain('اثنتان');
  });

  it('one passed reads « واحد متجاوَز » in the list and the review', async () => {
    const { say, review } = await walkedTeam('one', {});
    expect(review).toContain('· واحد متجاوَز');
    await say('/pause');
    const list = await say('/diagnostic');
    expect(list).toContain('، واحد متجاوَز');
    expect(list).not.toContain('واحدة متجاوَزة');
  });
});
