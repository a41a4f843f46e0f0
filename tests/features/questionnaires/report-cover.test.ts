// The report's cover names the service, then its domain. A team that names the service by its
// domain (« النظافة ورفع الفضلات », chosen as domain 2 just after) read it twice on one line:
// « المرفق: النظافة ورفع الفضلات — النظافة ورفع الفضلات ». Said once; a name of its own keeps the domain.
import { describe, expect, it } from 'vitest';
import type { App } from '../../../src/app.ts';
import type { Locale } from '../../../src/core/i18n.ts';
import { localDay } from '../../../src/core/time.ts';
import type { Questionnaire } from '../../../src/features/questionnaires/definitions.ts';
import { appForTests } from '../../helpers/app.ts';
import { documentIn, docxText } from '../../helpers/docx.ts';
import { enrolInNewTeam } from '../../helpers/enrol.ts';
import { text } from '../../helpers/messages.ts';
import { pick, planWalk } from '../../helpers/walk.ts';

let app: App;
let q: Questionnaire;
appForTests((made, diagnostic) => ((app = made), (q = diagnostic)));
const today = localDay(new Date(), 'Africa/Tunis');

/** Walks the diagnostic for waste collection with this service name, submits, and reads the report's words. */
async function reportWords(slug: string, locale: Locale, serviceName: string): Promise<string> {
  const { who } = await enrolInNewTeam(app, { slug });
  const say = async (line: string) => (await app.handle(text(who, line))).replies;
  if (locale === 'ar') await say('/lang ar');
  await say('/diagnostic 1');
  const preset = { q_service_name: serviceName, q_service_domain: pick(q, 'q_service_domain', 'waste_cleaning') };
  for (const s of planWalk(q, locale, today, Infinity, preset)) await say(s.line);
  await say('/submit');
  await say('oui');
  return docxText(documentIn(await say('/report')).data);
}

describe('the report names the service once', () => {
  it('Arabic: a service named by its domain is not repeated', async () => {
    const words = await reportWords('monastir', 'ar', 'النظافة ورفع الفضلات');
    expect(words).toMatch(/^المرفق: النظافة ورفع الفضلات$/m);
  });

  it('French: a name of its own is followed by the domain', async () => {
    const words = await reportWords('mahdia', 'fr', 'Collecte des ordures ménagères');
    expect(words).toMatch(/^Service : Collecte des ordures ménagères — Propreté et collecte des déchets$/m);
  });

  it('French: « propreté et collecte des déchets » typed in lower case is the domain, said once', async () => {
    const words = await reportWords('sousse', 'fr', 'propreté et collecte des déchets');
    expect(words).toMatch(/^Service : propreté et collecte des déchets$/m);
  });
});
