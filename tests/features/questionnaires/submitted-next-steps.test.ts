// A teammate submits the diagnostic while the other is still on a question, or asked to confirm:
// what the other types next says who submitted it, and where its results and plan are (/results,
// /plan), instead of leaving them at a closed questionnaire. Real application, questionnaire and
// database, in French and Arabic.
import { describe, expect, it } from 'vitest';
import type { App } from '../../../src/app.ts';
import type { Locale } from '../../../src/core/i18n.ts';
import { localDay } from '../../../src/core/time.ts';
import type { Questionnaire } from '../../../src/features/questionnaires/definitions.ts';
import { appForTests } from '../../helpers/app.ts';
import { teamWithMate } from '../../helpers/plan-team.ts';
import { planWalk } from '../../helpers/walk.ts';

let app: App;
let service: Questionnaire;
appForTests((ready, diagnostic) => {
  app = ready;
  service = diagnostic;
});

const words = {
  fr: {
    yes: 'oui',
    readOnly: 'Ce questionnaire a été soumis par SG',
    race: "Ce questionnaire vient d'être soumis par SG",
    next: 'Les résultats : /results · le plan : /plan',
  },
  ar: {
    yes: 'نعم',
    readOnly: 'قدّم SG',
    race: 'قُدِّم هذا الاستبيان للتوّ من قِبَل SG',
    next: 'النتائج: /results · الخطة: /plan',
  },
} as const;

describe.each(['fr', 'ar'] as const)('a diagnostic submitted by a teammate meanwhile, in %s', (locale: Locale) => {
  const w = words[locale];

  async function submittedUnder(
    slug: string,
    mateBefore: (mateSays: (line: string) => Promise<string>) => Promise<void>,
  ) {
    const team = await teamWithMate(app, slug, locale);
    await team.say('/diagnostic 1');
    for (const s of planWalk(service, locale, localDay(new Date(), 'Africa/Tunis'))) await team.say(s.line);
    await team.mateSays('/diagnostic 1');
    await mateBefore(team.mateSays);
    await team.say('/submit');
    await team.say(w.yes);
    return team;
  }

  it('says where the results and the plan are to the one still on a question', async () => {
    const { mateSays } = await submittedUnder(`meanwhile-q-${locale}`, async (mateSays) => {
      await mateSays('/review');
      await mateSays('1');
    });
    const reply = await mateSays('Service des permis');
    expect(reply).toContain(w.readOnly);
    expect(reply).toContain(w.next);
  });

  it('says where the results and the plan are to the one asked to confirm', async () => {
    const { mateSays } = await submittedUnder(`meanwhile-c-${locale}`, async (mateSays) => {
      await mateSays('/submit');
    });
    const reply = await mateSays(w.yes);
    expect(reply).toContain(w.race);
    expect(reply).toContain(w.next);
  });
});
