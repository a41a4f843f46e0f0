// A value nobody measured, said as a team says it on a phone: « غير مقاس » as often as « غير مقيس »,
// the feminine of a share, the Tunisian « موش مقيس » or « ما قسناش », « pas encore mesuré » or
// « non calculé »: each is « non mesuré », and the next measure comes, instead of « send a number ».
// Other words without a figure (« ما عندناش », « pas dispo ») are told the ways of answering a
// measure, « non mesuré » first, rather than « a number I cannot read ».
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

const unknown = {
  fr: {
    typed: 'pas dispo',
    told: "« pas dispo » n'est pas un nombre. Envoyez la valeur mesurée en chiffres, « non mesuré » si personne ne l'a mesurée, ou « sans objet ».",
  },
  ar: {
    typed: 'ما عندناش',
    told: '« ما عندناش » ليس رقمًا. أرسل القيمة المقيسة بالأرقام، أو « غير مقيس » إن لم يقسها أحد، أو « لا ينطبق ».',
  },
} as const;

const typed = {
  fr: ['pas encore mesuré', 'Non calculé', 'jamais mesuré'],
  ar: ['غير مقاس', 'غير مقيسة', 'موش مقيس', 'ما قسناش', 'لم نقس'],
} as const;

describe.each(['fr', 'ar'] as const)('a measure nobody took, in %s', (locale: Locale) => {
  it('is « not measured » in the words a team uses; other words say how to answer', async () => {
    const { who } = await enrolInNewTeam(app, { slug: `unmeasured-${locale}`, sender: { externalId: `nm-${locale}` } });
    const say = async (line: string) => plain((await app.handle(text(who, line))).replies);
    await say(`/lang ${locale}`);
    await say('/diagnostic 1');
    await say('Bureau d’ordre');
    await say(pick(service, 'q_service_domain', 'other'));
    for (const line of ['4000', '6', '/skip', '01/12/2026', '/skip']) await say(line);
    const wait = service.byId.get('q_ot_wait_minutes')?.label[locale] ?? '?';
    const next = service.byId.get('q_ot_delivery_days')?.label[locale] ?? '?';
    expect(await say('/status')).toContain(wait);
    const told = await say(unknown[locale].typed);
    expect(told).toContain(unknown[locale].told);
    expect(told).toContain(wait);
    for (const words of typed[locale]) {
      expect(await say(words), words).toContain(next);
      const back = await say('/back');
      expect(back, words).toContain(wait);
      expect(back, words).toContain(locale === 'fr' ? 'Non mesuré' : 'غير مقيس');
    }
  });
});
