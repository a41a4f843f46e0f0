// A delay typed in working days at a question in days: « 10 jours ouvrables », « 15 jours
// ouvrés », « 15 يوم عمل », « ١٠ أيام عمل » were refused as a number that cannot be read. The
// number is saved in days as typed (never converted to calendar days), and the reply says so.
// Real application, questionnaire and database, in French and Arabic.
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

const typed = {
  fr: [
    ['10 jours ouvrables', 10, '10 jours', 'jours ouvrables'],
    ['15 jours ouvrés', 15, '15 jours', 'jours ouvrables'],
  ],
  ar: [
    ['15 يوم عمل', 15, '15 يومًا', 'أيام العمل'],
    ['١٠ أيام عمل', 10, '10 أيام', 'أيام العمل'],
  ],
} as const;

describe.each(['fr', 'ar'] as const)('a delay in working days, in %s', (locale: Locale) => {
  it('is saved as that number of days, and the reply says working days were read as days', async () => {
    const { who, teamId } = await enrolInNewTeam(app, {
      slug: `working-${locale}`,
      sender: { externalId: `working-${locale}` },
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
    for (const [words, days, shown, named] of typed[locale]) {
      const reply = await say(words);
      expect(reply, words).toContain(source);
      expect(reply, words).toContain(`« ${words} »`);
      expect(reply, words).toContain(shown);
      expect(reply, words).toContain(named);
      const saved = await app.db.answer.findFirst({
        where: { questionId: 'q_ot_delivery_days', run: { teamId } },
        orderBy: { seq: 'desc' },
      });
      expect(saved?.value, words).toBe(String(days));
      await say('/back');
    }
  });
});
