// A delay in days said as it is in Arabic, without a figure: « يومين » (two days), « أسبوع »,
// « أسبوعين »; read back in days as « une semaine » is in French, instead of « not a number ».
// Real application, questionnaire and database, in Arabic and French.
import { describe, expect, it } from 'vitest';
import type { App } from '../../../src/app.ts';
import type { Locale } from '../../../src/core/i18n.ts';
import type { Questionnaire } from '../../../src/features/questionnaires/definitions.ts';
import { appForTests } from '../../helpers/app.ts';
import { enrolInNewTeam } from '../../helpers/enrol.ts';
import { plain, text } from '../../helpers/messages.ts';
import { pick } from '../../helpers/walk.ts';

let app: App;
let service: Questionnaire;
appForTests((ready, diagnostic) => {
  app = ready;
  service = diagnostic;
});

const said = {
  ar: [
    ['يومين', 2],
    ['أسبوع', 7],
    ['أسبوعين', 14],
  ],
  fr: [
    ['une semaine', 7],
    ['deux semaines', 14],
  ],
} as const;

describe.each(['ar', 'fr'] as const)('a delay said in words, in %s', (locale: Locale) => {
  it('is taken in days', async () => {
    const { who, teamId } = await enrolInNewTeam(app, {
      slug: `spans-${locale}`,
      sender: { externalId: `spans-${locale}` },
    });
    const say = async (line: string) => plain((await app.handle(text(who, line))).replies);
    await say(`/lang ${locale}`);
    await say('/diagnostic 1');
    await say('Bureau d’ordre');
    await say(pick(service, 'q_service_domain', 'other'));
    for (const line of ['4000', '6', '/skip', '01/12/2026', '/skip', '12', '1']) await say(line);
    const delay = service.byId.get('q_ot_delivery_days')?.label[locale] ?? '?';
    const source = service.byId.get('q_ot_delivery_days_source')?.label[locale] ?? '?';
    expect(await say('/status')).toContain(delay);
    for (const [words, days] of said[locale]) {
      expect(await say(words), words).toContain(source);
      const saved = await app.db.answer.findFirst({
        where: { questionId: 'q_ot_delivery_days', run: { teamId } },
        orderBy: { seq: 'desc' },
      });
      expect(saved?.value, words).toBe(String(days));
      await say('/back');
    }
  });
});
