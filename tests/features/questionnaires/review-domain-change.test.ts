// Another service domain picked in the review (a « 9 » for a « 3 » on a phone) opens that domain's
// measures: they come now, said in a line, instead of the review with « 9 obligatoires à
// compléter » and no way to tell where. Picking the first domain again gives its measures back and
// returns to the review. Real application, questionnaire and database, in French and Arabic.
import { describe, expect, it } from 'vitest';
import type { App } from '../../../src/app.ts';
import type { Locale } from '../../../src/core/i18n.ts';
import { localDay } from '../../../src/core/time.ts';
import type { Questionnaire } from '../../../src/features/questionnaires/definitions.ts';
import { appForTests } from '../../helpers/app.ts';
import { enrolInNewTeam } from '../../helpers/enrol.ts';
import { plain, text } from '../../helpers/messages.ts';
import { pick, planWalk } from '../../helpers/walk.ts';

let app: App;
let service: Questionnaire;
appForTests((ready, diagnostic) => {
  app = ready;
  service = diagnostic;
});

const words = {
  fr: { opened: 'Ce changement ouvre de nouvelles questions : voici la première.', review: 'Revue — page 1/' },
  ar: { opened: 'هذا التعديل يفتح أسئلة جديدة: إليك أوّلها.', review: 'مراجعة — الصفحة 1/' },
} as const;

describe.each(['fr', 'ar'] as const)('another domain picked in the review, in %s', (locale: Locale) => {
  const w = words[locale];

  it('goes on to its measures, and back to the review once the first domain is picked again', async () => {
    const { who } = await enrolInNewTeam(app, { slug: `domain-${locale}`, sender: { externalId: `domain-${locale}` } });
    const say = async (line: string) => plain((await app.handle(text(who, line))).replies);
    await say(`/lang ${locale}`);
    await say('/diagnostic 1');
    const preset = { q_service_domain: pick(service, 'q_service_domain', 'building_permits') };
    let shown = '';
    for (const s of planWalk(service, locale, localDay(new Date(), 'Africa/Tunis'), Infinity, preset))
      shown = await say(s.line);
    expect(shown).toContain(w.review);

    await say('2');
    const changed = await say(pick(service, 'q_service_domain', 'other'));
    expect(changed).toContain(w.opened);
    expect(changed).toContain(service.byId.get('q_ot_wait_minutes')?.label[locale]);
    expect(changed).not.toContain(w.review);

    await say('/review');
    await say('2');
    const back = await say(pick(service, 'q_service_domain', 'building_permits'));
    expect(back).not.toContain(w.opened);
    expect(back).toContain(w.review);
  });
});
