// A report's file name is in its reader's language: an Arabic reader received
// « jawda-rapport-باجة-….docx » and « jawda-compte-rendu-mission-باجة-….docx », French words
// beside the commune's Arabic name. Letters, digits and hyphens only, as Telegram and WhatsApp send them.
import { describe, expect, it } from 'vitest';
import type { App } from '../../../src/app.ts';
import type { Locale } from '../../../src/core/i18n.ts';
import { localDay } from '../../../src/core/time.ts';
import type { Questionnaire } from '../../../src/features/questionnaires/definitions.ts';
import { appForTests } from '../../helpers/app.ts';
import { enrolInNewTeam } from '../../helpers/enrol.ts';
import { text } from '../../helpers/messages.ts';
import { planWalk } from '../../helpers/walk.ts';

let app: App;
let q: Questionnaire;
appForTests((made, diagnostic) => ((app = made), (q = diagnostic)));
const today = localDay(new Date(), 'Africa/Tunis');

/** A team of Béja (باجة) walks and submits the diagnostic and a mission report; the names of both reports. */
async function reportNames(slug: string, locale: Locale): Promise<string[]> {
  const { who } = await enrolInNewTeam(app, { slug, team: { name: 'Béja', commune: 'Béja', communeAr: 'باجة' } });
  const say = async (line: string) => (await app.handle(text(who, line))).replies;
  if (locale === 'ar') await say('/lang ar');
  const mission = app.questionnaires.find((x) => x.id === 'compte-rendu-mission');
  if (!mission) throw new Error('no mission report');
  for (const walked of [q, mission]) {
    await say(`/diagnostic ${app.questionnaires.indexOf(walked) + 1}`);
    for (const s of planWalk(walked, locale, today)) await say(s.line);
    await say('/submit');
    await say('oui');
  }
  const names: string[] = [];
  for (const line of ['/report', '/report mission']) {
    const [doc] = (await say(line)).filter((r) => r.kind === 'document');
    if (doc?.kind !== 'document') throw new Error(`no document for ${line}`);
    names.push(doc.fileName);
  }
  return names;
}

describe('the file names of the reports', () => {
  it('Arabic: the report and the mission report are named in Arabic', async () => {
    const [report, mission] = await reportNames('beja-ar', 'ar');
    expect(report).toBe(`jawda-تقرير-باجة-${today}.docx`);
    expect(mission).toMatch(/^jawda-تقرير-مهمة-باجة-\d{4}-\d{2}-\d{2}\.docx$/u);
  });

  it('French: as before', async () => {
    const [report, mission] = await reportNames('beja-fr', 'fr');
    expect(report).toBe(`jawda-rapport-beja-${today}.docx`);
    expect(mission).toMatch(/^jawda-compte-rendu-mission-beja-\d{4}-\d{2}-\d{2}\.docx$/u);
  });
});
