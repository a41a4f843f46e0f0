// A delay in days typed as people say it. In Arabic without a figure: « يومين » (two days),
// « أسبوع », « أسبوعين »; read back in days as « une semaine » is in French, instead of « not a
// number ». In working days: « 10 jours ouvrables », « 15 jours ouvrés », « 15 يوم عمل », « ١٠ أيام
// عمل » were refused as a number that cannot be read; the number is saved in days as typed (never
// converted to calendar days), and the reply says so.
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

/** A new team's member at the delivery delay (in days), in `locale`: how to speak, and what was saved. */
async function atDeliveryDays(locale: Locale, slug: string) {
  const { who, teamId } = await enrolInNewTeam(app, { slug, sender: { externalId: slug } });
  const say = async (line: string) => plain((await app.handle(text(who, line))).replies);
  await say(`/lang ${locale}`);
  await say('/diagnostic 1');
  await say('Bureau d’ordre');
  await say(pick(service, 'q_service_domain', 'other'));
  for (const line of ['4000', '6', '/skip', '01/12/2026', '/skip', '12', '1']) await say(line);
  const delay = service.byId.get('q_ot_delivery_days')?.label[locale] ?? '?';
  expect(await say('/status')).toContain(delay);
  const saved = async () =>
    (
      await app.db.answer.findFirst({
        where: { questionId: 'q_ot_delivery_days', run: { teamId } },
        orderBy: { seq: 'desc' },
      })
    )?.value;
  // The question after it: the answer was taken.
  const next = service.byId.get('q_ot_delivery_days_source')?.label[locale] ?? '?';
  return { say, saved, next };
}

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
    const { say, saved, next } = await atDeliveryDays(locale, `spans-${locale}`);
    for (const [words, days] of said[locale]) {
      expect(await say(words), words).toContain(next);
      expect(await saved(), words).toBe(String(days));
      await say('/back');
    }
  });
});

const working = {
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
    const { say, saved, next } = await atDeliveryDays(locale, `working-${locale}`);
    for (const [words, days, shown, named] of working[locale]) {
      const reply = await say(words);
      expect(reply, words).toContain(next);
      expect(reply, words).toContain(`« ${words} »`);
      expect(reply, words).toContain(shown);
      expect(reply, words).toContain(named);
      expect(await saved(), words).toBe(String(days));
      await say('/back');
    }
  });
});
